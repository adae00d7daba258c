/**
 * Lexicon lookup through proclitics: وبنهاية → نهاية (cut 2).
 * `cut` is how many leading characters the clitics take, so the reported span can start after
 * them (a conjunction or preposition is not part of the value). لل + noun reads as ال + noun
 * with nothing cut, since the article's alef was elided in writing.
 */
const PREFIXES = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"] as const;

/** First reading of `word` found in `map` (allocation-free: it runs for every token). */
export function lookup<T>(map: ReadonlyMap<string, T>, word: string): { entry: T; cut: number } | null {
  for (const p of PREFIXES) {
    if (word.length - p.length < 2 || (p !== "" && !word.startsWith(p))) continue;
    const rest = p === "" ? word : word.slice(p.length);
    const entry = map.get(rest);
    if (entry !== undefined) return { entry, cut: p.length };
    if (p.endsWith("ل") && rest.startsWith("ل") && rest.length > 2) {
      const article = map.get("ا" + rest);
      if (article !== undefined) return { entry: article, cut: p.length - 1 };
    }
  }
  return null;
}

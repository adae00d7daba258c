import { analyzeClitics } from "./clitics.js";
import type { LabelledSentence } from "./conll.js";

/**
 * Word dictionary learnt from the training corpus: for each word (clitic-free), the entity
 * kinds it carries often enough. It lets the tagger see that the NEXT word is a known surname
 * ("طلعت زكريا") before deciding the current one. Built on other folds while training, so the
 * feature is as reliable in training as it will be on unseen text.
 */
export type WordDictionary = ReadonlyMap<string, readonly string[]>;

/** A kind must label at least this share of a word's occurrences to be listed. */
const MIN_SHARE = 0.3;

export function buildDictionary(sentences: readonly LabelledSentence[]): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const key = analyzeClitics(w).core;
      const tag = s.tags[i] ?? "O";
      const kind = tag === "O" ? "O" : tag.slice(2);
      const c = counts.get(key) ?? counts.set(key, new Map()).get(key);
      c?.set(kind, (c.get(kind) ?? 0) + 1);
    });
  }
  const out = new Map<string, string[]>();
  for (const [key, c] of counts) {
    let total = 0;
    for (const n of c.values()) total += n;
    const kinds = [...c]
      .filter(([kind, n]) => kind !== "O" && n / total >= MIN_SHARE)
      .map(([kind]) => kind)
      .sort();
    if (kinds.length > 0) out.set(key, kinds);
  }
  return out;
}

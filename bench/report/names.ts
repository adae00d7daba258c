/**
 * Heuristics over extracted entity names, for the corpus report: when two names are probably one
 * entity (suspected duplicates), and when a name probably holds something that is not a name
 * (suspicious names). Pure functions; the word lists come in as NameKnowledge (see knowledge.ts).
 */
import { chainKey, isPatronymic } from "../../ingest/extract/identity.js";
import { normalizeForMatch } from "../../ingest/text/normalize.js";

/**
 * The identity form of a name: matching normalisation (hamza forms أإآ → ا, ى → ي, ة → ه,
 * tatweel and tashkeel removed), `عبد ال…` joined to `عبدال…`, spaces collapsed.
 *
 * @example identityKey("عبد اللّه بن أحمد") === identityKey("عبدالله بن احمد")
 */
export function identityKey(name: string): string {
  return normalizeForMatch(name)
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/(^| )عبد ال/gu, "$1عبدال");
}

const words = (name: string): string[] =>
  identityKey(name)
    .split(" ")
    .filter((w) => w !== "");

/** True when `a`'s words are a proper prefix of `b`'s (X بن Y of X بن Y بن Z; X of X Y). */
export function isChainPrefix(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  return wa.length > 0 && wa.length < wb.length && wa.every((w, i) => w === wb[i]);
}

export type DuplicateKind = "same-identity" | "chain-prefix";

/**
 * Two name chains (X بن Y …) that the extractor's identity keys apart on purpose: a definite
 * family name ending a chain is part of its key (X بن Y الفلاني is not X بن Y, who may be of
 * another family), so the pair is a correct split, not a duplicate (chainKey in
 * ingest/extract/identity.ts).
 */
export function keptApart(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const chain = (w: string[]): boolean => w.length >= 3 && isPatronymic(w[1]);
  return chain(wa) && chain(wb) && chainKey(wa).join(" ") !== chainKey(wb).join(" ");
}

/** Why two names of the same type look like one entity, or null. */
export function duplicateKind(a: string, b: string): DuplicateKind | null {
  if (identityKey(a) === identityKey(b)) return "same-identity";
  if (keptApart(a, b)) return null;
  return isChainPrefix(a, b) || isChainPrefix(b, a) ? "chain-prefix" : null;
}

export interface NamedItem {
  id: string;
  type: string;
  name: string;
}

/** Every pair of items of the same type whose names look like one entity (list order kept). */
export function suspectedDuplicates<T extends NamedItem>(items: T[]): { a: T; b: T; kind: DuplicateKind }[] {
  const out: { a: T; b: T; kind: DuplicateKind }[] = [];
  items.forEach((a, i) => {
    for (const b of items.slice(i + 1)) {
      if (a.type !== b.type || a.id === b.id) continue;
      const kind = duplicateKind(a.name, b.name);
      if (kind) out.push({ a, b, kind });
    }
  });
  return out;
}

/** Word lists the heuristics use, all in identity form (see identityKey). */
export interface NameKnowledge {
  /** Words of known names: given names, gazetteer names and their head nouns. */
  knownWords: Set<string>;
  /** Given names alone (a function word that is also a given name, طالب, is not flagged). */
  givenNames: Set<string>;
  /** Whole names known to be entities (from the lexicon, or seen in the corpus). */
  knownNames: Set<string>;
  /** Every word of knownNames (منطقه of منطقه تبوك, a surname seen in the corpus). */
  nameWords: Set<string>;
  /** Titles, ranks and honorifics (one or more words each). */
  titles: string[];
  commonNouns: string[];
  functionWords: Set<string>;
  /** Religious formulae written after a name (حفظه الله). */
  formulae: string[];
}

export const SUSPICION_KINDS = [
  "proclitic",
  "single-word-shared",
  "title",
  "common-noun",
  "function-word",
  "formula",
] as const;
export type SuspicionKind = (typeof SUSPICION_KINDS)[number];

const PROCLITICS = new Set(["و", "ف", "ب", "ل", "ك"]);

/**
 * True when the phrase's words occur as a contiguous run of the name's words, not right after
 * آل: a family name may be a title (آل الشيخ).
 */
function containsPhrase(nameWords: string[], phrase: string): boolean {
  const p = phrase.split(" ");
  for (let i = 0; i + p.length <= nameWords.length; i++) {
    if (nameWords[i - 1] !== "ال" && p.every((w, j) => nameWords[i + j] === w)) return true;
  }
  return false;
}

/**
 * A first word that is a proclitic glued to a name (وسلمان): it starts with و/ف/ب/ل/ك, is not
 * itself a known name word (وليد، كريم are names) or a listed word, and what follows the letter is a
 * word of a known or seen name (بمنطقة: منطقة of منطقة X). A foreign name that merely begins with
 * one of those letters (كاليفورنيا، ليونيل) leaves no such word behind and is not flagged.
 */
function hasProclitic(nameWords: string[], k: NameKnowledge): boolean {
  const [first = "", ...tail] = nameWords;
  if (first.length < 2 || !PROCLITICS.has(first[0] as string) || k.knownWords.has(first)) return false;
  // A title or noun of its own (وزير، والي، وكيل) is reported as such, not as a proclitic.
  const startsPhrase = (p: string): boolean => p.split(" ")[0] === first;
  if (k.titles.some(startsPhrase) || k.commonNouns.some(startsPhrase) || k.functionWords.has(first))
    return false;
  const rest = first.slice(1);
  return k.nameWords.has(rest) || k.knownNames.has([rest, ...tail].join(" "));
}

/**
 * The kinds of suspicion a name raises. `articles` is the number of articles it was seen in.
 *
 * @example suspicions("وفلان", "Person", 1, k) // ["proclitic"]
 */
export function suspicions(name: string, type: string, articles: number, k: NameKnowledge): SuspicionKind[] {
  const w = words(name);
  const out: SuspicionKind[] = [];
  if (hasProclitic(w, k)) out.push("proclitic");
  if (type === "Person" && w.length === 1 && articles >= 2) out.push("single-word-shared");
  // Organisation and place names legitimately hold titles and nouns (مجلس الوزراء، ميناء الملك عبدالله).
  if (type === "Person" && k.titles.some((t) => containsPhrase(w, t))) out.push("title");
  if (type === "Person" && k.commonNouns.some((t) => containsPhrase(w, t))) out.push("common-noun");
  // Organisation names legitimately hold prepositions (منظمة الأمن والتعاون في أوروبا).
  if (type !== "Organization" && w.some((x) => k.functionWords.has(x) && !k.givenNames.has(x)))
    out.push("function-word");
  if (k.formulae.some((t) => containsPhrase(w, t))) out.push("formula");
  return out;
}

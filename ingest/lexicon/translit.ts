/**
 * The usual English spelling of Arabic name words (translit.tsv, built by scripts/build-lexicons.ts
 * from Wikidata person names and Google's transliteration pairs), and how often Wikidata person
 * names use each word — a word people are named with is a risky place name on its own.
 */
import { badRow, eachTsvRow } from "./load.js";

export interface Translit {
  /** Matching-normalised word → English spelling (most frequent form). */
  spelling: Map<string, string>;
  /** Matching-normalised word → uses in Wikidata person names (0: seen only in the Google pairs). */
  nameCount: Map<string, number>;
}

const FILE = "translit.tsv";
let cached: Translit | null = null;

export function loadTranslit(): Translit {
  if (cached) return cached;
  const spelling = new Map<string, string>();
  const nameCount = new Map<string, number>();
  eachTsvRow(FILE, ["ar", "en", "count"], ([ar, en, count], n) => {
    const c = Number(count);
    if (!ar || !en || !Number.isInteger(c) || c < 0) throw badRow(FILE, n + 1, "needs ar, en and a count");
    spelling.set(ar, en);
    if (c > 0) nameCount.set(ar, c);
  });
  cached = { spelling, nameCount };
  return cached;
}

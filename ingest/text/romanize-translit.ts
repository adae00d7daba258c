/**
 * The usual English spelling of one name word from the transliteration table
 * (ingest/lexicon/data/translit.tsv): the romaniser's second choice, after the hand-written
 * spellings and before its letter rules.
 */
import { loadTranslit } from "../lexicon/translit.js";

/** English spelling of a matching-normalised Arabic word, or undefined when the table lacks it. */
export function usualSpelling(key: string): string | undefined {
  const spelling = loadTranslit().spelling.get(key);
  // مشاعل → Misha'al, بعز → Bo'az: an apostrophe for ع or a hamza goes on in lower case; only the
  // elided article of O'Brien, D'Arlandes, L'Aquila takes a capital after it.
  return spelling?.replace(/(?<!^[ODL])'(\p{Lu})/gu, (_m, ch: string) => `'${ch.toLowerCase()}`);
}

/**
 * The usual English spelling of one name word from the transliteration table
 * (ingest/lexicon/data/translit.tsv): the romaniser's second choice, after the hand-written
 * spellings and before its letter rules.
 */
import { loadTranslit } from "../lexicon/translit.js";

/** English spelling of a matching-normalised Arabic word, or undefined when the table lacks it. */
export function usualSpelling(key: string): string | undefined {
  return loadTranslit().spelling.get(key);
}

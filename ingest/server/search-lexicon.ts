import { loadLexicon, phraseKeys } from "../lexicon/index.js";

/**
 * Entity ids the gazetteer knows under exactly this name: أمريكا and أميركا are variants of the
 * United States even when no ingested article spelled them that way, so the graph's aliases alone
 * cannot find them. Only whole-query matches count; partial names go through the full-text index.
 */
export function gazetteerIds(q: string): string[] {
  const keys = phraseKeys(q);
  const first = keys[0];
  if (first === undefined) return [];
  let match;
  try {
    match = loadLexicon().gazetteer.longest(first, (i) => keys[i]);
  } catch {
    return []; // a broken lexicon must not break search; extraction reports it loudly
  }
  return match && match.length === keys.length ? [match.value.id] : [];
}

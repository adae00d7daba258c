/**
 * The statistical NER tagger (ingest/ner), loaded lazily on first use. Extraction works without
 * it (rules only) when the model cannot be loaded, and says so once in its warnings.
 */
import { loadTagger } from "../ner/loader.js";

export interface SentenceTagger {
  /** BIO tags over PERS, LOC, ORG, MISC, one per word. */
  tag(words: readonly string[]): string[];
  /**
   * A tagger with document memory gives one tagging function per article; extraction calls it
   * on every sentence in order, across windows. Without it, sentences are tagged on their own.
   */
  document?(): (words: readonly string[]) => string[];
}

let state: { tagger: SentenceTagger | null; warning: string | null } | null = null;

export function getTagger(): { tagger: SentenceTagger | null; warning: string | null } {
  if (!state) {
    try {
      state = { tagger: loadTagger(), warning: null };
    } catch (err) {
      state = {
        tagger: null,
        warning: `extract: statistical tagger unavailable, using rules only (${(err as Error).message})`,
      };
    }
  }
  return state;
}

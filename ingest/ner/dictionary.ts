import { analyzeClitics } from "./clitics.js";
import type { LabelledSentence } from "./conll.js";

/**
 * Lists learnt from the training corpus: for each word (clitic-free), the entity kinds it
 * carries often enough. They let the tagger see that the NEXT word is a known surname
 * ("طلعت زكريا") before deciding the current one. While training, each block is tagged with
 * lists built from the other folds, so the feature is as reliable in training as it will be on
 * unseen text. (Lists of whole multi-word names were tried too and lowered dev F1.)
 */
export interface CorpusLists {
  /** Word key → entity kinds (sorted). */
  words: Map<string, string[]>;
  /**
   * Every word key of the corpus: a word outside it that a document keeps repeating is most
   * likely that document's new name (a club, a company), the case the tagger missed most.
   */
  vocabulary: Set<string>;
}

/** A kind must label at least this share of a word's occurrences to be listed. */
const MIN_SHARE = 0.3;

export function learnLists(sentences: readonly LabelledSentence[]): CorpusLists {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    const keys = s.words.map((w) => analyzeClitics(w).core);
    keys.forEach((key, i) => {
      const tag = s.tags[i] ?? "O";
      const kind = tag === "O" ? "O" : tag.slice(2);
      const c = counts.get(key) ?? counts.set(key, new Map()).get(key);
      c?.set(kind, (c.get(kind) ?? 0) + 1);
    });
  }
  const words = new Map<string, string[]>();
  for (const [key, c] of counts) {
    let total = 0;
    for (const n of c.values()) total += n;
    const kinds = [...c]
      .filter(([kind, n]) => kind !== "O" && n / total >= MIN_SHARE)
      .map(([kind]) => kind)
      .sort();
    if (kinds.length > 0) words.set(key, kinds);
  }
  return { words, vocabulary: new Set(counts.keys()) };
}

/** The lists in the form feature extraction reads. */
export class CorpusKnowledge {
  constructor(readonly lists: CorpusLists) {}
  kindsOf(key: string): readonly string[] {
    return this.lists.words.get(key) ?? [];
  }
  known(key: string): boolean {
    return this.lists.vocabulary.has(key);
  }
}

import { analyzeClitics } from "./clitics.js";
import type { LabelledSentence } from "./conll.js";
import { spansOf } from "./evaluate.js";
import { LexiconIndex } from "./lookup.js";

/**
 * Lists learnt from the training corpus: for each word (clitic-free), the entity kinds it
 * carries often enough, and the multi-word names seen with their kind. They let the tagger see
 * that the NEXT word is a known surname ("طلعت زكريا") or that a known organisation goes on
 * ("حركة المقاومة الإسلامية"). While training, each block is tagged with lists built from the
 * other folds, so the features are as reliable in training as they will be on unseen text.
 */
export interface CorpusLists {
  /** Word key → entity kinds (sorted). */
  words: Map<string, string[]>;
  /** Entity kind → names of two or more words, keys joined by spaces. */
  phrases: Record<string, string[]>;
}

/** A kind must label at least this share of a word's occurrences to be listed. */
const MIN_SHARE = 0.3;

export function learnLists(sentences: readonly LabelledSentence[]): CorpusLists {
  const counts = new Map<string, Map<string, number>>();
  const phrases = new Map<string, Set<string>>();
  for (const s of sentences) {
    const keys = s.words.map((w) => analyzeClitics(w).core);
    keys.forEach((key, i) => {
      const tag = s.tags[i] ?? "O";
      const kind = tag === "O" ? "O" : tag.slice(2);
      const c = counts.get(key) ?? counts.set(key, new Map()).get(key);
      c?.set(kind, (c.get(kind) ?? 0) + 1);
    });
    for (const span of spansOf(s.tags)) {
      if (span.end - span.start < 2) continue;
      const set = phrases.get(span.kind) ?? phrases.set(span.kind, new Set()).get(span.kind);
      set?.add(keys.slice(span.start, span.end).join(" "));
    }
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
  const sorted = [...phrases].sort(([a], [b]) => a.localeCompare(b));
  return { words, phrases: Object.fromEntries(sorted.map(([kind, set]) => [kind, [...set].sort()])) };
}

/** The lists in the form feature extraction reads. */
export class CorpusKnowledge {
  readonly phraseIndex: LexiconIndex;
  constructor(readonly lists: CorpusLists) {
    this.phraseIndex = new LexiconIndex({ triggers: {}, gazetteers: lists.phrases });
  }
  kindsOf(key: string): readonly string[] {
    return this.lists.words.get(key) ?? [];
  }
}

import {
  analyzeSentence,
  analyzeWord,
  wordToken,
  type SentenceTokens,
  type TokenInfo,
  type WordAnalysis,
} from "./features.js";
import { FeatureTable, type CompiledTable, type WordRows } from "./feature-table.js";
import { CorpusKnowledge, type CorpusLists } from "./dictionary.js";
import type { LexiconSnapshot } from "./lexicon.js";
import { LexiconIndex } from "./lookup.js";
import { DocumentMemory } from "./memory.js";
import type { TrainingInfo } from "./model-file.js";
import type { NameLists } from "./name-lists.js";
import { decodeViterbi, viterbiPath, type TokenScores } from "./viterbi.js";
import type { Weights } from "./weights.js";
import { WordCache } from "./word-cache.js";

export interface ScoredTag {
  tag: string;
  /** Score margin over the best other allowed tag; small margins are unsure decisions. */
  margin: number;
}

/**
 * Words per generation of the per-word cache (word-cache.ts). Its entries are most of what an
 * extraction thread's heap gains over a run: at 50,000 (up to 100,000 words held) `kg ingest`'s
 * peak RSS grew 35 MB per 1,000 real articles from 1,000 to 3,000 articles (the whole corpus
 * peaked at 514 MB); at 25,000, with the young-generation limits of heap-cap.ts, 8 MB.
 */
const WORD_CACHE_GENERATION = 25_000;

/**
 * What tagging computes from a word alone, kept per word: its analysis, and its record in the
 * feature table (the summed weights of its own features and its context-template rows). One
 * cache probe per token serves both (three caches of 50,000 words cost a tenth of extraction in
 * probes).
 */
interface WordEntry {
  analysis: WordAnalysis;
  /** The word's FeatureTable record; released when the cache drops the word. */
  rows: WordRows;
}

/**
 * A sentence's scores from its words' records. A class rather than an object of arrow
 * functions: tsx (esbuild keepNames) names every arrow bound to a name, a defineProperty call per
 * sentence that cost more than the object.
 */
class EntryScores implements TokenScores {
  constructor(
    private readonly table: FeatureTable,
    private readonly rows: Int32Array,
  ) {}

  own(_: TokenInfo, i: number, scores: Float64Array): void {
    this.table.own(this.rows[i] ?? 0, scores);
  }

  addContext(tokens: SentenceTokens, i: number, scores: Float64Array): void {
    this.table.addContextScores(tokens, i, scores, this.rows);
  }
}

/** A trained tagger: BIO tags over PERS, LOC, ORG, MISC, always valid BIO. */
export class Tagger {
  private readonly lexicon: LexiconIndex;
  private readonly corpus: CorpusKnowledge;
  private readonly table: FeatureTable;
  private rowsBuffer = new Int32Array(256);
  private readonly words = new WordCache<WordEntry>(WORD_CACHE_GENERATION, (e) => this.table.release(e.rows));

  constructor(
    private readonly weights: Weights,
    snapshot: LexiconSnapshot,
    corpus: CorpusLists,
    readonly training: TrainingInfo,
    /** Problems noticed at load, e.g. the word lists changed since training. */
    readonly warnings: readonly string[] = [],
    lists: NameLists | null = null,
    /** The model file's compiled feature table, if it has one (else it is compiled here). */
    compiled: CompiledTable | null = null,
  ) {
    this.lexicon = new LexiconIndex(snapshot, lists);
    this.corpus = new CorpusKnowledge(corpus);
    this.table = new FeatureTable(weights, compiled ?? undefined);
  }

  /** The word's entry, analysed and scored on first sight. */
  private entry(word: string): WordEntry {
    let e = this.words.get(word);
    if (!e) {
      const analysis = analyzeWord(word, this.lexicon, this.corpus);
      e = { analysis, rows: this.table.wordRows(wordToken(word, analysis)) };
      this.words.set(word, e);
    }
    return e;
  }

  /** Tags one sentence on its own (no memory of earlier sentences). */
  tag(words: readonly string[]): string[] {
    return this.tagsOf(words, undefined);
  }

  tagWithScores(words: readonly string[], memory?: DocumentMemory): ScoredTag[] {
    const { tokens, scores } = this.prepare(words, memory);
    const decisions = decodeViterbi(tokens, this.weights, scores, true);
    const tags = decisions.map((d) => this.weights.tags[d.tag] ?? "O");
    this.remember(memory, tokens, tags);
    return tags.map((tag, i) => ({ tag, margin: (decisions[i]?.margin ?? 0) / this.weights.unit }));
  }

  /** The tags alone: no margins, so no decision objects and no backward pass. */
  private tagsOf(words: readonly string[], memory: DocumentMemory | undefined): string[] {
    const { tokens, scores } = this.prepare(words, memory);
    const path = viterbiPath(tokens, this.weights, scores);
    const names = this.weights.tags;
    const tags = new Array<string>(path.length);
    for (let i = 0; i < path.length; i++) tags[i] = names[path[i] ?? 0] ?? "O";
    this.remember(memory, tokens, tags);
    return tags;
  }

  /**
   * A table of `length` record numbers, reused from sentence to sentence (tagging is synchronous
   * and never re-entered): a new one per sentence was an ArrayBuffer allocation each.
   */
  private rowsFor(length: number): Int32Array {
    if (this.rowsBuffer.length < length)
      this.rowsBuffer = new Int32Array(Math.max(length, 2 * this.rowsBuffer.length));
    return this.rowsBuffer;
  }

  /** The sentence's tokens and how to score them from the per-word cache. */
  private prepare(
    words: readonly string[],
    memory?: DocumentMemory,
  ): { tokens: SentenceTokens; scores: TokenScores } {
    // The records the cache dropped before this sentence are no longer read.
    this.table.flushReleased();
    const rows = this.rowsFor(words.length);
    const analyses = new Array<WordAnalysis>(words.length);
    for (let i = 0; i < words.length; i++) {
      const e = this.entry(words[i] ?? "");
      analyses[i] = e.analysis;
      rows[i] = e.rows;
    }
    const tokens = analyzeSentence(
      words,
      this.lexicon,
      memory,
      this.corpus,
      (_, i) => analyses[i] as WordAnalysis,
    );
    return { tokens, scores: new EntryScores(this.table, rows) };
  }

  private remember(
    memory: DocumentMemory | undefined,
    tokens: SentenceTokens,
    tags: readonly string[],
  ): void {
    memory?.record(
      tokens.map((t) => t.core),
      tags,
    );
  }

  /**
   * Tags the sentences of one document in order; a name tagged early (after its title) helps
   * tag its later bare mentions. This is how the model was trained and evaluated.
   */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const tag = this.document();
    return sentences.map((words) => tag(words));
  }

  /**
   * A tagging function for one document, called on its sentences in order (extraction reads an
   * article window by window); it carries the document memory from one call to the next.
   */
  document(): (words: readonly string[]) => string[] {
    const memory = new DocumentMemory();
    return (words) => this.tagsOf(words, memory);
  }
}

import {
  emitListFeatures,
  NEIGHBOUR_LISTS,
  fieldOf,
  ownFeatures,
  sided,
  FIELDS,
  tokenAt,
  WORD_TEMPLATES,
  type FeatureSink,
  type Field,
  type Side,
  type TokenInfo,
} from "./features.js";
import { PackedIndex } from "./packed-index.js";
import type { Weights } from "./weights.js";

const NONE = -1;
/** "0" … "8": ownFeatures()' "len=" values. */
const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8"];
/** At most this many add() names are memoised: a future feature with a word in its name must not grow it without end. */
const NAMED_LIMIT = 4096;
const FIELD_INDEX = Object.fromEntries(FIELDS.map((f, i) => [f, i])) as Record<Field, number>;

/**
 * A loaded model's context features compiled to integers, so that tagging adds their weights
 * without building, hashing and dropping one new string per feature and token (that was a
 * third of extraction CPU on real news). Every string a word template (features.ts
 * WORD_TEMPLATES) reads is numbered once; a word's field numbers are cached per word, and a
 * template's row is then an array read (one word) or an integer-hash probe (two words). The
 * one-word templates reading the same neighbour (c-1, n-1, st-1…) are summed once per word, so
 * a token adds one vector per neighbour instead of a row per template. The rarer list features
 * (triggers, gazetteers, memory) come through FeatureSink and are looked up from their parts in
 * per-prefix maps, and the few whole names (memory, repetition) through a small memo of the
 * model's index, which is large enough that a probe is a cache miss. Sums are those of Weights.addScores over contextFeatures(): a loaded model's
 * weights are integers (model-file.ts), so the order of the additions changes nothing.
 */
export class FeatureTable implements FeatureSink {
  /** The model's feature names by row, and the rows of each prefix but the word templates'. */
  private readonly names: FeatureNames;
  private readonly filed: ReadonlyMap<string, Int32Array>;
  /** prefix → value → row, and prefix → first part → second part → row (list features). */
  private readonly single = new Map<string, Map<string, number>>();
  private readonly pairs = new Map<string, Map<string, Map<string, number>>>();
  /** Every value of a word template in the model → its number. */
  private readonly vocabulary = new Map<string, number>();
  /** One-word template j: the row of value number v at unary[j][v] (NONE when absent). */
  private readonly unary: (Int32Array | null)[] = [];
  private readonly twoWords: PairTable;
  /** add()'s names → row (NONE: not in the model); today a few dozen distinct names. */
  private readonly named = new Map<string, number>();
  /** fixed()'s summed rows per array, for side -1, 0 and 1. */
  private readonly fixedRows = [
    new Map<readonly string[], Float64Array>(),
    new Map<readonly string[], Float64Array>(),
    new Map<readonly string[], Float64Array>(),
  ];
  /** Every word's record (word-cache.ts keeps their numbers); the sentence boundary's is kept for good. */
  private readonly store: WordStore;
  private readonly boundary: WordRows;
  /** A record's length: the word's own scores, then one summed row per one-word template offset. */
  private readonly stride: number;
  /** The distinct offsets of the one-word templates, and per template its offset's index (NONE: two words). */
  private readonly offsets: number[] = [];
  private readonly group: Int32Array;
  /** The two-word templates' numbers. */
  private readonly pairTemplates: Int32Array;
  /**
   * Per value number, bit q set when pair template q (pairTemplates[q]) has a feature with that
   * value first (`pairFirst`) or second (`pairSecond`): wordRows() keeps a word's bits, so that a
   * token probes the pair table only for neighbours that can meet in some feature.
   */
  private readonly pairFirst: Uint8Array;
  private readonly pairSecond: Uint8Array;
  /** WORD_TEMPLATES flat, four numbers each: offset and field of a, offset and field of b (NONE). */
  private readonly slots = Int32Array.from(
    WORD_TEMPLATES.flatMap(({ slots: [a, b] }) => [
      a[0],
      FIELD_INDEX[a[1]],
      b ? b[0] : 0,
      b ? FIELD_INDEX[b[1]] : NONE,
    ]),
  );
  private readonly n: number;
  private readonly values: Float32Array | Int16Array;
  private target: Float64Array = new Float64Array(0);
  /** Where in `target` addRow() adds. */
  private at = 0;
  /** wordRows()' scratch: the word's field values. */
  private readonly fieldValues: string[] = FIELDS.map(() => "");

  constructor(
    private readonly weights: Weights,
    compiled: CompiledTable = compileTable(weights.index),
  ) {
    this.n = weights.tags.length;
    this.values = weights.values;
    this.names = compiled.names;
    this.filed = compiled.filed;
    compiled.vocabulary.forEach((value, id) => this.vocabulary.set(value, id));
    const unaryRows = WORD_TEMPLATES.map(() => [] as number[]);
    const { unary, pairs } = compiled;
    for (let k = 0; k < unary.length; k += 3)
      unaryRows[unary[k] ?? 0]?.push(unary[k + 1] ?? 0, unary[k + 2] ?? 0);
    for (const { slots } of WORD_TEMPLATES) {
      const j = this.unary.length;
      const entries = unaryRows[j] ?? [];
      if (slots.length === 2 || entries.length === 0) {
        this.unary.push(null);
        continue;
      }
      const rows = new Int32Array(this.vocabulary.size).fill(NONE);
      for (let k = 0; k < entries.length; k += 2) rows[entries[k] ?? 0] = entries[k + 1] ?? NONE;
      this.unary.push(rows);
    }
    this.twoWords = new PairTable(pairs);
    this.group = Int32Array.from(WORD_TEMPLATES, ({ slots }) => {
      if (slots.length === 2) return NONE;
      const at = this.offsets.indexOf(slots[0][0]);
      return at >= 0 ? at : this.offsets.push(slots[0][0]) - 1;
    });
    this.pairTemplates = Int32Array.from(
      WORD_TEMPLATES.flatMap(({ slots }, j) => (slots.length === 2 ? [j] : [])),
    );
    if (this.pairTemplates.length > 8) throw new Error("ner: more than 8 two-word templates");
    const bitOf = new Int32Array(WORD_TEMPLATES.length);
    this.pairTemplates.forEach((j, q) => (bitOf[j] = 1 << q));
    this.pairFirst = new Uint8Array(this.vocabulary.size);
    this.pairSecond = new Uint8Array(this.vocabulary.size);
    for (let k = 0; k < pairs.length; k += 4) {
      const bit = bitOf[pairs[k] ?? 0] ?? 0;
      const a = pairs[k + 1] ?? 0;
      const b = pairs[k + 2] ?? 0;
      this.pairFirst[a] = (this.pairFirst[a] ?? 0) | bit;
      this.pairSecond[b] = (this.pairSecond[b] ?? 0) | bit;
    }
    this.stride = this.n * (1 + this.offsets.length);
    this.store = new WordStore(this.stride, FIELDS.length);
    this.boundary = this.wordRows(tokenAt([], 0));
  }

  /** Frees a record wordRows() gave (its number may be given again after flushReleased()). */
  release(word: WordRows): void {
    this.store.release(word);
  }

  /** Makes the records released so far reusable: call it when none of them is in use any more. */
  flushReleased(): void {
    this.store.flush();
  }

  /**
   * Adds the weights of token i's context features (features.ts contextFeatures) into `scores`.
   * `words`: the tokens' wordRows(), which the caller keeps per word (the tagger in its word cache).
   */
  addContextScores(
    tokens: readonly TokenInfo[],
    i: number,
    scores: Float64Array,
    words: ArrayLike<WordRows>,
  ): void {
    this.target = scores;
    this.at = 0;
    const { boundary, slots, offsets, n, stride } = this;
    const { scores: records, ids, bits } = this.store;
    // Out-of-range indices are tested, not read: a negative index is a slow property lookup.
    const len = tokens.length;
    for (let g = 0; g < offsets.length; g++) {
      const at = i + (offsets[g] ?? 0);
      const w = at >= 0 && at < len ? (words[at] ?? boundary) : boundary;
      for (let t = 0, base = w * stride + (g + 1) * n; t < n; t++) {
        scores[t] = (scores[t] ?? 0) + (records[base + t] ?? 0);
      }
    }
    const pairTemplates = this.pairTemplates;
    const nf = FIELDS.length;
    for (let q = 0; q < pairTemplates.length; q++) {
      const k = (pairTemplates[q] ?? 0) * 4;
      const a = i + (slots[k] ?? 0);
      const wa = a >= 0 && a < len ? (words[a] ?? boundary) : boundary;
      // Only a value some feature of the template starts with (ends with) can find a row.
      if (((bits[wa * 2] ?? 0) & (1 << q)) === 0) continue;
      const b = i + (slots[k + 2] ?? 0);
      const wb = b >= 0 && b < len ? (words[b] ?? boundary) : boundary;
      if (((bits[wb * 2 + 1] ?? 0) & (1 << q)) === 0) continue;
      const va = ids[wa * nf + (slots[k + 1] ?? 0)] ?? NONE;
      const vb = ids[wb * nf + (slots[k + 3] ?? 0)] ?? NONE;
      const row = this.twoWords.get(k >> 2, va, vb);
      if (row !== NONE) this.addRow(row);
    }
    emitListFeatures(tokens, i, this, false);
  }

  /**
   * The summed weights of features.ts ownFeatures(t), a new array: with a loaded model's packed
   * index (integer weights, so the order of the additions changes nothing) each feature's row is
   * found from its parts, without the twenty-odd strings ownFeatures() builds for every new word
   * (they were most of a new word's cost); otherwise from those strings. Keep the two in step.
   */
  ownScores(t: TokenInfo): Float64Array {
    const scores = new Float64Array(this.n);
    this.ownInto(t, scores, 0);
    return scores;
  }

  /** Writes the own scores (ownScores) kept in the record of `word` into `scores`. */
  own(word: WordRows, scores: Float64Array): void {
    const records = this.store.scores;
    for (let t = 0, base = word * this.stride, n = this.n; t < n; t++) scores[t] = records[base + t] ?? 0;
  }

  /** ownScores() into `out` at [at, at + n), which must hold zeros. */
  private ownInto(t: TokenInfo, out: Float64Array, at: number): void {
    const index = this.weights.index;
    if (!(index instanceof PackedIndex)) {
      out.set(this.weights.scoresOf(ownFeatures(t)), at);
      return;
    }
    this.target = out;
    this.at = at;
    const { word, norm, core } = t;
    const nl = norm.length;
    const cl = core.length;
    this.whole(index, "b", "");
    this.whole(index, "w=", word);
    this.whole(index, "n=", norm);
    this.whole(index, "st=", t.stem);
    this.whole(index, "c=", core);
    this.whole(index, "cl=", t.clitics);
    this.whole(index, "sh=", t.shape);
    this.whole(index, "len=", DIGITS[Math.min(cl, 8)] ?? "");
    this.part(index, "p2=", norm, 0, Math.min(2, nl));
    this.part(index, "p3=", norm, 0, Math.min(3, nl));
    this.part(index, "p4=", norm, 0, Math.min(4, nl));
    this.part(index, "s1=", norm, Math.max(0, nl - 1), nl);
    this.part(index, "s2=", norm, Math.max(0, nl - 2), nl);
    this.part(index, "s3=", norm, Math.max(0, nl - 3), nl);
    this.part(index, "s4=", norm, Math.max(0, nl - 4), nl);
    this.part(index, "cp2=", core, 0, Math.min(2, cl));
    this.part(index, "cp3=", core, 0, Math.min(3, cl));
    this.part(index, "cs2=", core, Math.max(0, cl - 2), cl);
    this.part(index, "cs3=", core, Math.max(0, cl - 3), cl);
    const padded = "^" + core + "$";
    for (let k = 0; k + 3 <= padded.length; k++) this.part(index, "g3=", padded, k, k + 3);
    for (const x of t.triggers) this.whole(index, "t0=", x);
    for (const x of t.dictionary) this.whole(index, "d0=", x);
    if (t.dictionary.length === 0) this.whole(index, "d0=", "none");
    const seen = t.dictionary.length === 0 ? "|dnone" : "|dseen";
    for (const x of t.names) {
      this.whole(index, x, "");
      this.whole(index, x, seen);
    }
  }

  /** Adds the row of `prefix + value` (ownScores). */
  private whole(index: PackedIndex, prefix: string, value: string): void {
    const row = index.getJoined(prefix, value, 0, value.length);
    if (row >= 0) this.addRow(row);
  }

  /** Adds the row of `prefix + value.slice(from, to)` (ownScores). */
  private part(index: PackedIndex, prefix: string, value: string, from: number, to: number): void {
    const row = index.getJoined(prefix, value, from, to);
    if (row >= 0) this.addRow(row);
  }

  add(name: string): void {
    const row = this.rowOf(name);
    if (row !== NONE) this.addRow(row);
  }

  /** The row of a whole feature name (NONE: not in the model), memoised. */
  private rowOf(name: string): number {
    let row = this.named.get(name);
    if (row === undefined) {
      row = this.weights.index.get(name) ?? NONE;
      if (this.named.size < NAMED_LIMIT) this.named.set(name, row);
    }
    return row;
  }

  fixed(names: readonly string[], side: Side): void {
    if (names.length === 0) return;
    const memo = this.fixedRows[side + 1] as Map<readonly string[], Float64Array>;
    let sum = memo.get(names);
    if (!sum) {
      // Their rows summed once per array (the arrays are built once: features.ts FeatureSink.fixed).
      const { n, values } = this;
      sum = new Float64Array(n);
      for (const x of names) {
        const row = this.rowOf(sided(x, side));
        if (row === NONE) continue;
        for (let t = 0; t < n; t++) sum[t] = (sum[t] ?? 0) + (values[row * n + t] ?? 0);
      }
      if (memo.size < NAMED_LIMIT) memo.set(names, sum);
    }
    const { n, target, at } = this;
    for (let t = 0; t < n; t++) target[at + t] = (target[at + t] ?? 0) + (sum[t] ?? 0);
  }

  kv(prefix: string, value: string): void {
    const row = (this.single.get(prefix) ?? this.compile(prefix).single).get(value);
    if (row !== undefined) this.addRow(row);
  }

  pair(prefix: string, a: string, b: string): void {
    const row = (this.pairs.get(prefix) ?? this.compile(prefix).pairs).get(a)?.get(b);
    if (row !== undefined) this.addRow(row);
  }

  /** The value and pair maps of one prefix's features, built on its first lookup. */
  private compile(prefix: string): {
    single: Map<string, number>;
    pairs: Map<string, Map<string, number>>;
  } {
    const single = new Map<string, number>();
    const pairs = new Map<string, Map<string, number>>();
    const enter = (feature: string, row: number): void => {
      const rest = feature.slice(prefix.length);
      single.set(rest, row);
      // Entered under every "|": whichever (a, b) spells the feature finds it.
      for (let bar = rest.indexOf("|"); bar >= 0; bar = rest.indexOf("|", bar + 1)) {
        entry(pairs, rest.slice(0, bar)).set(rest.slice(bar + 1), row);
      }
    };
    const rows = this.filed.get(prefix);
    if (rows) for (const row of rows) enter(this.names.name(row), row);
    else {
      // A word template's prefix (never asked for today): its rows are not filed.
      for (let row = 0; row < this.names.size; row++) {
        const feature = this.names.name(row);
        if (feature.startsWith(prefix) && feature.indexOf("=") === prefix.length - 1) enter(feature, row);
      }
    }
    this.single.set(prefix, single);
    this.pairs.set(prefix, pairs);
    return { single, pairs };
  }

  /**
   * A new record of what the scores read of a token's word alone (its own scores, its context
   * template rows): the token's word fields, never its sentence's. The caller keeps it per word
   * (the tagger in its word cache) and release()s it when it drops the word.
   */
  wordRows(token: TokenInfo): WordRows {
    const store = this.store;
    const word = store.alloc();
    const nf = FIELDS.length;
    const { ids, scores: records, bits } = store;
    const idAt = word * nf;
    const seen = this.fieldValues;
    for (let f = 0; f < nf; f++) {
      const value = fieldOf(token, FIELDS[f] as Field);
      seen[f] = value;
      // A word without clitics has one string for core, norm and stem: looked up once.
      let k = 0;
      while (k < f && seen[k] !== value) k++;
      ids[idAt + f] = k < f ? (ids[idAt + k] ?? NONE) : (this.vocabulary.get(value) ?? NONE);
    }
    const { n, values, slots, stride } = this;
    const base = word * stride;
    records.fill(0, base, base + stride);
    this.ownInto(token, records, base);
    for (let j = 0; j < WORD_TEMPLATES.length; j++) {
      const g = this.group[j] ?? NONE;
      if (g === NONE) continue;
      const v = ids[idAt + (slots[j * 4 + 1] ?? 0)] ?? NONE;
      const row = v === NONE ? NONE : (this.unary[j]?.[v] ?? NONE);
      if (row === NONE) continue;
      const near = base + (g + 1) * n;
      for (let t = 0; t < n; t++) records[near + t] = (records[near + t] ?? 0) + (values[row * n + t] ?? 0);
    }
    // The neighbour list features this word gives the token it is the neighbour of.
    for (const { offset, field, prefix } of NEIGHBOUR_LISTS) {
      const values = token[field];
      if (values.length === 0) continue;
      const g = this.offsets.indexOf(offset);
      if (g < 0) throw new Error(`ner: no word template reads offset ${offset}, as ${prefix} needs`);
      this.target = records;
      this.at = base + (g + 1) * n;
      for (const x of values) this.kv(prefix, x);
    }
    // The pair templates whose first (second) slot this word's value can fill.
    let first = 0;
    let second = 0;
    const { pairTemplates, pairFirst, pairSecond } = this;
    for (let q = 0; q < pairTemplates.length; q++) {
      const k = (pairTemplates[q] ?? 0) * 4;
      const va = ids[idAt + (slots[k + 1] ?? 0)] ?? NONE;
      if (va !== NONE) first |= (pairFirst[va] ?? 0) & (1 << q);
      const vb = ids[idAt + (slots[k + 3] ?? 0)] ?? NONE;
      if (vb !== NONE) second |= (pairSecond[vb] ?? 0) & (1 << q);
    }
    bits[word * 2] = first;
    bits[word * 2 + 1] = second;
    return word;
  }

  private addRow(row: number): void {
    const { n, values, target, at } = this;
    const base = row * n;
    for (let t = 0; t < n; t++) target[at + t] = (target[at + t] ?? 0) + (values[base + t] ?? 0);
  }
}

/** The word templates a compiled table is for: each prefix and its number of words. */
export const TEMPLATE_SIGNATURE = WORD_TEMPLATES.map(({ prefix, slots }) => `${prefix}${slots.length}`).join(
  " ",
);

/**
 * A model's features sorted out for a FeatureTable: the word templates' values numbered, their
 * rows by number, and every other prefix's rows (kv() and pair() compile the few prefixes they
 * ask for; most, e.g. the own features', never are). The model file keeps it (model-file.ts),
 * so that loading does not redo it; it holds for TEMPLATE_SIGNATURE only.
 */
export interface CompiledTable {
  /** Feature name by row. */
  names: FeatureNames;
  /** Value by number. */
  vocabulary: readonly string[];
  /** (template, value, row) per feature of a one-word template. */
  unary: Int32Array;
  /** (template, first value, second value, row) per "|" of a two-word template's feature. */
  pairs: Int32Array;
  /** Every prefix but the word templates' → the rows of its features. */
  filed: ReadonlyMap<string, Int32Array>;
}

export function compileTable(index: ReadonlyMap<string, number>): CompiledTable {
  const template = new Map<string, number>(WORD_TEMPLATES.map(({ prefix }, j) => [prefix, j]));
  const numbers = new Map<string, number>();
  const number = (value: string): number => {
    let id = numbers.get(value);
    if (id === undefined) {
      id = numbers.size;
      numbers.set(value, id);
    }
    return id;
  };
  const names = new Array<string>(index.size);
  const unary: number[] = [];
  const pairs: number[] = [];
  const filed = new Map<string, number[]>();
  for (const [feature, row] of index) {
    names[row] = feature;
    const eq = feature.indexOf("=");
    if (eq < 0) continue;
    const prefix = feature.slice(0, eq + 1);
    const j = template.get(prefix);
    if (j === undefined) {
      const rows = filed.get(prefix);
      if (rows) rows.push(row);
      else filed.set(prefix, [row]);
      continue;
    }
    const rest = feature.slice(eq + 1);
    if (WORD_TEMPLATES[j]?.slots.length === 2) {
      for (let bar = rest.indexOf("|"); bar >= 0; bar = rest.indexOf("|", bar + 1)) {
        pairs.push(j, number(rest.slice(0, bar)), number(rest.slice(bar + 1)), row);
      }
    } else {
      unary.push(j, number(rest), row);
    }
  }
  return {
    names: { size: names.length, name: (row) => names[row] ?? "" },
    vocabulary: [...numbers.keys()],
    unary: Int32Array.from(unary),
    pairs: Int32Array.from(pairs),
    filed: new Map([...filed].map(([prefix, rows]) => [prefix, Int32Array.from(rows)])),
  };
}

/** A model's feature names by row, without a string array (the model file packs them: packed-index.ts). */
export interface FeatureNames {
  readonly size: number;
  name(row: number): string;
}

/**
 * The number of a word's record in its FeatureTable (wordRows()): what the scores read of one
 * word, wherever it stands. Records are typed-array slices, not objects: a word new to the
 * cache costs no allocation once the store has grown (they were a good part of the garbage).
 */
export type WordRows = number;

/**
 * The records of the words a tagger keeps, in typed arrays grown by doubling; a released record's
 * number is given again only after flush(), so a sentence may keep using the records of words
 * its cache dropped meanwhile. Record w: `scores` at [w·stride, (w+1)·stride) (the word's own
 * scores, then per one-word template offset g the summed rows of those templates for this word),
 * `ids` at [w·fields, (w+1)·fields) (the numbers of the word's fields; NONE: no template has
 * that value), and at bits[2w] (bits[2w+1]) bit q when the word's value can be the first
 * (second) of a feature of pair template q.
 */
class WordStore {
  scores: Float64Array;
  ids: Int32Array;
  bits: Uint8Array;
  private size = 0;
  private readonly free: number[] = [];
  private readonly released: number[] = [];

  constructor(
    private readonly stride: number,
    private readonly fields: number,
    private capacity = 1024,
  ) {
    this.scores = new Float64Array(capacity * stride);
    this.ids = new Int32Array(capacity * fields);
    this.bits = new Uint8Array(capacity * 2);
  }

  alloc(): number {
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    if (this.size === this.capacity) {
      this.capacity *= 2;
      const scores = new Float64Array(this.capacity * this.stride);
      scores.set(this.scores);
      this.scores = scores;
      const ids = new Int32Array(this.capacity * this.fields);
      ids.set(this.ids);
      this.ids = ids;
      const bits = new Uint8Array(this.capacity * 2);
      bits.set(this.bits);
      this.bits = bits;
    }
    return this.size++;
  }

  release(word: number): void {
    this.released.push(word);
  }

  flush(): void {
    for (const w of this.released) this.free.push(w);
    this.released.length = 0;
  }
}

/**
 * Open-addressing hash of (template, first value, second value) → row over typed arrays: two
 * words' numbers are looked up without a string or an object per probe.
 */
export class PairTable {
  /** Four numbers per slot: template, first value, second value, row (one cache line per probe). */
  private readonly keys: Int32Array;
  private readonly mask: number;

  /** `entries`: (template, a, b, row) quadruples, one after the other. */
  constructor(entries: Int32Array) {
    let size = 16;
    while (size < (entries.length / 4) * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size * 4).fill(NONE);
    for (let e = 0; e < entries.length; e += 4) {
      const j = entries[e] ?? 0;
      const a = entries[e + 1] ?? 0;
      const b = entries[e + 2] ?? 0;
      const row = entries[e + 3] ?? NONE;
      let slot = this.slot(j, a, b);
      while (this.keys[slot * 4] !== NONE) slot = (slot + 1) & this.mask;
      this.keys[slot * 4] = j;
      this.keys[slot * 4 + 1] = a;
      this.keys[slot * 4 + 2] = b;
      this.keys[slot * 4 + 3] = row;
    }
  }

  /** The row of (j, a, b), or -1. */
  get(j: number, a: number, b: number): number {
    const keys = this.keys;
    for (let slot = this.slot(j, a, b); ; slot = (slot + 1) & this.mask) {
      const at = slot * 4;
      const k = keys[at] ?? NONE;
      if (k === NONE) return NONE;
      if (k === j && keys[at + 1] === a && keys[at + 2] === b) return keys[at + 3] ?? NONE;
    }
  }

  private slot(j: number, a: number, b: number): number {
    const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + (j << 24), 0x85ebca6b);
    return (h ^ (h >>> 15)) & this.mask;
  }
}

function entry<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}

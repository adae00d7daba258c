import {
  INSIDE_ONLY,
  staticFeatures,
  transitionSignals,
  type SentenceTokens,
  type TokenInfo,
} from "./features.js";
import type { Decision } from "./decoder.js";
import { allowedTable, isAllowedAfter } from "./tags.js";
import { Weights, type Scorer } from "./weights.js";

/**
 * First-order Viterbi decoding for the structured perceptron (Collins 2002): per-word scores
 * from tag-free features plus a learnt tag-transition score ("tr=prev"). It replaced greedy
 * left-to-right decoding with tag history: +2.8 dev F1 on ANERcorp, because a later word
 * (a surname, an organisation's complement) can now revise the tag of an earlier one.
 */

/** The feature carrying the weight of moving from tag `prev` (-1: sentence start). */
export function transitionFeature(tags: readonly string[], prev: number): string {
  return "tr=" + (prev < 0 ? "<s>" : (tags[prev] ?? "O"));
}

/** The feature carrying the weight of a tag after tags `prev2`, `prev1` (-1: before the sentence). */
export function transition2Feature(tags: readonly string[], prev2: number, prev1: number): string {
  const name = (t: number) => (t < 0 ? "<s>" : (tags[t] ?? "O"));
  return "tr2=" + name(prev2) + "|" + name(prev1);
}

/**
 * The feature carrying the weight of a tag after tag `prev` (-1: sentence start) when the word
 * has transition signal `signal` (features.ts transitionSignals): a transition conditioned on
 * the word, "tx=" + signal + "|" + previous tag.
 */
export function wordTransitionFeature(tags: readonly string[], signal: string, prev: number): string | null {
  const before = prev < 0 ? "<s>" : (tags[prev] ?? "O");
  if ((before === "O" || before === "<s>") && signal.startsWith(INSIDE_ONLY)) return null;
  return "tx=" + signal + "|" + before;
}

/**
 * Whether decoding reads word-conditioned transitions ("tx="): a loaded model has them when it
 * was trained with them; training asks for them with NER_TX=1 (issue 13, fifteenth and sixteenth
 * sessions: with the corpus labels inside-only, NER_TX_D=in, ANERcorp dev 0.7556 at the default
 * seed; eval:news dev entities 89.5 against 89.6, so not the default; on main's lexicons at
 * 6782b50 0.7402 at the default seed and entities 89.7 against 89.8: still not; see the README).
 */
const wordTransitionsOf = new WeakMap<Weights, boolean>();
export function hasWordTransitions(scorer: Scorer): boolean {
  if (!(scorer instanceof Weights)) return process.env.NER_TX === "1";
  let on = wordTransitionsOf.get(scorer);
  if (on === undefined) {
    on = false;
    for (const key of scorer.index.keys()) {
      if (key.startsWith("tx=")) {
        on = true;
        break;
      }
    }
    wordTransitionsOf.set(scorer, on);
  }
  return on;
}

/** A loaded model's (n + 1) × n block of each signal's transition scores (null: none), built once. */
const signalBlocksOf = new WeakMap<Weights, Map<string, Float64Array | null>>();

/** Row p + 1 of the block: the scores of every tag after tag p when the word has `signal`. */
function signalBlock(scorer: Scorer, signal: string): Float64Array | null {
  let cache = scorer instanceof Weights ? signalBlocksOf.get(scorer) : undefined;
  if (scorer instanceof Weights && !cache) {
    cache = new Map();
    signalBlocksOf.set(scorer, cache);
  }
  const cached = cache?.get(signal);
  if (cached !== undefined) return cached;
  const n = scorer.tags.length;
  let block: Float64Array | null = new Float64Array((n + 1) * n);
  const row = new Float64Array(n);
  let any = false;
  for (let p = -1; p < n; p++) {
    row.fill(0);
    const feature = wordTransitionFeature(scorer.tags, signal, p);
    if (feature !== null) scorer.addScores([feature], row);
    for (let t = 0; t < n; t++) if (row[t] !== 0) any = true;
    block.set(row, (p + 1) * n);
  }
  if (!any) block = null;
  if (cache && cache.size < 65536) cache.set(signal, block);
  return block;
}

let wordTransitionBuffer = new Float64Array(0);

/**
 * Per word i, the word-conditioned transition scores at [i·m, (i+1)·m), m = (n + 1)·n, laid out
 * as transitionsOf()'s table (row p + 1: the tags after p); null when the model has none.
 */
function wordTransitions(tokens: SentenceTokens, scorer: Scorer): Float64Array | null {
  if (!hasWordTransitions(scorer)) return null;
  const n = scorer.tags.length;
  const m = (n + 1) * n;
  const size = tokens.length * m;
  if (wordTransitionBuffer.length < size)
    wordTransitionBuffer = new Float64Array(Math.max(size, wordTransitionBuffer.length * 2, 4096));
  const x = wordTransitionBuffer;
  x.fill(0, 0, size);
  for (let i = 0; i < tokens.length; i++) {
    for (const signal of transitionSignals(tokens[i] as TokenInfo)) {
      const block = signalBlock(scorer, signal);
      if (!block) continue;
      const at = i * m;
      for (let k = 0; k < m; k++) x[at + k] = (x[at + k] ?? 0) + (block[k] ?? 0);
    }
  }
  return x;
}

/**
 * Whether decoding reads second-order transitions ("tr2=", a score for the two tags before a
 * word): a loaded model has them when it was trained with them; training asks for them with
 * NER_ORDER2=1 (issue 13, fourteenth session; see the README).
 */
const secondOrderOf = new WeakMap<Weights, boolean>();
export function isSecondOrder(scorer: Scorer): boolean {
  if (!(scorer instanceof Weights)) return process.env.NER_ORDER2 === "1";
  let on = secondOrderOf.get(scorer);
  if (on === undefined) {
    on = scorer.index.has(transition2Feature(scorer.tags, -1, -1)) || hasAnyTr2(scorer);
    secondOrderOf.set(scorer, on);
  }
  return on;
}

function hasAnyTr2(scorer: Weights): boolean {
  for (const key of scorer.index.keys()) if (key.startsWith("tr2=")) return true;
  return false;
}

/**
 * How a loaded tagger scores a word faster than from feature strings: the word-only part
 * cached per word, the context part added without building strings (feature-table.ts).
 */
export interface TokenScores {
  /** Writes the scores of token i's own features (features.ts ownFeatures) into `scores`. */
  own(token: TokenInfo, i: number, scores: Float64Array): void;
  addContext(tokens: SentenceTokens, i: number, scores: Float64Array): void;
}

/** Per-word scores, row i at [i·n, (i+1)·n); with `fast` the same sums, computed faster. */
export function emissionScores(tokens: SentenceTokens, scorer: Scorer, fast?: TokenScores): Float64Array {
  return fillEmissions(tokens, scorer, fast, new Float64Array(tokens.length * scorer.tags.length));
}

/** emissionScores() into `out` (at least tokens.length · n long). */
function fillEmissions(
  tokens: SentenceTokens,
  scorer: Scorer,
  fast: TokenScores | undefined,
  out: Float64Array,
): Float64Array {
  const n = scorer.tags.length;
  const scores = scratchScores(n);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as TokenInfo;
    if (fast) {
      fast.own(token, i, scores);
      fast.addContext(tokens, i, scores);
    } else {
      scores.fill(0);
      scorer.addScores(staticFeatures(tokens, i), scores);
    }
    out.set(scores, i * n);
  }
  return out;
}

/*
 * Decoding is synchronous and never re-entered, so its per-sentence tables are kept between
 * sentences and grown as needed instead of allocated per sentence (they were a good part of the
 * tagger's garbage on real news).
 */
let scoresBuffer = new Float64Array(0);
let emBuffer = new Float64Array(0);
let alphaBuffer = new Float64Array(0);
let backBuffer = new Int32Array(0);

function scratchScores(n: number): Float64Array {
  if (scoresBuffer.length !== n) scoresBuffer = new Float64Array(n);
  return scoresBuffer;
}

/** The decoding tables for `size` cells (sentence length × tags), reused across sentences. */
function tables(size: number): { em: Float64Array; alpha: Float64Array; back: Int32Array } {
  if (emBuffer.length < size) {
    const grown = Math.max(size, emBuffer.length * 2, 1024);
    emBuffer = new Float64Array(grown);
    alphaBuffer = new Float64Array(grown);
    backBuffer = new Int32Array(grown);
  }
  return { em: emBuffer, alpha: alphaBuffer, back: backBuffer };
}

/** Row p+1 holds the scores of every tag after tag p; row 0 is the sentence start. */
function transitionScores(scorer: Scorer): Float64Array[] {
  const n = scorer.tags.length;
  const rows: Float64Array[] = [];
  for (let p = -1; p < n; p++) {
    const row = new Float64Array(n);
    scorer.addScores([transitionFeature(scorer.tags, p)], row);
    for (let t = 0; t < n; t++) {
      if (!isAllowedAfter(p < 0 ? "O" : (scorer.tags[p] ?? "O"), scorer.tags[t] ?? "O")) row[t] = -Infinity;
    }
    rows.push(row);
  }
  return rows;
}

// A loaded model's weights never change, so its transition table is built once, not per sentence.
const loadedTransitions = new WeakMap<Weights, Float64Array>();

/** transitionScores() as one flat table, row p+1 at [(p+1)·n, (p+2)·n). */
function transitionsOf(scorer: Scorer): Float64Array {
  let table = scorer instanceof Weights ? loadedTransitions.get(scorer) : undefined;
  if (!table) {
    const n = scorer.tags.length;
    const rows = transitionScores(scorer);
    table = new Float64Array(rows.length * n);
    rows.forEach((row, r) => table?.set(row, r * n));
    if (scorer instanceof Weights) loadedTransitions.set(scorer, table);
  }
  return table;
}

// Keyed by the tag set, not the transition table: training scores with a fresh table per sentence.
const movesOf = new WeakMap<readonly string[], Moves>();

interface Moves {
  into: number[][];
  outOf: number[][];
  /** `into` flat: the tags tag t may follow are intoTags[intoStart[t] … intoStart[t + 1]). */
  intoTags: Int32Array;
  intoStart: Int32Array;
}

/**
 * Per tag, the tags it may follow (`into`) and the tags that may follow it (`outOf`), in tag order:
 * the moves transitionScores() does not forbid (-Infinity).
 */
function allowedMoves(tags: readonly string[]): Moves {
  let moves = movesOf.get(tags);
  if (!moves) {
    const allowed = allowedTable(tags);
    const into: number[][] = tags.map(() => []);
    const outOf: number[][] = tags.map(() => []);
    allowed.forEach((row, p) =>
      row.forEach((ok, t) => {
        if (!ok) return;
        into[t]?.push(p);
        outOf[p]?.push(t);
      }),
    );
    const intoStart = new Int32Array(tags.length + 1);
    into.forEach((from, t) => (intoStart[t + 1] = (intoStart[t] ?? 0) + from.length));
    moves = { into, outOf, intoTags: Int32Array.from(into.flat()), intoStart };
    movesOf.set(tags, moves);
  }
  return moves;
}

/**
 * The best-scoring valid BIO path, as tag indices; `em` (when given) receives the emission
 * scores the path was found with, row i at [i·n, (i+1)·n), and `alpha` the forward scores.
 */
function bestPath(
  tokens: SentenceTokens,
  scorer: Scorer,
  fast: TokenScores | undefined,
): { path: Int32Array; em: Float64Array; alpha: Float64Array; x: Float64Array | null } {
  if (isSecondOrder(scorer)) return { ...bestPath2(tokens, scorer, fast), x: null };
  const tr = transitionsOf(scorer);
  const n = scorer.tags.length;
  const m = (n + 1) * n;
  const len = tokens.length;
  const { em, alpha, back } = tables(len * n);
  fillEmissions(tokens, scorer, fast, em);
  const x = wordTransitions(tokens, scorer);
  // Flat per-sentence tables (row i at i·n): alpha = best score of a path ending in (i, t).
  for (let t = 0; t < n; t++) alpha[t] = (tr[t] ?? 0) + (x ? (x[t] ?? 0) : 0) + (em[t] ?? 0);
  // Only allowed moves are tried: a forbidden one scores -Infinity and is never strictly best.
  const { intoTags, intoStart } = allowedMoves(scorer.tags);
  for (let i = 1; i < len; i++) {
    const prev = (i - 1) * n;
    const row = i * n;
    const xi = i * m;
    for (let t = 0; t < n; t++) {
      let best = -Infinity;
      let from = 0;
      for (let k = intoStart[t] ?? 0, end = intoStart[t + 1] ?? 0; k < end; k++) {
        const p = intoTags[k] ?? 0;
        let v = (alpha[prev + p] ?? -Infinity) + (tr[(p + 1) * n + t] ?? 0);
        if (x) v += x[xi + (p + 1) * n + t] ?? 0;
        if (v > best) {
          best = v;
          from = p;
        }
      }
      alpha[row + t] = best + (em[row + t] ?? 0);
      back[row + t] = from;
    }
  }
  const path = new Int32Array(len);
  if (len === 0) return { path, em, alpha, x };
  let best = 0;
  const last = (len - 1) * n;
  for (let t = 1; t < n; t++) {
    if ((alpha[last + t] ?? -Infinity) > (alpha[last + best] ?? -Infinity)) best = t;
  }
  for (let i = len - 1; i >= 0; i--) {
    path[i] = best;
    best = back[i * n + best] ?? 0;
  }
  return { path, em, alpha, x };
}

/** The tag indices of the best-scoring valid BIO path (decodeViterbi without margins). */
export function viterbiPath(tokens: SentenceTokens, scorer: Scorer, fast?: TokenScores): Int32Array {
  return bestPath(tokens, scorer, fast).path;
}

/**
 * The best-scoring valid BIO path. Each decision's margin is its max-marginal lead: the best
 * path through the chosen tag minus the best path through any other tag at that word (≥ 0);
 * with `margins` false they are 0, and the backward pass that only they need is skipped.
 */
export function decodeViterbi(
  tokens: SentenceTokens,
  scorer: Scorer,
  fast?: TokenScores,
  margins = true,
): Decision[] {
  const len = tokens.length;
  if (len === 0) return [];
  const { path, em, alpha, x } = bestPath(tokens, scorer, fast);
  if (!margins) return Array.from(path, (tag) => ({ tag, margin: 0 }));
  if (isSecondOrder(scorer)) return margins2(path, em, alpha, scorer);
  const tr = transitionsOf(scorer);
  const n = scorer.tags.length;
  const m = (n + 1) * n;
  const { outOf } = allowedMoves(scorer.tags);
  // beta = best score of the words after i, given tag t at i.
  const beta = new Float64Array(len * n).fill(-Infinity);
  beta.fill(0, (len - 1) * n);
  for (let i = len - 2; i >= 0; i--) {
    for (let p = 0; p < n; p++) {
      let best = -Infinity;
      for (const t of outOf[p] ?? []) {
        let v = (tr[(p + 1) * n + t] ?? 0) + (em[(i + 1) * n + t] ?? 0) + (beta[(i + 1) * n + t] ?? 0);
        if (x) v += x[(i + 1) * m + (p + 1) * n + t] ?? 0;
        if (v > best) best = v;
      }
      beta[i * n + p] = best;
    }
  }
  return Array.from(path, (tag, i) => {
    const chosen = (alpha[i * n + tag] ?? 0) + (beta[i * n + tag] ?? 0);
    let other = -Infinity;
    for (let t = 0; t < n; t++) {
      if (t !== tag) other = Math.max(other, (alpha[i * n + t] ?? 0) + (beta[i * n + t] ?? 0));
    }
    return { tag, margin: other === -Infinity ? 0 : Math.max(0, chosen - other) };
  });
}

// ---- Second order: states are tag pairs (previous tag, tag), the previous tag -1 at the start.

/**
 * The second-order scores, flat: tr2[((pp + 1)·(n + 1) + p + 1)·n + t] is the score of tag t
 * after pp, p (both -1 before the sentence), first-order transition and BIO validity included
 * (-Infinity when p → t is not allowed).
 */
const loadedTransitions2 = new WeakMap<Weights, Float64Array>();

function transitions2Of(scorer: Scorer): Float64Array {
  let table = scorer instanceof Weights ? loadedTransitions2.get(scorer) : undefined;
  if (!table) {
    const n = scorer.tags.length;
    const tr = transitionsOf(scorer);
    table = new Float64Array((n + 1) * (n + 1) * n);
    const row = new Float64Array(n);
    for (let pp = -1; pp < n; pp++) {
      for (let p = -1; p < n; p++) {
        row.fill(0);
        scorer.addScores([transition2Feature(scorer.tags, pp, p)], row);
        const at = ((pp + 1) * (n + 1) + p + 1) * n;
        for (let t = 0; t < n; t++) table[at + t] = (row[t] ?? 0) + (tr[(p + 1) * n + t] ?? 0);
      }
    }
    if (scorer instanceof Weights) loadedTransitions2.set(scorer, table);
  }
  return table;
}

let alpha2Buffer = new Float64Array(0);
let back2Buffer = new Int32Array(0);

/**
 * Viterbi over tag pairs: alpha2[i][(p + 1)·n + t] is the best score of a path whose tags at
 * i − 1 and i are p and t (p = -1 at i = 0). Returns the path, the emissions and, as `alpha`,
 * the best score of a path ending in tag t at i (over its previous tags), so that the
 * first-order callers read it as they read first-order forward scores.
 */
function bestPath2(
  tokens: SentenceTokens,
  scorer: Scorer,
  fast: TokenScores | undefined,
): { path: Int32Array; em: Float64Array; alpha: Float64Array } {
  const n = scorer.tags.length;
  const m = (n + 1) * n;
  const len = tokens.length;
  const { em, alpha } = tables(len * n);
  fillEmissions(tokens, scorer, fast, em);
  const tr2 = transitions2Of(scorer);
  if (alpha2Buffer.length < len * m) {
    alpha2Buffer = new Float64Array(Math.max(len * m, alpha2Buffer.length * 2, 4096));
    back2Buffer = new Int32Array(alpha2Buffer.length);
  }
  const a2 = alpha2Buffer;
  const back = back2Buffer;
  a2.fill(-Infinity, 0, len * m);
  // i = 0: previous tags (-1, -1).
  for (let t = 0; t < n; t++) a2[t] = (tr2[t] ?? 0) + (em[t] ?? 0);
  for (let i = 1; i < len; i++) {
    const prev = (i - 1) * m;
    const cur = i * m;
    for (let p = 0; p < n; p++) {
      // Previous states (pp, p): pp = -1 only at i = 1, pp ≥ 0 after.
      const ppFrom = i === 1 ? -1 : 0;
      const ppTo = i === 1 ? -1 : n - 1;
      for (let t = 0; t < n; t++) {
        let best = -Infinity;
        let from = 0;
        for (let pp = ppFrom; pp <= ppTo; pp++) {
          const a = a2[prev + (pp + 1) * n + p] ?? -Infinity;
          if (a === -Infinity) continue;
          const v = a + (tr2[((pp + 1) * (n + 1) + p + 1) * n + t] ?? 0);
          if (v > best) {
            best = v;
            from = pp;
          }
        }
        a2[cur + (p + 1) * n + t] = best + (em[i * n + t] ?? 0);
        back[cur + (p + 1) * n + t] = from;
      }
    }
  }
  for (let i = 0; i < len; i++) {
    for (let t = 0; t < n; t++) {
      let best = -Infinity;
      for (let p = -1; p < n; p++) best = Math.max(best, a2[i * m + (p + 1) * n + t] ?? -Infinity);
      alpha[i * n + t] = best;
    }
  }
  const path = new Int32Array(len);
  if (len === 0) return { path, em, alpha };
  // The best final state.
  let bestState = 0;
  const last = (len - 1) * m;
  for (let s = 1; s < m; s++) {
    if ((a2[last + s] ?? -Infinity) > (a2[last + bestState] ?? -Infinity)) bestState = s;
  }
  let p = Math.floor(bestState / n) - 1;
  let t = bestState % n;
  for (let i = len - 1; i >= 0; i--) {
    path[i] = t;
    if (i === 0) break;
    const pp = back[i * m + (p + 1) * n + t] ?? -1;
    t = p;
    p = pp;
  }
  return { path, em, alpha };
}

/** decodeViterbi()'s max-marginal margins for a second-order path (backward pass over tag pairs). */
function margins2(path: Int32Array, em: Float64Array, alpha: Float64Array, scorer: Scorer): Decision[] {
  const n = scorer.tags.length;
  const m = (n + 1) * n;
  const len = path.length;
  const tr2 = transitions2Of(scorer);
  const a2 = alpha2Buffer;
  // beta[i][(p + 1)·n + t]: best score of the words after i given tags p, t at i − 1, i.
  const beta = new Float64Array(len * m).fill(-Infinity);
  beta.fill(0, (len - 1) * m, len * m);
  for (let i = len - 2; i >= 0; i--) {
    for (let p = -1; p < n; p++) {
      for (let t = 0; t < n; t++) {
        let best = -Infinity;
        for (let u = 0; u < n; u++) {
          const v =
            (tr2[((p + 1) * (n + 1) + t + 1) * n + u] ?? 0) +
            (em[(i + 1) * n + u] ?? 0) +
            (beta[(i + 1) * m + (t + 1) * n + u] ?? -Infinity);
          if (v > best) best = v;
        }
        beta[i * m + (p + 1) * n + t] = best;
      }
    }
  }
  void alpha;
  return Array.from(path, (tag, i) => {
    const through = (t: number) => {
      let best = -Infinity;
      for (let p = -1; p < n; p++) {
        const a = a2[i * m + (p + 1) * n + t] ?? -Infinity;
        if (a === -Infinity) continue;
        best = Math.max(best, a + (beta[i * m + (p + 1) * n + t] ?? -Infinity));
      }
      return best;
    };
    const chosen = through(tag);
    let other = -Infinity;
    for (let t = 0; t < n; t++) if (t !== tag) other = Math.max(other, through(t));
    return { tag, margin: other === -Infinity || chosen === -Infinity ? 0 : Math.max(0, chosen - other) };
  });
}

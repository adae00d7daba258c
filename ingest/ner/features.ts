import { analyzeClitics } from "./clitics.js";
import type { LexiconIndex } from "./lookup.js";
import type { CorpusKnowledge } from "./dictionary.js";
import type { DocumentMemory } from "./memory.js";

/**
 * Feature extraction for the tagger. Features are strings ("c=عراق"); the weights file maps
 * each kept string to a row of per-tag weights. Static features depend only on the words and
 * are computed once per sentence; history features depend on the tags already chosen.
 */
interface TokenInfo {
  word: string;
  norm: string;
  stem: string;
  core: string;
  clitics: string;
  shape: string;
  triggers: string[];
  gazetteer: string[];
  /** Document-memory features of the word (see memory.ts). */
  memory: string[];
  /** Entity kinds the training corpus gives this word (see dictionary.ts). */
  dictionary: readonly string[];
  /** Labels like "ORG:B" from names of several words seen in the training corpus. */
  phrases: string[];
}

const BOUNDARY: TokenInfo = {
  word: "<s>",
  norm: "<s>",
  stem: "<s>",
  core: "<s>",
  clitics: "",
  shape: "<s>",
  triggers: [],
  gazetteer: [],
  memory: [],
  dictionary: [],
  phrases: [],
};

function charClass(ch: string): string {
  if (/[\u0621-\u064a\u0671-\u06d3]/.test(ch)) return "a";
  if (/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(ch)) return "d";
  if (/[A-Za-z]/.test(ch)) return ch === ch.toUpperCase() ? "X" : "x";
  if (/[\u064b-\u065f\u0670\u0640]/.test(ch)) return "";
  return "p";
}

/** Collapsed character classes: "a" Arabic, "d" digits, "X"/"x" Latin case, "p" punctuation. */
export function wordShape(word: string): string {
  let shape = "";
  for (const ch of word) {
    const c = charClass(ch);
    if (c !== "" && !shape.endsWith(c)) shape += c;
  }
  return shape;
}

export type SentenceTokens = TokenInfo[];

export function analyzeSentence(
  words: readonly string[],
  lexicon: LexiconIndex,
  memory?: DocumentMemory,
  corpus?: CorpusKnowledge,
): SentenceTokens {
  const analyses = words.map((w) => analyzeClitics(w));
  const keys = analyses.map((a) => a.keys);
  const gazetteer = lexicon.gazetteerLabels(keys);
  const phrases = corpus ? corpus.phraseIndex.gazetteerLabels(keys) : [];
  return words.map((word, i) => {
    const a = analyses[i] ?? analyzeClitics(word);
    return {
      word,
      norm: a.norm,
      stem: a.stem,
      core: a.core,
      clitics: a.clitics,
      shape: wordShape(word),
      triggers: lexicon.triggers(a.keys),
      gazetteer: gazetteer[i] ?? [],
      memory: memory ? memory.features(a.core) : [],
      dictionary: corpus ? corpus.kindsOf(a.core) : [],
      phrases: phrases[i] ?? [],
    };
  });
}

/** Features of token i that do not depend on tags. */
export function staticFeatures(tokens: readonly TokenInfo[], i: number): string[] {
  const t = tokens[i] ?? BOUNDARY;
  const p1 = tokens[i - 1] ?? BOUNDARY;
  const p2 = tokens[i - 2] ?? BOUNDARY;
  const n1 = tokens[i + 1] ?? BOUNDARY;
  const n2 = tokens[i + 2] ?? BOUNDARY;
  const { norm, core } = t;
  const f = [
    "b",
    "w=" + t.word,
    "n=" + norm,
    "st=" + t.stem,
    "c=" + core,
    "cl=" + t.clitics,
    "sh=" + t.shape,
    "len=" + Math.min(core.length, 8),
    "p2=" + norm.slice(0, 2),
    "p3=" + norm.slice(0, 3),
    "p4=" + norm.slice(0, 4),
    "s1=" + norm.slice(-1),
    "s2=" + norm.slice(-2),
    "s3=" + norm.slice(-3),
    "s4=" + norm.slice(-4),
    "cp2=" + core.slice(0, 2),
    "cp3=" + core.slice(0, 3),
    "cs2=" + core.slice(-2),
    "cs3=" + core.slice(-3),
    "c-1=" + p1.core,
    "c-2=" + p2.core,
    "c+1=" + n1.core,
    "c+2=" + n2.core,
    "n-1=" + p1.norm,
    "n+1=" + n1.norm,
    "cl+1=" + n1.clitics,
    "s2-1=" + p1.norm.slice(-2),
    "s2+1=" + n1.norm.slice(-2),
    "st-1=" + p1.stem,
    "st+1=" + n1.stem,
    "cl-1=" + p1.clitics,
    "c-1c=" + p1.core + "|" + core,
    "cc+1=" + core + "|" + n1.core,
    "c-2c-1=" + p2.core + "|" + p1.core,
    "c+1c+2=" + n1.core + "|" + n2.core,
    "sh-1=" + p1.shape + "|" + t.shape,
    "sh+1=" + t.shape + "|" + n1.shape,
  ];
  // Letter trigrams of the core: transliterated foreign names share shapes (…ون، …يه، …ﻓر).
  const padded = "^" + core + "$";
  for (let k = 0; k + 3 <= padded.length; k++) f.push("g3=" + padded.slice(k, k + 3));
  for (const x of t.triggers) f.push("t0=" + x);
  for (const x of p1.triggers) f.push("t-1=" + x, "t-1c=" + x + "|" + core);
  for (const x of p2.triggers) f.push("t-2=" + x);
  for (const x of n1.triggers) f.push("t+1=" + x);
  for (const x of n2.triggers) f.push("t+2=" + x);
  for (const x of t.gazetteer) f.push("g0=" + x);
  for (const x of t.memory) f.push(x);
  for (const x of t.dictionary) f.push("d0=" + x);
  for (const x of p1.dictionary) f.push("d-1=" + x);
  for (const x of n1.dictionary) f.push("d+1=" + x);
  for (const x of n2.dictionary) f.push("d+2=" + x);
  if (t.dictionary.length === 0) f.push("d0=none");
  if (!process.env.NER_NOPHRASE) for (const x of t.phrases) f.push("pd0=" + x);
  if (!process.env.NER_NOPHRASE) for (const x of p1.phrases) f.push("pd-1=" + x);
  if (!process.env.NER_NOPHRASE) for (const x of n1.phrases) f.push("pd+1=" + x);
  for (const x of p1.gazetteer) f.push("g-1=" + x);
  for (const x of n1.gazetteer) f.push("g+1=" + x);
  return f;
}

/** Features of token i given the two tags before it (greedy left-to-right decoding). */
export function historyFeatures(
  tokens: readonly TokenInfo[],
  i: number,
  prev1: string,
  prev2: string,
): string[] {
  const core = (tokens[i] ?? BOUNDARY).core;
  return ["h1=" + prev1, "h2=" + prev2 + "|" + prev1, "h1c=" + prev1 + "|" + core];
}

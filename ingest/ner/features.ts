import { analyzeClitics } from "./clitics.js";
import type { LexiconIndex } from "./lookup.js";
import type { CorpusKnowledge } from "./dictionary.js";
import type { DocumentMemory } from "./memory.js";
import { nameWordFeatures } from "./name-lists.js";

/**
 * Feature extraction for the tagger. Features are strings ("c=عراق"); the weights file maps
 * each kept string to a row of per-tag weights. Static features depend only on the words and
 * are computed once per sentence; history features depend on the tags already chosen.
 */
export interface TokenInfo {
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
  /** Name-word list features of the word (see name-lists.ts); empty when not listed. */
  names: string[];
  /** Place-name matches over the sentence, e.g. "city:B". */
  places: string[];
  /** Document-repetition features of a word (see repeatFeatures). */
  repeat: string[];
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
  names: [],
  places: [],
  repeat: [],
};

function charClass(code: number): string {
  if ((code >= 0x621 && code <= 0x64a) || (code >= 0x671 && code <= 0x6d3)) return "a";
  if (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x660 && code <= 0x669) ||
    (code >= 0x6f0 && code <= 0x6f9)
  ) {
    return "d";
  }
  if (code >= 0x41 && code <= 0x5a) return "X";
  if (code >= 0x61 && code <= 0x7a) return "x";
  if ((code >= 0x64b && code <= 0x65f) || code === 0x670 || code === 0x640) return "";
  return "p";
}

/** Collapsed character classes: "a" Arabic, "d" digits, "X"/"x" Latin case, "p" punctuation. */
export function wordShape(word: string): string {
  let shape = "";
  for (let i = 0; i < word.length; i++) {
    const c = charClass(word.charCodeAt(i));
    if (c !== "" && !shape.endsWith(c)) shape += c;
  }
  return shape;
}

export type SentenceTokens = TokenInfo[];

/**
 * How often the document already used the word, crossed with whether the training corpus
 * knows it: a word the corpus never saw that an article keeps repeating (a club, a company, a
 * party) is usually that article's name, even where no title or list marks it. Measured
 * (seed 20070101, 8 epochs): ANERcorp dev F1 0.720 → 0.726, unseen-name recall PERS 0.49 → 0.63.
 */
function repeatFeatures(
  core: string,
  shape: string,
  names: readonly string[],
  memory?: DocumentMemory,
  corpus?: CorpusKnowledge,
): string[] {
  if (!corpus || shape !== "a" || core.length < 3) return [];
  // A sentence tagged on its own is a document that has not used any word yet.
  const n = memory?.times(core) ?? 0;
  const seen = (n === 0 ? "0" : n === 1 ? "1" : n < 4 ? "2" : "4") + (corpus.known(core) ? "k" : "u");
  return ["rp=" + seen, "rp=" + seen + (names.length > 0 ? "|nw" : "|-")];
}

export function analyzeSentence(
  words: readonly string[],
  lexicon: LexiconIndex,
  memory?: DocumentMemory,
  corpus?: CorpusKnowledge,
): SentenceTokens {
  const analyses = words.map((w) => analyzeClitics(w));
  const keys = analyses.map((a) => a.keys);
  const gazetteer = lexicon.gazetteerLabels(keys);
  const places = lexicon.placeLabels(keys);
  return words.map((word, i) => {
    const a = analyses[i] ?? analyzeClitics(word);
    const shape = wordShape(word);
    const names = nameWordFeatures(lexicon.nameWord(a.keys));
    return {
      word,
      norm: a.norm,
      stem: a.stem,
      core: a.core,
      clitics: a.clitics,
      shape,
      triggers: lexicon.triggers(a.keys),
      gazetteer: gazetteer[i] ?? [],
      memory: memory ? memory.features(a.core) : [],
      dictionary: corpus ? corpus.kindsOf(a.core) : [],
      names,
      places: places[i] ?? [],
      repeat: repeatFeatures(a.core, shape, names, memory, corpus),
    };
  });
}

/**
 * Features of a word on its own, whatever its neighbours: the tagger caches their summed
 * weights per word, since news repeats its words.
 */
export function ownFeatures(t: TokenInfo): string[] {
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
  ];
  // Letter trigrams of the core: transliterated foreign names share shapes (…ون، …يه، …فر).
  const padded = "^" + core + "$";
  for (let k = 0; k + 3 <= padded.length; k++) f.push("g3=" + padded.slice(k, k + 3));
  for (const x of t.triggers) f.push("t0=" + x);
  for (const x of t.dictionary) f.push("d0=" + x);
  if (t.dictionary.length === 0) f.push("d0=none");
  // A listed name word the training corpus never tagged is the case the lists are for.
  for (const x of t.names) f.push(x, x + "|d" + (t.dictionary.length === 0 ? "none" : "seen"));
  return f;
}

/** Features of token i that depend on its neighbours or the document, but not on tags. */
export function contextFeatures(tokens: readonly TokenInfo[], i: number): string[] {
  const t = tokens[i] ?? BOUNDARY;
  const p1 = tokens[i - 1] ?? BOUNDARY;
  const p2 = tokens[i - 2] ?? BOUNDARY;
  const n1 = tokens[i + 1] ?? BOUNDARY;
  const n2 = tokens[i + 2] ?? BOUNDARY;
  const core = t.core;
  const f = [
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
  for (const x of p1.triggers) f.push("t-1=" + x, "t-1c=" + x + "|" + core);
  for (const x of p2.triggers) f.push("t-2=" + x);
  for (const x of n1.triggers) f.push("t+1=" + x);
  for (const x of n2.triggers) f.push("t+2=" + x);
  for (const x of t.gazetteer) f.push("g0=" + x);
  for (const x of p1.gazetteer) f.push("g-1=" + x);
  for (const x of n1.gazetteer) f.push("g+1=" + x);
  for (const x of t.memory) f.push(x);
  for (const x of t.repeat) f.push(x);
  for (const x of n1.repeat) f.push(x + "+1");
  for (const x of p1.repeat) f.push(x + "-1");
  for (const x of p1.dictionary) f.push("d-1=" + x);
  for (const x of n1.dictionary) f.push("d+1=" + x);
  for (const x of n2.dictionary) f.push("d+2=" + x);
  for (const x of p2.dictionary) f.push("d-2=" + x);
  for (const x of p1.dictionary) for (const y of t.dictionary) f.push("d-1d0=" + x + "|" + y);
  if (p1.names.length > 0) f.push("nw-1", "nw-1|" + (t.names.length > 0 ? "nw" : "-"));
  if (n1.names.length > 0) f.push("nw+1", "nw+1|" + (t.names.length > 0 ? "nw" : "-"));
  for (const x of t.places) f.push("pl0=" + x);
  for (const x of p1.places) f.push("pl-1=" + x);
  for (const x of n1.places) f.push("pl+1=" + x);
  return f;
}

/** All features of token i that do not depend on tags. */
export function staticFeatures(tokens: readonly TokenInfo[], i: number): string[] {
  const own = ownFeatures(tokens[i] ?? BOUNDARY);
  for (const f of contextFeatures(tokens, i)) own.push(f);
  return own;
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

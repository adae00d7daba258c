import { analyzeClitics, type CliticAnalysis } from "./clitics.js";
import type { LexiconIndex, PhraseStarts } from "./lookup.js";
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
  gazetteer: readonly string[];
  /** Document-memory features of the word (see memory.ts). */
  memory: readonly string[];
  /** Entity kinds the training corpus gives this word (see dictionary.ts). */
  dictionary: readonly string[];
  /** Name-word list features of the word (see name-lists.ts); empty when not listed. */
  names: string[];
  /** Place-name matches over the sentence, e.g. "city:B". */
  places: readonly string[];
  /** Document-repetition features of a word (see repeatFeatures). */
  repeat: readonly string[];
  /** Position in a run of listed name words, e.g. "sp=B3" (see spanFeatures). */
  span: readonly string[];
  /** Whether the sentence is a sports report's (see SPORT). */
  sport: boolean;
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
  span: [],
  sport: false,
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
  memory: DocumentMemory | undefined,
  /** Whether the training corpus has the word; undefined without corpus lists. */
  known: boolean | undefined,
): readonly string[] {
  if (known === undefined || shape !== "a" || core.length < 3) return [];
  // A sentence tagged on its own is a document that has not used any word yet.
  const n = memory?.times(core) ?? 0;
  const bucket = n === 0 ? 0 : n === 1 ? 1 : n < 4 ? 2 : 3;
  return REPEAT[bucket * 4 + (known ? 0 : 2) + (names.length > 0 ? 0 : 1)] ?? [];
}

/**
 * repeatFeatures()'s answers, built once (the tagger looks feature names up in maps, and a
 * string made afresh per token is hashed afresh): per bucket 0, 1, 2 (2–3), 4 (4+), known or
 * unknown, listed name word or not.
 */
const REPEAT: readonly (readonly string[])[] = ["0", "1", "2", "4"].flatMap((times) =>
  ["k", "u"].flatMap((known) => {
    const seen = "rp=" + times + known;
    return [
      [seen, seen + "|nw"],
      [seen, seen + "|-"],
    ];
  }),
);

/** What the features know of a word on its own, given the lexicon and corpus lists (read-only). */
export interface WordAnalysis {
  clitics: CliticAnalysis;
  shape: string;
  triggers: string[];
  names: string[];
  dictionary: readonly string[];
  /** corpus.known(core), undefined without corpus lists. */
  known: boolean | undefined;
  /** The readings that begin a gazetteer entry and a place name (LexiconIndex.starts). */
  gazetteerStarts: PhraseStarts;
  placeStarts: PhraseStarts;
}

export function analyzeWord(word: string, lexicon: LexiconIndex, corpus?: CorpusKnowledge): WordAnalysis {
  const a = analyzeClitics(word);
  return {
    clitics: a,
    shape: wordShape(word),
    triggers: lexicon.triggers(a.keys),
    names: nameWordFeatures(lexicon.nameWord(a.keys)),
    dictionary: corpus ? corpus.kindsOf(a.core) : [],
    known: corpus ? corpus.known(a.core) : undefined,
    gazetteerStarts: lexicon.starts(a.keys),
    placeStarts: lexicon.placeStarts(a.keys),
  };
}

/**
 * A token of the word alone, as analyzeSentence() would make it in a sentence of none of its
 * lists (gazetteer, memory, places…): the fields ownFeatures() and a word's context-template
 * rows read (feature-table.ts wordRows) are all here.
 */
export function wordToken(word: string, w: WordAnalysis): TokenInfo {
  const a = w.clitics;
  return {
    word,
    norm: a.norm,
    stem: a.stem,
    core: a.core,
    clitics: a.clitics,
    shape: w.shape,
    triggers: w.triggers,
    gazetteer: NONE,
    memory: NONE,
    dictionary: w.dictionary,
    names: w.names,
    places: NONE,
    repeat: NONE,
    span: NONE,
    sport: false,
  };
}

/**
 * Token information for a sentence. `analyze` (given word i) may serve analyzeWord() from a
 * cache (the tagger's lexicon and corpus lists never change; news repeats its words).
 */
export function analyzeSentence(
  words: readonly string[],
  lexicon: LexiconIndex,
  memory?: DocumentMemory,
  corpus?: CorpusKnowledge,
  analyze: (word: string, i: number) => WordAnalysis = (w) => analyzeWord(w, lexicon, corpus),
): SentenceTokens {
  const analyses = words.map((w, i) => analyze(w, i));
  const keys = analyses.map((a) => a.clitics.keys);
  const gazetteer = lexicon.gazetteerLabels(
    keys,
    analyses.map((a) => a.gazetteerStarts),
  );
  const places = lexicon.placeLabels(
    keys,
    analyses.map((a) => a.placeStarts),
  );
  const spans = spanFeatures(analyses);
  const sport = analyses.some((a) => SPORT.has(a.clitics.core));
  return words.map((word, i) => {
    const w = analyses[i] ?? analyze(word, i);
    const a = w.clitics;
    return {
      word,
      norm: a.norm,
      stem: a.stem,
      core: a.core,
      clitics: a.clitics,
      shape: w.shape,
      triggers: w.triggers,
      gazetteer: gazetteer[i] ?? NONE,
      memory: memory ? memory.features(a.core) : NONE,
      dictionary: w.dictionary,
      names: w.names,
      places: places[i] ?? NONE,
      repeat: repeatFeatures(a.core, w.shape, w.names, memory, w.known),
      span: spans[i] ?? [],
      sport: sport && w.shape === "a",
    };
  });
}

/**
 * Runs of consecutive listed name words (no trigger word among them): each token's position
 * in its run (S single, B, I, E) with the run length, and with whether the corpus knows it.
 * A run of two or three list words is most often one person's name, whatever each word alone.
 */
function spanFeatures(analyses: readonly WordAnalysis[]): (readonly string[])[] {
  const inRun = analyses.map((a) => a.names.length > 0 && a.shape === "a" && a.triggers.length === 0);
  const out: (readonly string[])[] = analyses.map(() => NONE);
  for (let i = 0; i < inRun.length;) {
    if (!inRun[i]) {
      i++;
      continue;
    }
    let j = i;
    while (inRun[j + 1]) j++;
    const len = Math.min(j - i + 1, 4);
    for (let k = i; k <= j; k++) {
      const pos = i === j ? 0 : k === i ? 1 : k === j ? 3 : 2;
      out[k] = SPAN[(pos * 4 + len - 1) * 2 + (analyses[k]?.known ? 0 : 1)] ?? NONE;
    }
    i = j + 1;
  }
  return out;
}

const NONE: readonly string[] = [];

/**
 * Words of a sports report (match, team, goal, host and guest…), as clitic-free cores: in a
 * sentence with one of them a city's name is most often its club (برشلونة، ميلان), an ORG.
 */
const SPORT = new Set(
  [
    "فريق",
    "فريقه",
    "الفريق",
    "منتخب",
    "نادي",
    "مباراة",
    "مباراته",
    "لقاء",
    "الدوري",
    "دوري",
    "بطولة",
    "كأس",
    "هدف",
    "هدفا",
    "هدفين",
    "أهداف",
    "مرمى",
    "شباك",
    "ضيفه",
    "مضيفه",
    "ضيف",
    "مضيف",
    "ملعب",
    "ملعبه",
    "استاد",
    "لاعب",
    "لاعبي",
    "مدرب",
    "تعادل",
    "فاز",
    "فوز",
    "بفوزه",
    "خسر",
    "هزيمة",
    "الشوط",
    "المجموعة",
    "الموسم",
    "النقاط",
    "نقاط",
    "نقطة",
    "المركز",
    "التأهل",
    "ركلة",
    "الحارس",
    "حارس",
  ].map((w) => analyzeClitics(w).core),
);

/** "tw=" values per trigger class and distance 1–WINDOW, built once. */
const WINDOW = 4;
const windowNames = new Map<string, readonly string[]>();
function windowName(cls: string, distance: number): string {
  let names = windowNames.get(cls);
  if (!names) {
    names = [...Array(WINDOW + 1).keys()].map((d) => cls + d);
    windowNames.set(cls, names);
  }
  return names[distance] ?? cls;
}

/**
 * The nearest trigger word of each class before token i within WINDOW words, reading back over
 * Arabic words only (punctuation or a number ends the look): a title or an organisation's head
 * noun three words back still announces the name the run continues.
 */
function emitTriggerWindow(tokens: readonly TokenInfo[], i: number, f: FeatureSink): void {
  let seen = "";
  for (let d = 1; d <= WINDOW && i - d >= 0; d++) {
    const t = tokens[i - d] as TokenInfo;
    if (t.shape !== "a") break;
    for (const cls of t.triggers) {
      if (seen.includes(cls + " ")) continue;
      seen += cls + " ";
      f.kv("tw=", windowName(cls, d));
    }
  }
}

/** spanFeatures()'s answers, built once like REPEAT: per position S B I E, run length 1–4, known or not. */
const SPAN: readonly (readonly string[])[] = ["S", "B", "I", "E"].flatMap((pos) =>
  [1, 2, 3, 4].flatMap((len) => ["k", "u"].map((known) => ["sp=" + pos + len, "sp=" + pos + "|" + known])),
);

/** x + "+1" and x + "-1" for the few neighbour names emitListFeatures adds, built once. */
const shifted = new Map<string, readonly [string, string]>();

function shift(x: string): readonly [string, string] {
  let pair = shifted.get(x);
  if (!pair) {
    pair = [x + "+1", x + "-1"];
    if (shifted.size < 1024) shifted.set(x, pair);
  }
  return pair;
}

/**
 * Features of a word on its own, whatever its neighbours: the tagger caches their summed
 * weights per word, since news repeats its words. feature-table.ts ownScores() sums the same
 * features without building their strings: keep the two in step (its test compares them).
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

/** A word's strings that context templates read; `s2` is the last two letters of `norm`. */
export const FIELDS = ["core", "norm", "stem", "clitics", "shape", "s2"] as const;
export type Field = (typeof FIELDS)[number];

export function fieldOf(t: TokenInfo, field: Field): string {
  return field === "s2" ? t.norm.slice(-2) : t[field];
}

/** One word's field at an offset from the current token, e.g. [-1, "core"]: the previous word's core. */
type Slot = readonly [offset: number, field: Field];

/**
 * Context templates on one or two neighbouring words' fields: `prefix + value` or
 * `prefix + a + "|" + b`. A registry, so that the tagger can compile them (feature-table.ts);
 * every prefix ends with its only "=".
 */
export const WORD_TEMPLATES = [
  { prefix: "c-1=", slots: [[-1, "core"]] },
  { prefix: "c-2=", slots: [[-2, "core"]] },
  { prefix: "c+1=", slots: [[1, "core"]] },
  { prefix: "c+2=", slots: [[2, "core"]] },
  { prefix: "n-1=", slots: [[-1, "norm"]] },
  { prefix: "n+1=", slots: [[1, "norm"]] },
  { prefix: "cl+1=", slots: [[1, "clitics"]] },
  { prefix: "s2-1=", slots: [[-1, "s2"]] },
  { prefix: "s2+1=", slots: [[1, "s2"]] },
  { prefix: "st-1=", slots: [[-1, "stem"]] },
  { prefix: "st+1=", slots: [[1, "stem"]] },
  { prefix: "cl-1=", slots: [[-1, "clitics"]] },
  {
    prefix: "c-1c=",
    slots: [
      [-1, "core"],
      [0, "core"],
    ],
  },
  {
    prefix: "cc+1=",
    slots: [
      [0, "core"],
      [1, "core"],
    ],
  },
  {
    prefix: "c-2c-1=",
    slots: [
      [-2, "core"],
      [-1, "core"],
    ],
  },
  {
    prefix: "c+1c+2=",
    slots: [
      [1, "core"],
      [2, "core"],
    ],
  },
  {
    prefix: "sh-1=",
    slots: [
      [-1, "shape"],
      [0, "shape"],
    ],
  },
  {
    prefix: "sh+1=",
    slots: [
      [0, "shape"],
      [1, "shape"],
    ],
  },
] as const satisfies readonly { prefix: string; slots: readonly [Slot] | readonly [Slot, Slot] }[];

/** Token i + offset, or the sentence boundary. */
export function tokenAt(tokens: readonly TokenInfo[], i: number): TokenInfo {
  // Tested, not read: a negative index is a slow property lookup on an array.
  return i >= 0 && i < tokens.length ? (tokens[i] ?? BOUNDARY) : BOUNDARY;
}

/**
 * Receives a token's list features (triggers, gazetteers, memory…) as their parts, so that
 * the tagger can look them up without building a string per feature (feature-table.ts).
 */
export interface FeatureSink {
  /** The feature `name` itself. */
  add(name: string): void;
  /** The feature `prefix + value`; `prefix` ends with its only "=". */
  kv(prefix: string, value: string): void;
  /** The feature `prefix + a + "|" + b`; `prefix` ends with its only "=". */
  pair(prefix: string, a: string, b: string): void;
  /**
   * The features `names`, each with "+1" (`side` 1) or "-1" (`side` -1) appended, or as they
   * are (0). `names` is one of the arrays built once here (REPEAT, SPAN, NEIGHBOUR_NAME), so
   * that a sink may keep their summed rows by array.
   */
  fixed(names: readonly string[], side: Side): void;
}

export type Side = -1 | 0 | 1;

/** Collects the feature strings (training, tests). */
class StringSink implements FeatureSink {
  readonly out: string[] = [];
  add(name: string): void {
    this.out.push(name);
  }
  kv(prefix: string, value: string): void {
    this.out.push(prefix + value);
  }
  pair(prefix: string, a: string, b: string): void {
    this.out.push(prefix + a + "|" + b);
  }
  fixed(names: readonly string[], side: Side): void {
    for (const x of names) this.out.push(sided(x, side));
  }
}

/** `name` with side 1 → name + "+1", -1 → name + "-1", 0 → name (FeatureSink.fixed). */
export function sided(name: string, side: Side): string {
  return side === 0 ? name : shift(name)[side > 0 ? 0 : 1];
}

/** "nw-1"/"nw+1" with whether the word itself is a listed name word, built once. */
const NEIGHBOUR_NAME = {
  prev: [
    ["nw-1", "nw-1|nw"],
    ["nw-1", "nw-1|-"],
  ],
  next: [
    ["nw+1", "nw+1|nw"],
    ["nw+1", "nw+1|-"],
  ],
} as const;

/** Features of token i that depend on its neighbours or the document, but not on tags. */
export function contextFeatures(tokens: readonly TokenInfo[], i: number): string[] {
  const sink = new StringSink();
  for (const { prefix, slots } of WORD_TEMPLATES) {
    const [a, b] = slots;
    const va = fieldOf(tokenAt(tokens, i + a[0]), a[1]);
    if (b) sink.pair(prefix, va, fieldOf(tokenAt(tokens, i + b[0]), b[1]));
    else sink.kv(prefix, va);
  }
  emitListFeatures(tokens, i, sink);
  return sink.out;
}

/**
 * The list features that read one neighbour's word alone (its trigger classes, its corpus
 * kinds): `prefix + value` for each value of the neighbour at `offset`. A tagger can add them
 * with that word's other neighbour rows (feature-table.ts wordRows), once per word.
 */
export const NEIGHBOUR_LISTS = [
  { offset: -1, field: "triggers", prefix: "t-1=" },
  { offset: -2, field: "triggers", prefix: "t-2=" },
  { offset: 1, field: "triggers", prefix: "t+1=" },
  { offset: 2, field: "triggers", prefix: "t+2=" },
  { offset: -1, field: "dictionary", prefix: "d-1=" },
  { offset: 1, field: "dictionary", prefix: "d+1=" },
  { offset: 2, field: "dictionary", prefix: "d+2=" },
  { offset: -2, field: "dictionary", prefix: "d-2=" },
] as const satisfies readonly { offset: number; field: "triggers" | "dictionary"; prefix: string }[];

/**
 * The context features after WORD_TEMPLATES', in contextFeatures() order; without
 * `neighbourLists`, those of NEIGHBOUR_LISTS are left out (the caller adds them its own way).
 */
export function emitListFeatures(
  tokens: readonly TokenInfo[],
  i: number,
  f: FeatureSink,
  neighbourLists = true,
): void {
  const t = tokenAt(tokens, i);
  const p1 = tokenAt(tokens, i - 1);
  const p2 = tokenAt(tokens, i - 2);
  const n1 = tokenAt(tokens, i + 1);
  const n2 = tokenAt(tokens, i + 2);
  const core = t.core;
  for (const x of p1.triggers) {
    if (neighbourLists) f.kv("t-1=", x);
    f.pair("t-1c=", x, core);
  }
  if (neighbourLists) {
    for (const x of p2.triggers) f.kv("t-2=", x);
    for (const x of n1.triggers) f.kv("t+1=", x);
    for (const x of n2.triggers) f.kv("t+2=", x);
  }
  for (const x of t.gazetteer) f.kv("g0=", x);
  for (const x of p1.gazetteer) f.kv("g-1=", x);
  for (const x of n1.gazetteer) f.kv("g+1=", x);
  for (const x of t.memory) f.add(x);
  f.fixed(t.repeat, 0);
  f.fixed(n1.repeat, 1);
  f.fixed(p1.repeat, -1);
  if (neighbourLists) {
    for (const x of p1.dictionary) f.kv("d-1=", x);
    for (const x of n1.dictionary) f.kv("d+1=", x);
    for (const x of n2.dictionary) f.kv("d+2=", x);
    for (const x of p2.dictionary) f.kv("d-2=", x);
  }
  for (const x of p1.dictionary) for (const y of t.dictionary) f.pair("d-1d0=", x, y);
  if (p1.names.length > 0) f.fixed(NEIGHBOUR_NAME.prev[t.names.length > 0 ? 0 : 1], 0);
  if (n1.names.length > 0) f.fixed(NEIGHBOUR_NAME.next[t.names.length > 0 ? 0 : 1], 0);
  f.fixed(t.span, 0);
  f.fixed(p1.span, -1);
  f.fixed(n1.span, 1);
  for (const x of t.places) f.kv("pl0=", x);
  for (const x of p1.places) f.kv("pl-1=", x);
  for (const x of n1.places) f.kv("pl+1=", x);
  emitTriggerWindow(tokens, i, f);
  if (t.sport) {
    // With the trigger window (and quote features since dropped), ANERcorp dev mean of seeds
    // 20070101, 3, 7: 0.719 → 0.731, ORG F1 0.569 → 0.618; see the README.
    f.kv("sx=", "sport");
    for (const x of t.gazetteer) f.pair("sx=", "sport", x);
    for (const x of t.places) f.pair("sx=", "sport", x);
    for (const x of t.dictionary) f.pair("sx=", "sport", x);
  }
  if (CONJUNCTIONS) emitConjunctions(t, p1, p2, n1, f);
}

/**
 * Whether emitConjunctions() runs: on (issue 13, fourteenth session, see the README); a model is
 * trained and read with the same setting, so NER_CONJ=0 is for measuring the features' effect only.
 */
export let CONJUNCTIONS = process.env.NER_CONJ !== "0";
/** For tests: turns emitConjunctions() on or off. */
export function setConjunctions(on: boolean): void {
  CONJUNCTIONS = on;
}

/**
 * Conjunction groups left out, for measuring only (issue 13 ablation): NER_CONJ_DROP=nc,al drops
 * the name-chain (`nc=`) or the article × neighbour class (`alt`/`alg`) group.
 */
const CONJ_DROP = new Set((process.env.NER_CONJ_DROP ?? "").split(",").filter(Boolean));

/**
 * The links of an Arabic name chain (matching-normalised): محمد بن سلمان، أبو بكر، عبد الله، آل سعود.
 * The words either side of one are most often a person's (or a family's) name.
 */
const NAME_LINKS = new Set(["بن", "ابن", "بنت", "ابو", "ابي", "ابا", "ام", "عبد", "ال"]);

function isLink(t: TokenInfo): boolean {
  return t.shape === "a" && NAME_LINKS.has(t.core);
}

/**
 * Conjunctions of what the word is with what its neighbours are: its place in a name chain
 * (after or before بن، أبو، عبد), crossed with whether it is a listed name word; whether it has
 * the article crossed with the lexicon classes of its neighbours (a name rarely takes ال, the
 * adjective after it does). ANERcorp dev F1, mean of seeds 20070101, 3, 7 (12 epochs): 0.7274 →
 * 0.7414 with a third group, the shapes of the two words after and before (`sh+12=`/`sh-21=`);
 * without it (fifteenth session) 0.7465, ORG F1 0.629 → 0.654 (seed 7 +0.020, default seed −0.004).
 */
function emitConjunctions(t: TokenInfo, p1: TokenInfo, p2: TokenInfo, n1: TokenInfo, f: FeatureSink): void {
  if (!CONJ_DROP.has("nc")) {
    const listed = t.names.length > 0 ? "nw" : t.dictionary.length > 0 ? "d" : "-";
    if (isLink(t)) f.pair("nc=", "0", listed);
    if (isLink(p1)) f.pair("nc=", "p1", listed);
    else if (isLink(p2)) f.pair("nc=", "p2", listed);
    if (isLink(n1)) f.pair("nc=", "n1", listed);
  }
  if (!CONJ_DROP.has("al")) {
    const al = t.clitics.endsWith("ال") ? "al" : "-";
    for (const x of p1.triggers) f.pair("alt-1=", al, x);
    for (const x of n1.triggers) f.pair("alt+1=", al, x);
    for (const x of p1.gazetteer) f.pair("alg-1=", al, x);
    for (const x of n1.gazetteer) f.pair("alg+1=", al, x);
    for (const x of t.gazetteer) f.pair("alg0=", al, x);
  }
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

/**
 * Common function words (prepositions, particles, relatives, demonstratives), as clitic-free
 * cores: their identity is a transition signal (transitionSignals), since what may follow an
 * entity tag across them differs (a name rarely continues over في or التي, often over بن).
 */
const FUNCTION_WORDS = new Set(
  [
    "في",
    "من",
    "على",
    "إلى",
    "عن",
    "مع",
    "أن",
    "إن",
    "لا",
    "لم",
    "لن",
    "قد",
    "ما",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "الذين",
    "بين",
    "بعد",
    "قبل",
    "حتى",
    "أو",
    "ثم",
    "كان",
    "كانت",
    "عند",
    "خلال",
    "منذ",
    "حيث",
    "كما",
    "أمام",
    "نحو",
    "ضد",
    "لدى",
    "عبر",
    "كل",
    "غير",
    "أيضا",
    "فيما",
    "بينما",
    "و",
  ].map((w) => analyzeClitics(w).core),
);

/**
 * NER_TX_DROP=cl,t,nw,pl,g,d,sh,w leaves groups of transition signals out (proclitics, triggers,
 * name words, places, gazetteer, corpus labels, shape, function words), for measuring only.
 */
const TX_DROP = new Set((process.env.NER_TX_DROP ?? "").split(",").filter(Boolean));
const TX_CL = !TX_DROP.has("cl");
const TX_T = !TX_DROP.has("t");
const TX_NW = !TX_DROP.has("nw");
const TX_PL = !TX_DROP.has("pl");
const TX_G = !TX_DROP.has("g");
const TX_D = !TX_DROP.has("d");
const TX_SH = !TX_DROP.has("sh");
const TX_W = !TX_DROP.has("w");
/** NER_TX_DROP=nwf: the listed name word's signal without its foreign-spelling twin. */
const TX_NWF = !TX_DROP.has("nwf");
/**
 * The corpus labels' form, for measuring: NER_TX_D=in gives them inside-only rows ("i:d:",
 * only after an entity tag, INSIDE_ONLY), so a label learnt from ANERcorp may carry a name on
 * but not start one (with rows everywhere they made single loanwords and transliterated names
 * entities in real news); NER_TX_D=one keeps only a word's single label; unset, rows everywhere.
 */
const TX_D_FORM = process.env.NER_TX_D ?? "";

/**
 * Transition signals with this prefix have rows only after an entity tag (viterbi.ts
 * wordTransitionFeature): they may decide whether a name goes on, never whether one starts.
 */
export const INSIDE_ONLY = "i:";

/** Signal strings by kind and value, built once (the tagger looks them up per token). */
const signalNames = new Map<string, string>();
function signal(kind: string, value: string): string {
  const key = kind + value;
  let s = signalNames.get(key);
  if (s === undefined) {
    s = key;
    if (signalNames.size < 4096) signalNames.set(key, s);
  }
  return s;
}

/**
 * What a word is, for the transitions conditioned on it ("tx=" + signal + "|" + previous tag,
 * viterbi.ts): its proclitics, trigger classes, name-list membership (and foreign spelling),
 * place and gazetteer labels, corpus kinds, a non-Arabic shape, and the function word itself.
 * A perceptron's transition weight is otherwise the same before every word; these let "B-PERS
 * then a listed name word" and "B-PERS then و+word" score apart.
 */
export function transitionSignals(t: TokenInfo): string[] {
  const out: string[] = [];
  if (TX_CL && t.clitics !== "") out.push(signal("cl:", t.clitics));
  if (TX_T) for (const x of t.triggers) out.push(signal("t:", x));
  if (TX_NW && t.names.length > 0) {
    out.push("nw");
    if (TX_NWF && t.names.includes("nw=f")) out.push("nwf");
  }
  if (TX_PL) for (const x of t.places) out.push(signal("pl:", x));
  if (TX_G) for (const x of t.gazetteer) out.push(signal("g:", x));
  if (TX_D && !(TX_D_FORM === "one" && t.dictionary.length > 1))
    for (const x of t.dictionary) out.push(signal(TX_D_FORM === "in" ? INSIDE_ONLY + "d:" : "d:", x));
  if (t.shape !== "a") {
    if (TX_SH) out.push(signal("sh:", t.shape));
  } else if (TX_W && FUNCTION_WORDS.has(t.core)) out.push(signal("w:", t.core));
  return out;
}

import type { LexiconSnapshot } from "./lexicon.js";
import { MORE_PLACES, type NameLists, type PlaceList } from "./name-lists.js";

/** Phrase → bits, as a Map or a list's packed table (name-lists.ts). */
interface PhraseBits {
  get(phrase: string): number | undefined;
}

/** A set of words, as a Set or a list's packed table. */
interface WordSet {
  has(word: string): boolean;
}

/**
 * Fast membership tests over a lexicon snapshot: trigger classes of one word, and longest
 * gazetteer matches over a sentence (multi-word entries such as "الأمم المتحدة").
 */
export class LexiconIndex {
  private readonly triggerOf = new Map<string, string[]>();
  /**
   * Every class's entries as one map from a phrase (lookup keys joined by spaces) to the bits of
   * the classes ending there, with MORE set when a longer entry starts with it: one walk per
   * token serves all classes. Built from the entries' own strings, without splitting them into a
   * tree of word maps (that was most of the 50,000-phrase place list's load time).
   */
  private readonly phrases: PhraseBits;
  /**
   * Every word that stands after the first in some entry: a walk builds and probes the longer
   * phrase only for these (the string made per probe was most of a sentence's matching time).
   */
  private readonly later: WordSet;
  private readonly classes: string[] = [];
  /** Per class, its "CLS:B", "CLS:I" and "CLS:E" labels, built once rather than per token. */
  private readonly labels: [string, string, string][] = [];

  private readonly nameWords: { get(key: string): string | undefined };
  private readonly places: LexiconIndex | null;

  /** `lists`: the shipped name-word and place lists (name-lists.ts); without them those features are off. */
  constructor(
    snapshot: LexiconSnapshot,
    readonly lists: NameLists | null = null,
    /** The place list's own tables, for the index of places alone (no snapshot, no lists). */
    placeList: PlaceList | null = null,
  ) {
    this.nameWords = lists?.words ?? new Map<string, string>();
    this.places = lists ? new LexiconIndex(snapshot, null, lists.places) : null;
    if (placeList) {
      this.phrases = placeList.phrases;
      this.later = placeList.later;
      for (const cls of placeList.kinds) this.addClass(cls);
      return;
    }
    const phrases = new Map<string, number>();
    const later = new Set<string>();
    this.phrases = phrases;
    this.later = later;
    for (const [cls, keys] of Object.entries(snapshot.triggers)) {
      for (const k of keys) (this.triggerOf.get(k) ?? this.triggerOf.set(k, []).get(k))?.push(cls);
    }
    for (const [cls, list] of Object.entries(snapshot.gazetteers)) {
      const bit = this.addClass(cls);
      for (const phrase of list) {
        phrases.set(phrase, (phrases.get(phrase) ?? 0) | bit);
        for (let sp = phrase.indexOf(" "); sp >= 0;) {
          const head = phrase.slice(0, sp);
          phrases.set(head, (phrases.get(head) ?? 0) | MORE);
          const next = phrase.indexOf(" ", sp + 1);
          later.add(phrase.slice(sp + 1, next < 0 ? phrase.length : next));
          sp = next;
        }
      }
    }
  }

  /** Registers a gazetteer class; its bit. */
  private addClass(cls: string): number {
    const bit = 1 << this.classes.length;
    this.classes.push(cls);
    this.labels.push([`${cls}:B`, `${cls}:I`, `${cls}:E`]);
    if (this.classes.length > 30) throw new Error("ner: more than 30 gazetteer classes");
    return bit;
  }

  /** Trigger classes any reading of the word belongs to. */
  triggers(keys: readonly string[]): string[] {
    const out: string[] = [];
    for (const k of keys)
      for (const cls of this.triggerOf.get(k) ?? []) if (!out.includes(cls)) out.push(cls);
    return out;
  }

  /** Flags of the first reading of the word found in the name-word list (see name-lists.ts). */
  nameWord(keys: readonly string[]): string | undefined {
    for (const k of keys) {
      const flags = this.nameWords.get(k);
      if (flags !== undefined) return flags;
    }
    return undefined;
  }

  /**
   * The readings of one word that begin some entry, with the entry bits of that one-word phrase:
   * a word's first lookups depend on the word alone, so the tagger keeps them per word
   * (features.ts analyzeWord) and a sentence's walk probes the phrase map only where one starts.
   */
  starts(readings: readonly string[]): PhraseStarts {
    let out: [string, number][] | null = null;
    for (const k of readings) {
      // A reading with a space would join words the entries keep apart.
      if (k.includes(" ")) continue;
      const bits = this.phrases.get(k);
      if (bits !== undefined) (out ??= []).push([k, bits]);
    }
    return out ?? NO_STARTS;
  }

  /** starts() in the place-name list; none without the list. */
  placeStarts(readings: readonly string[]): PhraseStarts {
    return this.places ? this.places.starts(readings) : NO_STARTS;
  }

  /**
   * Per token, "country:B" / "city:I"… from the longest place-name match of each kind.
   * `starts[i]`: placeStarts() of token i, if the caller keeps them.
   */
  placeLabels(
    keys: readonly (readonly string[])[],
    starts?: readonly PhraseStarts[],
  ): readonly (readonly string[])[] {
    return this.places ? this.places.gazetteerLabels(keys, starts) : NO_LABELS;
  }

  /**
   * Per token, labels like "LOC:B" / "LOC:I" / "LOC:E" from the longest gazetteer match of each class.
   * `keys[i]` are the readings of token i (see analyzeClitics); `starts[i]` its starts(), if the
   * caller keeps them.
   */
  gazetteerLabels(
    keys: readonly (readonly string[])[],
    starts: readonly PhraseStarts[] = keys.map((k) => this.starts(k)),
  ): readonly (readonly string[])[] {
    // Most sentences match nothing: no per-token arrays until one does (absent rows read as none).
    if (!starts.some((s) => s.length > 0)) return NO_LABELS;
    const nc = this.classes.length;
    // longest[i·nc + c]: length of the longest entry of class c starting at token i.
    const longest = new Int32Array(keys.length * nc);
    let found = false;
    for (let i = 0; i < keys.length; i++) {
      for (const [k, bits] of starts[i] ?? NO_STARTS) {
        if (markEnds(bits, 0, longest, i * nc)) found = true;
        if (bits & MORE && markLongest(this.phrases, this.later, k, keys, i + 1, 1, longest, i * nc))
          found = true;
      }
    }
    if (!found) return NO_LABELS;
    const labels: string[][] = keys.map(() => []);
    // A match's last word also gets "CLS:E" (a one-word match B and E), after the token's B/I
    // labels, so that a name's last word is told from its middle: with the name-word runs of
    // features.ts, ANERcorp dev F1 0.7113 → 0.7215 (seed 20070101, 8 epochs), most of it ORG.
    const ends: string[][] = keys.map(() => []);
    for (const [c, [b, inside, end]] of this.labels.entries()) {
      for (let i = 0; i < keys.length;) {
        const len = longest[i * nc + c] ?? 0;
        if (len === 0) {
          i++;
          continue;
        }
        for (let j = 0; j < len; j++) labels[i + j]?.push(j === 0 ? b : inside);
        ends[i + len - 1]?.push(end);
        i += len;
      }
    }
    ends.forEach((e, i) => labels[i]?.push(...e));
    return labels;
  }
}

/** The bit marking a phrase that a longer entry continues (classes use bits 0–29). */
const MORE = MORE_PLACES;

/** A word's readings that begin an entry, each with its bits (LexiconIndex.starts). */
export type PhraseStarts = readonly (readonly [reading: string, bits: number])[];

const NO_STARTS: PhraseStarts = [];

/** gazetteerLabels() when nothing matched: every token's row is absent, i.e. no labels. */
const NO_LABELS: readonly (readonly string[])[] = [];

/** Records in best[at + c] an entry of class c ending after `depth` + 1 words, for each class in `bits`. */
function markEnds(bits: number, depth: number, best: Int32Array, at: number): boolean {
  let found = false;
  for (let c = 0, ends = bits & ~MORE; ends !== 0; c++, ends >>>= 1) {
    if (!(ends & 1)) continue;
    found = true;
    if ((best[at + c] ?? 0) < depth + 1) best[at + c] = depth + 1;
  }
  return found;
}

/**
 * Records in best[at + c] the longest entry of each class c matched by some reading of tokens
 * i, i+1… after `phrase`, the `depth` words already matched; true when some entry matched.
 */
function markLongest(
  phrases: PhraseBits,
  later: WordSet,
  phrase: string,
  keys: readonly (readonly string[])[],
  i: number,
  depth: number,
  best: Int32Array,
  at: number,
): boolean {
  const readings = keys[i];
  if (!readings) return false;
  let found = false;
  for (const k of readings) {
    // A reading with a space would join words the entries keep apart.
    if (!later.has(k) || k.includes(" ")) continue;
    const next = phrase + " " + k;
    const bits = phrases.get(next);
    if (bits === undefined) continue;
    if (markEnds(bits, depth, best, at)) found = true;
    if (bits & MORE && markLongest(phrases, later, next, keys, i + 1, depth + 1, best, at)) found = true;
  }
  return found;
}

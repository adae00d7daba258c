import type { LexiconSnapshot } from "./lexicon.js";
import type { NameLists } from "./name-lists.js";

/**
 * Fast membership tests over a lexicon snapshot: trigger classes of one word, and longest
 * gazetteer matches over a sentence (multi-word entries such as "الأمم المتحدة").
 */
export class LexiconIndex {
  private readonly triggerOf = new Map<string, string[]>();
  /**
   * One word trie over every class's entries, each node marking the classes ending there: one walk
   * per token serves all classes (the place list has long runs sharing a first word).
   */
  private readonly root: PhraseNode = { next: null, ends: 0 };
  private readonly classes: string[] = [];
  /** Per class, its "CLS:B", "CLS:I" and "CLS:E" labels, built once rather than per token. */
  private readonly labels: [string, string, string][] = [];

  private readonly nameWords: ReadonlyMap<string, string>;
  private readonly places: LexiconIndex | null;

  /** `lists`: the shipped name-word and place lists (name-lists.ts); without them those features are off. */
  constructor(
    snapshot: LexiconSnapshot,
    readonly lists: NameLists | null = null,
  ) {
    this.nameWords = lists?.words ?? new Map();
    this.places = lists
      ? new LexiconIndex({ triggers: {}, gazetteers: lists.places, triggersHash: "", gazetteerHash: "" })
      : null;
    for (const [cls, keys] of Object.entries(snapshot.triggers)) {
      for (const k of keys) (this.triggerOf.get(k) ?? this.triggerOf.set(k, []).get(k))?.push(cls);
    }
    for (const [cls, phrases] of Object.entries(snapshot.gazetteers)) {
      const bit = 1 << this.classes.length;
      this.classes.push(cls);
      this.labels.push([`${cls}:B`, `${cls}:I`, `${cls}:E`]);
      if (this.classes.length > 30) throw new Error("ner: more than 30 gazetteer classes");
      for (const phrase of phrases) {
        let node = this.root;
        for (const word of phrase.split(" ")) {
          node.next ??= new Map();
          let child = node.next.get(word);
          if (!child) {
            child = { next: null, ends: 0 };
            node.next.set(word, child);
          }
          node = child;
        }
        node.ends |= bit;
      }
    }
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

  /** Per token, "country:B" / "city:I"… from the longest place-name match of each kind. */
  placeLabels(keys: readonly (readonly string[])[]): string[][] {
    return this.places ? this.places.gazetteerLabels(keys) : keys.map(() => []);
  }

  /**
   * Per token, labels like "LOC:B" / "LOC:I" / "LOC:E" from the longest gazetteer match of each class.
   * `keys[i]` are the readings of token i (see analyzeClitics).
   */
  gazetteerLabels(keys: readonly (readonly string[])[]): string[][] {
    const labels: string[][] = keys.map(() => []);
    const nc = this.classes.length;
    // longest[i·nc + c]: length of the longest entry of class c starting at token i.
    const longest = new Int32Array(keys.length * nc);
    for (let i = 0; i < keys.length; i++)
      markLongest(this.root, keys, i, 0, longest.subarray(i * nc, i * nc + nc));
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

interface PhraseNode {
  next: Map<string, PhraseNode> | null;
  /** Bit c set: an entry of class c ends here. */
  ends: number;
}

/**
 * Records in best[c] the longest entry of each class below `node` matched by some reading of
 * tokens i, i+1…; `depth` words are already matched (0 at the root).
 */
function markLongest(
  node: PhraseNode,
  keys: readonly (readonly string[])[],
  i: number,
  depth: number,
  best: Int32Array,
): void {
  for (let c = 0, ends = node.ends; ends !== 0; c++, ends >>>= 1) {
    if (ends & 1 && (best[c] ?? 0) < depth) best[c] = depth;
  }
  const next = node.next;
  const readings = keys[i];
  if (!next || !readings) return;
  for (const k of readings) {
    const child = next.get(k);
    if (child) markLongest(child, keys, i + 1, depth + 1, best);
  }
}

import type { LexiconSnapshot } from "./lexicon.js";
import type { NameLists } from "./name-lists.js";

/**
 * Fast membership tests over a lexicon snapshot: trigger classes of one word, and longest
 * gazetteer matches over a sentence (multi-word entries such as "الأمم المتحدة").
 */
export class LexiconIndex {
  private readonly triggerOf = new Map<string, string[]>();
  /** Per class: first key → remaining keys of each entry starting with it, longest first. */
  private readonly entries = new Map<string, Map<string, string[][]>>();

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
      const byFirst = new Map<string, string[][]>();
      for (const phrase of phrases) {
        const [first = "", ...rest] = phrase.split(" ");
        (byFirst.get(first) ?? byFirst.set(first, []).get(first))?.push(rest);
      }
      for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
      this.entries.set(cls, byFirst);
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
   * Per token, labels like "LOC:B" / "LOC:I" from the longest gazetteer match of each class.
   * `keys[i]` are the readings of token i (see analyzeClitics).
   */
  gazetteerLabels(keys: readonly (readonly string[])[]): string[][] {
    const labels: string[][] = keys.map(() => []);
    for (const [cls, byFirst] of this.entries) {
      for (let i = 0; i < keys.length;) {
        const len = this.longestAt(byFirst, keys, i);
        if (len === 0) {
          i++;
          continue;
        }
        for (let j = 0; j < len; j++) labels[i + j]?.push(`${cls}:${j === 0 ? "B" : "I"}`);
        i += len;
      }
    }
    return labels;
  }

  private longestAt(
    byFirst: Map<string, string[][]>,
    keys: readonly (readonly string[])[],
    i: number,
  ): number {
    let best = 0;
    for (const k of keys[i] ?? []) {
      for (const rest of byFirst.get(k) ?? []) {
        if (rest.length + 1 <= best) break;
        if (rest.every((r, j) => keys[i + 1 + j]?.includes(r))) best = rest.length + 1;
      }
    }
    return best;
  }
}

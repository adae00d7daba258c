import type { Entity, Mention, SentenceInfo, Value } from "../model.js";
import { buildArgs } from "./args.js";
import type { SentenceCtx } from "./context.js";
import type { RelateLexicon } from "./lexicon.js";
import { markStops } from "./slots.js";
import { tokenize } from "./tokens.js";

/**
 * An input with at most this many characters of sentences keeps its prepared sentences from one
 * sweep to the next (an ordinary article: tokens are built once). A longer one prepares each
 * sentence again in every sweep that needs it, so only one sentence's tokens live at a time and
 * they die young instead of being promoted with a whole window. The result is the same either way.
 */
export const KEEP_CHARS = 100_000;

/**
 * Every mention of the article sorted by start offset (ties in entity then mention order), as
 * typed arrays: one object per mention of a 10 MB article would sit in the old generation for
 * the whole stage.
 */
export interface MentionIndex {
  entities: readonly Entity[];
  entity: Int32Array;
  mention: Int32Array;
  start: Int32Array;
  values: Value[];
}

export function mentionIndex(entities: readonly Entity[], values: readonly Value[]): MentionIndex {
  let n = 0;
  let maxStart = 0;
  for (const e of entities) {
    n += e.mentions.length;
    for (const m of e.mentions) if (m.start > maxStart) maxStart = m.start;
  }
  const ent = new Int32Array(n);
  const men = new Int32Array(n);
  const starts = new Int32Array(n);
  let k = 0;
  entities.forEach((e, i) =>
    e.mentions.forEach((m, j) => {
      ent[k] = i;
      men[k] = j;
      starts[k++] = m.start;
    }),
  );
  // A numeric sort of start·n + k is a stable sort by start, without a comparator call per pair.
  let order: Int32Array;
  if ((maxStart + 1) * n < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (starts[i] as number) * n + i;
    keys.sort();
    order = Int32Array.from(keys, (key) => key % n);
  } else {
    order = new Int32Array(n).map((_, i) => i);
    order.sort((a, b) => (starts[a] as number) - (starts[b] as number) || a - b);
  }
  return {
    entities,
    entity: order.map((i) => ent[i] as number),
    mention: order.map((i) => men[i] as number),
    start: order.map((i) => starts[i] as number),
    values: [...values].sort((a, b) => a.start - b.start),
  };
}

export interface Located {
  entity: Entity;
  mention: Mention;
}

/** Reads sentences in text order (cursors move forward only, so one sweep is linear). */
export interface SentenceReader {
  /** True when an entity of one of the sentence's mentions passes `want` (no tokens built). */
  mentions(s: SentenceInfo, want: (e: Entity) => boolean): boolean;
  /** Tokens, arguments and values of the sentence. */
  prepare(s: SentenceInfo): SentenceCtx;
}

/** A fresh reader over the article: one per sweep. */
export function sentenceReader(text: string, index: MentionIndex, lex: RelateLexicon): SentenceReader {
  const { entities, entity, mention, start, values } = index;
  let m = 0;
  let v = 0;
  const seek = (s: SentenceInfo) => {
    while (m < start.length && (start[m] as number) < s.start) m++;
  };
  const locate = (k: number): Located => {
    const e = entities[entity[k] as number] as Entity;
    return { entity: e, mention: e.mentions[mention[k] as number] as Mention };
  };
  return {
    mentions(s, want) {
      seek(s);
      for (let k = m; k < start.length && (start[k] as number) < s.end; k++) {
        const l = locate(k);
        if (l.mention.end <= s.end && want(l.entity)) return true;
      }
      return false;
    },
    prepare(s) {
      seek(s);
      const inside: Located[] = [];
      for (let k = m; k < start.length && (start[k] as number) < s.end; k++) {
        const l = locate(k);
        if (l.mention.end <= s.end) inside.push(l);
      }
      const tokens = tokenize(text, s.start, s.end);
      const args = buildArgs(text, tokens, inside, lex);
      markStops(tokens, lex);
      while (v < values.length && (values[v]?.start ?? 0) < s.start) v++;
      const inSentence: Value[] = [];
      for (let k = v; k < values.length && (values[k]?.start ?? 0) < s.end; k++) {
        const val = values[k];
        if (val && val.end <= s.end) inSentence.push(val);
      }
      return { index: s.index, start: s.start, end: s.end, tokens, args, values: inSentence };
    },
  };
}

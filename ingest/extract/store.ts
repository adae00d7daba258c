/**
 * Recognition output kept compact: a 10 MB article yields hundreds of thousands of mentions,
 * but only a few hundred distinct candidates. Candidates that differ only in where they stand
 * are kept as one prototype plus a flat array of spans, so the store grows with the number of
 * distinct names, not with the length of the article.
 */
import type { Properties } from "../model.js";
import type { Candidate } from "./candidate.js";

export interface SpanGroup {
  /** The first candidate seen for this id (of this reading, for persons). */
  proto: Candidate;
  properties: Properties;
  /** Cleaned-text spans, flat: start0, end0, start1, end1 ... */
  spans: number[];
}

/**
 * Everything resolution reads from a person candidate except its place: two candidates with
 * the same key resolve the same way (persons.ts), so they can share one prototype.
 */
function personKey(c: Candidate): string {
  const key = [
    c.type,
    c.id,
    c.name,
    c.nameEn,
    c.source,
    c.legislature ?? false,
    c.titleRef ?? null,
    c.person ?? null,
    c.properties,
  ];
  // A property present but undefined still counts in resolution (`k in properties`). The
  // replacer that keeps it costs a call per value; without an undefined anywhere it changes
  // nothing, so the plain form is the same string.
  return holdsUndefined(key) ? JSON.stringify(key, keepUndefined) : JSON.stringify(key);
}

function keepUndefined(_k: string, v: unknown): unknown {
  return v === undefined ? "\u0000undefined" : v;
}

/** Whether an undefined stands anywhere in the value (arrays and objects searched). */
function holdsUndefined(v: unknown): boolean {
  if (v === undefined) return true;
  if (v === null || typeof v !== "object") return false;
  if (Array.isArray(v)) {
    for (const x of v) if (holdsUndefined(x)) return true;
    return false;
  }
  for (const k in v) if (holdsUndefined((v as Record<string, unknown>)[k])) return true;
  return false;
}

export class CandidateStore {
  /** Persons and title references, which resolution reshapes: grouped by personKey(). */
  readonly people: SpanGroup[] = [];
  /** Everything else, grouped by its id (known at recognition). */
  readonly groups = new Map<string, SpanGroup>();
  private readonly peopleByKey = new Map<string, SpanGroup>();

  add(c: Candidate): void {
    if (c.type === "Person" || !c.id) {
      const key = personKey(c);
      let g = this.peopleByKey.get(key);
      if (!g) {
        g = { proto: c, properties: c.properties, spans: [] };
        this.peopleByKey.set(key, g);
        this.people.push(g);
      }
      g.spans.push(c.start, c.end);
      return;
    }
    let g = this.groups.get(c.id);
    if (!g) {
      g = { proto: c, properties: { ...c.properties }, spans: [] };
      this.groups.set(c.id, g);
    } else if (c.properties !== g.proto.properties) {
      for (const [k, v] of Object.entries(c.properties))
        if (!(k in g.properties) && v !== null) g.properties[k] = v;
    }
    g.spans.push(c.start, c.end);
  }

  /** Moves every span of group `from` into group `to` (same entity, found under two ids). */
  merge(from: string, to: string): void {
    const a = this.groups.get(from);
    const b = this.groups.get(to);
    if (!a || !b || a === b) return;
    // A loop, not push(...spans): a spread of a million arguments overflows the stack.
    for (const x of a.spans) b.spans.push(x);
    this.groups.delete(from);
  }

  /** Sorted, merged [start, end) intervals of everything that is already a mention. */
  coverage(): number[] {
    const packed: number[] = [];
    const add = (spans: number[]): void => {
      for (let i = 0; i < spans.length; i += 2) packed.push(pack(spans[i] as number, spans[i + 1] as number));
    };
    for (const g of this.groups.values()) add(g.spans);
    for (const g of this.people) if (g.proto.id) add(g.spans);
    // One typed array of numbers sorts fast and holds no per-span objects.
    const sorted = Float64Array.from(packed).sort();
    const flat: number[] = [];
    for (const p of sorted) {
      const s = Math.floor(p / SPAN);
      const e = s + (p % SPAN);
      const lastEnd = flat[flat.length - 1];
      if (lastEnd !== undefined && s <= lastEnd) flat[flat.length - 1] = Math.max(lastEnd, e);
      else flat.push(s, e);
    }
    return flat;
  }
}

// start · 2^23 + length is exact below 2^53: starts stay under 2^30 (V8's longest string).
const SPAN = 2 ** 23;

function pack(start: number, end: number): number {
  return start * SPAN + Math.min(end - start, SPAN - 1);
}

/** Adds [start, end) to the group of `id`, made from `proto()` the first time (no object per span). */
export function addSpan(
  groups: Map<string, SpanGroup>,
  id: string,
  start: number,
  end: number,
  proto: () => Candidate,
): void {
  let g = groups.get(id);
  if (!g) {
    const c = proto();
    g = { proto: c, properties: c.properties, spans: [] };
    groups.set(id, g);
  }
  g.spans.push(start, end);
}

/**
 * A span of an entity another candidate already named (a gazetteer or pattern group's `proto`):
 * the same id, name, label and type, as a pattern mention in `sentence` (found by the name alone).
 */
export function addNamedSpan(
  groups: Map<string, SpanGroup>,
  named: Candidate,
  sentence: number,
  start: number,
  end: number,
): void {
  const { id, name, nameEn, type } = named;
  addSpan(groups, id as string, start, end, () => ({
    start,
    end,
    sentence,
    type,
    id,
    name,
    nameEn,
    properties: {},
    source: "pattern",
  }));
}

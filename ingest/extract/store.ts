/**
 * Recognition output kept compact: a 10 MB article yields hundreds of thousands of mentions,
 * and most are of entities whose id is already known (countries, gazetteer organisations).
 * Those are kept as one prototype plus a flat array of spans; only persons and title
 * references, which resolution reshapes, are kept whole.
 */
import type { Properties } from "../model.js";
import type { Candidate } from "./candidate.js";

export interface SpanGroup {
  /** The first candidate seen for this id. */
  proto: Candidate;
  properties: Properties;
  /** Cleaned-text spans, flat: start0, end0, start1, end1 ... */
  spans: number[];
}

export class CandidateStore {
  /** Persons and title references, whole. */
  readonly people: Candidate[] = [];
  readonly groups = new Map<string, SpanGroup>();

  add(c: Candidate): void {
    if (c.type === "Person" || !c.id) {
      this.people.push(c);
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
    b.spans.push(...a.spans);
    this.groups.delete(from);
  }

  /** Sorted, merged [start, end) intervals of everything that is already a mention. */
  coverage(): number[] {
    const spans: [number, number][] = [];
    for (const g of this.groups.values())
      for (let i = 0; i < g.spans.length; i += 2)
        spans.push([g.spans[i] as number, g.spans[i + 1] as number]);
    for (const c of this.people) if (c.id) spans.push([c.start, c.end]);
    spans.sort((a, b) => a[0] - b[0]);
    const flat: number[] = [];
    for (const [s, e] of spans) {
      const lastEnd = flat[flat.length - 1];
      if (lastEnd !== undefined && s <= lastEnd) flat[flat.length - 1] = Math.max(lastEnd, e);
      else flat.push(s, e);
    }
    return flat;
  }
}

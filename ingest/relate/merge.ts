import type { Evidence, Relation } from "../model.js";
import { SYMMETRIC_RELATIONS } from "../model.js";

/** Which status wins when two sentences disagree: a fact beats a plan beats a report. */
const STATUS_RANK: Record<string, number> = { done: 3, planned: 2, reported: 1 };

function mergeInto(into: Relation, r: Relation): void {
  for (const ev of r.evidence) into.evidence.push(ev);
  for (const [k, v] of Object.entries(r.properties)) {
    const cur = into.properties[k];
    if (k === "status" && typeof v === "string") {
      if (cur === undefined || (STATUS_RANK[v] ?? 0) > (STATUS_RANK[String(cur)] ?? 0))
        into.properties[k] = v;
    } else if ((cur === undefined || cur === null) && v !== null) into.properties[k] = v;
  }
  into.confidence = Math.max(into.confidence, r.confidence);
}

/**
 * Evidence sorted by start, without a span given twice (the first one given is kept). Duplicates
 * share a start, so only a run of equal starts is compared: no set of every span is kept while
 * the article is read.
 */
function distinctSpans(sorted: Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  let run = 0;
  for (const ev of sorted) {
    const last = out[out.length - 1];
    if (!last || last.start !== ev.start) run = out.length;
    let seen = false;
    for (let k = run; k < out.length && !seen; k++) seen = (out[k] as Evidence).end === ev.end;
    if (!seen) out.push(ev);
  }
  return out;
}

/**
 * One relation per (type, source, target), built as relations are found: a long article keeps
 * its distinct relations and their evidence, not every sentence's relation objects until the end.
 * Symmetric types are ordered by id, self-relations dropped, evidence unioned.
 */
export class RelationMerger {
  private readonly byKey = new Map<string, Relation>();

  add(r: Relation): void {
    if (r.source === r.target) return;
    const flip = SYMMETRIC_RELATIONS.includes(r.type) && r.target < r.source;
    const source = flip ? r.target : r.source;
    const target = flip ? r.source : r.target;
    const key = `${source}|${r.type}|${target}`;
    const have = this.byKey.get(key);
    if (have) {
      mergeInto(have, r);
      return;
    }
    // Built whole, not by spreading r and overriding keys (a slow path that allocates per call).
    this.byKey.set(key, {
      type: r.type,
      source,
      target,
      properties: Object.assign({}, r.properties),
      evidence: r.evidence.slice(),
      confidence: r.confidence,
    });
  }

  /** The merged relations in order of first evidence; repeated evidence raises confidence a little. */
  result(): Relation[] {
    const out = [...this.byKey.values()];
    for (const r of out) {
      r.evidence = distinctSpans(r.evidence.sort((a: Evidence, b: Evidence) => a.start - b.start));
      r.confidence = Math.round(Math.min(0.99, r.confidence + 0.05 * (r.evidence.length - 1)) * 100) / 100;
    }
    return out.sort(
      (a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || a.type.localeCompare(b.type),
    );
  }
}

/** Merges a list of relations at once (see RelationMerger). */
export function mergeRelations(relations: Relation[]): Relation[] {
  const merger = new RelationMerger();
  for (const r of relations) merger.add(r);
  return merger.result();
}

import type { Evidence, Relation } from "../model.js";
import { SYMMETRIC_RELATIONS } from "../model.js";

/** Which status wins when two sentences disagree: a fact beats a plan beats a report. */
const STATUS_RANK: Record<string, number> = { done: 3, planned: 2, reported: 1 };

function mergeInto(into: Relation, r: Relation, spans: Set<string>): void {
  for (const ev of r.evidence) {
    const key = `${ev.start}:${ev.end}`;
    if (spans.has(key)) continue;
    spans.add(key);
    into.evidence.push(ev);
  }
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
 * One relation per (type, source, target): symmetric types ordered by id, self-relations dropped,
 * evidence unioned. Repeated evidence raises confidence a little.
 */
export function mergeRelations(relations: Relation[]): Relation[] {
  const byKey = new Map<string, Relation>();
  const spans = new Map<string, Set<string>>();
  for (const r of relations) {
    if (r.source === r.target) continue;
    const flip = SYMMETRIC_RELATIONS.includes(r.type) && r.target < r.source;
    const rel: Relation = flip ? { ...r, source: r.target, target: r.source } : r;
    const key = `${rel.source}|${rel.type}|${rel.target}`;
    const have = byKey.get(key);
    if (have) mergeInto(have, rel, spans.get(key) ?? new Set());
    else {
      byKey.set(key, { ...rel, properties: { ...rel.properties }, evidence: [...rel.evidence] });
      spans.set(key, new Set(rel.evidence.map((e) => `${e.start}:${e.end}`)));
    }
  }
  const out = [...byKey.values()];
  for (const r of out) {
    r.evidence.sort((a: Evidence, b: Evidence) => a.start - b.start);
    r.confidence = Math.round(Math.min(0.99, r.confidence + 0.05 * (r.evidence.length - 1)) * 100) / 100;
  }
  return out.sort(
    (a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || a.type.localeCompare(b.type),
  );
}

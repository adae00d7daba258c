/**
 * Scoring one article's extraction against its gold annotation. Pure functions: the harness
 * (bench/eval-extract.ts) does the IO. Entities are aligned one-to-one first; relations and
 * statements are then compared through that alignment, so a relation counts only when both of
 * its endpoints were recognised as the right gold entities.
 */
import { SYMMETRIC_RELATIONS, type ExtractionResult } from "../../ingest/model.js";
import { alignEntities, label, missReason, overlaps } from "./align.js";
import type { GoldArticle, GoldSpans } from "./gold.js";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScore {
  entities: Counts;
  /** Gold mention occurrences covered by a mention of the aligned predicted entity. */
  mentions: { found: number; total: number; exactBoundary: number };
  relations: Counts;
  /** Properties given in gold (role, amount ...) that the matched predicted relation agrees on. */
  relationProperties: { agree: number; total: number };
  /** Distinct speakers. */
  speakers: Counts;
  /** Statement occurrences found (same speaker, overlapping the gold cue). */
  statements: { found: number; total: number; predicted: number };
  /** The entity and relation counts again, split by type (an entity false positive under its predicted type). */
  byType: { entities: Record<string, Counts>; relations: Record<string, Counts> };
  misses: string[];
  falsePositives: string[];
}

/** Adds one to `field` of the counts kept for `type`. */
function bumpType(table: Record<string, Counts>, type: string, field: keyof Counts): void {
  const c = (table[type] ??= { tp: 0, fp: 0, fn: 0 });
  c[field]++;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

function relationKey(type: string, source: string, target: string): string {
  const symmetric = (SYMMETRIC_RELATIONS as readonly string[]).includes(type);
  const [a, b] = symmetric && target < source ? [target, source] : [source, target];
  return `${type} ${a} → ${b}`;
}

function scoreEntities(gold: GoldArticle, spans: GoldSpans, pred: ExtractionResult, out: ArticleScore) {
  const alignment = alignEntities(gold.entities, spans, pred.entities);
  const aligned = new Set(alignment.values());
  gold.entities.forEach((g, gi) => {
    if (g.optional) return;
    const p = alignment.get(gi);
    const goldSpans = spans[gi] ?? [];
    out.mentions.total += goldSpans.length;
    if (!p) {
      out.entities.fn++;
      bumpType(out.byType.entities, g.type, "fn");
      out.misses.push(
        `entity ${g.nameEn} «${g.name}» (${g.type}): ${missReason(goldSpans, pred.entities, aligned)}`,
      );
      return;
    }
    out.entities.tp++;
    bumpType(out.byType.entities, g.type, "tp");
    for (const s of goldSpans) {
      const hit = p.mentions.filter((m) => overlaps(m, s));
      if (hit.length > 0) out.mentions.found++;
      else out.misses.push(`mention "${s.text}" @${s.start} of ${g.nameEn}`);
      if (hit.some((m) => m.end === s.end && m.start >= s.start - 2 && m.start <= s.start))
        out.mentions.exactBoundary++;
      else if (hit[0]) out.misses.push(`boundary: gold "${s.text}" @${s.start}, predicted "${hit[0].text}"`);
    }
  });
  for (const p of pred.entities) {
    if (aligned.has(p)) continue;
    out.entities.fp++;
    bumpType(out.byType.entities, p.type, "fp");
    const where = p.mentions.map((m) => m.text).slice(0, 3);
    out.falsePositives.push(`entity ${label(p)} mentions ${JSON.stringify(where)}`);
  }
  return alignment;
}

function scoreRelations(
  gold: GoldArticle,
  pred: ExtractionResult,
  byId: Map<string, string>,
  out: ArticleScore,
) {
  const wanted = new Map<string, GoldArticle["relations"][number]>();
  for (const r of gold.relations) wanted.set(relationKey(r.type, r.sourceEn, r.targetEn), r);
  const seen = new Map<string, ExtractionResult["relations"][number]>();
  const name = (id: string): string => byId.get(id) ?? `?${id}`;
  for (const r of pred.relations) {
    const key = relationKey(r.type, name(r.source), name(r.target));
    if (!seen.has(key)) seen.set(key, r);
  }
  for (const [key, r] of wanted) {
    if (r.optional) continue;
    const p = seen.get(key);
    if (!p) {
      const reversed = seen.has(relationKey(r.type, r.targetEn, r.sourceEn)) ? " (predicted reversed)" : "";
      out.relations.fn++;
      bumpType(out.byType.relations, r.type, "fn");
      out.misses.push(`relation ${key}${r.properties ? ` ${JSON.stringify(r.properties)}` : ""}${reversed}`);
      continue;
    }
    out.relations.tp++;
    bumpType(out.byType.relations, r.type, "tp");
    for (const [k, v] of Object.entries(r.properties ?? {})) {
      out.relationProperties.total++;
      const got = p.properties[k];
      const same = typeof v === "string" ? String(got ?? "").toLowerCase() === v.toLowerCase() : got === v;
      if (same) out.relationProperties.agree++;
      else
        out.misses.push(`property ${key} ${k}: gold ${JSON.stringify(v)}, predicted ${JSON.stringify(got)}`);
    }
  }
  for (const [key, p] of seen) {
    if (wanted.has(key)) continue;
    out.relations.fp++;
    bumpType(out.byType.relations, p.type, "fp");
    const evidence = p.evidence[0]?.text.slice(0, 60) ?? "";
    out.falsePositives.push(`relation ${key} ${JSON.stringify(p.properties)} — "${evidence}"`);
  }
}

function scoreStatements(
  text: string,
  gold: GoldArticle,
  pred: ExtractionResult,
  byId: Map<string, string>,
  out: ArticleScore,
) {
  const speaker = (id: string): string => byId.get(id) ?? `?${id}`;
  const goldSpeakers = new Set(gold.statements.map((s) => s.speakerEn));
  const predSpeakers = new Set(pred.statements.map((s) => speaker(s.speaker)));
  for (const s of goldSpeakers) {
    if (predSpeakers.has(s)) out.speakers.tp++;
    else {
      out.speakers.fn++;
      out.misses.push(`speaker ${s}`);
    }
  }
  for (const s of predSpeakers) {
    if (goldSpeakers.has(s)) continue;
    out.speakers.fp++;
    out.falsePositives.push(`speaker ${s}`);
  }
  const used = new Set<number>();
  out.statements.total = gold.statements.length;
  out.statements.predicted = pred.statements.length;
  for (const g of gold.statements) {
    const at = g.cue ? text.indexOf(g.cue) : -1;
    const cue = at >= 0 && g.cue ? { start: at, end: at + g.cue.length } : null;
    const i = pred.statements.findIndex(
      (p, pi) => !used.has(pi) && speaker(p.speaker) === g.speakerEn && (!cue || overlaps(p, cue)),
    );
    if (i >= 0) {
      used.add(i);
      out.statements.found++;
    } else out.misses.push(`statement by ${g.speakerEn}${g.cue ? ` «${g.cue}»` : ""}`);
  }
}

/** Scores one article. `spans` come from locateMentions() on the same text. */
export function scoreArticle(
  text: string,
  gold: GoldArticle,
  spans: GoldSpans,
  pred: ExtractionResult,
): ArticleScore {
  const out: ArticleScore = {
    entities: { tp: 0, fp: 0, fn: 0 },
    mentions: { found: 0, total: 0, exactBoundary: 0 },
    relations: { tp: 0, fp: 0, fn: 0 },
    relationProperties: { agree: 0, total: 0 },
    speakers: { tp: 0, fp: 0, fn: 0 },
    statements: { found: 0, total: 0, predicted: 0 },
    byType: { entities: {}, relations: {} },
    misses: [],
    falsePositives: [],
  };
  const alignment = scoreEntities(gold, spans, pred, out);
  // Predicted id → gold English label, or the predicted label when the entity has no gold partner.
  const byId = new Map(pred.entities.map((e) => [e.id, `${e.nameEn}*`]));
  for (const [gi, p] of alignment) byId.set(p.id, gold.entities[gi]?.nameEn ?? p.nameEn);
  scoreRelations(gold, pred, byId, out);
  scoreStatements(text, gold, pred, byId, out);
  return out;
}

/**
 * Aligning predicted entities with gold ones, and saying why a gold entity found no partner.
 */
import type { Entity, Span } from "../../ingest/model.js";
import { normalizeForMatch } from "../../ingest/text/normalize.js";
import { parseMention, type GoldArticle, type GoldSpans } from "./gold.js";

export const overlaps = (a: Span, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export const label = (e: Entity): string => `${e.nameEn} «${e.name}» (${e.type})`;

/**
 * How strongly a predicted entity fits a gold one of the same type: English label, Arabic name,
 * a shared alias/mention string, and mention spans on the same text (each worth one point).
 * Zero means "cannot be the same entity".
 */
export function matchScore(gold: GoldArticle["entities"][number], spans: Span[], pred: Entity): number {
  // An optional entity is one the annotators could not type with confidence, so any type fits.
  if (gold.type !== pred.type && !gold.optional) return 0;
  const goldForms = new Set(
    [gold.name, ...gold.mentions.map((m) => parseMention(m).surface)].map(normalizeForMatch),
  );
  const predForms = [pred.name, ...pred.aliases, ...pred.mentions.map((m) => m.text)].map(normalizeForMatch);
  let score = 0;
  if (gold.nameEn.toLowerCase() === pred.nameEn.toLowerCase()) score++;
  if (normalizeForMatch(gold.name) === normalizeForMatch(pred.name)) score++;
  if (predForms.some((f) => goldForms.has(f))) score++;
  if (pred.mentions.some((m) => spans.some((s) => overlaps(m, s)))) score++;
  return score;
}

/** One-to-one alignment, best pairs first: gold index → predicted entity. */
export function alignEntities(
  gold: GoldArticle["entities"],
  spans: GoldSpans,
  pred: Entity[],
): Map<number, Entity> {
  const pairs: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const score = matchScore(g, spans[gi] ?? [], p);
      if (score > 0) pairs.push({ g: gi, p: pi, score });
    }),
  );
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const out = new Map<number, Entity>();
  const used = new Set<number>();
  for (const { g, p } of pairs) {
    const e = pred[p];
    if (out.has(g) || used.has(p) || !e) continue;
    out.set(g, e);
    used.add(p);
  }
  return out;
}

/**
 * Why a gold entity was missed: a predicted entity covering most of one of its mentions (so it was
 * found but typed or labelled differently), a smaller one inside it (a boundary problem), or nothing.
 */
export function missReason(spans: Span[], pred: Entity[], aligned: Set<Entity>): string {
  const free = pred.filter((p) => !aligned.has(p));
  for (const s of spans) {
    const cover = free.find((p) => p.mentions.some((m) => overlapLength(m, s) * 2 >= s.end - s.start));
    if (cover) return `found as ${label(cover)}`;
  }
  const inside = free.find((p) => p.mentions.some((m) => spans.some((s) => overlaps(m, s))));
  return inside ? `not found; only ${label(inside)} inside it` : "not found";
}

function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

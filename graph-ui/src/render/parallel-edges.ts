import { createEdgeCurveProgram, DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";
import type { Attributes } from "graphology-types";
import { DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, type EdgeLabelDrawingFunction } from "sigma/rendering";
import type { EdgeDisplayData } from "sigma/types";
import { isCoMention } from "../graph/co-mentions.js";
import type { EdgeAttrs, KgGraph } from "../graph/build.js";
import { isRtl } from "./labels.js";

/**
 * Several relations between one pair of entities (A→B and B→A, or several types) would draw as one
 * line with their labels on top of each other: each gets its own curve instead. Straight edges stay
 * straight; the co-mention layer (dashed, context only) is left out.
 */

/** Curvature of a curve relative to its chord, for the pair's canonical direction (smaller id first). */
export const PARALLEL_CURVATURE = DEFAULT_EDGE_CURVATURE;

/**
 * Sets `curvature` on every typed relation: 0 when it is alone between its two entities, else spread
 * symmetrically around the straight line (the middle one of an odd group stays straight). Curvature
 * is relative to the edge's own direction, so an edge pointing the other way gets the opposite sign.
 */
export function curveParallelEdges(graph: KgGraph): void {
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((id, a, s, t) => {
    if (isCoMention(a) || s === t) return;
    const key = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    const group = pairs.get(key);
    if (group) group.push(id);
    else pairs.set(key, [id]);
  });
  for (const group of pairs.values()) {
    group.sort();
    group.forEach((id, i) => {
      const offset = group.length === 1 ? 0 : i - (group.length - 1) / 2;
      const [s, t] = graph.extremities(id);
      const sign = s < t ? 1 : -1;
      graph.setEdgeAttribute(id, "curvature", sign * offset * 2 * PARALLEL_CURVATURE);
    });
  }
}

/** The program of an edge's display data: its curved variant when it has a curvature. */
export function curvedType(a: Pick<EdgeAttrs, "type" | "curvature">): string {
  if (!a.curvature) return a.type;
  return a.type === "arrow" ? "curvedArrow" : a.type === "line" ? "curved" : a.type;
}

/**
 * The label of a curved edge, whole, at the top of its curve and along it. The library's own label
 * writes a curve character by character, which breaks Arabic joining and order; here the browser's
 * shaper sets the text, as for every other label (render/labels.ts).
 */
export const drawCurvedEdgeLabel: EdgeLabelDrawingFunction = (ctx, edge, source, target, settings) => {
  const label = edge.label;
  const curvature = (edge as Partial<EdgeDisplayData> & { curvature?: number }).curvature ?? 0;
  if (!label) return;
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const chord = Math.hypot(dx, dy);
  const room = chord - source.size - target.size;
  if (room <= 0) return;
  // The curve is a quadratic Bézier whose control point sits `curvature` chords off the middle
  // (as @sigma/edge-curve draws it); its top, at t = 0.5, is half as far.
  // The text sits just outside the curve, as sigma puts a straight edge's beside its line.
  const out = (Math.sign(curvature) * ((edge.size ?? 1) / 2 + settings.edgeLabelSize * 0.7)) / chord;
  const x = (source.x + target.x) / 2 + dy * (curvature / 2 + out);
  const y = (source.y + target.y) / 2 - dx * (curvature / 2 + out);
  let angle = Math.atan2(dy, dx);
  if (angle > Math.PI / 2 || angle < -Math.PI / 2) angle += Math.PI;
  const size = settings.edgeLabelSize;
  ctx.save();
  ctx.font = `${settings.edgeLabelWeight} ${size}px ${settings.edgeLabelFont}`;
  const color = settings.edgeLabelColor;
  ctx.fillStyle =
    color.attribute !== undefined
      ? String((edge as Attributes)[color.attribute] ?? color.color ?? "#000")
      : color.color;
  ctx.direction = isRtl(label) ? "rtl" : "ltr";
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  let text = label;
  while (ctx.measureText(text).width > room && text.length > 2) text = `${text.slice(0, -2)}…`;
  ctx.translate(x, y);
  ctx.rotate(angle);
  ctx.fillText(text, 0, 0);
  ctx.restore();
};

/** Sigma programs for the curved edges, by the names {@link curvedType} gives. */
export const CURVED_PROGRAMS = {
  curved: createEdgeCurveProgram({ drawLabel: drawCurvedEdgeLabel }),
  curvedArrow: createEdgeCurveProgram({
    arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
    drawLabel: drawCurvedEdgeLabel,
  }),
};

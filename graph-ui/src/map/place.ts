import type { KgGraph } from "../graph/build.js";

export interface Point {
  x: number;
  y: number;
}

/** (lon, lat) to graph coordinates, or null where the projection has no point. */
export type Project = (lon: number, lat: number) => Point | null;

/** Spacing of entities set around a place or in the side column, in graph units (world = 1000). */
const STEP = 9;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Where every entity sits on the map: places at their projected coordinates; an entity without
 * coordinates around the centre of the placed entities it is linked to (a minister near his
 * capital), two links deep; the rest in a column east of everything placed. Deterministic (ids
 * sorted), so the same graph gives the same map.
 */
export function mapPositions(graph: KgGraph, project: Project): Map<string, Point> {
  const placed = new Map<string, Point>();
  for (const id of [...graph.nodes()].sort()) {
    const { lat, lon } = graph.getNodeAttributes(id);
    if (lat === undefined || lon === undefined) continue;
    const p = project(lon, lat);
    if (p) placed.set(id, p);
  }
  let pending = [...graph.nodes()].filter((id) => !placed.has(id)).sort();
  for (let depth = 0; depth < 2 && pending.length > 0; depth++) {
    const around = new Map<string, number>();
    const next: string[] = [];
    const found = new Map<string, Point>();
    for (const id of pending) {
      const anchors = graph.neighbors(id).flatMap((n) => placed.get(n) ?? []);
      if (anchors.length === 0) {
        next.push(id);
        continue;
      }
      const cx = anchors.reduce((s, p) => s + p.x, 0) / anchors.length;
      const cy = anchors.reduce((s, p) => s + p.y, 0) / anchors.length;
      // A sunflower spiral around the anchor: the k-th entity at the same anchor sits further out.
      const key = `${cx.toFixed(2)},${cy.toFixed(2)}`;
      const k = around.get(key) ?? 0;
      around.set(key, k + 1);
      const r = STEP * Math.sqrt(k + 1);
      found.set(id, { x: cx + r * Math.cos(k * GOLDEN_ANGLE), y: cy + r * Math.sin(k * GOLDEN_ANGLE) });
    }
    for (const [id, p] of found) placed.set(id, p);
    pending = next;
  }
  if (pending.length > 0) {
    const points = [...placed.values()];
    const right = points.length > 0 ? Math.max(...points.map((p) => p.x)) : 0;
    const top = points.length > 0 ? Math.max(...points.map((p) => p.y)) : 0;
    const bottom = points.length > 0 ? Math.min(...points.map((p) => p.y)) : 0;
    const rows = Math.max(10, Math.floor((top - bottom) / STEP) + 1);
    pending.forEach((id, i) => {
      placed.set(id, { x: right + STEP * (4 + 2 * Math.floor(i / rows)), y: top - STEP * (i % rows) });
    });
  }
  return placed;
}

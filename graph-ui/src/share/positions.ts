import type { KgGraph } from "../graph/build.js";
import type { Positions } from "../layout/positions.js";

/**
 * Node positions in a share link, compactly: nodes in id order, each coordinate quantised to 12 bits
 * inside the graph's bounding box (4 base64url characters a node). A hash of the id list makes a link
 * whose graph differs from the receiver's fall back to the receiver's own layout.
 */
export interface EncodedPositions {
  /** FNV-1a of the sorted ids. */
  h: string;
  /** Bounding box: minX, minY, maxX, maxY. */
  b: [number, number, number, number];
  d: string;
}

/** Past this many nodes a link would carry tens of kilobytes: the receiver lays out itself. */
export const MAX_SHARED_POSITIONS = 5000;
const LEVELS = 4095;
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function idsHash(ids: string[]): string {
  let h = 2166136261;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
    h = Math.imul(h ^ 10, 16777619);
  }
  return (h >>> 0).toString(36);
}

/**
 * @param saved positions to carry instead of the graph's own (the force layout's while the map
 *   shows); a node without one is carried where it is
 */
export function encodePositions(graph: KgGraph, saved: Positions | null = null): EncodedPositions | null {
  if (graph.order === 0 || graph.order > MAX_SHARED_POSITIONS) return null;
  const ids = graph.nodes().sort();
  const at = (id: string): { x: number; y: number } => {
    const p = saved?.[id];
    return p ? { x: p[0], y: p[1] } : graph.getNodeAttributes(id);
  };
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const id of ids) {
    const { x, y } = at(id);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const q = (v: number, lo: number, hi: number) =>
    hi > lo ? Math.round(((v - lo) / (hi - lo)) * LEVELS) : 0;
  let d = "";
  for (const id of ids) {
    const { x, y } = at(id);
    const bits = (q(x, minX, maxX) << 12) | q(y, minY, maxY);
    d +=
      (B64[(bits >> 18) & 63] ?? "") +
      (B64[(bits >> 12) & 63] ?? "") +
      (B64[(bits >> 6) & 63] ?? "") +
      (B64[bits & 63] ?? "");
  }
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return { h: idsHash(ids), b: [r(minX), r(minY), r(maxX), r(maxY)], d };
}

/** Positions for this graph's nodes, or null when the link was made for another graph. */
export function decodePositions(p: EncodedPositions, graph: KgGraph): Positions | null {
  const ids = graph.nodes().sort();
  if (p.d.length !== ids.length * 4 || idsHash(ids) !== p.h) return null;
  const [minX, minY, maxX, maxY] = p.b;
  const out: Positions = {};
  for (let i = 0; i < ids.length; i++) {
    let bits = 0;
    for (let k = 0; k < 4; k++) {
      const v = B64.indexOf(p.d[i * 4 + k] ?? "");
      if (v < 0) return null;
      bits = (bits << 6) | v;
    }
    const x = minX + ((bits >> 12) / LEVELS) * (maxX - minX);
    const y = minY + ((bits & LEVELS) / LEVELS) * (maxY - minY);
    out[ids[i] ?? ""] = [x, y];
  }
  return out;
}

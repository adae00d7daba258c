import type { KgGraph } from "../graph/build.js";
import { isCoMention } from "../graph/co-mentions.js";
import type { TimeWindow } from "../state/types.js";

/**
 * When each entity and relationship has evidence: the days (YYYY-MM-DD, sorted) of the articles
 * behind it, from the edges' `articleIds` and the dated articles of GET /api/timeline/articles.
 * Built once per graph load, so moving the window costs a binary search per item, not a request.
 */
export interface TimeIndex {
  nodes: Map<string, string[]>;
  edges: Map<string, string[]>;
}

export interface WindowView {
  nodes: Set<string>;
  edges: Set<string>;
  /** First seen inside the window: "new in this window". */
  fresh: Set<string>;
}

const sorted = (days: Iterable<string>): string[] => [...new Set(days)].sort();

export function buildIndex(graph: KgGraph, dates: Map<string, string>): TimeIndex {
  const days = (ids: string[]): string[] =>
    ids.flatMap((id) => {
      const d = dates.get(id);
      return d === undefined ? [] : [d.slice(0, 10)];
    });
  const edges = new Map<string, string[]>();
  const nodeDays = new Map<string, string[]>();
  graph.forEachNode((id, a) => nodeDays.set(id, days(a.articleIds)));
  graph.forEachEdge((id, a, s, t) => {
    if (isCoMention(a)) return;
    const d = sorted(days(a.articleIds));
    edges.set(id, d);
    nodeDays.get(s)?.push(...d);
    nodeDays.get(t)?.push(...d);
  });
  return { edges, nodes: new Map([...nodeDays].map(([id, d]) => [id, sorted(d)])) };
}

/** Whether a sorted list of days has one in [from, to] (binary search). */
export function hasDayIn(days: string[], w: TimeWindow): boolean {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] ?? "") < w.from) lo = mid + 1;
    else hi = mid;
  }
  const day = days[lo];
  return day !== undefined && day <= w.to;
}

/** What the window shows: items with evidence in it, and those whose first evidence is in it. */
export function windowView(index: TimeIndex, w: TimeWindow): WindowView {
  const view: WindowView = { nodes: new Set(), edges: new Set(), fresh: new Set() };
  for (const [kind, map] of [
    ["nodes", index.nodes],
    ["edges", index.edges],
  ] as const) {
    for (const [id, days] of map) {
      if (!hasDayIn(days, w)) continue;
      view[kind].add(id);
      if ((days[0] ?? "") >= w.from) view.fresh.add(id);
    }
  }
  return view;
}

/** The last day of a bin that starts at `start`, given the start of the next (or the bucket). */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** `#rrggbb` blended towards the background by `1 - alpha` (sigma's WebGL programs ignore alpha). */
export function fadeColor(
  color: string | undefined,
  alpha: number,
  background = "#fafaf8",
): string | undefined {
  const parse = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  if (!color || !/^#[0-9a-f]{6}$/iu.test(color)) return color;
  const [a, b] = [parse(color), parse(background)];
  return `#${a
    .map((v, i) =>
      Math.round((b[i] ?? 255) + (v - (b[i] ?? 255)) * alpha)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/**
 * The brush's bins after a key (null: not a brush key): arrows move the window by a bin, with Shift
 * they move its later end (resize), Home/End move it to the first/last bins. `forward` is the arrow
 * pointing later in time, which is the left one in a right-to-left strip. Without a window the
 * first key picks one bin at the start (the end for End or a backward arrow).
 */
export function brushKey(
  key: string,
  shift: boolean,
  sel: [number, number] | null,
  n: number,
  forward: "ArrowRight" | "ArrowLeft",
): [number, number] | null {
  if (n === 0) return null;
  const arrow = key === "ArrowRight" || key === "ArrowLeft";
  if (!arrow && key !== "Home" && key !== "End") return null;
  const step = arrow ? (key === forward ? 1 : -1) : 0;
  if (sel === null) return key === "End" || step < 0 ? [n - 1, n - 1] : [0, 0];
  const [a, z] = sel;
  if (key === "Home") return [0, z - a];
  if (key === "End") return [n - 1 - (z - a), n - 1];
  if (shift) return [a, Math.max(a, Math.min(n - 1, z + step))];
  const shift1 = Math.max(-a, Math.min(n - 1 - z, step));
  return [a + shift1, z + shift1];
}

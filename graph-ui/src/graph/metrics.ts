import louvain from "graphology-communities-louvain";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import type { KgGraph } from "./build.js";
import { typedDegree, typedGraph } from "./co-mentions.js";

export type SizeBy = "degree" | "pagerank";

const MIN_SIZE = 5;
const MAX_SIZE = 20;

/** Map raw scores onto [MIN_SIZE, MAX_SIZE] with a square root so hubs do not swallow the view. */
export function scaleSizes(scores: Record<string, number>): Record<string, number> {
  const values = Object.values(scores);
  const max = Math.max(0, ...values);
  const out: Record<string, number> = {};
  for (const [id, v] of Object.entries(scores)) {
    out[id] = max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(v / max) : MIN_SIZE;
  }
  return out;
}

export function computeScores(graph: KgGraph, by: SizeBy): Record<string, number> {
  if (by === "pagerank" && graph.size > 0) return pagerank(typedGraph(graph), { getEdgeWeight: null });
  const scores: Record<string, number> = {};
  graph.forEachNode((id) => (scores[id] = typedDegree(graph, id)));
  return scores;
}

/** Sizes are a visual encoding of the data (not transient UI state), so they live on the node. */
export function applySizes(graph: KgGraph, by: SizeBy): void {
  const sizes = scaleSizes(computeScores(graph, by));
  // In place: a copy of every node's attributes costs more than the sizes on a 20k-node graph.
  graph.updateEachNodeAttributes((id, a) => {
    a.size = sizes[id] ?? MIN_SIZE;
    a.degree = typedDegree(graph, id);
    return a;
  });
}

/**
 * Louvain communities, numbered by size (0 = largest) so colours and the legend follow size
 * rather than the algorithm's arbitrary ids. Returns how many there are.
 */
export function applyCommunities(graph: KgGraph): number {
  if (graph.order === 0) return 0;
  // Louvain needs an undirected view of the relations; multi-edges add weight naturally.
  const communities = louvain(typedGraph(graph), { getEdgeWeight: null });
  const sizes = new Map<number, number>();
  for (const c of Object.values(communities)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const rank = new Map(
    [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c], i) => [c, i]),
  );
  graph.updateEachNodeAttributes((id, a) => ({ ...a, community: rank.get(communities[id] ?? 0) ?? 0 }));
  return sizes.size;
}

/** Dispatched on window after communities were (re)computed outside a graph reload. */
export const COMMUNITIES_EVENT = "rawabit:communities";

export interface CommunitySummary {
  count: number;
  /** The largest communities, largest first, each with its best-connected members' labels. */
  top: { community: number; size: number; members: string[] }[];
}

export function summarizeCommunities(
  graph: KgGraph,
  limit: number,
  membersPerCommunity = 3,
): CommunitySummary {
  const byCommunity = new Map<number, { id: string; degree: number; label: string }[]>();
  graph.forEachNode((id, a) => {
    if (a.community === undefined) return;
    const list = byCommunity.get(a.community) ?? [];
    list.push({ id, degree: a.degree, label: a.label });
    byCommunity.set(a.community, list);
  });
  const top = [...byCommunity.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .slice(0, limit)
    .map(([community, list]) => ({
      community,
      size: list.length,
      members: [...list]
        .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))
        .slice(0, membersPerCommunity)
        .map((m) => m.label),
    }));
  return { count: byCommunity.size, top };
}

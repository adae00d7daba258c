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
  graph.updateEachNodeAttributes((id, a) => ({
    ...a,
    size: sizes[id] ?? MIN_SIZE,
    degree: typedDegree(graph, id),
  }));
}

export function applyCommunities(graph: KgGraph): number {
  if (graph.order === 0) return 0;
  // Louvain needs an undirected view of the relations; multi-edges add weight naturally.
  const communities = louvain(typedGraph(graph), { getEdgeWeight: null });
  graph.updateEachNodeAttributes((id, a) => ({ ...a, community: communities[id] ?? 0 }));
  return new Set(Object.values(communities)).size;
}

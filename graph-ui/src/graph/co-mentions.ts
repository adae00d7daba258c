import type {
  CO_MENTION_TYPE as MODEL_CO_MENTION_TYPE,
  GraphEdge,
  GraphPayload,
} from "../../../ingest/model.js";
import type { EdgeAttrs, KgGraph } from "./build.js";

/**
 * The co-mention layer: entities named in the same sentence (GET /api/co-mentions). It lives in the
 * canonical graph as edges of their own type, drawn dashed and grey, and is kept out of everything
 * that describes the typed relations (degree, PageRank, communities, layout, ego networks).
 */
/** The model's edge type, restated so no value import reaches the bundle (the type keeps them equal). */
export const CO_MENTION_TYPE: typeof MODEL_CO_MENTION_TYPE = "CO_MENTIONED";

export const CO_MENTION_COLOR = "#8d8d8d";

/** What the explorer asks for: pairs sharing at least MIN sentences, the strongest LIMIT. */
export const CO_MENTION_MIN = 2;
export const CO_MENTION_LIMIT = 2000;

export const isCoMention = (a: Pick<EdgeAttrs, "relType">): boolean => a.relType === CO_MENTION_TYPE;

const num = (v: unknown, fallback: number): number =>
  typeof v === "number" && Number.isFinite(v) ? v : fallback;

/** Thin by design (0.5–3 px): the layer is context for the typed relations, not a rival to them. */
export function coMentionAttributes(e: GraphEdge): EdgeAttrs {
  const sentences = num(e.properties.sentences, num(e.properties.count, 1));
  return {
    relType: CO_MENTION_TYPE,
    label: `×${sentences}`,
    color: CO_MENTION_COLOR,
    size: Math.min(0.5 + Math.log2(sentences), 3),
    type: "dashed",
    count: sentences,
    articles: num(e.properties.articles, 1),
    role: null,
    amount: null,
    currency: null,
    articleIds: [],
  };
}

/**
 * Adds the layer's edges among the nodes already drawn (the layer never adds nodes, so switching it
 * off leaves the graph as it was). Returns how many edges the graph now has in the layer.
 */
export function mergeCoMentions(graph: KgGraph, payload: GraphPayload): number {
  for (const e of payload.edges) {
    if (e.type !== CO_MENTION_TYPE || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (graph.hasEdge(e.id)) graph.replaceEdgeAttributes(e.id, coMentionAttributes(e));
    else graph.addEdgeWithKey(e.id, e.source, e.target, coMentionAttributes(e));
  }
  return countCoMentions(graph);
}

export function removeCoMentions(graph: KgGraph): void {
  graph.filterEdges((_id, a) => isCoMention(a)).forEach((id) => graph.dropEdge(id));
}

export function countCoMentions(graph: KgGraph): number {
  let n = 0;
  graph.forEachEdge((_id, a) => {
    if (isCoMention(a)) n++;
  });
  return n;
}

/** Degree over the typed relations only: the co-mention layer must not resize or filter nodes. */
export function typedDegree(graph: KgGraph, node: string): number {
  let n = 0;
  graph.forEachEdge(node, (_id, a) => {
    if (!isCoMention(a)) n++;
  });
  return n;
}

/**
 * The graph without the layer, for PageRank and Louvain: zero-weight edges make PageRank fail to
 * converge, so they are left out rather than weighed down. The graph itself when the layer is off.
 */
export function typedGraph(graph: KgGraph): KgGraph {
  if (countCoMentions(graph) === 0) return graph;
  const copy = graph.copy();
  removeCoMentions(copy);
  return copy;
}

/** Edge weight for the layout: co-mentions weigh nothing (no pull between the entities). */
export const typedWeight = (_edge: string, a: { relType?: unknown }): number =>
  a.relType === CO_MENTION_TYPE ? 0 : 1;

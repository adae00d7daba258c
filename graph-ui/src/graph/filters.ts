import type { EdgeAttrs, KgGraph, NodeAttrs } from "./build.js";
import { isCoMention, typedDegree } from "./co-mentions.js";

/** Hidden sets rather than shown sets: a type that appears later (new article) is visible by default. */
export interface Filters {
  hiddenTypes: string[];
  hiddenRelations: string[];
  article: string | null;
  minDegree: number;
}

export const DEFAULT_FILTERS: Filters = { hiddenTypes: [], hiddenRelations: [], article: null, minDegree: 0 };

export function nodePasses(id: string, a: NodeAttrs, graph: KgGraph, f: Filters): boolean {
  if (f.hiddenTypes.includes(a.entityType)) return false;
  if (f.minDegree > 0 && typedDegree(graph, id) < f.minDegree) return false;
  if (f.article !== null && a.articleIds.length > 0 && !a.articleIds.includes(f.article)) return false;
  return true;
}

export function edgePasses(a: EdgeAttrs, f: Filters): boolean {
  if (f.hiddenRelations.includes(a.relType)) return false;
  if (f.article !== null && a.articleIds.length > 0 && !a.articleIds.includes(f.article)) return false;
  return true;
}

/** The set of visible nodes, computed once per state change so reducers stay O(1) per item. */
export function visibleNodes(graph: KgGraph, f: Filters): Set<string> {
  const out = new Set<string>();
  graph.forEachNode((id, a) => {
    if (nodePasses(id, a, graph, f)) out.add(id);
  });
  return out;
}

/** Nodes within `depth` hops of `center` over typed relations, ignoring direction (who met whom has no arrow). */
export function egoNetwork(graph: KgGraph, center: string, depth: number): Set<string> {
  const seen = new Set<string>();
  if (!graph.hasNode(center)) return seen;
  seen.add(center);
  let frontier = [center];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachEdge(n, (_e, a, s, t) => {
        const m = s === n ? t : s;
        if (!isCoMention(a) && !seen.has(m)) {
          seen.add(m);
          next.push(m);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

/** Counts for the legend; co-mentions have their own switch, not a relation-type entry. */
export function countByAttribute<T extends "entityType" | "relType">(
  graph: KgGraph,
  key: T,
): Map<string, number> {
  const counts = new Map<string, number>();
  if (key === "entityType")
    graph.forEachNode((_id, a) => counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + 1));
  else
    graph.forEachEdge((_id, a) => {
      if (!isCoMention(a)) counts.set(a.relType, (counts.get(a.relType) ?? 0) + 1);
    });
  return counts;
}

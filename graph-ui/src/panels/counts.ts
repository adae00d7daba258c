import type { KgGraph } from "../graph/build.js";
import { formatCount } from "../i18n/format.js";
import { plural, t } from "../i18n/index.js";
import type { UiLang } from "../state/types.js";

export interface Counts {
  nodes: number;
  edges: number;
  totalNodes: number;
  totalEdges: number;
}

/**
 * Counts what is drawn, asking the renderer item by item (its reducers apply filters, ego views and
 * layers), so the counter can never disagree with the picture. An edge shows only with both ends.
 */
export function countDrawn(
  graph: KgGraph,
  nodeHidden: (id: string) => boolean,
  edgeHidden: (id: string) => boolean,
): Counts {
  let nodes = 0;
  const hidden = new Set<string>();
  graph.forEachNode((id) => {
    if (nodeHidden(id)) hidden.add(id);
    else nodes++;
  });
  let edges = 0;
  graph.forEachEdge((id, _a, s, d) => {
    if (!hidden.has(s) && !hidden.has(d) && !edgeHidden(id)) edges++;
  });
  return { nodes, edges, totalNodes: graph.order, totalEdges: graph.size };
}

/** "12 of 40 nodes · 9 of 55 edges shown" under filters, "40 nodes · 55 edges" otherwise. */
export function countsLabel(lang: UiLang, c: Counts): string {
  const n = (x: number) => formatCount(lang, x);
  return c.nodes === c.totalNodes && c.edges === c.totalEdges
    ? `${plural(lang, "nodes", c.totalNodes)} · ${plural(lang, "edges", c.totalEdges)}`
    : t(lang, "countsShown", {
        n: n(c.nodes),
        total: n(c.totalNodes),
        m: n(c.edges),
        totalEdges: n(c.totalEdges),
      });
}

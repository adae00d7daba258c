import type { KgGraph } from "../graph/build.js";
import { egoNetwork, visibleNodes } from "../graph/filters.js";
import { applyNodeView } from "../selection/model.js";
import type { AppState } from "../state/types.js";

/**
 * Everything the reducers need, derived once per state change (not per node per frame): which nodes
 * pass filters and focus, which are emphasised by hover/selection/path/ingest.
 */
export interface ViewModel {
  visible: Set<string>;
  /** Every node passes: edge reducers need not look up their extremities. */
  allVisible: boolean;
  emphasis: Set<string> | null;
  pathNodes: Set<string>;
  pathEdges: Set<string>;
  highlighted: Set<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Large graphs: hover and selection only light up neighbourhoods (a partial refresh) instead of dimming all. */
  hoverSet: Set<string>;
}

/** Above this many nodes, hovering must not re-process every node and edge. */
export const LARGE_GRAPH = 5_000;

/** Large graphs: the hovered and the selected node with their neighbours. */
export function lit(graph: KgGraph, s: Pick<AppState, "hovered" | "selection">): Set<string> {
  return new Set([
    ...hoverNeighbourhood(graph, s.hovered),
    ...hoverNeighbourhood(graph, s.selection.kind === "node" ? s.selection.id : null),
  ]);
}

export function hoverNeighbourhood(graph: KgGraph, id: string | null): Set<string> {
  return id !== null && graph.hasNode(id) ? new Set([id, ...graph.neighbors(id)]) : new Set();
}

export function deriveView(graph: KgGraph, s: AppState): ViewModel {
  let visible = applyNodeView(visibleNodes(graph, s.filters), s.nodeView);
  if (s.focus.kind === "ego") {
    const ego = egoNetwork(graph, s.focus.id, s.focus.depth);
    visible = new Set(
      [...ego].filter((id) => visible.has(id) || id === (s.focus.kind === "ego" ? s.focus.id : "")),
    );
  }
  const pathNodes = new Set(s.path.kind === "shown" ? s.path.nodes : []);
  const pathEdges = new Set(s.path.kind === "shown" ? s.path.edges : []);
  let emphasis: Set<string> | null = null;
  const large = graph.order > LARGE_GRAPH;
  const anchor = large ? null : (s.hovered ?? (s.selection.kind === "node" ? s.selection.id : null));
  if (anchor !== null && graph.hasNode(anchor)) {
    emphasis = new Set([anchor, ...graph.neighbors(anchor)]);
  } else if (!large && s.selection.kind === "edge" && graph.hasEdge(s.selection.id)) {
    emphasis = new Set(graph.extremities(s.selection.id));
  } else if (pathNodes.size > 0) {
    emphasis = pathNodes;
  }
  return {
    visible,
    allVisible: visible.size === graph.order,
    emphasis,
    pathNodes,
    pathEdges,
    // Gathered nodes stand out like an ingest's new ones until the bulk action is done.
    highlighted: new Set([...s.highlighted, ...s.picked]),
    selectedNode: s.selection.kind === "node" ? s.selection.id : null,
    selectedEdge: s.selection.kind === "edge" ? s.selection.id : null,
    hoverSet: large ? lit(graph, s) : new Set(),
  };
}

import Sigma from "sigma";
import { EdgeArrowProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { createGraph, type EdgeAttrs, type KgGraph, type NodeAttrs } from "../graph/build.js";
import { isCoMention } from "../graph/co-mentions.js";
import { edgePasses } from "../graph/filters.js";
import { communityColor } from "../graph/styles.js";
import type { Store } from "../state/reducer.js";
import { EdgeDashedProgram } from "./dashed-edge.js";
import { drawHover, drawLabel } from "./labels.js";
import { CURVED_PROGRAMS, curvedType } from "./parallel-edges.js";
import { deriveView, LARGE_GRAPH, lit, type ViewModel } from "./view.js";

export type KgSigma = Sigma<NodeAttrs, EdgeAttrs>;

export interface Renderer {
  sigma: KgSigma;
  /** Re-derive the view after the graph itself changed (merge, replace, layout metrics). */
  refreshView: () => void;
  /**
   * Run bulk graph changes with sigma detached: sigma reacts to every node/edge event, which
   * costs seconds for 100k+ items; re-attaching indexes everything once.
   */
  batch: (fn: () => void) => void;
  cleanup: () => void;
  /** A last say over every item's display data (the timeline hides and fades by date); null for none. */
  setDecorator: (decorator: Decorator | null) => void;
}

export interface Decorator {
  node: (id: string, out: Partial<NodeDisplayData>) => Partial<NodeDisplayData>;
  edge: (id: string, out: Partial<EdgeDisplayData>) => Partial<EdgeDisplayData>;
}

const DIM_NODE = "#e4e4e4";
const DIM_EDGE = "#efefef";
/** Nodes drawn smaller than this (pixels) get no label. */
export const LABEL_SIZE_THRESHOLD = 4;

/** Below this camera ratio (zoomed in) every visible edge shows its label. */
export const EDGE_LABEL_RATIO = 0.35;

export function createRenderer(graph: KgGraph, container: HTMLElement, store: Store): Renderer {
  let view: ViewModel = deriveView(graph, store.get());
  let zoomedIn = false;
  let decorator: Decorator | null = null;

  const sigma: KgSigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    labelFont: '"Noto Naskh Arabic", "Noto Sans Arabic", "KacstOne", Tahoma, "Noto Sans", sans-serif',
    labelSize: 14,
    labelWeight: "500",
    labelDensity: 0.6,
    labelRenderedSizeThreshold: LABEL_SIZE_THRESHOLD,
    edgeLabelSize: 11,
    zIndex: true,
    defaultEdgeType: "arrow",
    defaultDrawNodeLabel: drawLabel,
    defaultDrawNodeHover: drawHover,
    edgeProgramClasses: {
      arrow: EdgeArrowProgram,
      line: EdgeRectangleProgram,
      dashed: EdgeDashedProgram,
      ...CURVED_PROGRAMS,
    },
    nodeReducer: (id, a) => (decorator ? decorator.node(id, nodeDisplay(id, a)) : nodeDisplay(id, a)),
    edgeReducer: (id, a) => (decorator ? decorator.edge(id, edgeDisplay(id, a)) : edgeDisplay(id, a)),
  });

  // Nodes: a small object of the same shape for every node (sigma reads these fields alone), rather
  // than the attributes with state on top: cheaper to build, and sigma's loops over it stay fast.
  function nodeDisplay(id: string, a: NodeAttrs): Partial<NodeDisplayData> {
    const out: Partial<NodeDisplayData> = {
      x: a.x,
      y: a.y,
      size: a.size,
      color: a.color,
      label: a.label,
      hidden: false,
      highlighted: false,
      forceLabel: false,
      zIndex: 1,
    };
    if (!view.visible.has(id)) {
      out.hidden = true;
      return out;
    }
    if (a.community !== undefined && store.get().colorBy === "community")
      out.color = communityColor(a.community);
    if (view.emphasis && !view.emphasis.has(id) && !view.pathNodes.has(id) && !view.highlighted.has(id)) {
      out.color = DIM_NODE;
      out.label = "";
      out.zIndex = 0;
    }
    if (
      id === view.selectedNode ||
      view.pathNodes.has(id) ||
      view.highlighted.has(id) ||
      view.hoverSet.has(id)
    ) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    return out;
  }

  // Edges (a few per node) keep their attributes: sigma hands the reducer its own shallow copy
  // (Sigma#addEdge), changed here in place rather than copied again.
  function edgeDisplay(id: string, a: EdgeAttrs): Partial<EdgeDisplayData> {
    const st = store.get();
    const { label, size } = a;
    const out: Partial<EdgeDisplayData> = a;
    const coMention = isCoMention(a);
    if (coMention ? !st.coMentions : !edgePasses(a, st.filters)) {
      out.hidden = true;
      return out;
    }
    // Extremities are looked up only when some state needs them (most refreshes have none).
    const ends =
      view.allVisible && view.emphasis === null && view.hoverSet.size === 0 ? null : graph.extremities(id);
    const [src, dst] = ends ?? ["", ""];
    if (ends && (!view.visible.has(src) || !view.visible.has(dst))) {
      out.hidden = true;
      return out;
    }
    out.type = curvedType(a);
    out.label = zoomedIn ? label : null;
    const onPath = view.pathEdges.has(id);
    const touched =
      view.emphasis !== null &&
      (onPath || (view.emphasis.has(src) && view.emphasis.has(dst) && view.pathEdges.size === 0));
    if (view.emphasis && !touched) {
      out.color = DIM_EDGE;
      out.label = null;
    } else if (view.emphasis) {
      out.label = label;
      out.forceLabel = true;
      out.zIndex = 1;
    }
    const lit =
      view.hoverSet.size > 0 &&
      (src === st.hovered || dst === st.hovered || src === view.selectedNode || dst === view.selectedNode);
    if (onPath || id === view.selectedEdge || lit) {
      out.size = size + 2;
      out.label = label;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    // The layer stays beneath the typed relations it gives context to.
    if (coMention) out.zIndex = (out.zIndex ?? 0) - 3;
    return out;
  }

  const refreshView = () => {
    view = deriveView(graph, store.get());
    sigma.refresh({ skipIndexation: true });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    // Camera moves are mirrored into the state for share links; they need no re-derivation.
    const changed = (Object.keys(s) as (keyof typeof s)[]).filter((k) => k !== "camera" && s[k] !== prev[k]);
    if (changed.length === 0) return;
    if (graph.order > LARGE_GRAPH && changed.every((k) => k === "hovered" || k === "selection")) {
      // Only the old and new neighbourhoods change: re-process just those items.
      const next = lit(graph, s);
      const nodes = new Set([...view.hoverSet, ...next]);
      const edges = new Set<string>();
      const ends = [
        prev.hovered,
        s.hovered,
        ...[prev.selection, s.selection].map((x) => (x.kind === "node" ? x.id : null)),
      ];
      for (const n of ends) if (n !== null && graph.hasNode(n)) graph.forEachEdge(n, (e) => edges.add(e));
      for (const sel of [prev.selection, s.selection])
        if (sel.kind === "edge" && graph.hasEdge(sel.id)) edges.add(sel.id);
      view = {
        ...view,
        hoverSet: next,
        selectedNode: s.selection.kind === "node" ? s.selection.id : null,
        selectedEdge: s.selection.kind === "edge" ? s.selection.id : null,
      };
      sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
      return;
    }
    refreshView();
  });
  const onCamera = () => {
    const z = sigma.getCamera().ratio < EDGE_LABEL_RATIO;
    if (z !== zoomedIn) {
      zoomedIn = z;
      sigma.refresh({ skipIndexation: true });
    }
  };
  sigma.getCamera().on("updated", onCamera);
  // Sigma only listens to window resizes; panels opening and closing resize the stage too.
  const observer = new ResizeObserver(() => {
    sigma.resize();
    sigma.refresh({ skipIndexation: true });
  });
  observer.observe(container);
  const scratch: KgGraph = createGraph();
  const batch = (fn: () => void) => {
    sigma.setGraph(scratch);
    try {
      fn();
    } finally {
      view = deriveView(graph, store.get());
      sigma.setGraph(graph);
    }
  };
  return {
    sigma,
    refreshView,
    batch,
    setDecorator: (d) => {
      decorator = d;
    },
    cleanup: () => {
      unsubscribe();
      observer.disconnect();
      sigma.getCamera().off("updated", onCamera);
      sigma.kill();
    },
  };
}

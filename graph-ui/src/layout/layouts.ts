import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { KgGraph } from "../graph/build.js";

export type LayoutStatus = { kind: "idle" } | { kind: "running"; since: number };

export interface LayoutController {
  status(): LayoutStatus;
  start(): void;
  /** Stops the worker and finishes with Noverlap so labels stop colliding. */
  stop(): void;
  kill(): void;
}

/** Graphs up to this size get a synchronous, deterministic layout on load (same picture for every viewer). */
export const SYNC_LAYOUT_MAX_NODES = 1500;

export function initialLayout(graph: KgGraph): void {
  if (graph.order === 0 || graph.order > SYNC_LAYOUT_MAX_NODES) return;
  // News graphs are a few dense clusters plus isolated mentions: stronger repulsion opens the
  // clusters so their labels fit; gravity keeps isolated nodes from drifting to the rim.
  const settings = { ...forceAtlas2.inferSettings(graph), scalingRatio: 12, gravity: 2, barnesHutOptimize: graph.order > 300 };
  forceAtlas2.assign(graph, { iterations: 200, settings });
  finish(graph);
}

function finish(graph: KgGraph): void {
  if (graph.order > 20_000) return;
  noverlap.assign(graph, { maxIterations: 60, settings: { margin: 2, ratio: 1.2 } });
}

export function createLayout(graph: KgGraph, onStop: () => void): LayoutController {
  let worker: FA2Layout | null = null;
  let status: LayoutStatus = { kind: "idle" };
  const ensure = () => {
    // A fresh worker per run: inferSettings depends on the graph, which may have grown since.
    worker?.kill();
    worker = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: false } });
    return worker;
  };
  return {
    status: () => status,
    start() {
      if (status.kind === "running") return;
      ensure().start();
      status = { kind: "running", since: performance.now() };
    },
    stop() {
      if (status.kind !== "running") return;
      worker?.stop();
      status = { kind: "idle" };
      finish(graph);
      onStop();
    },
    kill() {
      worker?.kill();
      worker = null;
      status = { kind: "idle" };
    },
  };
}

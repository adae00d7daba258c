import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { KgGraph } from "../graph/build.js";
import { typedWeight } from "../graph/co-mentions.js";

export type LayoutStatus = { kind: "idle" } | { kind: "running"; since: number };

export interface LayoutController {
  status(): LayoutStatus;
  start(): void;
  /** Runs for a while and stops by itself (unless the user takes over). */
  runFor(ms: number): void;
  /** Stops the worker and finishes with Noverlap so labels stop colliding. */
  stop(): void;
  kill(): void;
}

/**
 * Graphs up to this size get a synchronous, deterministic layout on load (the same picture for
 * every viewer of a share link); bigger ones start from seed positions and run the worker.
 */
export const SYNC_LAYOUT_MAX_NODES = 500;

/** @returns whether the graph was laid out (false: too big, run the worker instead). */
export function initialLayout(graph: KgGraph): boolean {
  if (graph.order === 0 || graph.order > SYNC_LAYOUT_MAX_NODES) return false;
  // News graphs are a few dense clusters plus isolated mentions: stronger repulsion opens the
  // clusters so their labels fit; gravity keeps isolated nodes from drifting to the rim.
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    scalingRatio: 12,
    gravity: 2,
    barnesHutOptimize: graph.order > 300,
  };
  // Co-mentions weigh nothing: switching the layer on must not pull the typed picture apart.
  forceAtlas2.assign(graph, {
    iterations: graph.order <= 200 ? 200 : 100,
    settings,
    getEdgeWeight: typedWeight,
  });
  finish(graph);
  return true;
}

export const AUTO_LAYOUT_MAX_NODES = 20_000;

/** How long the worker runs by itself on a big graph nobody has laid out yet. */
export function autoLayoutMs(order: number): number {
  return Math.min(2000 + order / 5, 10_000);
}

function finish(graph: KgGraph): void {
  // Noverlap is quadratic-ish in crowded areas; past this size labels are culled anyway.
  if (graph.order > 5_000) return;
  noverlap.assign(graph, { maxIterations: 60, settings: { margin: 2, ratio: 1.2 } });
}

export function createLayout(graph: KgGraph, onStop: () => void): LayoutController {
  let worker: FA2Layout | null = null;
  let status: LayoutStatus = { kind: "idle" };
  // Controls mirror the status (the layout may also stop by itself after an automatic run).
  const changed = () => window.dispatchEvent(new CustomEvent("rawabit:layout"));
  let timer = 0;
  const ensure = () => {
    // A fresh worker per run: inferSettings depends on the graph, which may have grown since.
    worker?.kill();
    worker = new FA2Layout(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: false },
      getEdgeWeight: typedWeight,
    });
    return worker;
  };
  return {
    status: () => status,
    start() {
      window.clearTimeout(timer);
      if (status.kind === "running") return;
      ensure().start();
      status = { kind: "running", since: performance.now() };
      changed();
    },
    runFor(ms) {
      this.start();
      timer = window.setTimeout(() => this.stop(), ms);
    },
    stop() {
      window.clearTimeout(timer);
      if (status.kind !== "running") return;
      worker?.stop();
      status = { kind: "idle" };
      finish(graph);
      onStop();
      changed();
    },
    kill() {
      window.clearTimeout(timer);
      worker?.kill();
      worker = null;
      status = { kind: "idle" };
    },
  };
}

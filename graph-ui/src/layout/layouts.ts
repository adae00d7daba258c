import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { KgGraph } from "../graph/build.js";
import { typedWeight } from "../graph/co-mentions.js";

/** Why the last run ended: it settled, used its time, or someone pressed Stop. */
export type LayoutStop = "converged" | "budget" | "user";

export type LayoutStatus =
  { kind: "idle"; stopped: LayoutStop | null } | { kind: "running"; since: number; budgetMs: number };

export interface LayoutController {
  status(): LayoutStatus;
  /** Runs until the positions settle or the time budget for this graph size is spent. */
  start(): void;
  /** The same with an explicit budget. */
  runFor(ms: number): void;
  /** Stops the worker and finishes with Noverlap so labels stop colliding. */
  stop(reason?: LayoutStop): void;
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

/** Longest a run started from the button lasts when it does not settle first. */
export function layoutBudgetMs(order: number): number {
  return Math.min(5000 + order, 30_000);
}

const CHECK_MS = 500;
/** Settled: nodes moved on average less than this share of the graph's extent in one check. */
const SETTLED_SHIFT = 0.002;
/** Nodes sampled per convergence check (the check runs on the main thread). */
const SAMPLE = 2000;

/** Mean movement of the sampled nodes since the last check, relative to the graph's extent. */
export function meanShift(graph: KgGraph, before: Map<string, { x: number; y: number }>): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let moved = 0;
  let n = 0;
  for (const [id, p] of before) {
    if (!graph.hasNode(id)) continue;
    const { x, y } = graph.getNodeAttributes(id);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
    moved += Math.hypot(x - p.x, y - p.y);
    n++;
  }
  const extent = Math.hypot(maxX - minX, maxY - minY);
  return n === 0 || extent === 0 ? 0 : moved / n / extent;
}

function samplePositions(graph: KgGraph): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const step = Math.max(1, Math.floor(graph.order / SAMPLE));
  let i = 0;
  graph.forEachNode((id, a) => {
    if (i++ % step === 0) out.set(id, { x: a.x, y: a.y });
  });
  return out;
}

function finish(graph: KgGraph): void {
  // Noverlap is quadratic-ish in crowded areas; past this size labels are culled anyway.
  if (graph.order > 5_000) return;
  // ForceAtlas2 honours pins (`fixed`), Noverlap does not: put pinned nodes back afterwards.
  const pinned = graph
    .filterNodes((_id, a) => a.fixed === true)
    .map((id) => {
      const { x, y } = graph.getNodeAttributes(id);
      return { id, x, y };
    });
  noverlap.assign(graph, { maxIterations: 60, settings: { margin: 2, ratio: 1.2 } });
  for (const p of pinned) graph.mergeNodeAttributes(p.id, { x: p.x, y: p.y });
}

export function createLayout(graph: KgGraph, onStop: () => void): LayoutController {
  let worker: FA2Layout | null = null;
  let status: LayoutStatus = { kind: "idle", stopped: null };
  // Controls mirror the status (the layout also stops by itself: settled or out of time).
  const changed = () => window.dispatchEvent(new CustomEvent("rawabit:layout"));
  let timer = 0;
  let check = 0;
  const ensure = () => {
    // A fresh worker per run: inferSettings depends on the graph, which may have grown since.
    worker?.kill();
    worker = new FA2Layout(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: false },
      getEdgeWeight: typedWeight,
    });
    return worker;
  };
  const clearTimers = () => {
    window.clearTimeout(timer);
    window.clearInterval(check);
  };
  const controller: LayoutController = {
    status: () => status,
    start() {
      controller.runFor(layoutBudgetMs(graph.order));
    },
    runFor(ms) {
      if (status.kind === "running") return;
      clearTimers();
      ensure().start();
      status = { kind: "running", since: performance.now(), budgetMs: ms };
      let last = samplePositions(graph);
      let calm = 0;
      // Two calm checks in a row: one can be a pause between worker ticks.
      check = window.setInterval(() => {
        calm = meanShift(graph, last) < SETTLED_SHIFT ? calm + 1 : 0;
        last = samplePositions(graph);
        if (calm >= 2) controller.stop("converged");
      }, CHECK_MS);
      timer = window.setTimeout(() => controller.stop("budget"), ms);
      changed();
    },
    stop(reason = "user") {
      clearTimers();
      if (status.kind !== "running") return;
      worker?.stop();
      status = { kind: "idle", stopped: reason };
      finish(graph);
      onStop();
      changed();
    },
    kill() {
      clearTimers();
      worker?.kill();
      worker = null;
      status = { kind: "idle", stopped: null };
    },
  };
  return controller;
}

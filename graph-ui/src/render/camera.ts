import type { CameraState } from "sigma/types";
import type { KgGraph } from "../graph/build.js";
import type { KgSigma } from "./renderer.js";

/** Above this many nodes the camera jumps instead of animating (each frame redraws everything). */
export const ANIMATE_MAX_NODES = 5000;

/** Moves the camera, animated on small graphs unless the user asked for reduced motion. */
export function moveCamera(sigma: KgSigma, graph: KgGraph, target: Partial<CameraState>): void {
  const camera = sigma.getCamera();
  if (graph.order > ANIMATE_MAX_NODES || matchMedia("(prefers-reduced-motion: reduce)").matches)
    camera.setState(target);
  else void camera.animate(target, { duration: 300 });
}

/** Closest a fit may zoom in: one node alone should not fill the screen. */
const MIN_FIT_RATIO = 0.15;

/**
 * The camera state that shows all of `ids` with a margin (null when none is displayed). Works in
 * sigma's framed coordinates, where ratio 1 shows the whole graph's bounding box.
 */
export function fitState(sigma: KgSigma, ids: Iterable<string>): CameraState | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    const d = sigma.getNodeDisplayData(id);
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (minX === Infinity) return null;
  const { width, height } = sigma.getDimensions();
  // Framed coordinates fill the smaller viewport side at ratio 1; scale each extent to its side.
  const side = Math.min(width, height);
  const ratio = Math.max(
    ((maxX - minX) * side) / Math.max(width, 1),
    ((maxY - minY) * side) / Math.max(height, 1),
  );
  return {
    x: (minX + maxX) / 2,
    y: (minY + maxY) / 2,
    ratio: Math.max(ratio * 1.25, MIN_FIT_RATIO),
    angle: 0,
  };
}

/** Frames the given nodes (the ego network, a path, an article's entities). */
export function fitNodes(sigma: KgSigma, graph: KgGraph, ids: Iterable<string>): void {
  const state = fitState(sigma, ids);
  if (state) moveCamera(sigma, graph, state);
}

/** Every node the reducers currently draw. */
export function drawnNodes(sigma: KgSigma, graph: KgGraph): string[] {
  return graph.filterNodes((id) => sigma.getNodeDisplayData(id)?.hidden !== true);
}

/**
 * Sets the camera at once, cancelling a running animation (a plain setState would be overwritten
 * by the animation's next frame).
 */
export function jumpCamera(sigma: KgSigma, state: CameraState): void {
  void sigma.getCamera().animate(state, { duration: 1 });
}

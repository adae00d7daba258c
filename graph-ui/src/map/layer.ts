import type { KgSigma } from "../render/renderer.js";
import type { Atlas } from "./atlas.js";

/** The canvas under sigma's edges; the PNG export composes it first (render/png.ts). */
export const MAP_LAYER = "map";

export const MAP_COLORS = {
  sea: "#eaf1f6",
  land: "#f3f0e8",
  /** A country that is itself an entity in the graph. */
  inGraph: "#f6dfb4",
  border: "#b9b2a4",
} as const;

/**
 * Draws the world outline on a canvas behind sigma's layers, redrawn after every sigma render with
 * the camera's graph-to-screen transform, so panning and zooming move outline and nodes together.
 * The outline is projected once (atlas Path2Ds); a frame only sets the transform and fills.
 * @returns the cleanup, which removes the layer
 */
export function mountMapLayer(sigma: KgSigma, atlas: Atlas, inGraph: () => ReadonlySet<string>): () => void {
  const canvas = sigma.createCanvas(MAP_LAYER, { beforeLayer: "edges" });
  const ctx = canvas.getContext("2d");
  const draw = () => {
    if (!ctx) return;
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    // Graph (x, y) is projected (x, -y); sigma's graph-to-viewport map is affine, so three points fix it.
    const o = sigma.graphToViewport({ x: 0, y: 0 });
    const ex = sigma.graphToViewport({ x: 1, y: 0 });
    const ey = sigma.graphToViewport({ x: 0, y: -1 });
    ctx.setTransform(
      ratio * (ex.x - o.x),
      ratio * (ex.y - o.y),
      ratio * (ey.x - o.x),
      ratio * (ey.y - o.y),
      ratio * o.x,
      ratio * o.y,
    );
    const scale = Math.hypot(ex.x - o.x, ex.y - o.y) || 1;
    ctx.fillStyle = MAP_COLORS.sea;
    ctx.fill(atlas.sphere);
    const lit = inGraph();
    for (const c of atlas.countries) {
      ctx.fillStyle = lit.has(c.name) ? MAP_COLORS.inGraph : MAP_COLORS.land;
      ctx.fill(c.path);
    }
    ctx.strokeStyle = MAP_COLORS.border;
    ctx.lineWidth = 0.8 / scale;
    for (const c of atlas.countries) ctx.stroke(c.path);
  };
  sigma.on("afterRender", draw);
  draw();
  return () => {
    sigma.off("afterRender", draw);
    sigma.killLayer(MAP_LAYER);
  };
}

import type { KgSigma } from "./renderer.js";

/**
 * Compose sigma's stacked canvases (WebGL edges/nodes + 2D labels) onto one canvas. Rendering
 * synchronously just before drawing means the WebGL buffers still hold the frame, without
 * needing preserveDrawingBuffer on every frame.
 */
export function renderPng(sigma: KgSigma): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement("canvas");
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext("2d");
  if (!ctx) return Promise.reject(new Error("export: 2D canvas unavailable in this browser"));
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  sigma.refresh();
  const canvases = sigma.getCanvases();
  // "map": the world outline behind the graph on the map layout (map/layer.ts), when it is shown.
  for (const name of ["map", "edges", "edgeLabels", "nodes", "labels", "hovers", "hoverNodes"]) {
    const c = canvases[name];
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error("export: canvas produced no PNG"))), "image/png"),
  );
}

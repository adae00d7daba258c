import Sigma from "sigma";
import type { CameraState } from "sigma/types";
import type { EdgeAttrs, NodeAttrs } from "../graph/build.js";
import { GRAPH_PNG_SIZE, PNG_TITLE_BAND } from "./png-frame.js";
import type { KgSigma } from "./renderer.js";

export interface PngOptions {
  /** "graph": the whole graph at a fixed size, whatever the window; "view": what the stage shows. */
  scope: "graph" | "view";
  /** Pixel density of the picture (2 = twice the pixels each way, for print or slides). */
  scale: number;
  title: string;
  subtitle: string;
  legend: { color: string; label: string }[];
}

const LEGEND_ROW = 26;
const FONT = '"Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, "Noto Sans", sans-serif';

/** Mounts a layer (e.g. the map's world outline) on the export's sigma; returns its cleanup. */
export type Underlay = (sigma: KgSigma) => () => void;
const underlays = new Set<Underlay>();

/**
 * Layers shown under the graph that live outside sigma's own canvases (map/view.ts registers the
 * world outline while the map is shown), so the picture is what the stage shows.
 * @returns the unregistration
 */
export function registerUnderlay(underlay: Underlay): () => void {
  underlays.add(underlay);
  return () => underlays.delete(underlay);
}

/**
 * Renders the graph into a PNG with a title and a legend: a throwaway sigma of the wanted size
 * (the same graph, settings and reducers, so filters and colours are what the user sees) whose
 * stacked canvases are composed onto one canvas, as @sigma/export-image does.
 */
export async function renderPng(sigma: KgSigma, opts: PngOptions): Promise<Blob> {
  const dims = opts.scope === "view" ? sigma.getDimensions() : GRAPH_PNG_SIZE;
  const container = document.createElement("div");
  container.style.cssText = `position:fixed;left:-100000px;top:0;width:${dims.width}px;height:${dims.height}px`;
  document.body.append(container);
  // Sigma sizes its canvases by window.devicePixelRatio when it is created: shadow it for the scale.
  const ratio = (window.devicePixelRatio || 1) * opts.scale;
  const descriptor = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  let tmp: Sigma<NodeAttrs, EdgeAttrs> | null = null;
  const cleanups: (() => void)[] = [];
  try {
    tmp = new Sigma<NodeAttrs, EdgeAttrs>(sigma.getGraph(), container, sigma.getSettings());
    const camera: CameraState =
      opts.scope === "view" ? sigma.getCamera().getState() : { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    tmp.getCamera().setState(camera);
    for (const underlay of underlays) cleanups.push(underlay(tmp));
    tmp.refresh();
    const legendRows = Math.ceil(opts.legend.length / 4);
    const out = document.createElement("canvas");
    out.width = Math.round(dims.width * ratio);
    out.height = Math.round((dims.height + PNG_TITLE_BAND + legendRows * LEGEND_ROW + 16) * ratio);
    const ctx = out.getContext("2d");
    if (!ctx) throw new Error("export: 2D canvas unavailable in this browser");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    const canvases = tmp.getCanvases();
    for (const name of ["map", "edges", "edgeLabels", "nodes", "labels", "hovers", "hoverNodes"]) {
      const c = canvases[name];
      if (c) ctx.drawImage(c, 0, PNG_TITLE_BAND * ratio, dims.width * ratio, dims.height * ratio);
    }
    ctx.scale(ratio, ratio);
    ctx.direction = document.documentElement.dir === "rtl" ? "rtl" : "ltr";
    ctx.textAlign = "start";
    const x0 = ctx.direction === "rtl" ? dims.width - 16 : 16;
    ctx.fillStyle = "#1f1f1f";
    ctx.font = `600 22px ${FONT}`;
    ctx.fillText(opts.title, x0, 30);
    ctx.fillStyle = "#666666";
    ctx.font = `14px ${FONT}`;
    ctx.fillText(opts.subtitle, x0, 52);
    ctx.font = `14px ${FONT}`;
    const colWidth = dims.width / 4;
    opts.legend.forEach((item, i) => {
      const col = i % 4;
      const y = PNG_TITLE_BAND + dims.height + 8 + Math.floor(i / 4) * LEGEND_ROW;
      const cx = ctx.direction === "rtl" ? dims.width - 16 - col * colWidth - 7 : 16 + col * colWidth + 7;
      ctx.fillStyle = item.color;
      ctx.beginPath();
      ctx.arc(cx, y + 10, 7, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = "#1f1f1f";
      ctx.fillText(item.label, ctx.direction === "rtl" ? cx - 14 : cx + 14, y + 15);
    });
    return await new Promise<Blob>((resolve, reject) =>
      out.toBlob((b) => (b ? resolve(b) : reject(new Error("export: canvas produced no PNG"))), "image/png"),
    );
  } finally {
    for (const cleanup of cleanups) cleanup();
    if (descriptor) Object.defineProperty(window, "devicePixelRatio", descriptor);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
    tmp?.kill();
    container.remove();
  }
}

import type { Attributes } from "graphology-types";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;

const RTL_CHARS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** A label is laid out RTL when its first strong character is Hebrew/Arabic (Unicode bidi rule P2, simplified). */
export function isRtl(text: string): boolean {
  const m = /[A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.exec(text);
  return m !== null && RTL_CHARS.test(m[0]);
}

/**
 * Canvas fillText goes through the browser's text shaper (HarfBuzz in Chromium), so Arabic is joined
 * and ordered like DOM text — provided `direction` is rtl for the bidi run. RTL labels sit on the
 * left of the node so they read from the node outward, as Latin labels do on the right.
 */
function placeLabel(ctx: CanvasRenderingContext2D, data: LabelData): { x: number; rtl: boolean } {
  const rtl = isRtl(data.label ?? "");
  ctx.direction = rtl ? "rtl" : "ltr";
  ctx.textAlign = rtl ? "right" : "left";
  return { x: rtl ? data.x - data.size - 3 : data.x + data.size + 3, rtl };
}

function font<N extends Attributes, E extends Attributes, G extends Attributes>(
  settings: Settings<N, E, G>,
): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

export function drawLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  ctx: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<N, E, G>,
): void {
  if (!data.label) return;
  ctx.save();
  ctx.font = font(settings);
  ctx.fillStyle = settings.labelColor.color ?? "#000";
  const { x } = placeLabel(ctx, data);
  ctx.fillText(data.label, x, data.y + settings.labelSize / 3);
  ctx.restore();
}

export function drawHover<N extends Attributes, E extends Attributes, G extends Attributes>(
  ctx: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<N, E, G>,
): void {
  const size = settings.labelSize;
  ctx.save();
  ctx.font = font(settings);
  ctx.fillStyle = "#fff";
  ctx.shadowBlur = 8;
  ctx.shadowColor = "rgba(0,0,0,0.5)";
  const pad = 3;
  const radius = Math.max(data.size, size / 2) + pad;
  ctx.beginPath();
  ctx.arc(data.x, data.y, radius, 0, Math.PI * 2);
  ctx.fill();
  if (data.label) {
    const w = ctx.measureText(data.label).width + 2 * pad;
    const h = size + 2 * pad;
    const rtl = isRtl(data.label);
    const left = rtl ? data.x - data.size - 3 - w + pad : data.x + data.size + 3 - pad;
    ctx.fillRect(left, data.y - h / 2, w, h);
  }
  ctx.restore();
  drawLabel(ctx, data, settings);
}

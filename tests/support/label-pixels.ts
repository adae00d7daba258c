import type { Page } from "playwright-core";

export interface ShapingComparison {
  label: string;
  /** Mean alpha difference (0–1) between sigma's label and the browser's shaping of the string. */
  joinedDiff: number;
  /** The same, against the letters forced apart with ZWNJ (isolated forms, no joining). */
  unjoinedDiff: number;
  canvasWidth: number;
  domWidth: number;
  labelRightOfNode: boolean;
}

/**
 * Finds an Arabic label sigma drew on its label canvas, then template-matches that region against
 * (a) the same string drawn by the browser with fillText + direction rtl and (b) the same letters
 * separated by ZWNJ, which blocks joining. Also measures the string as DOM text in a <span dir=rtl>.
 * Runs entirely in the page so the canvases are read in place.
 */
export function compareLabelShaping(page: Page): Promise<ShapingComparison> {
  return page.evaluate(() => {
    type Sig = {
      refresh(): void;
      getNodeDisplayedLabels(): Set<string>;
      getNodeDisplayData(id: string): { x: number; y: number; size: number; label: string | null } | undefined;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      scaleSize(size: number): number;
      getCanvases(): Record<string, HTMLCanvasElement>;
      getSetting(name: string): unknown;
    };
    const w = window as unknown as { rawabit: { sigma: Sig; store: { dispatch(a: unknown): void } } };
    const { sigma, store } = w.rawabit;
    store.dispatch({ type: "select", selection: { kind: "none" } });
    store.dispatch({ type: "hover", id: null });
    sigma.refresh();
    const arabic = /[\u0600-\u06FF]/;
    const candidates = [...sigma.getNodeDisplayedLabels()]
      .map((id) => ({ id, d: sigma.getNodeDisplayData(id) }))
      .filter((c) => c.d?.label && arabic.test(c.d.label) && c.d.label.length >= 4)
      .sort((a, b) => (b.d?.label?.length ?? 0) - (a.d?.label?.length ?? 0));
    const pick = candidates[0];
    if (!pick?.d?.label) throw new Error("e2e: no Arabic label is displayed");
    const label = pick.d.label;
    const labels = sigma.getCanvases().labels;
    if (!labels) throw new Error("e2e: sigma has no labels canvas");
    const ratio = labels.width / labels.clientWidth;
    const size = Number(sigma.getSetting("labelSize"));
    const font = `${String(sigma.getSetting("labelWeight"))} ${size}px ${String(sigma.getSetting("labelFont"))}`;
    const pos = sigma.framedGraphToViewport(pick.d);
    const nodeSize = sigma.scaleSize(pick.d.size);

    const draw = (text: string) => {
      const probe = document.createElement("canvas").getContext("2d");
      if (!probe) throw new Error("no 2d");
      probe.font = font;
      probe.direction = "rtl";
      const width = Math.ceil(probe.measureText(text).width) + 8;
      const c = document.createElement("canvas");
      c.width = Math.ceil(width * ratio);
      c.height = Math.ceil((size * 2) * ratio);
      const ctx = c.getContext("2d");
      if (!ctx) throw new Error("no 2d");
      ctx.scale(ratio, ratio);
      ctx.font = font;
      ctx.direction = "rtl";
      ctx.textAlign = "right";
      ctx.fillStyle = "#000";
      ctx.fillText(text, width - 4, size * 1.3);
      return { data: ctx.getImageData(0, 0, c.width, c.height), width: probe.measureText(text).width };
    };
    const joined = draw(label);
    const unjoined = draw([...label].join("\u200c"));

    // Search window on the labels canvas: the label ends just left of the node.
    const lctx = labels.getContext("2d");
    if (!lctx) throw new Error("no labels 2d");
    const cx = (pos.x - nodeSize - 3) * ratio;
    const cy = pos.y * ratio;
    const match = (tpl: ImageData) => {
      const pad = Math.ceil(12 * ratio);
      const x0 = Math.round(cx - tpl.width + 4 * ratio) - pad;
      const y0 = Math.round(cy - tpl.height / 2) - pad;
      const win = lctx.getImageData(x0, y0, tpl.width + 2 * pad, tpl.height + 2 * pad);
      let ink = 0;
      for (let i = 3; i < tpl.data.length; i += 4) ink += tpl.data[i] ?? 0;
      let best = Infinity;
      for (let dy = 0; dy <= 2 * pad; dy++) {
        for (let dx = 0; dx <= 2 * pad; dx++) {
          let diff = 0;
          for (let y = 0; y < tpl.height; y++) {
            for (let x = 0; x < tpl.width; x++) {
              const a = tpl.data[(y * tpl.width + x) * 4 + 3] ?? 0;
              const b = win.data[((y + dy) * win.width + (x + dx)) * 4 + 3] ?? 0;
              diff += Math.abs(a - b);
            }
          }
          best = Math.min(best, diff);
        }
      }
      return best / Math.max(ink, 1);
    };

    const span = document.createElement("span");
    span.dir = "rtl";
    span.style.font = font;
    span.style.position = "absolute";
    span.style.whiteSpace = "pre";
    span.textContent = label;
    document.body.append(span);
    const domWidth = span.getBoundingClientRect().width;
    span.remove();

    // Where is the ink? Sum alpha left vs right of the node centre in the label row.
    const row = lctx.getImageData(0, Math.round(cy - size * ratio / 2), labels.width, Math.round(size * ratio)).data;
    let left = 0;
    let right = 0;
    const nodePx = Math.round(pos.x * ratio);
    const reach = Math.ceil(joined.width * ratio);
    for (let y = 0; y < Math.round(size * ratio); y++) {
      for (let x = Math.max(0, nodePx - reach); x < Math.min(labels.width, nodePx + reach); x++) {
        const a = row[(y * labels.width + x) * 4 + 3] ?? 0;
        if (x < nodePx) left += a;
        else right += a;
      }
    }
    return {
      label,
      joinedDiff: match(joined.data),
      unjoinedDiff: match(unjoined.data),
      canvasWidth: joined.width,
      domWidth,
      labelRightOfNode: right > left,
    };
  });
}

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
 * Finds an Arabic label sigma drew on its label canvas and compares that region, pixel for pixel,
 * with (a) the same string drawn by the browser with fillText + direction rtl at the same position
 * and (b) the same letters separated by ZWNJ, which blocks joining (what a renderer without
 * shaping draws). Also measures the string as DOM text in a <span dir=rtl>.
 * Runs entirely in the page so the canvases are read in place.
 */
export function compareLabelShaping(page: Page): Promise<ShapingComparison> {
  return page.evaluate(() => {
    type Sig = {
      refresh(): void;
      getNodeDisplayedLabels(): Set<string>;
      getNodeDisplayData(
        id: string,
      ): { x: number; y: number; size: number; label: string | null } | undefined;
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
    const shown = [...sigma.getNodeDisplayedLabels()].map((id) => {
      const d = sigma.getNodeDisplayData(id);
      return { id, d, v: d ? sigma.framedGraphToViewport(d) : { x: 0, y: 0 } };
    });
    // Prefer a long label with no other labelled node in the band it occupies, so no other ink intrudes.
    const isolated = (c: (typeof shown)[number]) =>
      shown.every(
        (o) => o.id === c.id || Math.abs(o.v.y - c.v.y) > 30 || o.v.x > c.v.x + 20 || o.v.x < c.v.x - 260,
      );
    const candidates = shown
      .filter((c) => c.d?.label && arabic.test(c.d.label) && c.d.label.length >= 4)
      .sort(
        (a, b) =>
          Number(isolated(b)) - Number(isolated(a)) || (b.d?.label?.length ?? 0) - (a.d?.label?.length ?? 0),
      );
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

    // Exactly where drawLabel puts an RTL label: right-aligned just left of the node, baseline at y + size/3.
    const xEnd = pos.x - nodeSize - 3;
    const baseline = pos.y + size / 3;
    const measure = document.createElement("canvas").getContext("2d");
    if (!measure) throw new Error("no 2d");
    measure.font = font;
    measure.direction = "rtl";
    const textWidth = measure.measureText(label).width;
    const left = Math.floor(xEnd - textWidth - 8);
    const top = Math.floor(baseline - size * 1.4);
    const width = Math.ceil(textWidth + 16);
    const height = Math.ceil(size * 2);

    /** The string drawn by the browser at the same sub-pixel position, alpha only. */
    const draw = (text: string): Uint8ClampedArray => {
      const c = document.createElement("canvas");
      c.width = Math.round(width * ratio);
      c.height = Math.round(height * ratio);
      const ctx = c.getContext("2d");
      if (!ctx) throw new Error("no 2d");
      ctx.scale(ratio, ratio);
      ctx.font = font;
      ctx.direction = "rtl";
      ctx.textAlign = "right";
      ctx.fillStyle = "#000";
      ctx.fillText(text, xEnd - left, baseline - top);
      return ctx.getImageData(0, 0, c.width, c.height).data;
    };
    const lctx = labels.getContext("2d");
    if (!lctx) throw new Error("no labels 2d");
    const actual = lctx.getImageData(
      Math.round(left * ratio),
      Math.round(top * ratio),
      Math.round(width * ratio),
      Math.round(height * ratio),
    ).data;
    const diff = (expected: Uint8ClampedArray) => {
      let ink = 0;
      let d = 0;
      for (let i = 3; i < expected.length; i += 4) {
        ink += expected[i] ?? 0;
        d += Math.abs((expected[i] ?? 0) - (actual[i] ?? 0));
      }
      return d / Math.max(ink, 1);
    };
    const joined = { data: draw(label), width: textWidth };
    const unjoined = { data: draw([...label].join("\u200c")) };
    const cy = pos.y * ratio;

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
    const row = lctx.getImageData(
      0,
      Math.round(cy - (size * ratio) / 2),
      labels.width,
      Math.round(size * ratio),
    ).data;
    let inkLeft = 0;
    let inkRight = 0;
    const nodePx = Math.round(pos.x * ratio);
    const reach = Math.ceil(joined.width * ratio);
    for (let y = 0; y < Math.round(size * ratio); y++) {
      for (let x = Math.max(0, nodePx - reach); x < Math.min(labels.width, nodePx + reach); x++) {
        const a = row[(y * labels.width + x) * 4 + 3] ?? 0;
        if (x < nodePx) inkLeft += a;
        else inkRight += a;
      }
    }
    return {
      label,
      joinedDiff: diff(joined.data),
      unjoinedDiff: diff(unjoined.data),
      canvasWidth: joined.width,
      domWidth,
      labelRightOfNode: inkRight > inkLeft,
    };
  });
}

import type { AppContext } from "../context.js";
import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import { MAX_LABEL_DENSITY } from "../state/reducer.js";
import { LABEL_SIZE_THRESHOLD } from "./renderer.js";

/**
 * Sigma's two label knobs per level (1: fewest … 5: most): `labelDensity` is how many labels a grid
 * cell may hold, `labelRenderedSizeThreshold` the smallest drawn node size (px) that gets one.
 * Level 3 is the renderer's own default.
 */
export const LABEL_LEVELS = [
  { density: 0.15, threshold: 12 },
  { density: 0.35, threshold: 7 },
  { density: 0.6, threshold: LABEL_SIZE_THRESHOLD },
  { density: 1.5, threshold: 2 },
  { density: 4, threshold: 0 },
] as const satisfies readonly { density: number; threshold: number }[];

export function labelSettings(level: number, layoutRunning: boolean): { density: number; threshold: number } {
  const l = LABEL_LEVELS[Math.min(LABEL_LEVELS.length, Math.max(1, level)) - 1] ?? LABEL_LEVELS[2];
  // While the layout moves nodes every frame, only the biggest keep labels (they would pile up).
  return layoutRunning ? { ...l, threshold: 3 * Math.max(l.threshold, LABEL_SIZE_THRESHOLD) } : l;
}

/** The "few ↔ many labels" slider, kept in the state (and so in share links). */
export function bindLabelDensity(ctx: AppContext, host: HTMLElement): () => void {
  const { sigma } = ctx.renderer;
  const slider = el("input", {
    type: "range",
    id: "label-density",
    min: "1",
    max: String(MAX_LABEL_DENSITY),
    step: "1",
  });
  const caption = el("span", {});
  const box = el("label", { class: "label-density" }, caption, slider);
  host.append(box);
  const apply = () => {
    const s = ctx.store.get();
    const { density, threshold } = labelSettings(s.labelDensity, ctx.layout.status().kind === "running");
    if (sigma.getSetting("labelDensity") !== density) sigma.setSetting("labelDensity", density);
    if (sigma.getSetting("labelRenderedSizeThreshold") !== threshold)
      sigma.setSetting("labelRenderedSizeThreshold", threshold);
  };
  const render = () => {
    const L = ctx.store.get().uiLang;
    caption.textContent = t(L, "labelDensity");
    box.title = t(L, "labelDensityHint");
    slider.setAttribute("aria-label", t(L, "labelDensityHint"));
    slider.value = String(ctx.store.get().labelDensity);
  };
  const onInput = () => ctx.store.dispatch({ type: "setLabelDensity", level: Number(slider.value) });
  slider.addEventListener("input", onInput);
  const unsubscribe = ctx.store.subscribe((s, prev) => {
    if (s.uiLang !== prev.uiLang || s.labelDensity !== prev.labelDensity) render();
    if (s.labelDensity !== prev.labelDensity) apply();
  });
  window.addEventListener("rawabit:layout", apply);
  render();
  apply();
  return () => {
    unsubscribe();
    slider.removeEventListener("input", onInput);
    window.removeEventListener("rawabit:layout", apply);
    box.remove();
  };
}

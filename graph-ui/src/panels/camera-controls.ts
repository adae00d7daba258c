import type { AppContext } from "../context.js";
import type { MessageKey } from "../i18n/dict.js";
import { t } from "../i18n/index.js";
import { drawnNodes, fitNodes } from "../render/camera.js";
import { el } from "./dom.js";

const BUTTONS = [
  { id: "zoom-in", label: "zoomIn", text: "+" },
  { id: "zoom-out", label: "zoomOut", text: "−" },
  { id: "zoom-fit", label: "zoomFit", text: "⤢" },
] as const satisfies readonly { id: string; label: MessageKey; text: string }[];

/**
 * Zoom in/out/fit buttons on the stage, and reframing whenever the set of things to look at
 * changes: an ego network, a found path, an article filter (after its graph has loaded).
 */
export function bindCameraControls(stage: HTMLElement, ctx: AppContext): () => void {
  const { sigma } = ctx.renderer;
  const camera = sigma.getCamera();
  const fitDrawn = () => fitNodes(sigma, ctx.graph, drawnNodes(sigma, ctx.graph));
  const actions: Record<(typeof BUTTONS)[number]["id"], () => void> = {
    "zoom-in": () => void camera.animatedZoom({ duration: 200 }),
    "zoom-out": () => void camera.animatedUnzoom({ duration: 200 }),
    "zoom-fit": fitDrawn,
  };
  const box = el("div", { class: "camera-controls", role: "group" });
  const render = () => {
    const L = ctx.store.get().uiLang;
    box.setAttribute("aria-label", t(L, "camera"));
    box.replaceChildren(
      ...BUTTONS.map((b) => {
        const button = el(
          "button",
          { type: "button", id: b.id, title: t(L, b.label), "aria-label": t(L, b.label) },
          b.text,
        );
        button.addEventListener("click", actions[b.id]);
        return button;
      }),
    );
  };
  render();
  stage.append(box);

  let articleChanged = false;
  const unsubscribe = ctx.store.subscribe((s, prev) => {
    if (s.uiLang !== prev.uiLang) render();
    // The renderer has re-derived the view in an earlier listener; display data is current.
    if (s.focus !== prev.focus && s.focus.kind === "ego") fitDrawn();
    if (s.path !== prev.path && s.path.kind === "shown") fitNodes(sigma, ctx.graph, s.path.nodes);
    if (s.filters.article !== prev.filters.article) articleChanged = true;
  });
  const onGraph = () => {
    if (!articleChanged) return;
    articleChanged = false;
    // Display data is computed at the next render: wait for it.
    requestAnimationFrame(fitDrawn);
  };
  window.addEventListener("rawabit:graph-changed", onGraph);
  return () => {
    unsubscribe();
    window.removeEventListener("rawabit:graph-changed", onGraph);
    box.remove();
  };
}

import type { AppContext } from "../context.js";
import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import { bindLabelDensity } from "../render/label-density.js";
import { togglePicked } from "./model.js";
import { bindLasso } from "./lasso.js";
import { bindPinMarks } from "./pin-marks.js";
import { bindPins } from "./pins.js";
import { bindSelectionBar } from "./bar.js";
import "./selection.css";

/**
 * Hide, pin and multi-select: shift-click and the lasso gather nodes, the selection bar acts on them;
 * plus the label density slider, which shares the stage's tool strip.
 */
export function bindSelection(stage: HTMLElement, ctx: AppContext): () => void {
  const { sigma } = ctx.renderer;
  const tools = el("div", { class: "view-tools" });
  const lassoButton = el("button", { type: "button", id: "lasso", "aria-pressed": "false" }, "⬭");
  const bar = el("section", { class: "selection-bar", id: "selection-bar", hidden: true });
  tools.append(lassoButton);
  stage.append(tools, bar);
  let armed = false;
  const onLasso = () => {
    armed = !armed;
    lassoButton.setAttribute("aria-pressed", String(armed));
  };
  lassoButton.addEventListener("click", onLasso);
  const label = () => {
    const text = t(ctx.store.get().uiLang, "lasso");
    lassoButton.title = text;
    lassoButton.setAttribute("aria-label", text);
  };
  label();
  const offLang = ctx.store.subscribe((s, prev) => {
    if (s.uiLang !== prev.uiLang) label();
  });
  // render/events.ts leaves shift-clicks to this binder.
  const onClick = ({ node, event }: { node: string; event: { original: MouseEvent | TouchEvent } }) => {
    if (!event.original.shiftKey) return;
    ctx.store.dispatch({ type: "setPicked", ids: togglePicked(ctx.store.get().picked, node) });
  };
  sigma.on("clickNode", onClick);
  const cleanups = [
    bindLabelDensity(ctx, tools),
    bindLasso(ctx, () => armed),
    bindPins(ctx),
    bindPinMarks(ctx),
    bindSelectionBar(ctx, bar),
  ];
  return () => {
    for (const c of cleanups) c();
    offLang();
    sigma.removeListener("clickNode", onClick);
    lassoButton.removeEventListener("click", onLasso);
    tools.remove();
    bar.remove();
  };
}

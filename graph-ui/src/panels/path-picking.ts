import type { AppContext } from "../context.js";
import { t } from "../i18n/index.js";
import { el, replaceChildren } from "./dom.js";

/**
 * While a path waits for its second end, a banner on the stage says so, with a way out; it goes
 * away the moment the path is found, not found, or cancelled (a toast would outlive the wait).
 */
export function bindPathPicking(stage: HTMLElement, ctx: AppContext): () => void {
  const banner = el("div", { class: "path-picking", role: "status", hidden: true });
  stage.append(banner);
  const render = () => {
    const s = ctx.store.get();
    banner.hidden = s.path.kind !== "picking";
    if (banner.hidden) return replaceChildren(banner);
    const cancel = el("button", { type: "button", "data-action": "path-cancel" }, t(s.uiLang, "pathCancel"));
    cancel.addEventListener("click", () => ctx.store.dispatch({ type: "setPath", path: { kind: "off" } }));
    replaceChildren(banner, el("span", {}, t(s.uiLang, "pathPicking")), cancel);
  };
  const unsubscribe = ctx.store.subscribe((s, prev) => {
    if (s.path !== prev.path || s.uiLang !== prev.uiLang) render();
  });
  render();
  return () => {
    unsubscribe();
    banner.remove();
  };
}

import type { KgGraph } from "../graph/build.js";
import { t } from "../i18n/index.js";
import type { KgSigma } from "../render/renderer.js";
import type { Store } from "../state/reducer.js";
import type { AppState } from "../state/types.js";
import { countDrawn, countsLabel } from "./counts.js";
import { el, replaceChildren } from "./dom.js";

export type LoadState =
  | { kind: "loading" }
  | { kind: "ready" }
  | { kind: "empty" }
  | { kind: "unreachable" }
  | { kind: "error"; message: string };

export interface StatusHandle {
  get(): LoadState;
  set(state: LoadState): void;
  toast(message: string, kind: "info" | "error"): void;
}

/** State keys that never change what is drawn: the counter need not recount for them. */
const NOT_VISIBILITY = new Set<keyof AppState>(["camera", "hovered", "selection", "highlighted", "query"]);

/** Friendly overlay for loading/empty/unreachable, plus the node/edge counter and toasts. */
export function bindStatus(
  box: HTMLElement,
  counts: HTMLElement,
  store: Store,
  graph: KgGraph,
  sigma: KgSigma,
): StatusHandle {
  let state: LoadState = { kind: "loading" };
  let frame = 0;
  const recount = () => {
    frame = 0;
    const hiddenNode = (id: string) => sigma.getNodeDisplayData(id)?.hidden === true;
    const hiddenEdge = (id: string) => sigma.getEdgeDisplayData(id)?.hidden === true;
    const text = countsLabel(store.get().uiLang, countDrawn(graph, hiddenNode, hiddenEdge));
    if (counts.textContent !== text) counts.textContent = text;
  };
  // After the renderer has re-run its reducers for this change (same task), once per frame.
  const scheduleCount = () => {
    if (frame === 0) frame = requestAnimationFrame(recount);
  };
  const render = () => {
    const lang = store.get().uiLang;
    box.dataset.state = state.kind;
    scheduleCount();
    switch (state.kind) {
      case "ready":
        box.hidden = true;
        return;
      case "loading":
        replaceChildren(box, el("p", {}, t(lang, "loading")));
        break;
      case "empty":
        replaceChildren(box, el("p", {}, t(lang, "emptyGraph")));
        break;
      case "unreachable":
      case "error": {
        const retry = el("button", { type: "button" }, t(lang, "retry"));
        retry.addEventListener("click", () => window.location.reload());
        const msg = state.kind === "unreachable" ? t(lang, "unreachable") : state.message;
        replaceChildren(box, el("p", { class: "error" }, msg), retry);
        break;
      }
    }
    box.hidden = false;
  };
  store.subscribe((s, prev) => {
    if (s.uiLang !== prev.uiLang) render();
    else if ((Object.keys(s) as (keyof AppState)[]).some((k) => !NOT_VISIBILITY.has(k) && s[k] !== prev[k]))
      scheduleCount();
  });
  window.addEventListener("rawabit:graph-changed", scheduleCount);
  render();
  return {
    get: () => state,
    set(next) {
      state = next;
      render();
    },
    toast(message, kind) {
      const node = el(
        "div",
        { class: `toast toast-${kind}`, role: kind === "error" ? "alert" : "status" },
        message,
      );
      document.body.append(node);
      window.setTimeout(() => node.remove(), kind === "error" ? 8000 : 4000);
    },
  };
}

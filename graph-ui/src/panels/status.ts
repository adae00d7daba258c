import type { KgGraph } from "../graph/build.js";
import { t } from "../i18n/index.js";
import type { Store } from "../state/reducer.js";
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

/** Friendly overlay for loading/empty/unreachable, plus the node/edge counter and toasts. */
export function bindStatus(
  box: HTMLElement,
  counts: HTMLElement,
  store: Store,
  graph: KgGraph,
): StatusHandle {
  let state: LoadState = { kind: "loading" };
  const render = () => {
    const lang = store.get().uiLang;
    box.dataset.state = state.kind;
    counts.textContent = `${graph.order.toLocaleString()} ${t(lang, "nodes")} · ${graph.size.toLocaleString()} ${t(lang, "edges")}`;
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
  });
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

import type { CoMentionPair, PathResult } from "../../../ingest/model.js";
import { api, ApiRequestError } from "../api/client.js";
import type { EdgeDetail } from "../api/guards.js";
import type { AppContext } from "../context.js";
import type { Selection } from "../state/types.js";
import type { EntityDetailView } from "./entity-view.js";
import { isCoMention } from "../graph/co-mentions.js";
import { coMentionView, edgeView, pathView } from "./edge-view.js";
import { entityView } from "./entity-view.js";
import { t } from "../i18n/index.js";
import { el, replaceChildren } from "./dom.js";

type Panel =
  | { kind: "closed" }
  | { kind: "loading" }
  | { kind: "entity"; detail: EntityDetailView }
  | { kind: "edge"; detail: EdgeDetail }
  | { kind: "coMention"; pair: CoMentionPair }
  | { kind: "path"; result: PathResult; from: string; to: string }
  | { kind: "error"; message: string };

/** The side panel follows the selection; each fetch supersedes the previous one. */
export function bindDetails(root: HTMLElement, ctx: AppContext): () => void {
  const { store } = ctx;
  let panel: Panel = { kind: "closed" };
  let ticket = 0;

  const closePanel = () => {
    // A "no path" answer has no selection or path state of its own to clear: close it here.
    ticket++;
    panel = { kind: "closed" };
    render();
    store.dispatch({ type: "select", selection: { kind: "none" } });
    store.dispatch({ type: "setPath", path: { kind: "off" } });
  };
  // Esc closes the panel, unless it is cancelling path picking or leaving a text field.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || panel.kind === "closed" || store.get().path.kind === "picking") return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    if (target?.closest("input, textarea, select, [contenteditable]")) return;
    closePanel();
  };

  const render = () => {
    const L = store.get().uiLang;
    root.hidden = panel.kind === "closed";
    const close = el("button", { type: "button", class: "close", "aria-label": t(L, "close") }, "×");
    close.addEventListener("click", closePanel);
    const body = (() => {
      switch (panel.kind) {
        case "closed":
          return null;
        case "loading":
          return el("p", {}, t(L, "loading"));
        case "error":
          return el("p", { class: "error" }, panel.message);
        case "entity":
          return entityView(panel.detail, ctx);
        case "edge":
          return edgeView(panel.detail, ctx);
        case "coMention":
          return coMentionView(panel.pair, ctx);
        case "path":
          return pathView(panel.result, ctx, panel.from, panel.to);
      }
    })();
    replaceChildren(root, close, body);
  };

  const load = async <T>(fetcher: () => Promise<T>, done: (v: T) => Panel) => {
    const mine = ++ticket;
    panel = { kind: "loading" };
    render();
    try {
      const value = await fetcher();
      if (mine === ticket) panel = done(value);
    } catch (err) {
      if (mine !== ticket) return;
      const message = err instanceof ApiRequestError || err instanceof Error ? err.message : String(err);
      panel = { kind: "error", message };
    }
    if (mine === ticket) render();
  };

  const onSelection = () => {
    const s = store.get().selection;
    if (s.kind === "none") {
      // The path panel (found or not) stays until closed or replaced by another selection.
      if (panel.kind !== "path") {
        ticket++;
        panel = { kind: "closed" };
        render();
      }
    } else if (s.kind === "node")
      void load(
        () => api.entity(s.id, store.get().timeWindow),
        (detail) => ({ kind: "entity", detail }),
      );
    else if (ctx.graph.hasEdge(s.id) && isCoMention(ctx.graph.getEdgeAttributes(s.id))) {
      const [source, target] = ctx.graph.extremities(s.id);
      void load(
        () => api.coMentionPair(source, target),
        (pair) => ({ kind: "coMention", pair }),
      );
    } else
      void load(
        () => api.edge(s.id, store.get().timeWindow),
        (detail) => ({ kind: "edge", detail }),
      );
  };

  /** Entity and relation panels show the timeline window's evidence; a co-mention's has no window. */
  const followsWindow = (s: Selection): boolean =>
    s.kind === "node" ||
    (s.kind === "edge" && !(ctx.graph.hasEdge(s.id) && isCoMention(ctx.graph.getEdgeAttributes(s.id))));

  const onPath = (e: Event) => {
    const { from, to } = (e as CustomEvent<{ from: string; to: string }>).detail;
    void load(
      () => api.path(from, to, store.get().timeWindow),
      (result) => ({ kind: "path", result, from, to }),
    ).then(() => {
      if (panel.kind !== "path" || panel.from !== from || panel.to !== to) {
        // The request failed: leave picking mode, the panel shows why.
        if (store.get().path.kind === "picking") store.dispatch({ type: "setPath", path: { kind: "off" } });
        return;
      }
      const { result } = panel;
      ctx.apply(result.graph, "merge");
      // The panel is set before these dispatches, so clearing the selection cannot close it.
      store.dispatch({
        type: "setPath",
        path:
          result.paths.length > 0
            ? {
                kind: "shown",
                from,
                to,
                nodes: result.paths.flatMap((p) => p.nodes.map((n) => n.id)),
                edges: result.paths.flatMap((p) => p.steps.map((s) => s.edge.id)),
              }
            : { kind: "off" },
      });
      store.dispatch({ type: "select", selection: { kind: "none" } });
    });
  };

  const unsubscribe = store.subscribe((s, prev) => {
    // An entity's or a relation's panel follows the timeline's window (its evidence inside it).
    if (s.selection !== prev.selection || (s.timeWindow !== prev.timeWindow && followsWindow(s.selection)))
      onSelection();
    else if (
      s.uiLang !== prev.uiLang ||
      s.labelLang !== prev.labelLang ||
      s.focus !== prev.focus ||
      s.path.kind !== prev.path.kind
    )
      render();
  });
  window.addEventListener("rawabit:path", onPath);
  window.addEventListener("keydown", onKey);
  onSelection();
  return () => {
    unsubscribe();
    window.removeEventListener("rawabit:path", onPath);
    window.removeEventListener("keydown", onKey);
  };
}

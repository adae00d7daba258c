import type { AppContext } from "../context.js";
import { t } from "../i18n/index.js";
import { el, replaceChildren } from "../panels/dom.js";
import { loadArticle, type ArticleReading } from "./api.js";
import { READ_ARTICLE_EVENT } from "./open.js";
import { readingView } from "./view.js";
import "./reader.css";

type ReaderState =
  | { status: "closed" }
  | { status: "loading"; id: string }
  | { status: "ready"; id: string; reading: ArticleReading }
  | { status: "error"; id: string; message: string };

/**
 * The article reader: opened by READ_ARTICLE_EVENT from anywhere, closed by its button or Esc.
 * Clicking an entity selects it and moves the camera there; a relation opens its edge panel.
 */
export function bindReader(ctx: AppContext): () => void {
  const { store, graph } = ctx;
  const panel = el("section", {
    class: "reader",
    id: "reader",
    role: "dialog",
    "aria-labelledby": "reader-title",
    hidden: true,
  });
  const content = el("div", { class: "reader-content" });
  const close = el("button", { type: "button", class: "close", "data-action": "close-reader" }, "×");
  panel.append(close, content);
  document.body.append(panel);
  let state: ReaderState = { status: "closed" };

  const shown = (id: string) =>
    graph.hasNode(id) && ctx.renderer.sigma.getNodeDisplayData(id)?.hidden !== true;
  const actions = {
    entity: (id: string) => {
      for (const m of content.querySelectorAll<HTMLElement>(".mention"))
        m.classList.toggle("active", m.dataset.entity === id);
      if (shown(id)) ctx.focusNode(id);
      else {
        const name = graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id;
        ctx.notify(t(store.get().uiLang, "readerEntityMissing", { name }));
      }
    },
    relation: (edgeId: string) => {
      if (graph.hasEdge(edgeId)) store.dispatch({ type: "select", selection: { kind: "edge", id: edgeId } });
    },
  };
  const render = () => {
    const s = store.get();
    panel.hidden = state.status === "closed";
    panel.setAttribute("aria-label", t(s.uiLang, "reader"));
    close.setAttribute("aria-label", t(s.uiLang, "close"));
    close.title = t(s.uiLang, "close");
    panel.dataset.state = state.status;
    if (state.status === "closed") delete panel.dataset.article;
    else panel.dataset.article = state.id;
    switch (state.status) {
      case "closed":
        return replaceChildren(content);
      case "loading":
        return replaceChildren(content, el("p", { class: "hint" }, t(s.uiLang, "loading")));
      case "error":
        return replaceChildren(content, el("p", { class: "error", role: "alert" }, state.message));
      case "ready":
        return replaceChildren(content, ...readingView(state.reading, s.uiLang, s.labelLang, actions));
    }
  };
  const set = (next: ReaderState) => {
    state = next;
    render();
  };
  const open = (id: string) => {
    set({ status: "loading", id });
    loadArticle(id).then(
      (reading) => {
        // A later open wins over this one.
        if (state.status === "loading" && state.id === id) set({ status: "ready", id, reading });
      },
      (err: unknown) => {
        if (state.status === "loading" && state.id === id)
          set({ status: "error", id, message: err instanceof Error ? err.message : String(err) });
      },
    );
  };
  const onOpen = (e: Event) => {
    const id: unknown = e instanceof CustomEvent ? (e.detail as { id?: unknown } | null)?.id : undefined;
    if (typeof id === "string" && id !== "") open(id);
  };
  const onClose = () => set({ status: "closed" });
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape" && state.status !== "closed") onClose();
  };
  close.addEventListener("click", onClose);
  window.addEventListener(READ_ARTICLE_EVENT, onOpen);
  window.addEventListener("keydown", onKey);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.uiLang !== prev.uiLang || s.labelLang !== prev.labelLang) render();
  });
  return () => {
    unsubscribe();
    window.removeEventListener(READ_ARTICLE_EVENT, onOpen);
    window.removeEventListener("keydown", onKey);
    panel.remove();
  };
}

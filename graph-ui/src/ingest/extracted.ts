import type { GraphPayload } from "../../../ingest/model.js";
import type { AppContext } from "../context.js";
import { nodeColor } from "../graph/styles.js";
import { t, typeName } from "../i18n/index.js";
import { el } from "../panels/dom.js";

/** The article's entities and relations as found by the extractor, each one click from the graph. */
export function extractedView(p: GraphPayload, ctx: AppContext): HTMLElement {
  const L = ctx.store.get().uiLang;
  const english = ctx.store.get().labelLang === "en";
  const nameOf = new Map(p.nodes.map((n) => [n.id, english ? n.nameEn || n.name : n.name]));
  if (p.nodes.length === 0) return el("p", { class: "extracted hint" }, t(L, "extractedNone"));
  const show = (id: string) => {
    const b = el("button", { type: "button", "data-action": "show" }, t(L, "showInGraph"));
    b.addEventListener("click", () => ctx.focusNode(id));
    return b;
  };
  const all = el("button", { type: "button", "data-action": "show-all" }, t(L, "showAllInGraph"));
  all.addEventListener("click", () => {
    ctx.store.dispatch({ type: "select", selection: { kind: "none" } });
    ctx.store.dispatch({ type: "highlight", ids: p.nodes.map((n) => n.id) });
  });
  const entities = p.nodes.map((n) =>
    el(
      "li",
      { "data-id": n.id },
      el("span", { class: "swatch dot", style: `background:${nodeColor(n.type)}` }),
      el("bdi", {}, nameOf.get(n.id) ?? n.id),
      el("small", {}, typeName(L, n.type)),
      show(n.id),
    ),
  );
  const relations = p.edges.map((e) =>
    el(
      "li",
      { "data-id": e.id },
      el("bdi", {}, nameOf.get(e.source) ?? e.source),
      el("small", {}, `— ${typeName(L, e.type)} —`),
      el("bdi", {}, nameOf.get(e.target) ?? e.target),
    ),
  );
  return el(
    "div",
    { class: "extracted" },
    el(
      "section",
      { class: "extracted-entities" },
      el("h3", {}, `${t(L, "extractedEntities")} (${p.nodes.length})`),
      el("ul", {}, ...entities),
      all,
    ),
    el(
      "section",
      { class: "extracted-relations" },
      el("h3", {}, `${t(L, "extractedRelations")} (${p.edges.length})`),
      el("ul", {}, ...relations),
    ),
  );
}

import type { AppContext } from "../context.js";
import type { MessageKey } from "../i18n/dict.js";
import { plural, t } from "../i18n/index.js";
import { el, replaceChildren } from "../panels/dom.js";
import type { AppState, NodeView } from "../state/types.js";
import { hide, isRestricted, showOnly, togglePin, unhideAll } from "./model.js";

/** The bulk actions on the picked nodes: what each does to the view, and whether it clears the pick. */
const ACTIONS = [
  { id: "hide", label: "hideNodes", apply: hide, clears: true },
  { id: "only", label: "showOnly", apply: showOnly, clears: true },
  { id: "pin", label: "pinNodes", apply: togglePin, clears: false },
] as const satisfies readonly {
  id: string;
  label: MessageKey;
  apply: (v: NodeView, ids: string[]) => NodeView;
  clears: boolean;
}[];

/**
 * The selection bar: the picked nodes as a list (each removable), hide / show only these / pin, and
 * a line saying what the hand-made view hides or pins, with "unhide all".
 */
export function bindSelectionBar(ctx: AppContext, bar: HTMLElement): () => void {
  const { store, graph } = ctx;
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") || id : id);
  const button = (label: string, action: string, on: () => void, disabled = false) => {
    const b = el("button", { type: "button", "data-action": action, disabled }, label);
    b.addEventListener("click", on);
    return b;
  };
  const setView = (nodeView: NodeView) => store.dispatch({ type: "setNodeView", nodeView });

  const render = () => {
    const s = store.get();
    const L = s.uiLang;
    const v = s.nodeView;
    bar.hidden = s.picked.length === 0 && !isRestricted(v) && v.pinned.length === 0;
    if (bar.hidden) return replaceChildren(bar);
    bar.setAttribute("aria-label", t(L, "selectionBar"));
    const allPinned = s.picked.length > 0 && s.picked.every((id) => v.pinned.includes(id));
    const list = s.picked.map((id) => {
      const remove = el(
        "button",
        { type: "button", class: "unpick", "aria-label": t(L, "unpick", { name: name(id) }) },
        "×",
      );
      remove.addEventListener("click", () =>
        store.dispatch({ type: "setPicked", ids: store.get().picked.filter((x) => x !== id) }),
      );
      return el("li", { "data-node": id }, el("bdi", { dir: "auto" }, name(id)), remove);
    });
    const summary = [
      v.only ? t(L, "onlyShown", { nodes: plural(L, "nodes", v.only.length) }) : null,
      v.hidden.length ? t(L, "hiddenByHand", { nodes: plural(L, "nodes", v.hidden.length) }) : null,
      v.pinned.length ? t(L, "pinnedCount", { nodes: plural(L, "nodes", v.pinned.length) }) : null,
    ].filter((x): x is string => x !== null);
    replaceChildren(
      bar,
      el(
        "p",
        { class: "picked-count" },
        s.picked.length
          ? t(L, "pickedCount", { nodes: plural(L, "nodes", s.picked.length) })
          : t(L, "pickHint"),
      ),
      list.length ? el("ul", { class: "picked" }, ...list) : null,
      el(
        "div",
        { class: "actions" },
        ...ACTIONS.map((a) =>
          button(
            a.id === "pin" && allPinned ? t(L, "unpinNodes") : t(L, a.label),
            a.id,
            () => {
              const st = store.get();
              setView(a.apply(st.nodeView, st.picked));
              if (a.clears) store.dispatch({ type: "setPicked", ids: [] });
            },
            s.picked.length === 0,
          ),
        ),
        button(
          t(L, "clearPicked"),
          "clear",
          () => store.dispatch({ type: "setPicked", ids: [] }),
          s.picked.length === 0,
        ),
      ),
      summary.length
        ? el(
            "p",
            { class: "view-summary" },
            summary.join(" · "),
            " ",
            button(
              t(L, "unhideAll"),
              "unhide",
              () => setView(unhideAll(store.get().nodeView)),
              !isRestricted(v),
            ),
          )
        : null,
    );
  };
  const relevant: (keyof AppState)[] = ["picked", "nodeView", "uiLang", "labelLang"];
  const unsubscribe = store.subscribe((s, prev) => {
    if (relevant.some((k) => s[k] !== prev[k])) render();
  });
  // Names come from the graph: render again once it has (re)loaded.
  window.addEventListener("rawabit:graph-changed", render);
  render();
  return () => {
    unsubscribe();
    window.removeEventListener("rawabit:graph-changed", render);
  };
}

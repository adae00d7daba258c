import type { EdgeDetail } from "../api/guards.js";
import type { AppContext } from "../context.js";
import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import { curationMark, curationStyle } from "./marks.js";
import { perform } from "./perform.js";

/** The edge panel's badge (reviewed / added by hand, and by whom) and its reject / confirm buttons. */
export function edgeCuration(d: EdgeDetail, ctx: AppContext): HTMLElement {
  const L = ctx.store.get().uiLang;
  const p = d.edge.properties;
  const style = curationStyle(curationMark(p));
  const by = typeof p.reviewedBy === "string" ? p.reviewedBy : null;
  const note = typeof p.manualNote === "string" ? p.manualNote : null;
  const relation = { type: d.edge.type, source: d.source.id, target: d.target.id };
  const reason = el("input", { type: "text", "data-curation": "reason", maxlength: "2000" });
  const reject = el(
    "button",
    { type: "button", "data-action": "reject", class: "danger" },
    t(L, "curReject"),
  );
  reject.addEventListener("click", () => {
    reject.disabled = true;
    void perform(ctx, "reject-relation", relation, reason.value, () =>
      ctx.store.dispatch({ type: "select", selection: { kind: "none" } }),
    ).finally(() => (reject.disabled = false));
  });
  const confirm = el("button", { type: "button", "data-action": "confirm" }, t(L, "curConfirm"));
  confirm.addEventListener("click", () => {
    confirm.disabled = true;
    // Re-selecting the edge reloads this panel, so the new badge shows.
    void perform(ctx, "confirm-relation", relation, reason.value, () => {
      ctx.store.dispatch({ type: "select", selection: { kind: "none" } });
      ctx.store.dispatch({ type: "select", selection: { kind: "edge", id: d.edge.id } });
    }).finally(() => (confirm.disabled = false));
  });
  return el(
    "div",
    { class: "curation", "data-curation": "edge" },
    style
      ? el(
          "p",
          { class: `badge badge-${style.mark}`, "data-mark": style.mark },
          t(L, style.label),
          by ? el("small", {}, " · ", el("bdi", {}, by)) : null,
        )
      : null,
    note ? el("p", { class: "manual-note", dir: "auto" }, note) : null,
    el("label", {}, t(L, "curReason"), reason),
    el("div", { class: "actions" }, confirm, reject),
  );
}

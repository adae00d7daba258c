import { QID } from "../../../ingest/curation/kinds.js";
import type { EntityDetail } from "../../../ingest/model.js";
import type { AppContext } from "../context.js";
import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import { perform } from "./perform.js";

/**
 * Set property: the entity's Wikidata QID (checked here as the server checks it) and a note. Only
 * the fields that changed are sent, one set-property correction each; an emptied field removes it.
 */
export function propertyFieldset(d: EntityDetail, ctx: AppContext, why: () => string): HTMLElement {
  const L = ctx.store.get().uiLang;
  const id = d.entity.id;
  const current = (key: string) => {
    const v = d.entity.properties[key];
    return typeof v === "string" || typeof v === "number" ? String(v) : "";
  };
  const qid = el("input", {
    type: "text",
    dir: "ltr",
    value: current("qid"),
    placeholder: "Q42",
    spellcheck: "false",
    "data-curation": "qid",
  });
  const note = el("textarea", { dir: "auto", maxlength: "2000", "data-curation": "note" });
  note.value = current("note");
  const problem = el("p", { class: "field-error", role: "alert", "data-curation": "property-error" });
  const check = () => {
    const v = qid.value.trim();
    const bad = v !== "" && !QID.test(v);
    qid.setAttribute("aria-invalid", String(bad));
    problem.textContent = bad ? t(L, "curQidInvalid", { value: v }) : "";
    return !bad;
  };
  qid.addEventListener("input", check);

  const save = el("button", { type: "button", "data-action": "set-property" }, t(L, "curSave"));
  save.addEventListener("click", () => {
    if (!check()) return;
    const changes = [
      { key: "qid", value: qid.value.trim() },
      { key: "note", value: note.value.trim() },
    ].filter((c) => c.value !== current(c.key));
    if (changes.length === 0) return;
    save.disabled = true;
    void (async () => {
      for (const c of changes) {
        const body = { id, key: c.key, value: c.value === "" ? null : c.value };
        if (!(await perform(ctx, "set-property", body, why(), () => ctx.focusNode(id)))) break;
      }
    })().finally(() => (save.disabled = false));
  });

  return el(
    "fieldset",
    { "data-curation": "property" },
    el("legend", {}, t(L, "curProperties")),
    el("label", {}, t(L, "curQid"), qid),
    el("label", {}, t(L, "curNote"), note),
    problem,
    save,
  );
}

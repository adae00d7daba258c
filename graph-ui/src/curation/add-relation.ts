import type { EntityDetail } from "../../../ingest/model.js";
import type { AppContext } from "../context.js";
import { RELATION_STYLES } from "../graph/styles.js";
import { t, typeName } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import { perform } from "./perform.js";
import { choosingPicker } from "./pick.js";

/**
 * Add a relation by hand: the other entity (picked with the search), the type and direction, a
 * note (required: a hand-made fact says where it comes from) and, if the analyst has it, the
 * sentence that supports it.
 */
export function addRelationFieldset(d: EntityDetail, ctx: AppContext, why: () => string): HTMLElement {
  const L = ctx.store.get().uiLang;
  const id = d.entity.id;
  const other = choosingPicker(L, {
    exclude: id,
    name: "relation",
    attr: "relation-to",
    placeholder: t(L, "curAddSearch"),
  });
  const type = el(
    "select",
    { "data-curation": "relation-type" },
    ...RELATION_STYLES.map((s) => el("option", { value: s.type }, typeName(L, s.type))),
  );
  const direction = el(
    "select",
    { "data-curation": "relation-direction" },
    el("option", { value: "out" }, t(L, "curAddOut")),
    el("option", { value: "in" }, t(L, "curAddIn")),
  );
  const note = el("input", {
    type: "text",
    dir: "auto",
    maxlength: "2000",
    "data-curation": "relation-note",
  });
  const sentence = el("textarea", {
    dir: "auto",
    maxlength: "2000",
    "data-curation": "relation-sentence",
  });
  const problem = el("p", { class: "field-error", role: "alert", "data-curation": "relation-error" });

  const add = el("button", { type: "button", "data-action": "add-relation" }, t(L, "curAdd"));
  add.addEventListener("click", () => {
    const to = other.chosen();
    const missing =
      to === null ? t(L, "curAddNoTarget") : note.value.trim() === "" ? t(L, "curAddNoNote") : "";
    problem.textContent = missing;
    if (missing || to === null) return;
    const [source, target] = direction.value === "out" ? [id, to] : [to, id];
    const body: Record<string, unknown> = { type: type.value, source, target, note: note.value.trim() };
    if (sentence.value.trim() !== "") body.sentence = sentence.value.trim();
    add.disabled = true;
    void perform(ctx, "add-relation", body, why(), () => ctx.focusNode(id)).finally(
      () => (add.disabled = false),
    );
  });

  return el(
    "fieldset",
    { "data-curation": "add-relation" },
    el("legend", {}, t(L, "curAddRelation")),
    other.element,
    el("label", {}, t(L, "curAddType"), type),
    direction,
    el("label", {}, t(L, "curAddNote"), note),
    el("label", {}, t(L, "curAddSentence"), sentence),
    problem,
    add,
  );
}

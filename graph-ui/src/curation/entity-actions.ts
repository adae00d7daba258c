import type { EntityDetail } from "../../../ingest/model.js";
import type { AppContext } from "../context.js";
import { ENTITY_STYLES } from "../graph/styles.js";
import { t, typeName } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import { addRelationFieldset } from "./add-relation.js";
import { perform } from "./perform.js";
import { entityPicker } from "./pick.js";
import { propertyFieldset } from "./property.js";
import { splitFieldset } from "./split.js";

/**
 * The entity panel's "Correct" block: merge into another entity (found with the search API), split
 * names off, rename, retype, set properties, add a relation, not an entity. One "why" field serves
 * them all.
 */
export function entityCuration(d: EntityDetail, ctx: AppContext): HTMLElement {
  const L = ctx.store.get().uiLang;
  const id = d.entity.id;
  const reason = el("input", { type: "text", "data-curation": "reason", maxlength: "2000" });
  const why = () => reason.value;
  const busy = (b: HTMLButtonElement, run: () => Promise<unknown>) => {
    b.disabled = true;
    void run().finally(() => (b.disabled = false));
  };

  // Merge: this entity disappears into the one picked from the search results.
  const merge = entityPicker(L, {
    exclude: id,
    name: "merge",
    attr: "survivor",
    placeholder: t(L, "curMergeSearch"),
    onPick: (h, b) =>
      busy(b, () =>
        perform(ctx, "merge", { survivor: h.id, merged: [id] }, why(), () => ctx.focusNode(h.id)),
      ),
  });

  const name = el("input", {
    type: "text",
    dir: "rtl",
    lang: "ar",
    value: d.entity.name,
    "data-curation": "name",
  });
  const nameEn = el("input", {
    type: "text",
    dir: "ltr",
    lang: "en",
    value: d.entity.nameEn,
    "data-curation": "name-en",
  });
  const renameBtn = el("button", { type: "button", "data-action": "rename" }, t(L, "curRename"));
  renameBtn.addEventListener("click", () => {
    const body: Record<string, unknown> = { id };
    if (name.value.trim() !== d.entity.name) body.name = name.value;
    if (nameEn.value.trim() !== d.entity.nameEn) body.nameEn = nameEn.value;
    if (Object.keys(body).length === 1) return;
    busy(renameBtn, () => perform(ctx, "rename", body, why(), () => ctx.focusNode(id)));
  });

  const type = el(
    "select",
    { "data-curation": "type" },
    ...ENTITY_STYLES.map((s) =>
      el("option", { value: s.type, selected: s.type === d.entity.type }, typeName(L, s.type)),
    ),
  );
  const retypeBtn = el("button", { type: "button", "data-action": "retype" }, t(L, "curRetype"));
  retypeBtn.addEventListener("click", () => {
    if (type.value === d.entity.type) return;
    busy(retypeBtn, () => perform(ctx, "retype", { id, type: type.value }, why(), () => ctx.focusNode(id)));
  });

  const notEntity = el(
    "button",
    { type: "button", "data-action": "not-entity", class: "danger" },
    t(L, "curNotEntity"),
  );
  notEntity.addEventListener("click", () =>
    busy(notEntity, () =>
      perform(ctx, "not-entity", { id }, why(), () =>
        ctx.store.dispatch({ type: "select", selection: { kind: "none" } }),
      ),
    ),
  );

  return el(
    "details",
    { class: "curation", "data-curation": "entity" },
    el("summary", {}, t(L, "curCorrect")),
    el("label", {}, t(L, "curReason"), reason),
    el("fieldset", {}, el("legend", {}, t(L, "curMergeInto")), merge.input, merge.hits),
    splitFieldset(d, ctx, why),
    el(
      "fieldset",
      {},
      el("legend", {}, t(L, "curRename")),
      el("label", {}, t(L, "curNameAr"), name),
      el("label", {}, t(L, "curNameEn"), nameEn),
      renameBtn,
    ),
    el("fieldset", {}, el("legend", {}, t(L, "curRetype")), type, retypeBtn),
    propertyFieldset(d, ctx, why),
    addRelationFieldset(d, ctx, why),
    notEntity,
  );
}

import type { EntityDetail } from "../../../ingest/model.js";
import type { AppContext } from "../context.js";
import { ENTITY_STYLES } from "../graph/styles.js";
import { plural, t, typeName } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import { perform } from "./perform.js";
import { choosingPicker } from "./pick.js";

/**
 * The names an entity is written with, each with how many of the panel's mentions use it: the
 * name, its aliases, and any other form its mentions show (the API splits by surface form).
 */
export function entityForms(d: EntityDetail): { form: string; mentions: number }[] {
  const aliases = d.entity.properties.aliases;
  const counts = new Map<string, number>();
  for (const f of [d.entity.name, ...(Array.isArray(aliases) ? aliases : [])])
    if (typeof f === "string" && f.trim() !== "") counts.set(f, 0);
  for (const m of d.mentions) {
    const f = m.sentence.slice(m.start, m.end);
    if (f.trim() !== "") counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  return [...counts].map(([form, mentions]) => ({ form, mentions }));
}

/**
 * Split: the chosen names (and so the mentions written with them) leave this entity for a new one
 * (name and type given here) or for an existing one picked with the search.
 */
export function splitFieldset(d: EntityDetail, ctx: AppContext, why: () => string): HTMLElement {
  const L = ctx.store.get().uiLang;
  const id = d.entity.id;
  const boxes = entityForms(d).map(({ form, mentions }) => {
    const box = el("input", { type: "checkbox", value: form, "data-curation": "split-form" });
    return {
      box,
      label: el(
        "label",
        { class: "check" },
        box,
        el("bdi", { dir: "rtl" }, form),
        " ",
        el("small", {}, `(${plural(L, "mentions", mentions)})`),
      ),
    };
  });
  const chosenForms = () => boxes.filter((b) => b.box.checked).map((b) => b.box.value);

  const toNew = el("input", { type: "radio", name: `split-to-${id}`, value: "new", checked: true });
  const toOther = el("input", { type: "radio", name: `split-to-${id}`, value: "existing" });
  const name = el("input", { type: "text", dir: "rtl", lang: "ar", "data-curation": "split-name" });
  const type = el(
    "select",
    { "data-curation": "split-type" },
    ...ENTITY_STYLES.map((s) =>
      el("option", { value: s.type, selected: s.type === d.entity.type }, typeName(L, s.type)),
    ),
  );
  const other = choosingPicker(L, {
    exclude: id,
    name: "split",
    attr: "split-to",
    placeholder: t(L, "curSplitSearch"),
    onChange: () => (toOther.checked = true),
  });
  // The new entity's name starts as the first chosen form; the analyst may change it.
  for (const b of boxes)
    b.box.addEventListener("change", () => {
      if (name.dataset.edited !== "yes") name.value = chosenForms()[0] ?? "";
    });
  name.addEventListener("input", () => (name.dataset.edited = "yes"));

  const problem = el("p", { class: "field-error", role: "alert", "data-curation": "split-error" });
  const go = el("button", { type: "button", "data-action": "split" }, t(L, "curSplit"));
  go.addEventListener("click", () => {
    const forms = chosenForms();
    const to = toOther.checked ? other.chosen() : null;
    const missing =
      forms.length === 0
        ? t(L, "curSplitNoForms")
        : toOther.checked && to === null
          ? t(L, "curSplitNoTarget")
          : !toOther.checked && name.value.trim() === ""
            ? t(L, "curSplitNoName")
            : "";
    problem.textContent = missing;
    if (missing) return;
    const body =
      to !== null
        ? { from: id, forms, to }
        : { from: id, forms, entity: { name: name.value.trim(), type: type.value } };
    go.disabled = true;
    void perform(ctx, "split", body, why(), (c) =>
      ctx.focusNode(typeof c.payload.target === "string" ? c.payload.target : id),
    ).finally(() => (go.disabled = false));
  });

  return el(
    "fieldset",
    { "data-curation": "split" },
    el("legend", {}, t(L, "curSplit")),
    el("p", { class: "hint" }, t(L, "curSplitHint")),
    ...boxes.map((b) => b.label),
    el("label", { class: "check" }, toNew, t(L, "curSplitToNew")),
    el("label", {}, t(L, "curNameAr"), name),
    type,
    el("label", { class: "check" }, toOther, t(L, "curSplitToExisting")),
    other.element,
    problem,
    go,
  );
}

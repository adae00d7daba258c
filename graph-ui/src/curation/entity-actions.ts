import type { EntityDetail } from "../../../ingest/model.js";
import { api } from "../api/client.js";
import type { AppContext } from "../context.js";
import { ENTITY_STYLES } from "../graph/styles.js";
import { t, typeName } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import { perform } from "./perform.js";

/**
 * The entity panel's "Correct" block: merge into another entity (found with the search API),
 * rename, retype, not an entity. One "why" field serves them all.
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
  const mergeSearch = el("input", {
    type: "search",
    "data-curation": "merge-search",
    placeholder: t(L, "curMergeSearch"),
    autocomplete: "off",
  });
  const hits = el("ul", { class: "suggestions curation-hits", role: "listbox" });
  let searching: AbortController | null = null;
  mergeSearch.addEventListener("input", () => {
    searching?.abort();
    const q = mergeSearch.value.trim();
    if (q === "") return hits.replaceChildren();
    const mine = (searching = new AbortController());
    api.search(q, mine.signal).then(
      (r) =>
        hits.replaceChildren(
          ...r.hits
            .filter((h) => h.id !== id)
            .map((h) => {
              const b = el(
                "button",
                { type: "button", "data-survivor": h.id },
                el("bdi", {}, h.name),
                h.nameEn ? ` · ${h.nameEn}` : "",
                ` (${typeName(L, h.type)})`,
              );
              b.addEventListener("click", () =>
                busy(b, () =>
                  perform(ctx, "merge", { survivor: h.id, merged: [id] }, why(), () => ctx.focusNode(h.id)),
                ),
              );
              return el("li", { role: "option" }, b);
            }),
        ),
      () => undefined,
    );
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
    el("fieldset", {}, el("legend", {}, t(L, "curMergeInto")), mergeSearch, hits),
    el(
      "fieldset",
      {},
      el("legend", {}, t(L, "curRename")),
      el("label", {}, t(L, "curNameAr"), name),
      el("label", {}, t(L, "curNameEn"), nameEn),
      renameBtn,
    ),
    el("fieldset", {}, el("legend", {}, t(L, "curRetype")), type, retypeBtn),
    notEntity,
  );
}

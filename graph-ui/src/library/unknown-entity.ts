import type { SavedQuery } from "../../../ingest/model.js";
import { api } from "../api/client.js";
import type { AppContext } from "../context.js";
import { isolate } from "../i18n/format.js";
import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";

/** Saved-query parameters that name an entity (id, Arabic or English name), by convention. */
const ENTITY_PARAMS = new Set(["entity", "source", "target", "from", "to"]);
const SUGGESTIONS = 5;

const key = (s: string) => s.trim().toLowerCase();

/**
 * When a query came back empty, checks each entity parameter against the search API; for a name
 * that matches no entity exactly, says so and suggests close matches (the whole name, then each
 * word on its own, so one misspelt word still finds the entity). Clicking one fills the field.
 */
export async function unknownEntityHint(
  q: SavedQuery,
  params: Record<string, unknown>,
  inputs: Map<string, HTMLInputElement>,
  ctx: AppContext,
): Promise<HTMLElement | null> {
  const L = ctx.store.get().uiLang;
  for (const spec of q.parameters) {
    const value = params[spec.name];
    // `from`/`to` are dates in some queries: only string parameters that are not ISO dates.
    if (!ENTITY_PARAMS.has(spec.name) || typeof value !== "string" || /^\d{4}-\d{2}/.test(value)) continue;
    const tries = [value, ...value.split(/\s+/).filter((w) => w.length >= 2)];
    const hits = new Map<string, { id: string; label: string }>();
    let exact = false;
    for (const term of tries) {
      const found = await api.search(term).catch(() => ({ hits: [] }));
      for (const h of found.hits) {
        if (term === value && [h.id, h.name, h.nameEn].some((n) => key(n) === key(value))) exact = true;
        if (hits.size < SUGGESTIONS && !hits.has(h.id))
          hits.set(h.id, { id: h.id, label: L === "en" ? h.nameEn || h.name : h.name });
      }
      if (exact || hits.size >= SUGGESTIONS) break;
    }
    if (exact) continue;
    const input = inputs.get(spec.name);
    const suggestions = [...hits.values()].map((h) => {
      const b = el("button", { type: "button", class: "suggestion", "data-id": h.id, dir: "auto" }, h.label);
      b.addEventListener("click", () => {
        if (input) input.value = h.id;
        input?.form?.requestSubmit();
      });
      return b;
    });
    return el(
      "div",
      { class: "unknown-entity", role: "status", "data-param": spec.name },
      el("p", {}, t(L, "entityNotFound", { name: isolate(value) })),
      suggestions.length > 0 ? el("p", {}, t(L, "didYouMean"), " ", ...suggestions) : null,
    );
  }
  return null;
}

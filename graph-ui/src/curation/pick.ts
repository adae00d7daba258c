import type { SearchHit } from "../../../ingest/model.js";
import { api } from "../api/client.js";
import { typeName } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import type { UiLang } from "../state/types.js";

interface PickerOptions {
  /** The entity being corrected: never offered. */
  exclude: string;
  /** The search box is `data-curation="<name>-search"`. */
  name: string;
  /** Each hit is a button `data-<attr>="<id>"`. */
  attr: string;
  placeholder: string;
}

/** A search box whose hits are buttons: what merge, split and add-relation use to name the other entity. */
export function entityPicker(
  L: UiLang,
  opts: PickerOptions & { onPick: (hit: SearchHit, b: HTMLButtonElement) => void },
): { input: HTMLInputElement; hits: HTMLUListElement } {
  const input = el("input", {
    type: "search",
    "data-curation": `${opts.name}-search`,
    placeholder: opts.placeholder,
    autocomplete: "off",
  });
  const hits = el("ul", { class: "suggestions curation-hits", role: "listbox" });
  let searching: AbortController | null = null;
  input.addEventListener("input", () => {
    searching?.abort();
    const q = input.value.trim();
    if (q === "") return hits.replaceChildren();
    const mine = (searching = new AbortController());
    api.search(q, mine.signal).then(
      (r) =>
        hits.replaceChildren(
          ...r.hits
            .filter((h) => h.id !== opts.exclude)
            .map((h) => {
              const b = el(
                "button",
                { type: "button", [`data-${opts.attr}`]: h.id },
                el("bdi", {}, h.name),
                h.nameEn ? ` · ${h.nameEn}` : "",
                ` (${typeName(L, h.type)})`,
              );
              b.addEventListener("click", () => opts.onPick(h, b));
              return el("li", { role: "option" }, b);
            }),
        ),
      () => undefined,
    );
  });
  return { input, hits };
}

/**
 * A picker that remembers its choice (split into an existing entity, the other end of a new
 * relation): the chosen entity is shown by name and `chosen()` returns its id.
 */
export function choosingPicker(
  L: UiLang,
  opts: PickerOptions & { onChange?: () => void },
): { element: HTMLElement; chosen: () => string | null } {
  let chosen: string | null = null;
  const shown = el("p", { class: "chosen", "data-curation": `${opts.name}-chosen` });
  const picker = entityPicker(L, {
    ...opts,
    onPick: (h) => {
      chosen = h.id;
      shown.replaceChildren(el("bdi", {}, h.name), ` (${typeName(L, h.type)})`);
      picker.hits.replaceChildren();
      picker.input.value = "";
      opts.onChange?.();
    },
  });
  return { element: el("div", {}, picker.input, picker.hits, shown), chosen: () => chosen };
}

import type { SearchHit } from "../../../ingest/model.js";
import { api } from "../api/client.js";
import type { AppContext } from "../context.js";
import { nodeColor } from "../graph/styles.js";
import { t, typeName } from "../i18n/index.js";
import { el, replaceChildren } from "./dom.js";

const DEBOUNCE_MS = 150;

/**
 * Suggestions come from the API (Arabic normalisation lives server-side, one implementation);
 * choosing one selects the node, fetching its neighbourhood first if it is not on screen.
 */
export function bindSearch(input: HTMLInputElement, list: HTMLUListElement, ctx: AppContext): () => void {
  let timer = 0;
  let controller: AbortController | null = null;
  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    active = -1;
    input.setAttribute("aria-expanded", "false");
  };

  const choose = async (hit: SearchHit) => {
    close();
    input.value = ctx.store.get().labelLang === "en" ? hit.nameEn || hit.name : hit.name;
    syncDir();
    if (!ctx.graph.hasNode(hit.id)) {
      try {
        ctx.apply(await api.neighbors(hit.id, 1), "merge");
      } catch (err) {
        ctx.notify(err instanceof Error ? err.message : String(err), "error");
        return;
      }
    }
    const path = ctx.store.get().path;
    if (path.kind === "picking" && path.from !== null && path.from !== hit.id) {
      window.dispatchEvent(new CustomEvent("rawabit:path", { detail: { from: path.from, to: hit.id } }));
      return;
    }
    ctx.focusNode(hit.id);
  };

  const render = () => {
    const lang = ctx.store.get().uiLang;
    if (hits.length === 0) {
      replaceChildren(list, el("li", { class: "empty" }, t(lang, "noResults")));
    } else {
      replaceChildren(
        list,
        ...hits.map((h, i) => {
          const li = el(
            "li",
            { role: "option", "aria-selected": i === active ? "true" : "false", "data-id": h.id },
            el("span", { class: "swatch dot", style: `background:${nodeColor(h.type)}` }),
            el("bdi", { class: "ar", dir: "rtl" }, h.name),
            h.nameEn ? el("bdi", { class: "en", dir: "ltr" }, h.nameEn) : null,
            el("small", {}, typeName(lang, h.type)),
          );
          li.addEventListener("mousedown", (e) => {
            e.preventDefault();
            void choose(h);
          });
          return li;
        }),
      );
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  };

  const query = async (q: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      hits = (await api.search(q, controller.signal)).hits;
      active = hits.length > 0 ? 0 : -1;
      render();
    } catch (err) {
      if (err instanceof DOMException && err.name === "AbortError") return;
      ctx.notify(err instanceof Error ? err.message : String(err), "error");
    }
  };

  const onInput = () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (q === "") return close();
    timer = window.setTimeout(() => void query(q), DEBOUNCE_MS);
  };
  const onKey = (e: KeyboardEvent) => {
    if (list.hidden) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : -1) + hits.length) % Math.max(hits.length, 1);
      render();
    } else if (e.key === "Enter") {
      const hit = hits[active];
      if (hit) void choose(hit);
    } else if (e.key === "Escape") close();
  };
  // dir="auto" follows what is typed, but an empty field would lay its placeholder out left to
  // right: until something is typed the field takes the interface direction.
  const syncDir = () => {
    if (input.value === "") input.removeAttribute("dir");
    else input.dir = "auto";
  };
  syncDir();
  input.addEventListener("input", syncDir);
  input.addEventListener("input", onInput);
  input.addEventListener("keydown", onKey);
  input.addEventListener("blur", close);
  return () => {
    input.removeEventListener("input", syncDir);
    input.removeEventListener("input", onInput);
    input.removeEventListener("keydown", onKey);
    input.removeEventListener("blur", close);
    controller?.abort();
  };
}

import type { SavedQuery } from "../../../ingest/model.js";
import { api } from "../api/client.js";
import { resultView } from "../console/results.js";
import type { AppContext } from "../context.js";
import { apiErrorView } from "../i18n/errors.js";
import { t } from "../i18n/index.js";
import { PARAM_HINTS_AR } from "../i18n/param-hints.js";
import { el, replaceChildren } from "../panels/dom.js";
import type { TimeWindow, UiLang } from "../state/types.js";
import { formToParams, initialText, type RawValue } from "./params.js";
import { notFoundView } from "./not-found.js";

/**
 * A windowed query's date fields follow the timeline's window, so a run answers for the dates the
 * graph shows; they stay editable before a run (and empty when the timeline has no window).
 */
function fillWindow(f: HTMLFormElement, q: SavedQuery, w: TimeWindow | null, lang: UiLang): void {
  if (!q.window) return;
  for (const [name, value] of [
    [q.window.from, w?.from],
    [q.window.to, w?.to],
  ] as const) {
    const input = f.elements.namedItem(name);
    if (input instanceof HTMLInputElement) input.value = value ?? "";
  }
  const note = f.querySelector(".window-note");
  if (note) note.textContent = w ? t(lang, "queryTimelineWindow", { from: w.from, to: w.to }) : "";
}

function form(q: SavedQuery, ctx: AppContext, output: HTMLElement): HTMLFormElement {
  const L = ctx.store.get().uiLang;
  const inputs = new Map<string, HTMLInputElement>();
  const errors = new Map<string, HTMLElement>();
  const fields = q.parameters.map((p) => {
    const input =
      p.type === "boolean"
        ? el("input", { type: "checkbox", name: p.name, checked: p.default === true })
        : el("input", {
            type: p.type === "integer" || p.type === "float" ? "number" : "text",
            name: p.name,
            dir: "auto",
            value: initialText(p),
            placeholder:
              p.example === undefined
                ? ""
                : Array.isArray(p.example)
                  ? p.example.join(", ")
                  : String(p.example),
            step: p.type === "float" ? "any" : undefined,
          });
    inputs.set(p.name, input);
    const err = el("span", { class: "field-error", role: "alert" });
    errors.set(p.name, err);
    return el(
      "label",
      { class: "field" },
      el("code", {}, p.name),
      p.required ? el("small", {}, ` (${t(L, "required")})`) : null,
      input,
      el(
        "small",
        { class: "hint", dir: "auto" },
        (L === "ar" && PARAM_HINTS_AR[p.description]) || p.description,
      ),
      err,
    );
  });
  const f = el(
    "form",
    { class: "query-form", "data-query": q.name },
    ...fields,
    q.window ? el("p", { class: "hint window-note", dir: "auto" }) : null,
    el("button", { type: "submit", class: "primary" }, t(L, "run")),
  );
  fillWindow(f, q, ctx.store.get().timeWindow, L);
  f.addEventListener("submit", (e) => {
    e.preventDefault();
    const lang = ctx.store.get().uiLang;
    const raw: Record<string, RawValue> = {};
    for (const [name, input] of inputs) raw[name] = input.type === "checkbox" ? input.checked : input.value;
    const parsed = formToParams(q.parameters, raw, lang);
    for (const [name, node] of errors) node.textContent = parsed.ok ? "" : (parsed.errors[name] ?? "");
    if (!parsed.ok) return;
    replaceChildren(output, el("p", {}, t(lang, "loading")));
    api.runQuery(q.name, parsed.params).then(
      (r) => replaceChildren(output, resultView(r, ctx)),
      (err: unknown) =>
        replaceChildren(
          output,
          notFoundView(lang, err, (param, value) => {
            const input = inputs.get(param);
            if (!input) return;
            input.value = value;
            f.requestSubmit();
          }) ?? apiErrorView(lang, err),
        ),
    );
  });
  return f;
}

export async function mountLibrary(root: HTMLElement, ctx: AppContext): Promise<void> {
  replaceChildren(root, el("p", {}, t(ctx.store.get().uiLang, "loading")));
  let queries: SavedQuery[];
  try {
    queries = (await api.queries()).queries;
  } catch (err) {
    replaceChildren(root, apiErrorView(ctx.store.get().uiLang, err));
    return;
  }
  const detail = el("div", { class: "query-detail" });
  const output = el("div", { class: "output" });
  const list = el("ul", { class: "query-list" });
  let open: SavedQuery | null = null;
  const showDetail = (q: SavedQuery) => {
    open = q;
    const ar = ctx.store.get().uiLang === "ar";
    replaceChildren(
      detail,
      el("h3", {}, ar && q.titleAr ? q.titleAr : q.title),
      el("p", { dir: "auto" }, ar && q.descriptionAr ? q.descriptionAr : q.description),
      form(q, ctx, output),
      el("details", {}, el("summary", {}, "Cypher"), el("pre", { dir: "ltr" }, q.cypher)),
    );
  };
  const renderList = () => {
    const ar = ctx.store.get().uiLang === "ar";
    replaceChildren(
      list,
      ...queries.map((q) => {
        const b = el(
          "button",
          { type: "button", "data-query": q.name },
          ar && q.titleAr ? q.titleAr : q.title,
        );
        b.addEventListener("click", () => {
          showDetail(q);
          replaceChildren(output);
        });
        return el("li", {}, b);
      }),
    );
  };
  renderList();
  // The open form's date fields follow the timeline; a language switch redraws the list and the
  // open form (the form's typed values are not kept).
  ctx.store.subscribe((s, prev) => {
    if (s.timeWindow !== prev.timeWindow && open) {
      const f = detail.querySelector("form.query-form");
      if (f instanceof HTMLFormElement) fillWindow(f, open, s.timeWindow, s.uiLang);
    }
    if (s.uiLang === prev.uiLang) return;
    renderList();
    if (open) showDetail(open);
  });
  replaceChildren(root, el("div", { class: "library" }, list, detail), output);
}

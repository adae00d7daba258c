import { api } from "../api/client.js";
import { errorView } from "../console/results.js";
import type { AppContext } from "../context.js";
import { t } from "../i18n/index.js";
import { el, replaceChildren } from "../panels/dom.js";

/** Paste an article → POST /api/articles → reload, with the article's entities highlighted. */
export async function mountIngest(root: HTMLElement, ctx: AppContext): Promise<void> {
  const L = ctx.store.get().uiLang;
  const title = el("input", { type: "text", name: "title", dir: "auto" });
  const url = el("input", { type: "url", name: "url", dir: "ltr", placeholder: "https://" });
  const text = el("textarea", { name: "text", dir: "rtl", rows: "8", required: true });
  const submit = el("button", { type: "submit", class: "primary" }, t(L, "submit"));
  const output = el("div", { class: "output", "aria-live": "polite" });
  const form = el(
    "form",
    { class: "ingest-form" },
    el("label", {}, t(L, "title"), title),
    el("label", {}, t(L, "url"), url),
    el("label", {}, t(L, "text"), text),
    submit,
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const body = text.value.trim();
    if (body === "") {
      replaceChildren(output, errorView(t(ctx.store.get().uiLang, "text")));
      return;
    }
    submit.disabled = true;
    replaceChildren(output, el("p", {}, t(ctx.store.get().uiLang, "loading")));
    api
      .ingest({
        text: body,
        ...(title.value.trim() ? { title: title.value.trim() } : {}),
        ...(url.value.trim() ? { url: url.value.trim() } : {}),
      })
      .then(
        async (report) => {
          await ctx.reload();
          // Clear the selection so its neighbourhood emphasis does not hide the new nodes.
          ctx.store.dispatch({ type: "select", selection: { kind: "none" } });
          ctx.store.dispatch({ type: "highlight", ids: report.entityIds });
          replaceChildren(
            output,
            el(
              "p",
              { class: "ok" },
              t(ctx.store.get().uiLang, "ingested", { n: report.entities, r: report.relations }),
            ),
            ...report.warnings.map((w) => el("p", { class: "warning", dir: "auto" }, w)),
          );
        },
        (err: unknown) =>
          replaceChildren(output, errorView(err instanceof Error ? err.message : String(err))),
      )
      .finally(() => (submit.disabled = false));
  });
  replaceChildren(root, form, output);
}

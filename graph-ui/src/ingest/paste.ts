import type { IngestReport } from "../../../ingest/model.js";
import { api } from "../api/client.js";
import { errorView } from "../console/results.js";
import type { AppContext } from "../context.js";
import type { MessageKey } from "../i18n/dict.js";
import { apiErrorView } from "../i18n/errors.js";
import { t } from "../i18n/index.js";
import { el, replaceChildren } from "../panels/dom.js";
import { ingestApi } from "./api.js";
import { extractedView } from "./extracted.js";
import { pasteProblem, reportMessage } from "./outcome.js";
import { sourcesForm } from "./sources.js";

/** Paste an article → POST /api/articles → reload; says what happened and lists what was found. */
export async function mountIngest(root: HTMLElement, ctx: AppContext): Promise<void> {
  const L = () => ctx.store.get().uiLang;
  const title = el("input", { type: "text", name: "title", dir: "auto" });
  const url = el("input", { type: "url", name: "url", dir: "ltr", placeholder: "https://" });
  const text = el("textarea", { name: "text", dir: "auto", rows: "8", required: true, lang: "ar" });
  const submit = el("button", { type: "submit", class: "primary", "data-i18n": "submit" }, t(L(), "submit"));
  // data-i18n: the labels follow the interface language (panels/translate.ts), the fields keep their text.
  const caption = (key: MessageKey) => el("span", { "data-i18n": key }, t(L(), key));
  const output = el("div", { class: "output ingest-result", "aria-live": "polite" });
  const form = el(
    "form",
    // The explorer's own messages (in the interface language) replace the browser's validation bubbles.
    { class: "ingest-form", novalidate: true },
    el("label", {}, caption("title"), title),
    el("label", {}, caption("url"), url),
    el("label", {}, caption("text"), text),
    submit,
  );

  const refuse = (message: string | HTMLElement) => {
    text.setAttribute("aria-invalid", "true");
    replaceChildren(output, typeof message === "string" ? errorView(message) : message);
    text.focus();
  };
  text.addEventListener("input", () => text.removeAttribute("aria-invalid"));

  const report = async (r: IngestReport) => {
    await ctx.reload();
    // Clear the selection so its neighbourhood emphasis does not hide the new nodes.
    ctx.store.dispatch({ type: "select", selection: { kind: "none" } });
    ctx.store.dispatch({ type: "highlight", ids: r.entityIds });
    form.reset();
    const lang = L();
    const head = [
      el("p", { class: "ok", "data-status": r.status }, reportMessage(lang, r)),
      ...r.warnings.map((w) => el("p", { class: "warning", dir: "auto" }, w)),
    ];
    replaceChildren(output, ...head, el("p", {}, t(lang, "loading")));
    // The article's own subgraph: also what an `unchanged` article holds (its report lists no ids).
    try {
      const found = await api.graph({ article: r.articleId, limit: 2000 });
      replaceChildren(output, ...head, extractedView(found, ctx));
    } catch (err) {
      replaceChildren(output, ...head, apiErrorView(lang, err));
    }
  };

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const body = text.value;
    const problem: MessageKey | null = pasteProblem(body);
    if (problem) return refuse(t(L(), problem));
    submit.disabled = true;
    replaceChildren(output, el("p", {}, t(L(), "loading")));
    ingestApi
      .article({
        text: body.trim(),
        ...(title.value.trim() ? { title: title.value.trim() } : {}),
        ...(url.value.trim() ? { url: url.value.trim() } : {}),
      })
      .then(report, (err: unknown) => refuse(apiErrorView(L(), err)))
      .finally(() => (submit.disabled = false));
  });
  replaceChildren(root, form, output, sourcesForm(ctx));
}

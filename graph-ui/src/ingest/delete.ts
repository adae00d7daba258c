import type { ArticleSummary } from "../../../ingest/model.js";
import type { AppContext } from "../context.js";
import { session } from "../curation/session.js";
import { apiErrorView } from "../i18n/errors.js";
import { t } from "../i18n/index.js";
import { el, replaceChildren } from "../panels/dom.js";
import { ingestApi } from "./api.js";

/**
 * "Delete this article…" for the article the view is filtered on: a modal dialog says what goes
 * with it and asks for the write token field's value when the server has one; the graph reloads
 * without the article (the filter is cleared).
 */
export function deleteArticleButton(ctx: AppContext, article: ArticleSummary): HTMLButtonElement {
  const L = ctx.store.get().uiLang;
  const button = el(
    "button",
    { type: "button", class: "danger", id: "delete-article" },
    t(L, "deleteArticle"),
  );
  button.addEventListener("click", () => confirmDelete(ctx, article));
  return button;
}

function confirmDelete(ctx: AppContext, article: ArticleSummary): void {
  const L = ctx.store.get().uiLang;
  const name = article.title ?? article.id;
  const token = el("input", { type: "password", name: "token", autocomplete: "off", value: session.token() });
  const output = el("div", { class: "output", "aria-live": "polite" });
  const confirm = el("button", { type: "submit", class: "danger", value: "delete" }, t(L, "deleteConfirm"));
  const cancel = el("button", { type: "button", value: "cancel" }, t(L, "batchCancel"));
  const form = el(
    "form",
    { method: "dialog" },
    el("h3", {}, t(L, "deleteConfirmTitle", { title: name })),
    el("p", {}, t(L, "deleteConfirmBody")),
    el("label", {}, t(L, "curToken"), token, el("small", { class: "hint" }, t(L, "ingestTokenHint"))),
    output,
    el("div", { class: "dialog-actions" }, confirm, cancel),
  );
  const dialog = el("dialog", { class: "confirm-dialog", "aria-label": t(L, "deleteArticle") }, form);
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  cancel.addEventListener("click", close);
  dialog.addEventListener("cancel", () => dialog.remove());
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    session.setToken(token.value);
    confirm.disabled = true;
    ingestApi.remove(article.id).then(
      () => {
        close();
        ctx.notify(t(L, "deleted", { title: name }));
        // Clearing the filter reloads the graph; without a filter, reload it here.
        if (ctx.store.get().filters.article === article.id) {
          ctx.store.dispatch({ type: "setArticle", article: null });
        } else void ctx.reload();
      },
      (err: unknown) => {
        confirm.disabled = false;
        replaceChildren(output, apiErrorView(L, err));
      },
    );
  });
  document.body.append(dialog);
  dialog.showModal();
}

import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import type { UiLang } from "../state/types.js";

/** Asks the reader (reader/panel.ts) to open an article; panels only know this event. */
export const READ_ARTICLE_EVENT = "rawabit:read-article";

export function openReader(articleId: string): void {
  window.dispatchEvent(new CustomEvent(READ_ARTICLE_EVENT, { detail: { id: articleId } }));
}

/** The "read the article" button the article filter, evidence sentences and article lists carry. */
export function readArticleButton(lang: UiLang, articleId: string): HTMLButtonElement {
  const b = el(
    "button",
    { type: "button", class: "read-article", "data-article": articleId, title: t(lang, "readArticle") },
    t(lang, "readArticle"),
  );
  b.addEventListener("click", () => openReader(articleId));
  return b;
}

import { ApiRequestError } from "../api/client.js";
import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import type { UiLang } from "../state/types.js";

/**
 * A saved query's entity parameter named no entity (API `entity_not_found`): say so, and offer
 * the close matches; choosing one fills the field and runs the query again. Null for other errors.
 */
export function notFoundView(
  lang: UiLang,
  err: unknown,
  choose: (param: string, value: string) => void,
): HTMLElement | null {
  if (!(err instanceof ApiRequestError) || err.failure.kind !== "http") return null;
  const body = err.failure.body;
  if (body?.error !== "entity_not_found" || !body.param) return null;
  const param = body.param;
  const suggestions = body.suggestions ?? [];
  const options = suggestions.map((s) => {
    const b = el(
      "button",
      { type: "button", "data-entity": s.id },
      el("bdi", {}, lang === "en" && s.nameEn ? s.nameEn : s.name),
    );
    // The id, not the name: it resolves to exactly this entity.
    b.addEventListener("click", () => choose(param, s.id));
    return el("li", {}, b);
  });
  return el(
    "div",
    { class: "error entity-not-found", role: "alert" },
    el("p", {}, t(lang, "entityNotFound", { value: body.value ?? "", name: param })),
    options.length > 0
      ? el("div", {}, el("p", {}, t(lang, "didYouMean")), el("ul", { class: "suggestions" }, ...options))
      : el("p", {}, t(lang, "noCloseMatch")),
  );
}

import { ApiRequestError } from "../api/client.js";
import { el } from "../panels/dom.js";
import type { UiLang } from "../state/types.js";
import type { MessageKey } from "./dict.js";
import { t } from "./index.js";

/**
 * The API's error codes (ingest/server/errors.ts) the interface says in its own words. The server's
 * English message stays next to it: it names the exact field, limit or id.
 */
const BY_CODE: Record<string, MessageKey> = {
  bad_input: "err_bad_input",
  bad_json: "err_bad_json",
  bad_query: "err_bad_query",
  unauthorized: "err_unauthorized",
  forbidden_query: "err_forbidden_query",
  not_found: "err_not_found",
  timeout: "err_timeout",
  article_too_large: "ingestTooLarge",
  body_too_large: "ingestTooLarge",
  no_arabic_text: "ingestNotArabic",
  unsupported_content: "err_unsupported_content",
  unsupported_media_type: "err_unsupported_media_type",
  upstream_failed: "err_upstream_failed",
  private_address: "err_private_address",
  database_unavailable: "err_database_unavailable",
  extraction_failed: "err_extraction_failed",
  internal: "err_internal",
};

export interface ErrorText {
  /** In the interface language when the code is known, else the server's own words. */
  text: string;
  /** The server's message, when `text` is a translation of it. */
  detail: string | null;
}

export function errorText(lang: UiLang, err: unknown): ErrorText {
  if (!(err instanceof ApiRequestError))
    return { text: err instanceof Error ? err.message : String(err), detail: null };
  const f = err.failure;
  if (f.kind === "unreachable") return { text: t(lang, "unreachable"), detail: f.message };
  const key = f.kind === "http" ? BY_CODE[f.error] : undefined;
  return key ? { text: t(lang, key), detail: f.message } : { text: f.message, detail: null };
}

/** An error paragraph: the translated sentence, and the server's message in a small LTR line. */
export function apiErrorView(lang: UiLang, err: unknown): HTMLElement {
  const { text, detail } = errorText(lang, err);
  return el(
    "div",
    { class: "error query-error", role: "alert" },
    el("p", { dir: "auto" }, text),
    detail === null
      ? null
      : el("small", { class: "error-detail", lang: "en", dir: "ltr", title: t(lang, "errorDetail") }, detail),
  );
}

import { describe, expect, it } from "vitest";
import { DICTIONARIES } from "../../../graph-ui/src/i18n/dict.js";
import { ApiRequestError } from "../../../graph-ui/src/api/client.js";
import { errorText } from "../../../graph-ui/src/i18n/errors.js";
import { pasteProblem, reportMessage } from "../../../graph-ui/src/ingest/outcome.js";

describe("pasted article", () => {
  it.each([
    ["", "ingestEmpty"],
    ["  \n\t ", "ingestEmpty"],
    ["The president met the minister.", "ingestNotArabic"],
    ["2024-01-01 12:00", "ingestNotArabic"],
    ["زار الوزير باريس.", null],
    ["Breaking: زار الوزير باريس", null],
  ])("%j → %s", (text, problem) => {
    expect(pasteProblem(text)).toBe(problem);
  });
});

describe("ingest report message", () => {
  it.each([
    ["en", "new", "Added: 5 entities, 3 relationships."],
    ["en", "unchanged", "Already in the graph, nothing changed. 5 entities, 3 relationships."],
    [
      "en",
      "replaced",
      "Updated the article at this URL (its earlier version was replaced). 5 entities, 3 relationships.",
    ],
    ["ar", "unchanged", "المقال موجود في الشبكة من قبل، ولم يتغير شيء. 5 كيانات، 3 علاقات."],
    ["ar", "new", "تمت الإضافة: كيان واحد، علاقتان."],
  ] as const)("%s %s", (lang, status, text) => {
    const counts =
      lang === "ar" && status === "new" ? { entities: 1, relations: 2 } : { entities: 5, relations: 3 };
    expect(reportMessage(lang, { status, ...counts })).toBe(text);
  });

  it("never says 'added' for an unchanged article", () => {
    for (const lang of ["ar", "en"] as const)
      expect(reportMessage(lang, { status: "unchanged", entities: 5, relations: 3 })).not.toContain(
        DICTIONARIES[lang].ingested.split("{")[0] ?? "",
      );
  });
});

describe("API refusals in the user's language, the server's words kept", () => {
  it.each([
    [
      { kind: "http", status: 422, error: "no_arabic_text", message: "api: no Arabic text" },
      { text: DICTIONARIES.ar.ingestNotArabic, detail: "api: no Arabic text" },
    ],
    [
      { kind: "http", status: 413, error: "article_too_large", message: "api: too large" },
      { text: DICTIONARIES.ar.ingestTooLarge, detail: "api: too large" },
    ],
    [
      { kind: "http", status: 502, error: "upstream_failed", message: "api: url: cannot fetch x" },
      { text: DICTIONARIES.ar.err_upstream_failed, detail: "api: url: cannot fetch x" },
    ],
    [
      { kind: "http", status: 403, error: "private_address", message: "api: url: private address" },
      { text: DICTIONARIES.ar.err_private_address, detail: "api: url: private address" },
    ],
    [
      { kind: "http", status: 401, error: "unauthorized", message: "api: needs a token" },
      { text: DICTIONARIES.ar.err_unauthorized, detail: "api: needs a token" },
    ],
    [
      { kind: "http", status: 418, error: "teapot", message: "api: an unknown code" },
      { text: "api: an unknown code", detail: null },
    ],
    [
      { kind: "unreachable", message: "x" },
      { text: DICTIONARIES.ar.unreachable, detail: "x" },
    ],
  ] as const)("%j", (failure, expected) => {
    expect(errorText("ar", new ApiRequestError(failure))).toEqual(expected);
  });

  it("keeps a plain error's message", () => {
    expect(errorText("ar", new Error("boom"))).toEqual({ text: "boom", detail: null });
  });
});

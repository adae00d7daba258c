import { describe, expect, it } from "vitest";
import { DICTIONARIES } from "../../../graph-ui/src/i18n/dict.js";
import { failureMessage, pasteProblem, reportMessage } from "../../../graph-ui/src/ingest/outcome.js";

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

describe("API refusals in the user's language", () => {
  it.each([
    [
      { kind: "http", status: 422, error: "not_arabic", message: "api: no Arabic text" },
      DICTIONARIES.ar.ingestNotArabic,
    ],
    [
      { kind: "http", status: 413, error: "too_large", message: "api: too large" },
      DICTIONARIES.ar.ingestTooLarge,
    ],
    [
      { kind: "http", status: 400, error: "bad_input", message: "api: url must be http" },
      "api: url must be http",
    ],
    [{ kind: "unreachable", message: "x" }, DICTIONARIES.ar.unreachable],
  ] as const)("%j", (failure, text) => {
    expect(failureMessage("ar", failure)).toBe(text);
  });
});

// Sentences written for these tests: clubs written with the definite النادي, and clubs named
// after their town in sports news.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const mentions = (text: string, type: string, tagger = true): string[] =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === type)
    .flatMap((e) => e.mentions.map((m) => m.text));

beforeAll(() => void extract("تمهيد"), 60_000);

describe("النادي before a club's one-word name is part of the mention", () => {
  it.each([
    ["وردت إدارة النادي الأهلي بخطاب رسمي على العرض.", "النادي الأهلي"],
    ["وانضم المدافع إلى الفريق الأول بالنادي الأهلي هذا الصيف.", "النادي الأهلي"],
    ["وسجل مهاجم الأهلي هدفين، وشكرت جماهير النادي الأهلي لاعبيها.", "النادي الأهلي"],
    ["وأعلن نادي الهلال تجديد عقد حارسه، وقال النادي الهلال في بيان إن العقد يمتد عامين.", "النادي الهلال"],
  ])("%s", (text, mention) => {
    expect(mentions(text, "Organization")).toContain(mention);
  });

  it("a definite adjective after another noun is no club", () => {
    expect(mentions("وقال مسؤول في القطاع الأهلي إن الدعم سيستمر.", "Organization")).toEqual([]);
  });
});

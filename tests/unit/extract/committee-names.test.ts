// Sentences written for these tests.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const orgs = (text: string): string[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === "Organization")
    .flatMap((e) => e.mentions.map((m) => m.text));

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a body's head, a verbal noun and its definite object", () => {
  it.each([
    ["وأحيلت الشكوى إلى لجنة فض المنازعات في الاتحاد.", "لجنة فض المنازعات"],
    ["وشكل البرلمان لجنة تقصي الحقائق بعد الحادث.", "لجنة تقصي الحقائق"],
    ["وأوصت لجنة تطوير المناهج بتعديل الخطة.", "لجنة تطوير المناهج"],
    ["وقالت لجنة متابعة القرارات إن التنفيذ بدأ.", "لجنة متابعة القرارات"],
  ])("%s", (text, mention) => {
    expect(orgs(text)).toContain(mention);
  });

  it.each([
    "وشكلت الوزارة لجنة تدرس الملف.",
    "وشكلت الحكومة لجنة مشتركة الأسبوع الماضي.",
    "وأنشأ الأهالي جمعية ترعى الحرفيين.",
  ])("%s: a verb or an adjective after the head names nothing", (text) => {
    expect(orgs(text)).toEqual([]);
  });
});

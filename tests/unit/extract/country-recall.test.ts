// Sentences written for these tests.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const ids = (text: string, type: string): string[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === type)
    .map((e) => e.id);

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a country named only by its nisba", () => {
  it.each([
    ["وقال المدرب الأوروجوياني إن الفريق جاهز للموسم.", "country:UY"],
    ["وجدد النادي عقد المهاجم الاوروغوياني عامين.", "country:UY"],
    ["وسجل اللاعب العاجي هدف الفوز.", "country:CI"],
    ["وتعاقد الفريق مع الحارس البوسني.", "country:BA"],
    ["وأدار اللقاء الحكم البيروفي.", "country:PE"],
    ["والتقى الوزير السفير الكازاخي في مكتبه.", "country:KZ"],
    ["وانضم المدافع الباراغوياني إلى التدريبات.", "country:PY"],
  ])("%s", (text, id) => {
    expect(ids(text, "Country")).toContain(id);
  });
});

describe("a country whose bare name is an ordinary word", () => {
  it.each([
    ["وتضم المجموعة مالي وبنين وتشاد والنيجر.", ["country:ML", "country:BJ"]],
    ["وتنتشر القوات في النيجر ومالي، بنين.", ["country:ML", "country:BJ"]],
    ["وشملت الجولة السنغال، مالي، بوركينا فاسو.", ["country:ML"]],
    ["ووصلت المساعدات إلى دولة مالي الأسبوع الماضي.", ["country:ML"]],
    ["وتقام المباراة بين توغو - بنين - غانا.", ["country:BJ"]],
  ])("%s", (text, expected) => {
    const found = ids(text, "Country");
    for (const id of expected) expect(found).toContain(id);
  });

  it.each([
    "وقدمت الحكومة دعم مالي وفني للمشروع.",
    "وله ثلاثة بنين وبنتان.",
    "وقدمت دعم مالي، والسعودية أول المانحين.",
  ])("%s: the word stays a word", (text) => {
    expect(ids(text, "Country").filter((id) => id === "country:ML" || id === "country:BJ")).toEqual([]);
  });
});

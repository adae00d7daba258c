import { describe, expect, it } from "vitest";
import { relate } from "../../../ingest/relate/index.js";
import { article, checkRelationCase, type RelationCase, country, person, org } from "./fixture.js";

// Issue 14, members and heads, round 38. Sentences written for these tests.
const aide = person("p", "سعيد الحربي");
const yemen = country("ye", "اليمن", "اليمني");
const russia = country("ru", "روسيا", "الروسي");
const ministry = org("min", "وزارة الصحة");
const authority = { ...org("auth", "هيئة مكافحة الفساد الأردنية"), properties: { country: "country:JO" } };

const cases: RelationCase[] = [
  {
    family: "مستشار الرئيس Y X: the adviser is a member of the state, not its president",
    text: "وقال مستشار الرئيس اليمني سعيد الحربي إن الوضع مستقر.",
    cast: [aide, yemen],
    present: ["p MEMBER_OF ye"],
    absent: ["p LEADS ye"],
  },
  {
    family: "المستشار العسكري للرئيس Y X: adjectives and ل between",
    text: "ونفى المستشار العسكري للرئيس اليمني سعيد الحربي وجود أي تسرب للأسلحة.",
    cast: [aide, yemen],
    present: ["p MEMBER_OF ye"],
    absent: ["p LEADS ye"],
  },
  {
    family: "المتحدث باسم الرئيس Y X and مبعوث الرئيس Y X",
    text: "وقال المتحدث باسم الرئيس الروسي سعيد الحربي إن الزيارة ناجحة.",
    cast: [aide, russia],
    present: ["p MEMBER_OF ru"],
    absent: ["p LEADS ru"],
  },
  {
    family: "مدير مكتب معالي وزير Y X: the office director is a member of the ministry",
    text: "افتتحت وزارة الصحة المعرض. وحضر الحفل مدير مكتب معالي وزير الصحة سعيد الحربي.",
    cast: [aide, ministry],
    present: ["p MEMBER_OF min"],
    absent: ["p LEADS min"],
  },
  {
    family: "the president himself still leads",
    text: "وقال الرئيس اليمني سعيد الحربي إن الوضع مستقر.",
    cast: [aide, yemen],
    present: ["p LEADS ye"],
  },
  {
    family: "X مدير هيئة Y للعمليات الخاصة: a portfolio after the body makes a member",
    text: "وكان سعيد الحربي مدير هيئة مكافحة الفساد الأردنية للعمليات الخاصة قد نقل أمس إلى مكتب آخر.",
    cast: [aide, authority],
    present: ["p MEMBER_OF auth"],
    absent: ["p LEADS auth"],
  },
  {
    family: "X مدير هيئة Y with no portfolio still heads it",
    text: "وكان سعيد الحربي مدير هيئة مكافحة الفساد الأردنية قد نقل أمس إلى مكتب آخر.",
    cast: [aide, authority],
    present: ["p LEADS auth"],
  },
  {
    family: 'X المتحدث الرسمي باسم "Y": a quoted body right after the title',
    text: 'وكشف سعيد الحربي المتحدث الرسمي باسم "وزارة الصحة" أن العمل مستمر.',
    cast: [aide, ministry],
    present: ["p MEMBER_OF min"],
  },
];

describe("members and heads, round 38", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));

  it("the staff role names the office served", () => {
    const text = "وقال مستشار الرئيس اليمني سعيد الحربي إن الوضع مستقر.";
    const { relations } = relate(article(text, [aide, yemen]));
    const r = relations.find((x) => x.source === "p" && x.target === "ye");
    expect(r?.properties?.role).toBe("adviser to the president");
  });
});

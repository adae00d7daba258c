import { describe, it } from "vitest";
import { checkRelationCase, type FixtureEntity, type RelationCase } from "./fixture.js";

// Issue 14, round 9: MEMBER_OF families — the title of a unit (فرع، قسم، مكتب) of an organisation
// named before by its head noun (الناطق الإعلامي بفرع الهيئة X). Sentences and names written for
// these tests, not taken from any corpus.
const person = (id: string, ...forms: string[]): FixtureEntity => ({ id, type: "Person", forms });
const org = (id: string, ...forms: string[]): FixtureEntity => ({ id, type: "Organization", forms });
const place = (id: string, ...forms: string[]): FixtureEntity => ({ id, type: "Location", forms });

const cases: RelationCase[] = [
  {
    family: "MEMBER_OF: الناطق الإعلامي بفرع الهيئة بمنطقة Y X (a unit of the body named by its head noun)",
    text:
      "وباشرت فرق هيئة الهلال الأحمر بمنطقة تبوك عشرات الحوادث. " +
      "وأوضح الناطق الإعلامي بفرع الهيئة بتبوك سعد المطيري أن الفرق نقلت المصابين.",
    cast: [org("src", "الهلال الأحمر"), place("tabuk", "منطقة تبوك", "تبوك"), person("saad", "سعد المطيري")],
    present: ["saad MEMBER_OF src"],
    absent: ["saad LEADS src"],
  },
  {
    family: "MEMBER_OF: مدير عام فرع الوزارة بمنطقة Y X (the branch is in Y, the ministry is not)",
    text:
      "وأطلقت وزارة العمل برنامجا جديدا للتوظيف. " +
      "وقال مدير عام فرع الوزارة بمنطقة القصيم ماجد العتيبي إن البرنامج يبدأ الأسبوع المقبل.",
    cast: [org("mol", "وزارة العمل"), place("qassim", "منطقة القصيم"), person("majed", "ماجد العتيبي")],
    present: ["majed MEMBER_OF mol"],
    absent: ["majed LEADS mol", "mol LOCATED_IN qassim"],
  },
  {
    family: "MEMBER_OF: رئيس قسم العلاقات بالجامعة X (ب on the head noun)",
    text:
      "وافتتحت جامعة الملك فيصل معرضا للكتاب. " +
      "وقال رئيس قسم العلاقات العامة بالجامعة فهد الشمري إن المعرض يستمر أسبوعا.",
    cast: [org("kfu", "جامعة الملك فيصل"), person("fahd", "فهد الشمري")],
    present: ["fahd MEMBER_OF kfu"],
    absent: ["fahd LEADS kfu"],
  },
  {
    family: "LEADS unchanged: رئيس الهيئة X and المتحدث الرسمي للهيئة X",
    text:
      "وأصدرت هيئة الطيران المدني تعليمات جديدة. " +
      "وقال رئيس الهيئة خالد الحربي إن التعليمات تسري فورا. " +
      "وأضاف المتحدث الرسمي للهيئة نايف الزهراني أن المطارات جاهزة.",
    cast: [
      org("gaca", "هيئة الطيران المدني"),
      person("khaled", "خالد الحربي"),
      person("nayef", "نايف الزهراني"),
    ],
    present: ["khaled LEADS gaca", "nayef MEMBER_OF gaca"],
    absent: ["nayef LEADS gaca"],
  },
];

describe("MEMBER_OF families, round 9", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

import { describe, it } from "vitest";
import { checkSpeakerCase, country, org, person, type SpeakerCase } from "./fixture.js";

// Speaker families of the twenty-first round. Sentences written for these tests.
const fahd = person("fahd", "فهد العتيبي", "العتيبي");
const sami = person("sami", "سامي الدوسري", "الدوسري");
const iraq = country("iraq", "العراق", "العراقي", "العراقية");
const firm = org("firm", "شركة النخيل للأغذية");

const cases: SpeakerCase[] = [
  {
    family: "وحث معاليه ... . وقال: a sentence opened on an honorific pronoun leads the next elided verb",
    text: "افتتح فهد العتيبي المعرض. وحث معاليه الموظفين على العمل. وقال في كلمة ألقاها «نحن فخورون بهذا العمل».",
    cast: [fahd],
    expected: [["fahd", "نحن فخورون"]],
  },
  {
    family: "وأوضح معالي وزير X أن: an honorific before a bare title",
    text: "حضر وزير الصحة فهد العتيبي الحفل. وأوضح معالي وزير الصحة أن المستشفيات جاهزة.",
    cast: [fahd],
    expected: [["fahd", "المستشفيات جاهزة"]],
  },
  {
    family: "وأضاف رئيس الجالية العراقية: the title the article wrote right after the name",
    text: 'زار فهد العتيبي رئيس الجالية العراقية المدرسة. وأضاف رئيس الجالية العراقية "نشكر كل من ساعدنا".',
    cast: [fahd, iraq],
    expected: [["fahd", "نشكر كل من ساعدنا"]],
  },
  {
    family: "وأكد المستشار العسكري العراقي أن: the title without its nisba, written after the name",
    text: "التقى فهد العتيبي المستشار العسكري للرئيس العراقي بالوفد. وأكد المستشار العسكري العراقي أن الوضع مستقر.",
    cast: [fahd, iraq],
    expected: [["fahd", "الوضع مستقر"]],
  },
  {
    family: "two persons written with the same title: the bare title is neither",
    text: "حضر رئيس الجالية العراقية فهد العتيبي ورئيس الجالية العراقية سامي الدوسري. وأضاف رئيس الجالية العراقية أن العمل مستمر.",
    cast: [fahd, sami, iraq],
    expected: [],
  },
  {
    family: "واستدرك X: a reservation added after the name, colon first",
    text: "قال فهد العتيبي إن السوق مستقرة. واستدرك العتيبي: رغم ذلك فإن الحذر واجب.",
    cast: [fahd],
    expected: [
      ["fahd", "السوق مستقرة"],
      ["fahd", "رغم ذلك"],
    ],
  },
  {
    family: "حققت الشركة X أرباحاً وقالت إنها: an elided verb continues the body after the opening verb",
    text: "حققت شركة النخيل للأغذية أرباحا كبيرة هذا العام وقالت إنها ستوزع جزءا منها على المساهمين.",
    cast: [firm],
    expected: [["firm", "ستوزع جزءا"]],
  },
  {
    family: "a body behind a preposition opens no elided verb",
    text: "زار الوفد مقر شركة النخيل للأغذية أمس وقال إن الزيارة ناجحة.",
    cast: [firm],
    expected: [],
  },
];

describe("speaker families, round 21", () => {
  for (const c of cases) it(c.family, () => checkSpeakerCase(c));
});

import { describe, it } from "vitest";
import { checkRelationCase, type RelationCase, org, city, place, country } from "./fixture.js";

// Issue 14, places and parts, round 40. Sentences written for these tests.
const egypt = country("country:EG", "مصر", "المصرية");
const austria = country("country:AT", "النمسا", "النمساوية");
const syria = country("country:SY", "سوريا", "السورية");

const cases: RelationCase[] = [
  {
    family: "«بمقر الوزارة في Y»: the one ministry of the article is seated in Y",
    text: "نظمت وزارة النقل أمس لقاء للموظفين، وذلك بمقر الوزارة في القاهرة.",
    cast: [org("m", "وزارة النقل"), city("c", "القاهرة")],
    present: ["m LOCATED_IN c"],
  },
  {
    family: "«بمقر الهيئة بY» with ب on the town",
    text: "عقدت هيئة الطيران المدني اجتماعها الدوري بمقر الهيئة بجدة.",
    cast: [org("h", "هيئة الطيران المدني"), city("j", "جدة")],
    present: ["h LOCATED_IN j"],
  },
  {
    family: "two ministries named: the head refers to neither",
    text: "التقى وزير النقل بوزير المالية في وزارة المالية، ثم عاد إلى مقر الوزارة في القاهرة. وقالت وزارة النقل إن اللقاء مثمر.",
    cast: [org("m", "وزارة النقل"), org("f", "وزارة المالية"), city("c", "القاهرة")],
    present: [],
    absent: ["m LOCATED_IN c", "f LOCATED_IN c"],
  },
  {
    family: "«X مركز محافظة Y»: a town that is a governorate's seat is in it",
    text: "وسيطرت القوات على حي السلام الواقع شرقي بعقوبة مركز محافظة ديالى.",
    cast: [city("b", "بعقوبة"), place("d", "محافظة ديالى"), place("s", "حي السلام")],
    present: ["b LOCATED_IN d"],
  },
  {
    family: "«X، عاصمة إقليم Y» over a comma",
    text: "ووصل الوفد إلى أربيل، عاصمة إقليم كردستان، صباح اليوم.",
    cast: [city("e", "أربيل"), place("k", "إقليم كردستان")],
    present: ["e LOCATED_IN k"],
  },
  {
    family: "a town «في مدينة X في Y» is in the country",
    text: "وبدأ الفريق معسكره الإعدادي في مدينة زالفلدن في النمسا أمس.",
    cast: [city("z", "زالفلدن"), austria],
    present: ["z LOCATED_IN country:AT"],
  },
  {
    family: "a centre named after a town is no seat of the town (مركز X is a name)",
    text: "وافتتح المحافظ مركز الملك فهد الثقافي في أسوان جنوب مصر.",
    cast: [org("o", "مركز الملك فهد الثقافي"), city("a", "أسوان"), egypt],
    present: [],
    absent: ["a LOCATED_IN o"],
  },
  {
    family: "a newspaper named head + town is titled there, not seated by its name",
    text: "ونشرت صحيفة المنامة تقريرا عن الموسم، وقالت إن المبيعات زادت في المنامة.",
    cast: [org("n", "صحيفة المنامة"), city("m", "المنامة")],
    present: [],
    absent: ["n LOCATED_IN m"],
  },
  {
    family: "a police named head + region still sits there",
    text: "وأعلنت شرطة منطقة الجوف القبض على المتهم.",
    cast: [org("p", "شرطة منطقة الجوف"), place("j", "منطقة الجوف")],
    present: ["p LOCATED_IN j"],
  },
  {
    family: "a town's apposition by its head (المدينة الحدودية) before «شمال Y»",
    text: "وتجمع النازحون في بلدة تل أبيض المدينة الحدودية شمال سوريا أمس.",
    cast: [city("t", "تل أبيض"), syria],
    present: ["t LOCATED_IN country:SY"],
  },
  {
    family: "a town's second name in parentheses before «شمال Y»",
    text: "وتجمع النازحون في بلدة تل أبيض (كري سبي) شمال سوريا أمس.",
    cast: [city("t", "تل أبيض", "كري سبي"), syria],
    present: ["t LOCATED_IN country:SY"],
  },
  {
    family: "another place in parentheses is no second name",
    text: "وتجمع النازحون في بلدة تل أبيض (الرقة) شمال سوريا أمس.",
    cast: [city("t", "تل أبيض"), place("r", "الرقة"), syria],
    present: [],
    absent: ["t LOCATED_IN country:SY"],
  },
];

describe("relations: places and parts, round 40", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

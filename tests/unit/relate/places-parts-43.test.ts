import { describe, it } from "vitest";
import { checkRelationCase, type RelationCase, org, city, place, country } from "./fixture.js";

// Issue 14, places and parts, round 43. Sentences written for these tests.
const saudi = country("country:SA", "السعودية", "السعودية");
const qatar = country("country:QA", "قطر", "القطرية");

const cases: RelationCase[] = [
  {
    family: "a town is never inside a district: «في X في حي Y» is the event's place twice",
    text: "وأقيم الحفل مساء أمس في الدمام في حي الشاطئ بحضور المسؤولين.",
    cast: [city("d", "الدمام"), place("h", "حي الشاطئ")],
    present: [],
    absent: ["d LOCATED_IN h"],
  },
  {
    family: "a town before «بحي Y» is not in the district",
    text: "ووقع الحادث في جدة بحي الروضة صباح اليوم.",
    cast: [city("j", "جدة"), place("r", "حي الروضة")],
    present: [],
    absent: ["j LOCATED_IN r"],
  },
  {
    family: "a district in its town still holds (the size order kept)",
    text: "ووقع الحادث في حي الروضة بجدة صباح اليوم.",
    cast: [city("j", "جدة"), place("r", "حي الروضة")],
    present: ["r LOCATED_IN j"],
  },
  {
    family: "a region is not inside a town",
    text: "وتشهد منطقة مكة المكرمة في الطائف أمطارا غزيرة.",
    cast: [place("m", "منطقة مكة المكرمة"), city("t", "الطائف")],
    present: [],
    absent: ["m LOCATED_IN t"],
  },
  {
    family: "an institute named for a sea is not in the sea",
    text: "وقال معهد شرق البحر المتوسط للدراسات إن الأزمة تتفاقم.",
    cast: [org("i", "معهد شرق البحر المتوسط للدراسات"), place("s", "البحر المتوسط")],
    present: [],
    absent: ["i LOCATED_IN s"],
  },
  {
    family: "a centre named for the Gulf is not in the Gulf",
    text: "وأصدر مركز الخليج للأبحاث تقريرا جديدا عن الطاقة.",
    cast: [org("g", "مركز الخليج للأبحاث"), place("k", "الخليج")],
    present: [],
    absent: ["g LOCATED_IN k"],
  },
  {
    family: "a body «في» a sea is not seated there",
    text: "وأعلنت هيئة الموانئ في البحر الأحمر عن خطة جديدة.",
    cast: [org("p", "هيئة الموانئ"), place("s", "البحر الأحمر")],
    present: [],
    absent: ["p LOCATED_IN s"],
  },
  {
    family: "a university named for its town is still there",
    text: "وأعلنت جامعة الطائف قبول الطلاب الجدد.",
    cast: [org("u", "جامعة الطائف"), city("t", "الطائف")],
    present: ["u LOCATED_IN t"],
  },
  {
    family: "a country is never LOCATED_IN a region",
    text: "وتعد قطر في منطقة الخليج من أكبر مصدري الغاز.",
    cast: [qatar, place("g", "منطقة الخليج")],
    present: [],
    absent: ["country:QA LOCATED_IN g"],
  },
  {
    family: "a town in its country still holds",
    text: "ووصل الوفد إلى مدينة الدوحة في قطر أمس.",
    cast: [city("d", "الدوحة"), qatar],
    present: ["d LOCATED_IN country:QA"],
  },
  {
    family: "a body in the hall where it held an event is not seated there",
    text: "ونظمت جمعية البر الخيرية حفلها السنوي في قاعة الملك فهد بالرياض.",
    cast: [org("b", "جمعية البر الخيرية"), place("q", "قاعة الملك فهد"), city("r", "الرياض"), saudi],
    present: [],
    absent: ["b LOCATED_IN q"],
  },
  {
    family: "a body that «يقع مقرها» in a park by a verb is still not seated in the venue",
    text: "ونظمت أمانة منطقة حائل مهرجانها في منتزه المغواة، وتقع الأمانة في منتزه المغواة.",
    cast: [org("a", "أمانة منطقة حائل"), place("p", "منتزه المغواة")],
    present: [],
    absent: ["a LOCATED_IN p"],
  },
  {
    family: "a village in its governorate still holds",
    text: "وتقع قرية الشفا في محافظة الطائف جنوب المدينة.",
    cast: [city("s", "قرية الشفا"), place("t", "محافظة الطائف")],
    present: ["s LOCATED_IN t"],
  },
];

describe("relations: places and parts, round 43", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

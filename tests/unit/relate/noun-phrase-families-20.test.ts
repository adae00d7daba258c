import { describe, it } from "vitest";
import { checkRelationCase, type RelationCase, person, org, place, city } from "./fixture.js";

// Issue 14, noun-phrase relations round 20. Sentences written for these tests.
const defence = org("defence", "الدفاع المدني");
const crescent = org("crescent", "هيئة الهلال الأحمر", "الهلال الأحمر");
const heritage = org("heritage", "هيئة الآثار والتراث الوطني");
const police = org("police", "شرطة منطقة الباحة");
const hail = place("hail", "منطقة حائل");
const baha = place("baha", "منطقة الباحة");
const ula = place("ula", "محافظة العلا");
const abha = city("abha", "أبها");
const omar = person("omar", "عمر الشهري");
const saleh = person("saleh", "صالح الزهراني");

const cases: RelationCase[] = [
  {
    family: "الدفاع المدني بـY: a national service is not placed in its branch's town",
    text: "وباشرت فرق الدفاع المدني بأبها حريقا في مستودع.",
    cast: [defence, abha],
    present: [],
    absent: ["defence LOCATED_IN abha"],
  },
  {
    family: "هيئة الهلال الأحمر بمنطقة Y: nor the Red Crescent in its branch's region",
    text: "ونقلت هيئة الهلال الأحمر بمنطقة حائل المصابين إلى المستشفى.",
    cast: [crescent, hail],
    present: [],
    absent: ["crescent LOCATED_IN hail"],
  },
  {
    family: "in a title too: the civil defence's office behind ب is a branch",
    text: "وأوضح مدير الدفاع المدني بمنطقة حائل العقيد عمر الشهري أن الفرق جاهزة.",
    cast: [defence, hail, omar],
    present: ["omar MEMBER_OF defence"],
    absent: ["defence LOCATED_IN hail", "omar LEADS defence"],
  },
  {
    family: "the director of a national body's branch in a governorate is a member, not its head",
    text: "وقال مدير هيئة الآثار والتراث الوطني في محافظة العلا صالح الزهراني إن الموقع سيفتتح قريبا.",
    cast: [heritage, ula, saleh],
    present: ["saleh MEMBER_OF heritage"],
    absent: ["saleh LEADS heritage", "heritage LOCATED_IN ula"],
  },
  {
    family: "the body's own head, with no branch place, still leads it",
    text: "وقال رئيس هيئة الآثار والتراث الوطني صالح الزهراني إن الموقع سيفتتح قريبا.",
    cast: [heritage, saleh],
    present: ["saleh LEADS heritage"],
  },
  {
    family: "a regional body named with its place keeps its head",
    text: "وقال مدير شرطة منطقة الباحة اللواء عمر الشهري إن الأمن مستتب.",
    cast: [police, baha, omar],
    present: ["omar LEADS police"],
  },
];

describe("noun-phrase relations, round 20", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

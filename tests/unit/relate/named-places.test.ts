import { describe, it } from "vitest";
import { checkRelationCase, type FixtureEntity, type RelationCase, org, city } from "./fixture.js";

// Issue 14: a name that contains its place (كورنيش X، مطار منطقة X، شرطة محافظة X، المحكمة
// الجزائية بـX) is LOCATED_IN that place when the article names it. Sentences written for these
// tests, not taken from any corpus.
const loc = (id: string, ...forms: string[]): FixtureEntity => ({ id, type: "Location", forms });

const cases: RelationCase[] = [
  {
    family: "a landmark named with its city",
    text: "وتجمع المتنزهون على كورنيش الدمام مساء أمس. وتقع الدمام على الخليج.",
    cast: [loc("corniche", "كورنيش الدمام"), city("dammam", "الدمام")],
    present: ["corniche LOCATED_IN dammam"],
  },
  {
    family: "an airport named with its region: the longest place wins",
    text: "ووصل الوفد إلى مطار منطقة تبوك. وتشهد منطقة تبوك أمطارا غزيرة في تبوك وضواحيها.",
    cast: [loc("airport", "مطار منطقة تبوك"), loc("region", "منطقة تبوك"), city("tabuk", "تبوك")],
    present: ["airport LOCATED_IN region"],
    absent: ["airport LOCATED_IN tabuk"],
  },
  {
    family: "an office with ب and its city inside the name",
    text: "وقضت المحكمة الجزائية بالخبر بسجن المتهم. وتقع الخبر شرق البلاد.",
    cast: [org("court", "المحكمة الجزائية بالخبر"), city("khobar", "الخبر")],
    present: ["court LOCATED_IN khobar"],
  },
  {
    family: "a region named with its head noun is not inside its own town",
    text: "وتعقد منطقة حائل اجتماعا في مدينة حائل.",
    cast: [loc("region", "منطقة حائل"), city("hail", "حائل")],
    present: [],
    absent: ["region LOCATED_IN hail"],
  },
  {
    family: "the body that governs a region is not placed in it by its name",
    text: "وأعلنت إمارة منطقة جازان بدء المهرجان. وتقع منطقة جازان جنوب المملكة.",
    cast: [org("emirate", "إمارة منطقة جازان"), loc("region", "منطقة جازان")],
    present: [],
    absent: ["emirate LOCATED_IN region"],
  },
  {
    family: "a genitive ل names a membership, not a seat (مجلس التعاون لدول الخليج)",
    text: "وأكد مجلس التعاون لدول الخليج موقفه من أزمة الخليج.",
    cast: [org("gcc", "مجلس التعاون لدول الخليج"), loc("gulf", "الخليج")],
    present: [],
    absent: ["gcc LOCATED_IN gulf"],
  },
  {
    family: "media named after a city are not placed by their name",
    text: "وذكرت صحيفة الرياض أن الأمطار تتواصل في الرياض.",
    cast: [
      { id: "paper", type: "Organization", forms: ["صحيفة الرياض"], properties: { kind: "newspaper" } },
      city("riyadh", "الرياض"),
    ],
    present: [],
    absent: ["paper LOCATED_IN riyadh"],
  },
];

describe("relate: places inside names", () => {
  it.each(cases)("$family", (c) => checkRelationCase(c));
});

import { describe, it } from "vitest";
import {
  checkRelationCase,
  type FixtureEntity,
  type RelationCase,
  person,
  org,
  city,
  country,
} from "./fixture.js";

// Issue 14, round 12 (noun phrases): a national body behind its branch's place, a nationality
// before a name, a private society's nisba, a conjoined sports title after a possessive one, and
// ب + a city that is also a governorate's name. Sentences and names written for these tests, not
// taken from any corpus.
const loc = (id: string, ...forms: string[]): FixtureEntity => ({ id, type: "Location", forms });

const cases: RelationCase[] = [
  {
    family: "a national ministry behind ب + a region is its branch there, not the ministry",
    text: "وأعلنت وزارة الزراعة بالمنطقة الشمالية عن حملة لمكافحة الجراد.",
    cast: [org("agri", "وزارة الزراعة"), loc("north", "المنطقة الشمالية")],
    present: [],
    absent: ["agri LOCATED_IN north"],
  },
  {
    family: "a branch of a national ministry in a city: the ministry is not there",
    text: "وافتتح فرع وزارة العمل في تبوك مكتبا جديدا للخدمات.",
    cast: [org("labor", "وزارة العمل"), city("tabuk", "تبوك")],
    present: [],
    absent: ["labor LOCATED_IN tabuk"],
  },
  {
    family: "a national company behind ب + a city is its branch there",
    text: "وقالت شركة الكهرباء الوطنية بالطائف إن الانقطاع سيستمر ساعتين.",
    cast: [org("power", "شركة الكهرباء الوطنية"), city("taif", "الطائف")],
    present: [],
    absent: ["power LOCATED_IN taif"],
  },
  {
    family: "a directorate named with its place is still there",
    text: "وأوضحت الإدارة العامة للتعليم بالطائف أن الدراسة تبدأ الأحد.",
    cast: [org("edu", "الإدارة العامة للتعليم"), city("taif", "الطائف")],
    present: ["edu LOCATED_IN taif"],
  },
  {
    family: "a hospital behind ب + a city is there",
    text: "ونقل المصابون إلى مستشفى الملك فهد بالطائف لتلقي العلاج.",
    cast: [org("hosp", "مستشفى الملك فهد"), city("taif", "الطائف")],
    present: ["hosp LOCATED_IN taif"],
  },
  {
    family: "a nationality adjective before a name is not membership",
    text: "وتوج الشيخ القطري حمد بن سالم الكعبي بلقب البطولة.",
    cast: [person("hamad", "حمد بن سالم الكعبي"), country("qa", "قطر", "القطري")],
    present: [],
    absent: ["hamad MEMBER_OF qa"],
  },
  {
    family: "a private charity is not part of its country by a nisba",
    text: "ووزعت الجمعية الخيرية الكويتية سلالا غذائية على الأسر.",
    cast: [org("charity", "الجمعية الخيرية"), country("kw", "الكويت", "الكويتية")],
    present: [],
    absent: ["charity PART_OF kw"],
  },
  {
    family: "a society named with a nisba is not part of the state",
    text: "ونظمت جمعية المهندسين الأردنية معرضا للمشاريع.",
    cast: [org("eng", "جمعية المهندسين"), country("jo", "الأردن", "الأردنية")],
    present: [],
    absent: ["eng PART_OF jo"],
  },
  {
    family: "a state body with a nisba is still part of its country",
    text: "وأعلنت وزارة الداخلية الكويتية عن ضبط الشحنة.",
    cast: [org("moi", "وزارة الداخلية"), country("kw", "الكويت", "الكويتية")],
    present: ["moi PART_OF kw"],
  },
  {
    family: "a conjoined title after a possessive title: both the club's players",
    text: "وخسر نادي الفيصلي جهود مهاجمه ماجد العتيبي ولاعب الوسط سالم الحربي للإصابة.",
    cast: [org("faisaly", "نادي الفيصلي"), person("majed", "ماجد العتيبي"), person("salem", "سالم الحربي")],
    present: ["majed MEMBER_OF faisaly", "salem MEMBER_OF faisaly"],
  },
];

describe("noun-phrase facts, round 12", () => {
  it.each(cases)("$family", (c) => checkRelationCase(c));
});

describe("ب + a city that is also a governorate's name", () => {
  it("a name holding بالخبر is in the city, not the governorate", () =>
    checkRelationCase({
      family: "city over governorate",
      text: "وأصدرت المحكمة الإدارية بالخبر حكمها، فيما تتبع الخبر محافظة الخبر إداريا.",
      cast: [
        org("court", "المحكمة الإدارية بالخبر"),
        city("khobar", "الخبر"),
        loc("gov", "محافظة الخبر", "الخبر"),
      ],
      present: ["court LOCATED_IN khobar"],
      absent: ["court LOCATED_IN gov"],
    }));
});

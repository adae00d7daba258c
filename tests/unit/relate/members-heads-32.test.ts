import { describe, expect, it } from "vitest";
import {
  checkRelationCase,
  type RelationCase,
  article,
  cast,
  country,
  org,
  person,
  triples,
} from "./fixture.js";
import { relate } from "../../../ingest/relate/index.js";

// Issue 14, members and heads, round 32. Sentences written for these tests.
const official = person("p", "سامي العلي");
const other = person("q", "خالد الحربي");
const aviation = org("body", "هيئة الطيران المدني");
const court = org("court", "الديوان الملكي");
const centre = org("centre", "مركز الملك فهد للإغاثة");
const company = { ...org("co", "شركة النخيل للبتروكيماويات", "النخيل"), properties: { kind: "company" } };
const emirates = country("ae", "الإمارات", "الإماراتي");
const pakistan = country("pk", "باكستان");
const egypt = cast("eg");

const ranks: RelationCase[] = [
  {
    family: "a rank of three words between the title and the name (الفريق أول ركن)",
    text: "وقال رئيس هيئة الطيران المدني الفريق أول ركن سامي العلي إن الرحلات مستمرة.",
    cast: [aviation, official],
    present: ["p LEADS body"],
  },
  {
    family: "a rank of two words between the title and the name (العميد البحري)",
    text: "وأوضح رئيس هيئة الطيران المدني العميد البحري سامي العلي أن الرحلات مستمرة.",
    cast: [aviation, official],
    present: ["p LEADS body"],
  },
];

const guard = org("guard", "حرس الحدود");
const saudi = cast("sa");

const commands: RelationCase[] = [
  {
    family: "بقيادة between a title and a force: the force is the complement",
    text: "وأوضح الناطق الإعلامي بقيادة حرس الحدود المقدم البحري سامي العلي أن الدوريات مستمرة.",
    cast: [guard, official],
    present: ["p MEMBER_OF guard"],
  },
  {
    family: "بقيادة before a country (led by) gives the title no complement",
    text: "وقال المتحدث باسم التحالف بقيادة السعودية العميد سامي العلي إن العمليات مستمرة.",
    cast: [saudi, official],
    present: [],
    absent: ["p MEMBER_OF sa", "p LEADS sa"],
  },
];

describe("members and heads, round 32: the command of a force", () => {
  for (const c of commands) it(c.family, () => checkRelationCase(c));
});

describe("members and heads, round 32: ranks of several words", () => {
  for (const c of ranks) it(c.family, () => checkRelationCase(c));
});

const appositions: RelationCase[] = [
  {
    family: "the subject after its object (حضر اللقاء X): the nisba title after the name is his",
    text: "وحضر الاجتماع الشيخ سامي العلي وزير الخارجية الإماراتي.",
    cast: [official, emirates],
    present: ["p MEMBER_OF ae"],
  },
  {
    family: "a list item joined by و over an honorific after a comma keeps its own title",
    text: "وحضر الاجتماع خالد الحربي وزير الخارجية المصري، والشيخ سامي العلي وزير الخارجية الإماراتي.",
    cast: [official, other, emirates, egypt],
    present: ["q MEMBER_OF eg", "p MEMBER_OF ae"],
    absent: ["p MEMBER_OF eg", "q MEMBER_OF ae"],
  },
  {
    family: "بحضور X: the name is a genitive, so the nisba title after it is his",
    text: "وعقدت الندوة بحضور سامي العلي وزير المالية الإماراتي.",
    cast: [official, emirates],
    present: ["p MEMBER_OF ae"],
  },
  {
    family: "a word of time after the verb is no object: the title after the name may be the object",
    text: "واستقبل اليوم الأمير سامي العلي رئيس وزراء باكستان.",
    cast: [official, pakistan],
    present: [],
    absent: ["p LEADS pk", "p MEMBER_OF pk"],
  },
  {
    family: "right after the verb, a title after the subject's name opens the object",
    text: "واستقبل الأمير سامي العلي رئيس وزراء باكستان.",
    cast: [official, pakistan],
    present: [],
    absent: ["p LEADS pk", "p MEMBER_OF pk"],
  },
];

describe("members and heads, round 32: titles after the name", () => {
  for (const c of appositions) it(c.family, () => checkRelationCase(c));
});

const chains: RelationCase[] = [
  {
    family: "a title whose organisation ends right before the next title (no comma): both are his",
    text: "وشهد الحفل المستشار بالديوان الملكي المشرف العام على مركز الملك فهد للإغاثة الدكتور سامي العلي.",
    cast: [court, centre, official],
    present: ["p MEMBER_OF court", "p LEADS centre"],
  },
  {
    family: "right after a verb, the first title may be the subject's: no chain without a comma",
    text: "واستقبل المستشار بالديوان الملكي المشرف العام على مركز الملك فهد للإغاثة سامي العلي.",
    cast: [court, centre, official],
    present: ["p LEADS centre"],
    absent: ["p MEMBER_OF court"],
  },
  {
    family: "an adviser of a minister is not read as a chain",
    text: "وقال مستشار وزير الداخلية للشؤون الأمنية سامي العلي إن العمل مستمر.",
    cast: [official],
    present: [],
  },
];

describe("members and heads, round 32: chains of titles", () => {
  for (const c of chains) it(c.family, () => checkRelationCase(c));
  it("نائب رئيس مجلس الإدارة then الرئيس التنفيذي للشركة: the company named before", () => {
    const text =
      "وأعلنت شركة النخيل للبتروكيماويات نتائجها. وعقدت مؤتمرا صحفيا بحضور سامي العلي نائب رئيس مجلس الإدارة الرئيس التنفيذي للشركة.";
    const got = triples(relate(article(text, [company, official])).relations);
    expect(got).toContain("p LEADS co");
  });
});

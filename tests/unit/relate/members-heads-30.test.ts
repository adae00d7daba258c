import { describe, expect, it } from "vitest";
import { checkRelationCase, type RelationCase, country, person, org } from "./fixture.js";

// Issue 14, members and heads, round 30. Sentences written for these tests.
const official = person("p", "سامي العلي");
const other = person("q", "خالد الحربي");
const prisons = org("dg", "المديرية العامة للسجون");
const club = { ...org("club", "النصر", "نادي النصر"), properties: { kind: "club" } };
const rival = { ...org("rival", "الوحدة", "نادي الوحدة"), properties: { kind: "club" } };
const army = org("army", "الجيش الوطني");
const tunisia = country("tn", "تونس", "التونسي");

const cases: RelationCase[] = [
  {
    family: "مساعد مدير عام + field + portfolio belongs to the directorate general",
    text: "وترأس مساعد مدير عام السجون للتخطيط والتطوير العميد سامي العلي الجلسة الأولى. وتنظم المديرية العامة للسجون الملتقى سنوياً.",
    cast: [prisons, official],
    present: ["p MEMBER_OF dg"],
    absent: ["p LEADS dg"],
  },
  {
    family: "مدير عام + field + portfolio holds a part of the directorate: a member",
    text: "وتنظم المديرية العامة للسجون الملتقى سنوياً. وقال مدير عام السجون للعمليات والتدريب سامي العلي إن البرامج مستمرة.",
    cast: [prisons, official],
    present: ["p MEMBER_OF dg"],
    absent: ["p LEADS dg"],
  },
  {
    family: "نائب مدير عام + field belongs to the directorate general",
    text: "وتنظم المديرية العامة للسجون الملتقى سنوياً. وقال نائب مدير عام السجون اللواء سامي العلي إن البرامج مستمرة.",
    cast: [prisons, official],
    present: ["p MEMBER_OF dg"],
    absent: ["p LEADS dg"],
  },
  {
    family: "the captain of a club is a member of it",
    text: "وغاب قائد النصر سامي العلي عن التدريبات بسبب الإصابة.",
    cast: [club, official],
    present: ["p MEMBER_OF club"],
    absent: ["p LEADS club"],
  },
  {
    family: "قائد فريق + club is a member of it",
    text: "وغاب قائد فريق النصر سامي العلي عن التدريبات بسبب الإصابة.",
    cast: [club, official],
    present: ["p MEMBER_OF club"],
    absent: ["p LEADS club"],
  },
  {
    family: "a commander of an army still leads it",
    text: "وقال قائد الجيش الوطني سامي العلي إن القوات تقدمت.",
    cast: [army, official],
    present: ["p LEADS army"],
  },
  {
    family: "X قائد فريق النصر: the captain after the name is a member too",
    text: "وأكد سامي العلي قائد فريق النصر أن اللاعبين جاهزون.",
    cast: [club, official],
    present: ["p MEMBER_OF club"],
    absent: ["p LEADS club"],
  },
  {
    family: "a coach with a nisba after بقيادة, the article naming one club",
    text: "وعاد فريق نادي النصر من معسكره الخارجي. ويحصل اللاعبون على راحة ليوم واحد. وأكمل اللاعبون تدريباتهم بقيادة المدرب التونسي سامي العلي.",
    cast: [club, official, tunisia],
    present: ["p MEMBER_OF club"],
    absent: ["p MEMBER_OF tn"],
  },
  {
    family: "a coach far from the one club, in a sentence not about the team, is not placed",
    text: "وعاد فريق نادي النصر من معسكره الخارجي. ويحصل اللاعبون على راحة ليوم واحد. وحضر الحفل المدرب التونسي سامي العلي.",
    cast: [club, official, tunisia],
    present: [],
    absent: ["p MEMBER_OF club"],
  },
  {
    family: "الفريق before a name is a rank, not the team",
    text: "وعاد فريق نادي النصر من معسكره الخارجي. ويحصل اللاعبون على راحة ليوم واحد. واستقبل الفريق خالد الحربي المدرب التونسي سامي العلي.",
    cast: [club, official, other, tunisia],
    present: [],
    absent: ["p MEMBER_OF club"],
  },
  {
    family: "a coach of a match between two clubs is of neither",
    text: "ويلتقي النصر مع الوحدة غداً. وأكمل اللاعبون تدريباتهم بقيادة المدرب التونسي سامي العلي.",
    cast: [club, rival, official, tunisia],
    present: [],
    absent: ["p MEMBER_OF club", "p MEMBER_OF rival"],
  },
  {
    family: "a player named after اللاعب, the article naming one club",
    text: "وأعلن نادي النصر تجديد عقد اللاعب خالد الحربي لمدة موسمين.",
    cast: [club, other],
    present: ["q MEMBER_OF club"],
  },
];

describe("members and heads, round 30", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
  it("keeps the cases distinct", () => expect(new Set(cases.map((c) => c.text)).size).toBe(cases.length));
});

const saudi = country("sa2", "السعودية", "المملكة العربية السعودية");
const morocco = country("ma2", "المغرب");
const finance = person("f", "فهد السالم");
const hostMinister = person("h", "عمر البناني");

const entourage: RelationCase[] = [
  {
    family: "ministers in a king's entourage abroad are of the king's state",
    text: "ووصل خادم الحرمين الشريفين إلى المغرب. وقد وصل في معية خادم الحرمين الشريفين، الأمير سامي العلي، والدكتور فهد السالم وزير المالية، وعدد من المسؤولين.",
    cast: [saudi, morocco, official, finance],
    present: ["f MEMBER_OF sa2"],
    absent: ["f MEMBER_OF ma2"],
  },
  {
    family: "the host's minister in a reception sentence is not given the guest's state",
    text: "ووصل خادم الحرمين الشريفين إلى المغرب. وكان في استقباله الأمير سامي العلي، وعمر البناني وزير المالية، وعدد من المسؤولين.",
    cast: [saudi, morocco, official, hostMinister],
    present: [],
    absent: ["h MEMBER_OF sa2"],
  },
];

describe("members and heads, round 30: an entourage", () => {
  for (const c of entourage) it(c.family, () => checkRelationCase(c));
});

const office = org("office", "المكتب التعاوني للدعوة بحي الشمال");
const college = org("college", "كلية العلوم الإدارية");

const referred: RelationCase[] = [
  {
    family: "مدير المكتب X heads the office named before",
    text: "ونظم المكتب التعاوني للدعوة بحي الشمال دورة علمية. وأوضح مدير المكتب سامي العلي أن الدورة استمرت أسبوعاً.",
    cast: [office, official],
    present: ["p LEADS office"],
  },
  {
    family: "عميد الكلية X heads the college named before",
    text: "واحتفلت كلية العلوم الإدارية بتخريج طلابها. وقال عميد الكلية سامي العلي إن الدفعة متميزة.",
    cast: [college, official],
    present: ["p LEADS college"],
  },
];

describe("members and heads, round 30: a body named before by its head noun", () => {
  for (const c of referred) it(c.family, () => checkRelationCase(c));
});

import { describe, expect, it } from "vitest";
import { relate } from "../../../ingest/relate/index.js";
import { article, checkRelationCase, type RelationCase, person, org, country, place } from "./fixture.js";

// Issue 14, members and heads, round 26. Sentences written for these tests.
const official = person("p", "سامي العلي");
const kuwait = country("kw", "الكويت", "الكويتي");
const egypt = country("eg", "جمهورية مصر العربية", "مصر");
const bahrain = country("bh", "البحرين");
const tunisia = country("tn", "تونس", "التونسي");
const club = { ...org("club", "نادي الوحدة"), properties: { kind: "club" } };
const national = org("nt", "منتخب تونس");

const cases: RelationCase[] = [
  {
    family: "a body's head before its state behind في and the state's head noun",
    text: "وأدان رئيس مجلس الشورى في جمهورية مصر العربية سامي العلي الهجوم.",
    cast: [org("shura", "مجلس الشورى"), egypt, official],
    present: ["p LEADS shura", "shura PART_OF eg"],
  },
  {
    family: "the same with مملكة before the state",
    text: "وأدان رئيس مجلس النواب في مملكة البحرين سامي العلي الهجوم.",
    cast: [org("house", "مجلس النواب"), bahrain, official],
    present: ["p LEADS house"],
  },
  {
    family: "a state behind في with no body before it is no title's home",
    text: "وقال السفير في البحرين سامي العلي إن العلاقات قوية.",
    cast: [bahrain, official],
    present: [],
    absent: ["p LEADS bh", "p MEMBER_OF bh"],
  },
  {
    family: "the head of a branch whose own name carries its place heads the branch",
    text: "وقال مدير فرع مكتب التجارة بالخرج سامي العلي إن الحملة مستمرة.",
    cast: [org("office", "مكتب التجارة بالخرج"), official],
    present: ["p LEADS office"],
    absent: ["p MEMBER_OF office"],
  },
  {
    family: "the head of a national body's branch in a region is a member of the body",
    text: "وقال مدير فرع وزارة التجارة بمنطقة القصيم سامي العلي إن الحملة مستمرة.",
    cast: [org("ministry", "وزارة التجارة"), place("qassim", "منطقة القصيم"), official],
    present: ["p MEMBER_OF ministry"],
    absent: ["p LEADS ministry"],
  },
  {
    family: "a title after a name after كان is the name's (a copula takes no object)",
    text: "وكان سامي العلي وزير النفط الكويتي توقع ارتفاع الأسعار.",
    cast: [kuwait, official],
    present: ["p MEMBER_OF kw"],
  },
  {
    family: "after a transitive verb a title after the subject's name may be its object",
    text: "واستقبل سامي العلي وزير النفط الكويتي أمس.",
    cast: [kuwait, official],
    present: [],
    absent: ["p MEMBER_OF kw"],
  },
  {
    family: "a club's management agreeing with a coach signs him, with no cooperation",
    text: "واتفقت إدارة نادي الوحدة مع المدرب التونسي سامي العلي لاعب منتخب تونس سابقا لقيادة الفريق.",
    cast: [club, tunisia, national, official],
    present: ["p MEMBER_OF club"],
    absent: ["club COOPERATES_WITH p"],
  },
  {
    family: "a ministry agreeing with a person signs no one",
    text: "واتفقت وزارة الرياضة مع سامي العلي على تنظيم البطولة.",
    cast: [org("sport", "وزارة الرياضة"), official],
    present: [],
    absent: ["p MEMBER_OF sport"],
  },
  {
    family: "المستشار at an office is an adviser there, not its head",
    text: "وقال المستشار بمكتب وزير الدفاع العميد سامي العلي إن العمليات مستمرة.",
    cast: [org("office", "مكتب وزير الدفاع"), official],
    present: ["p MEMBER_OF office"],
    absent: ["p LEADS office"],
  },
];

describe("relate: members and heads (issue 14, round 26)", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));

  it("names مدير عام a director general", () => {
    const text = "وقال مدير عام جمرك الميناء سامي العلي إن الشحنة ضبطت.";
    const { relations } = relate(article(text, [org("customs", "جمرك الميناء"), official]));
    const lead = relations.find((r) => r.type === "LEADS" && r.target === "customs");
    expect(lead?.properties.role).toBe("director general");
  });

  it("names a coach signed by a verb a coach, not a player", () => {
    const text = "واتفقت إدارة نادي الوحدة مع المدرب التونسي سامي العلي لقيادة الفريق.";
    const { relations } = relate(article(text, [club, tunisia, national, official]));
    const signed = relations.find((r) => r.type === "MEMBER_OF" && r.target === "club");
    expect(signed?.properties.role).toMatch(/^coach$/i);
  });

  it("keeps a plain مدير a director", () => {
    const text = "وقال مدير جمرك الميناء سامي العلي إن الشحنة ضبطت.";
    const { relations } = relate(article(text, [org("customs", "جمرك الميناء"), official]));
    const lead = relations.find((r) => r.type === "LEADS" && r.target === "customs");
    expect(lead?.properties.role).toBe("director");
  });
});

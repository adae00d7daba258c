import { describe, expect, it } from "vitest";
import { relate } from "../../../ingest/relate/index.js";
import { article, checkRelationCase, type RelationCase, person, org, place, country } from "./fixture.js";

// Issue 14, members and heads, round 27. Sentences written for these tests.
const official = person("p", "سامي العلي");
const other = person("q", "خالد الحربي");
const defence = org("cd", "الدفاع المدني", "للدفاع المدني");
const police = org("police", "شرطة منطقة الشمال");
const prisons = org("dg", "المديرية العامة للسجون");
const education = org("edu", "الإدارة العامة للتعليم بمنطقة الشمال");

const cases: RelationCase[] = [
  {
    family: "a name set off by commas after a title ending in بالإنابة is the title's",
    text: "وأكد المتحدث الإعلامي للدفاع المدني بالإنابة، سامي العلي، أن الحالة مستقرة.",
    cast: [defence, official],
    present: ["p MEMBER_OF cd"],
  },
  {
    family: "a name set off by commas after a title and its place is the title's",
    text: "وأكد المتحدث الإعلامي للدفاع المدني بمنطقة الشمال، سامي العلي، أن الحالة مستقرة.",
    cast: [defence, place("north", "منطقة الشمال"), official],
    present: ["p MEMBER_OF cd"],
  },
  {
    family: "a comma with no closing comma after the name still ends the title",
    text: "وأكد المتحدث الإعلامي للدفاع المدني بالإنابة، سامي العلي أن الحالة مستقرة.",
    cast: [defence, official],
    present: [],
    absent: ["p MEMBER_OF cd"],
  },
  {
    family: "a list item after a comma is not the title's (the next item opens with و)",
    text: "وحضر الحفل المتحدث الإعلامي للدفاع المدني، وسامي العلي، وعدد من المسؤولين.",
    cast: [defence, official],
    present: [],
    absent: ["p MEMBER_OF cd"],
  },
  {
    family: "الناطق الأمني is a spokesman of the body after it",
    text: "وقال الناطق الأمني بشرطة منطقة الشمال العقيد سامي العلي إن التحقيق جار.",
    cast: [police, official],
    present: ["p MEMBER_OF police"],
  },
  {
    family: "مدير عام + a field heads the directorate general of that field named later",
    text: "وعقد الاجتماع برئاسة مدير عام السجون اللواء سامي العلي. وأشاد الحضور بجهود المديرية العامة للسجون.",
    cast: [prisons, official],
    present: ["p LEADS dg"],
  },
  {
    family: "المدير العام + ل and the field heads the directorate general with its place",
    text: "وأوضح أن المدير العام للتعليم سامي العلي وجه بتسهيل المقابلات. وتشرف الإدارة العامة للتعليم بمنطقة الشمال على المدارس.",
    cast: [education, official],
    present: ["p LEADS edu"],
  },
  {
    family: "a director of another field is not the directorate's head",
    text: "وقال مدير عام الجمارك سامي العلي إن المديرية العامة للسجون تسلمت الموقوفين.",
    cast: [prisons, official],
    present: [],
    absent: ["p LEADS dg", "p MEMBER_OF dg"],
  },
  {
    family: "a unit's director in a governorate named by its head noun is no member of the place",
    text: "وزار المحافظ محافظة الوادي، وأوضح مدير الشؤون الصحية بالمحافظة سامي العلي أن الحالات مستقرة.",
    cast: [place("gov", "محافظة الوادي"), official],
    present: [],
    absent: ["p MEMBER_OF gov", "p LEADS gov"],
  },
  {
    family: "a unit's director of a ministry named by its head noun is still a member of it",
    text: "وأعلنت وزارة الصحة أن مدير العلاقات العامة بالوزارة سامي العلي تابع الحالات.",
    cast: [org("moh", "وزارة الصحة"), official],
    present: ["p MEMBER_OF moh"],
  },
  {
    family: "a name right after a comma in a list of receivers takes the state title after it",
    text: "وكان في استقبال الضيف لدى وصوله المطار، سامي العلي رئيس الحكومة الأردنية، وعدد من المسؤولين.",
    cast: [country("jo", "الأردن", "الأردنية"), official],
    present: ["p LEADS jo"],
  },
  {
    family: "a name right after a verb with no comma is still the subject (the title opens the object)",
    text: "واستقبل سامي العلي رئيس الحكومة الأردنية في مكتبه.",
    cast: [country("jo", "الأردن", "الأردنية"), official],
    present: [],
    absent: ["p LEADS jo"],
  },
  {
    family: "two titles joined by و, the second's body a pronoun (بها): the name holds the first",
    text: "ونفى المتحدث الرسمي لأمانة الوادي ومدير إدارة العلاقات بها سامي العلي صحة الخبر.",
    cast: [org("muni", "أمانة الوادي", "لأمانة الوادي"), org("rel", "إدارة العلاقات"), official],
    present: ["p MEMBER_OF muni"],
  },
  {
    family: "the same with a head's title first: the name heads the body",
    text: "وقال رئيس نادي الوحدة ومدير الكرة به سامي العلي إن الفريق جاهز.",
    cast: [org("club", "نادي الوحدة"), official],
    present: ["p LEADS club"],
  },
  {
    family: "a pronoun with no title joined by و before it gives the name nothing",
    text: "وقال رئيس نادي الوحدة إن الجماهير به سامي العلي فرحة.",
    cast: [org("club", "نادي الوحدة"), official],
    present: [],
    absent: ["p LEADS club", "p MEMBER_OF club"],
  },
  {
    family: "a head noun (المستشفى) after a place named inside a hospital's name is not the place",
    text: "واجتمع الأهالي في مستشفى الوادي العام. وقال مدير المستشفى سامي العلي إن الخدمات ستتحسن.",
    cast: [place("wadi", "الوادي"), official],
    present: [],
    absent: ["p LEADS wadi", "p MEMBER_OF wadi"],
  },
  {
    family: "a head noun still finds a place whose own name starts with it (أمير المنطقة)",
    text: "وزار الوفد منطقة الوادي. وقال أمير المنطقة سامي العلي إن المشاريع مستمرة.",
    cast: [place("wadi", "منطقة الوادي"), official],
    present: ["p LEADS wadi"],
  },
];

describe("relate: members and heads (issue 14, round 27)", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));

  it("names الناطق الأمني a security spokesman", () => {
    const text = "وقال الناطق الأمني بشرطة منطقة الشمال العقيد سامي العلي إن التحقيق جار.";
    const { relations } = relate(article(text, [police, official]));
    const member = relations.find((r) => r.type === "MEMBER_OF" && r.target === "police");
    expect(member?.properties.role).toBe("security spokesman");
  });

  it("leaves the second of two people after one title alone", () => {
    const text = "وقال مدير عام السجون سامي العلي وخالد الحربي إن المديرية العامة للسجون مستعدة.";
    const { relations } = relate(article(text, [prisons, official, other]));
    expect(relations.some((r) => r.source === "q" && r.target === "dg")).toBe(false);
  });
});

import { describe, it } from "vitest";
import { checkRelationCase, type RelationCase, person, org, country } from "./fixture.js";

// Issue 14, round 13 (MEMBER_OF / PART_OF): a member's title after a name with its body behind
// ب or في, the head of a unit as a member of the unit's body, and a ministry's nisba derived from
// its country's name. Sentences and names written for these tests, not taken from any corpus.

const cases: RelationCase[] = [
  {
    family: "an employee's title after a name, body behind ب",
    text: "وناشد المواطن سعد الحربي الموظف بوزارة الصحة الجهات المختصة النظر في طلبه.",
    cast: [person("saad", "سعد الحربي"), org("moh", "وزارة الصحة")],
    present: ["saad MEMBER_OF moh"],
  },
  {
    family: "an official's title after a name, body behind في",
    text: "وأوضح فهد القرني المسؤول في شركة النقل الجماعي أن الرحلات ستزيد.",
    cast: [person("fahd", "فهد القرني"), org("bus", "شركة النقل الجماعي")],
    present: ["fahd MEMBER_OF bus"],
  },
  {
    family: "a unit behind ب between the title and the body",
    text: "وطالب خالد العمري الموظف بالقطاع الصحي بوزارة الدفاع بصرف مستحقاته.",
    cast: [person("khalid", "خالد العمري"), org("mod", "وزارة الدفاع")],
    present: ["khalid MEMBER_OF mod"],
  },
  {
    family: "an employee's title set off by commas after the name",
    text: "وقال ناصر العتيبي، الموظف في شركة الكهرباء، إن الانقطاع انتهى.",
    cast: [person("noura", "ناصر العتيبي"), org("power", "شركة الكهرباء")],
    present: ["noura MEMBER_OF power"],
  },
  {
    family: "a title that leads (not a member's) behind ب after a name gives nothing new",
    text: "واجتمع سلمان الدوسري الرئيس بشركة الأسمنت مع العمال.",
    cast: [person("salman", "سلمان الدوسري"), org("cement", "شركة الأسمنت")],
    present: [],
    absent: ["salman LEADS cement"],
  },
  {
    family: "the head of a unit is a member of the unit's body",
    text: "وأكد مدير إدارة التخطيط بإمارة منطقة الجوف، ماجد بن سعد العتيبي، أن المشاريع ستنجز.",
    cast: [
      person("majed", "ماجد بن سعد العتيبي"),
      org("plan", "إدارة التخطيط"),
      org("emirate", "إمارة منطقة الجوف"),
    ],
    present: ["majed LEADS plan", "plan PART_OF emirate", "majed MEMBER_OF emirate"],
    absent: ["majed LEADS emirate"],
  },
  {
    family: "a ministry is not a unit: its minister is not a member of the country",
    text: "وقال وزير الزراعة الأردني سامر الخطيب إن الموسم جيد.",
    cast: [
      person("samer", "سامر الخطيب"),
      org("agri", "وزارة الزراعة الأردنية"),
      country("jo", "الأردن", "الأردني"),
    ],
    present: [],
    absent: ["samer MEMBER_OF jo"],
  },
  {
    family: "a ministry's nisba derived from its country's name (الصين → الصينية)",
    text: "وأعلنت وزارة التجارة الصينية عن رسوم جديدة. وقالت الصين إنها سترد.",
    cast: [
      { id: "mofcom", type: "Organization", forms: ["وزارة التجارة الصينية"], properties: { country: "cn" } },
      country("cn", "الصين"),
    ],
    present: ["mofcom PART_OF cn"],
  },
  {
    family: "a name that already ends like a nisba gives none (مالي: المالي is 'financial')",
    text: "وأعلنت هيئة السوق المالي عن قواعد جديدة. وزار الوفد مالي الأسبوع الماضي.",
    cast: [
      { id: "cma", type: "Organization", forms: ["هيئة السوق المالي"], properties: { country: "ml" } },
      country("ml", "مالي"),
    ],
    present: [],
    absent: ["cma PART_OF ml"],
  },
  {
    family: "one of a club's players (أحد لاعبي) after a name",
    text: "وقال ماجد الشهري أحد لاعبي نادي الرائد إن الفريق جاهز للموسم.",
    cast: [person("majed", "ماجد الشهري"), org("raed", "نادي الرائد")],
    present: ["majed MEMBER_OF raed"],
  },
  {
    family: "a board member (عضو مجلس إدارة) before and after a name",
    text: "وأكد عضو مجلس إدارة نادي الوحدة سلطان الحربي أن النادي سيعلن قراره، فيما قال بندر العنزي عضو مجلس إدارة نادي الوحدة إن القرار لم يتخذ.",
    cast: [person("sultan", "سلطان الحربي"), person("bandar", "بندر العنزي"), org("wahda", "نادي الوحدة")],
    present: ["sultan MEMBER_OF wahda", "bandar MEMBER_OF wahda"],
    absent: ["sultan LEADS wahda", "bandar LEADS wahda"],
  },
  {
    family: "an honorary member (عضو شرف) of a club",
    text: "وتفاعل عادل القحطاني عضو شرف نادي الفتح مع الموقف ووعد بتكريم المشجع.",
    cast: [person("adel", "عادل القحطاني"), org("fateh", "نادي الفتح")],
    present: ["adel MEMBER_OF fateh"],
  },
];

describe("member families, round 13", () => {
  it.each(cases)("$family", (c) => checkRelationCase(c));
});

describe("a nisba from the country's full name", () => {
  it("الولايات المتحدة الأمريكية gives الأمريكية", () =>
    checkRelationCase({
      family: "full name",
      text: "وقالت وزارة الخارجية الأمريكية إن المحادثات انتهت. وأكدت الولايات المتحدة الأمريكية موقفها.",
      cast: [
        {
          id: "state",
          type: "Organization",
          forms: ["وزارة الخارجية الأمريكية"],
          properties: { country: "us" },
        },
        country("us", "الولايات المتحدة الأمريكية", "الولايات المتحدة"),
      ],
      present: ["state PART_OF us"],
    }));
});

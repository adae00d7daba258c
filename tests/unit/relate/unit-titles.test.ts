import { describe, it } from "vitest";
import { CAST, checkRelationCase, type FixtureEntity, type RelationCase } from "./fixture.js";

// Issue 14, round 3: titles of a unit inside an organisation (مدير إدارة X بشركة Y), names set off
// by commas or preceded by a degree or rank, chairmen and permanent representatives. Sentences
// and names written for these tests, not taken from any corpus.
const person = (id: string, ...forms: string[]): FixtureEntity => ({ id, type: "Person", forms });
const org = (id: string, ...forms: string[]): FixtureEntity => ({ id, type: "Organization", forms });
const sa: FixtureEntity = { ...CAST.sa!, forms: ["السعودية", "السعودي"] };

const cases: RelationCase[] = [
  {
    family: "MEMBER_OF: مدير إدارة X بشركة Y Z (a unit's head belongs to the company)",
    text: "وقال مدير إدارة الموارد البشرية بشركة الفجر للتقنية سالم الحربي إن التوظيف مستمر.",
    cast: [org("fajr", "شركة الفجر للتقنية"), person("salem", "سالم الحربي")],
    present: ["salem MEMBER_OF fajr"],
    absent: ["salem LEADS fajr"],
  },
  {
    family: "MEMBER_OF: رئيس قسم X في مستشفى Y Z",
    text: "وأكد رئيس قسم الجراحة في مستشفى النور أحمد الزهراني نجاح العملية.",
    cast: [org("noor", "مستشفى النور"), person("ahmad", "أحمد الزهراني")],
    present: ["ahmad MEMBER_OF noor"],
    absent: ["ahmad LEADS noor"],
  },
  {
    family: "MEMBER_OF: a unit's title, the name set off by commas",
    text: "وأوضح مدير العلاقات العامة بإمارة منطقة القصيم، ناصر العمر، أن الحفل يبدأ مساء.",
    cast: [org("emirate", "إمارة منطقة القصيم"), person("nasser", "ناصر العمر")],
    present: ["nasser MEMBER_OF emirate"],
  },
  {
    family: "MEMBER_OF: an adjective names the post (السفيرة المتجولة لمكتب Y)",
    text: "واجتمعت السفيرة المتجولة لمكتب شؤون اللاجئين هدى كمال بالوفد.",
    cast: [org("office", "مكتب شؤون اللاجئين"), person("huda", "هدى كمال")],
    present: ["huda MEMBER_OF office"],
  },
  {
    family: "no unit title: a time word or an event noun between the title and the organisation",
    text: "والتقى الوزير اليوم في جامعة الدول العربية أحمد يوسف. وتحدث الرئيس خلال زيارة لجامعة الملك فهد سعيد ناصر.",
    cast: [
      org("league", "جامعة الدول العربية"),
      person("ahmad", "أحمد يوسف"),
      org("kfu", "جامعة الملك فهد"),
      person("saeed", "سعيد ناصر"),
    ],
    present: [],
    absent: ["ahmad MEMBER_OF league", "saeed MEMBER_OF kfu"],
  },
  {
    family: "no unit title: the organisation is not behind ب، ل or في",
    text: "وزار مدير المكتب الإعلامي شركة النخبة خالد سعد.",
    cast: [org("nokhba", "شركة النخبة"), person("khaled", "خالد سعد")],
    present: [],
    absent: ["khaled MEMBER_OF nokhba"],
  },
  {
    family: "LEADS: acting, and a rank between the complement and the name",
    text: "وصرح مدير شرطة محافظة العلا بالإنابة العقيد ماجد القحطاني بأن التحقيق جار.",
    cast: [org("police", "شرطة محافظة العلا"), person("majed", "ماجد القحطاني")],
    present: ["majed LEADS police"],
  },
  {
    family: "LEADS: a degree between the organisation and the name",
    text: "وافتتح مدير جامعة الشمال الدكتور فهد السالم المعرض.",
    cast: [org("uni", "جامعة الشمال"), person("fahd", "فهد السالم")],
    present: ["fahd LEADS uni"],
  },
  {
    family: "LEADS: رئيس مجلس إدارة نادي Y X (chairman of the club)",
    text: "وأعلن رئيس مجلس إدارة نادي الشباب خالد البلوي عن صفقة جديدة.",
    cast: [org("shabab", "نادي الشباب"), person("khaled", "خالد البلوي")],
    present: ["khaled LEADS shabab"],
  },
  {
    family: "MEMBER_OF: a title with its country's nisba, the name after a comma",
    text: "وقال وزير الخارجية السعودي، عادل الحربي، إن المملكة ترحب بالقرار.",
    cast: [sa, person("adel", "عادل الحربي")],
    present: ["adel MEMBER_OF sa"],
  },
  {
    family: "MEMBER_OF: مندوب X لدى الأمم المتحدة Y",
    text: "وطالب مندوب الأردن لدى الأمم المتحدة سامي العلي بوقف إطلاق النار.",
    cast: [CAST.jo!, CAST.un!, person("sami", "سامي العلي")],
    present: ["sami MEMBER_OF jo"],
  },
];

describe("relate: titles of units, set-off names, chairmen", () => {
  it.each(cases)("$family", (c) => checkRelationCase(c));
});

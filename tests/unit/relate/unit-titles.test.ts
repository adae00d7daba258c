import { describe, expect, it } from "vitest";
import { relate } from "../../../ingest/relate/index.js";
import {
  article,
  CAST,
  checkRelationCase,
  type FixtureEntity,
  type RelationCase,
  person,
  org,
} from "./fixture.js";

// Issue 14, round 3: titles of a unit inside an organisation (مدير إدارة X بشركة Y), names set off
// by commas or preceded by a degree or rank, chairmen and permanent representatives. Sentences
// and names written for these tests, not taken from any corpus.
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
  {
    family: "MEMBER_OF: مدير عام فرع وزارة X Y (a branch of the ministry)",
    text: "وأعرب مدير عام فرع وزارة الزراعة فهد الشمري عن سعادته بالموسم.",
    cast: [org("agri", "وزارة الزراعة"), person("fahd", "فهد الشمري")],
    present: ["fahd MEMBER_OF agri"],
    absent: ["fahd LEADS agri"],
  },
  {
    family: "MEMBER_OF: وكيل وزارة X Y (an under-secretary)",
    text: "وحضر الحفل وكيل وزارة التعليم سعد الدوسري.",
    cast: [org("edu", "وزارة التعليم"), person("saad", "سعد الدوسري")],
    present: ["saad MEMBER_OF edu"],
    absent: ["saad LEADS edu"],
  },
  {
    family: "MEMBER_OF: الناطق الإعلامي لشرطة X الرائد Y (a rank before the name)",
    text: "وأوضح الناطق الإعلامي لشرطة منطقة تبوك الرائد خالد العنزي أن الدوريات باشرت الحادث.",
    cast: [org("police", "شرطة منطقة تبوك"), person("khaled", "خالد العنزي")],
    present: ["khaled MEMBER_OF police"],
  },
  {
    family: "MEMBER_OF: مدرب الفريق X (the team is the club named before)",
    text: "وتعاقد نادي الوحدة مع لاعبين جدد. وأجرى مدرب الفريق خالد سالم تغييرات على التشكيلة.",
    cast: [org("wahda", "نادي الوحدة"), person("khaled", "خالد سالم")],
    present: ["khaled MEMBER_OF wahda"],
  },
  {
    family: "no team: الفريق أول is a rank when no club was named",
    text: "وقال الفريق أول ماجد الحربي إن القوات جاهزة.",
    cast: [person("majed", "ماجد الحربي")],
    present: [],
  },
];

// A game is no meeting, enmity or attack; the same verbs outside sports still count.
const sports: RelationCase[] = [
  {
    family: "no OPPOSES: هزم in a league match",
    text: "وهزم الاتحاد الشباب بهدفين في الدوري أمس.",
    cast: [org("ittihad", "الاتحاد"), org("shabab", "الشباب")],
    present: [],
    absent: ["ittihad OPPOSES shabab"],
  },
  {
    family: "no OPPOSES: مواجهة between two national teams",
    text: "ويبدأ المنتخب الأردني مشواره في البطولة بمواجهة المنتخب العماني.",
    cast: [org("jo-team", "المنتخب الأردني"), org("om-team", "المنتخب العماني")],
    present: [],
    absent: ["jo-team OPPOSES om-team"],
  },
  {
    family: "OPPOSES: واجه outside sports",
    text: "وواجهت الحكومة الأردنية تنظيم داعش على الحدود.",
    cast: [CAST.jo!, CAST.isis!],
    present: ["jo OPPOSES isis"],
  },
  {
    family: "no OPPOSES: تصدى لـ a task (undertook), not a party",
    text: "وتصدى الملحن المصري سامي علي لتلحين أغنية للمطرب اللبناني وائل جسار.",
    cast: [CAST.eg!, CAST.lb!, person("sami", "سامي علي"), person("wael", "وائل جسار")],
    present: [],
    absent: ["sami OPPOSES lb", "sami OPPOSES wael"],
  },
];

describe("relate: titles of units, set-off names, chairmen", () => {
  it.each(cases)("$family", (c) => checkRelationCase(c));

  it("the holder of a unit's title still speaks (في belongs to the title, not to the name)", () => {
    const text = "وأكد رئيس قسم الجراحة في مستشفى النور أحمد الزهراني أن حالة المريض مستقرة.";
    const out = relate(article(text, [org("noor", "مستشفى النور"), person("ahmad", "أحمد الزهراني")]));
    expect(out.statements.map((s) => s.speaker)).toEqual(["ahmad"]);
  });
});

describe("relate: sports news", () => {
  it.each(sports)("$family", (c) => checkRelationCase(c));
});

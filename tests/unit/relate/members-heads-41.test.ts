import { describe, it } from "vitest";
import { checkRelationCase, type RelationCase, country, person, org } from "./fixture.js";

// Issue 14, members and heads, round 41. Sentences written for these tests.
const head = person("p", "سالم العتيبي");
const guild = org("g", "رابطة المهندسين العرب");
const council = org("c", "المجلس الأعلى للمهندسين");
const union = org("u", "اتحاد الكتاب");
const club = org("k", "نادي الوحدة");
const charity = org("ch", "جمعية رعاية الأيتام");
const ministry = org("m", "وزارة الصحة");
const transport = org("t", "شركة النقل");
const egypt = country("eg", "مصر", "المصري", "المصرية");

const cases: RelationCase[] = [
  {
    family: "X رئيس Y في البلد وZ: one title over two bodies joined by و",
    text: "وأشاد سالم العتيبي رئيس رابطة المهندسين العرب في مصر والمجلس الأعلى للمهندسين بالمبادرة الجديدة.",
    cast: [head, guild, council, egypt],
    present: ["p LEADS g", "p LEADS c"],
  },
  {
    family: "X رئيس Y وZ: without a place between",
    text: "وقال سالم العتيبي رئيس رابطة المهندسين العرب والمجلس الأعلى للمهندسين إن العمل مستمر.",
    cast: [head, guild, council],
    present: ["p LEADS g", "p LEADS c"],
  },
  {
    family: "a second body after a comma is not under the title",
    text: "وحضر سالم العتيبي رئيس رابطة المهندسين العرب، واتحاد الكتاب ممثلا بأمينه.",
    cast: [head, guild, union],
    present: ["p LEADS g"],
    absent: ["p LEADS u", "p MEMBER_OF u"],
  },
  {
    family: "إدارة النادي برئاسة X: the club named before by its head noun",
    text: "أعلن نادي الوحدة عن تعاقد إدارة النادي برئاسة سالم العتيبي مع مدرب جديد.",
    cast: [head, club],
    present: ["p LEADS k"],
  },
  {
    family: "مجلس إدارة النادي برئاسة X",
    text: "وكان لاعبو نادي الوحدة قد شكروا مجلس إدارة النادي برئاسة سالم العتيبي على دعمه.",
    cast: [head, club],
    present: ["p LEADS k"],
  },
  {
    family: "X مساعد الأمين العام للعلاقات العامة في جمعية Y: a member of the body",
    text: "وبعث سالم العتيبي مساعد الأمين العام للعلاقات العامة والإعلام في جمعية رعاية الأيتام برقية تهنئة.",
    cast: [head, charity],
    present: ["p MEMBER_OF ch"],
    absent: ["p LEADS ch"],
  },
  {
    family: "X رئيس الجالية المصرية في مصر والمجلس الأعلى Z: a first body the entity stage leaves unnamed",
    text: "وأكد سالم العتيبي رئيس الجالية المصرية في مصر والمجلس الأعلى للمهندسين أن الدعم متواصل.",
    cast: [head, council, egypt],
    present: ["p LEADS c"],
    absent: ["p LEADS eg"],
  },
  {
    family: "a minister's nisba then a body joined by و: no second body under his title",
    text: "واتفق سالم العتيبي وزير الخارجية المصري واتحاد الكتاب على عقد ندوة.",
    cast: [head, union, egypt],
    present: [],
    absent: ["p LEADS u", "p MEMBER_OF u"],
  },
  {
    family: "a portfolio with a construct noun joined by و before في",
    text: "وبعث سالم العتيبي مساعد الأمين العام للعلاقات العامة وتنمية الموارد في جمعية رعاية الأيتام برقية.",
    cast: [head, charity],
    present: ["p MEMBER_OF ch"],
    absent: ["p LEADS ch"],
  },
  {
    family: "a time after a deputy title is no portfolio",
    text: "وعين سالم العتيبي نائب المدير للمرة الثانية في جمعية رعاية الأيتام.",
    cast: [head, charity],
    present: [],
    absent: ["p LEADS ch"],
  },
  {
    family: "برئاسة X after a comma: no head noun joined to it",
    text: "وزار الوفد نادي الوحدة أمس، برئاسة سالم العتيبي.",
    cast: [head, club],
    present: [],
    absent: ["p LEADS k"],
  },
  {
    family: "وكيل وزارة Y لشؤون … X: لشؤون opens a portfolio, a member",
    text: "وقال وكيل وزارة الصحة لشؤون المستشفيات سالم العتيبي إن العمل مستمر.",
    cast: [head, ministry, transport],
    present: ["p MEMBER_OF m"],
    absent: ["p LEADS m"],
  },
  {
    family: "أكد وكيل وزارة Y لشؤون … رئيس مجلس إدارة Z X: both titles after a verb of saying",
    text: "وأكد وكيل وزارة الصحة لشؤون المستشفيات رئيس مجلس إدارة شركة النقل الدكتور سالم العتيبي أن العمل مستمر.",
    cast: [head, ministry, transport],
    present: ["p MEMBER_OF m", "p LEADS t"],
    absent: ["p LEADS m"],
  },
  {
    family: "استقبل وكيل وزارة Y رئيس Z X: the first title may be the subject's, not X's",
    text: "واستقبل وكيل وزارة الصحة رئيس مجلس إدارة شركة النقل سالم العتيبي أمس.",
    cast: [head, ministry, transport],
    present: [],
    absent: ["p MEMBER_OF m", "p LEADS m"],
  },
];

describe("members and heads, round 41", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

import { describe, it } from "vitest";
import { checkRelationCase, country, org, person, type RelationCase } from "./fixture.js";

// Issue 14, event relations round 39: sanctions by a possessive noun (عقوباتها على Y), lists that mix a
// state and a body (الولايات المتحدة والاتحاد الأوروبي), condemned deeds named with their doer
// (التصريحات التي أدلى بها Y، الانتهاكات الإسرائيلية), meetings with a list of people behind مع and
// persons joined on their nisba (نظيريه الألماني X والبريطاني Y). Sentences written for these tests.
const canada = country("ca", "كندا", "الكندي", "الكندية");
const russia = country("ru", "روسيا", "الروسي", "الروسية");
const iran = country("ir", "إيران", "الإيراني", "الإيرانية");
const usa = country("us", "الولايات المتحدة", "الأمريكي", "الأمريكية");
const korea = country("kp", "كوريا الشمالية");
const israel = country("il", "إسرائيل", "الإسرائيلي", "الإسرائيلية");
const egypt = country("eg", "مصر", "المصري", "المصرية");
const france = country("fr", "فرنسا", "الفرنسي", "الفرنسية");
const germany = country("de", "ألمانيا", "الألماني", "الألمانية");
const uk = country("gb", "بريطانيا", "البريطاني", "البريطانية");
const india = country("in", "الهند", "الهندي", "الهندية");
const italy = country("it", "إيطاليا", "الإيطالي", "الإيطالية");
const eu = org("o_eu", "الاتحاد الأوروبي");
const league = org("o_league", "رابطة العالم الإسلامي");
const arabLeague = org("o_al", "جامعة الدول العربية");
const fabius = person("p_fab", "لوران فابيوس");
const steinmeier = person("p_stein", "فرانك فالتر شتاينماير");
const hammond = person("p_ham", "فيليب هاموند");
const modi = person("p_modi", "ناريندرا مودي");
const renzi = person("p_renzi", "ماتيو رينزي");
const kerry = person("p_kerry", "جون كيري");
const lavrov = person("p_lav", "سيرغي لافروف");

const cases: RelationCase[] = [
  {
    family: "sanctions by a possessive noun: وسعت X عقوباتها على Y",
    text: "ووسعت كندا أمس عقوباتها على روسيا. وشدد الاتحاد الأوروبي عقوباته ضد إيران.",
    cast: [canada, russia, eu, iran],
    present: ["ca SANCTIONED ru", "o_eu SANCTIONED ir"],
  },
  {
    family: "sanctions lifted (عن) or borne by another are none",
    text: "ورحبت إيران برفع كندا عقوباتها عن روسيا.",
    cast: [iran, canada, russia],
    present: [],
    absent: ["ca SANCTIONED ru", "ir SANCTIONED ru"],
  },
  {
    family: "a state and a body in one list: فرضت الولايات المتحدة والاتحاد الأوروبي عقوبات على Y",
    text: "وفرضت الولايات المتحدة والاتحاد الأوروبي عقوبات اقتصادية على كوريا الشمالية.",
    cast: [usa, eu, korea],
    present: ["us SANCTIONED kp", "o_eu SANCTIONED kp"],
  },
  {
    family: "condemned statements named with their doer after his title",
    text: "واستنكرت رابطة العالم الإسلامي التصريحات التي أدلى بها رئيس الوزراء الهندي ناريندرا مودي أمس.",
    cast: [league, india, modi],
    present: ["o_league OPPOSES p_modi"],
    absent: ["o_league OPPOSES in"],
  },
  {
    family: "condemned violations named by a nisba or a relative verb of doing",
    text:
      "وأدانت جامعة الدول العربية الانتهاكات الإسرائيلية في القدس. " +
      "وأدانت مصر الانتهاكات التي ترتكبها إسرائيل.",
    cast: [arabLeague, israel, egypt],
    present: ["o_al OPPOSES il", "eg OPPOSES il"],
  },
  {
    family: "a deed witnessed or suffered by a state opposes nobody",
    text: "وأدانت مصر الجريمة التي شهدتها فرنسا. ودانت كندا الممارسات التي تتعرض لها روسيا.",
    cast: [egypt, france, canada, russia],
    present: [],
    absent: ["eg OPPOSES fr", "ca OPPOSES ru"],
  },
  {
    family: "a meeting with two counterparts joined on their nisba: نظيريه الألماني X والبريطاني Y",
    text:
      "وسيعقد وزير الخارجية الفرنسي لوران فابيوس اجتماعا مع نظيريه الألماني فرانك فالتر شتاينماير " +
      "والبريطاني فيليب هاموند.",
    cast: [france, fabius, germany, steinmeier, uk, hammond],
    present: ["p_fab MET p_stein", "p_fab MET p_ham"],
  },
  {
    family: "a meeting with a list behind مع set off by titles: التقى X مع وزير ... Y، ووزير ... Z",
    text:
      "والتقى رئيس الوزراء الإيطالي ماتيو رينزي مع وزير الخارجية الأمريكي جون كيري، " +
      "ووزير الخارجية الروسي سيرغي لافروف.",
    cast: [italy, renzi, usa, kerry, russia, lavrov],
    present: ["p_kerry MET p_renzi", "p_lav MET p_renzi"],
  },
];

describe("event relations, round 39", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

import { describe, it } from "vitest";
import {
  CAST,
  checkRelationCase,
  type FixtureEntity,
  type RelationCase,
  person,
  org,
  country,
} from "./fixture.js";

// Issue 14, noun-phrase relations round 16: verbs of football transfers and contracts give the
// player MEMBER_OF the club (a loan: of the lending club). Sentences written for these tests.
const sa = CAST["sa"] as FixtureEntity;
const karim = person("karim", "كريم الخالدي", "الخالدي");
const sami = person("sami", "سامي الحربي", "الحربي");
const fahd = person("fahd", "فهد العتيبي");
const nasr = org("nasr", "نادي النصر");
const shabab = org("shabab", "نادي الشباب");
const qadsia = org("qadsia", "القادسية");
const ministry = org("ministry", "وزارة التعليم");
const br = country("br", "البرازيل", "البرازيلي");
const holding = org("holding", "الريادة القابضة");
const univ = org("univ", "جامعة الملك سعود");

const cases: RelationCase[] = [
  {
    family: "MEMBER_OF: a club signs a player (X يضم المدافع Y)",
    text: "نادي النصر يضم المدافع كريم الخالدي لموسمين.",
    cast: [nasr, karim],
    present: ["karim MEMBER_OF nasr"],
  },
  {
    family: "MEMBER_OF: a loan makes the player the lending club's, not the borrower's",
    text: "وأعار نادي النصر لاعبه البرازيلي كريم الخالدي إلى نادي الشباب لمدة موسم.",
    cast: [nasr, shabab, karim, br],
    present: ["karim MEMBER_OF nasr"],
    absent: ["karim MEMBER_OF shabab"],
  },
  {
    family: "MEMBER_OF: تعاقد مع — a club without a head word, with a word of sports in the clause",
    text: "وتعاقد القادسية مع المهاجم سامي الحربي بعقد يمتد ثلاثة مواسم.",
    cast: [qadsia, sami],
    present: ["sami MEMBER_OF qadsia"],
  },
  {
    family: "MEMBER_OF: مدد X عقد مهاجمه Y",
    text: "ومدد نادي الشباب حامل لقب الكأس عقد مهاجمه الدولي فهد العتيبي.",
    cast: [shabab, fahd],
    present: ["fahd MEMBER_OF shabab"],
  },
  {
    family: "MEMBER_OF: a player moves to his new club (انتقل إلى)",
    text: "وانتقل اللاعب سامي الحربي إلى نادي النصر قادما من القادسية.",
    cast: [nasr, qadsia, sami],
    present: ["sami MEMBER_OF nasr"],
  },
  {
    family: "no MEMBER_OF: moving to a country or a ministry outside sports news",
    text: "وانتقل كريم الخالدي إلى السعودية، ثم انتقل سامي الحربي إلى وزارة التعليم.",
    cast: [karim, sami, sa, ministry],
    present: [],
    absent: ["karim MEMBER_OF sa", "sami MEMBER_OF ministry"],
  },
  {
    family: "no MEMBER_OF: ضم outside sports news (a ministry's committee took in a person)",
    text: "وضمت وزارة التعليم الدكتور كريم الخالدي إلى لجنة تطوير المناهج.",
    cast: [ministry, karim],
    present: [],
    absent: ["karim MEMBER_OF ministry"],
  },
  {
    family: "no MEMBER_OF: the person past a preposition after ضم is not the one signed",
    text: "وكان نادي النصر قد ضم النجم البرازيلي بناء على نصيحة صديقه كريم الخالدي.",
    cast: [nasr, karim],
    present: [],
    absent: ["karim MEMBER_OF nasr"],
  },
  {
    family: "LEADS: a title's complement set in quotes after its head word (لمجموعة “Y”)",
    text: "وأوضح كريم الخالدي الرئيس التنفيذي لمجموعة “الريادة القابضة” أن الأرباح ارتفعت.",
    cast: [karim, holding],
    present: ["karim LEADS holding"],
  },
  {
    family: "MEMBER_OF: a professor of a university (X الأستاذ في جامعة Y، أستاذ الكيمياء بجامعة Y X)",
    text: "وقال كريم الخالدي الأستاذ في جامعة الملك سعود إن التجربة نجحت. وأيده أستاذ الفيزياء بجامعة الملك سعود الدكتور سامي الحربي.",
    cast: [karim, sami, univ],
    present: ["karim MEMBER_OF univ", "sami MEMBER_OF univ"],
  },
  {
    family: "no MEMBER_OF: الأستاذ as a courtesy title before a name with no body after it",
    text: "وحضر الأستاذ كريم الخالدي حفل التخرج في جامعة الملك سعود.",
    cast: [karim, univ],
    present: [],
    absent: ["karim MEMBER_OF univ"],
  },
];

describe("noun-phrase relations, round 16", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

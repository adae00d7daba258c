import { describe, it } from "vitest";
import { checkRelationCase, type RelationCase, person, org, city, country, place } from "./fixture.js";

// Issue 14, places and parts, round 24. Sentences written for these tests.
const club = (id: string, forms: string[], own?: string) => ({
  ...org(id, ...forms),
  properties: { kind: "club", ...(own ? { country: own } : {}) },
});
const rovers = club("rovers", ["ليدز يونايتد"], "country:GB");
const falcons = club("falcons", ["الصقور"]);
const england = country("country:GB-ENG", "إنجلترا", "الإنجليزي");
const brazil = country("country:BR", "البرازيل", "البرازيلي");
const spain = country("country:ES", "إسبانيا", "الإسباني");
const canada = country("country:CA", "كندا", "الكندي", "الكندية");
const korea = country("country:KR", "كوريا الجنوبية", "الكوري", "الكورية");
const germany = country("country:DE", "ألمانيا", "الألمانية");
/** An organisation the entity stage gives a country (the nisba at the end of its name). */
const owned = (id: string, name: string, own: string) => ({ ...org(id, name), properties: { country: own } });
const coach = person("coach", "توم هاريس");
const player = person("player", "ماركو سيلفا");

const cases: RelationCase[] = [
  {
    family: "a club's nisba in a coach's title is the club's when it names the club's own country",
    text: "وقال مدرب ليدز يونايتد الإنجليزي توم هاريس إن الفريق جاهز للموسم.",
    cast: [rovers, england, coach],
    present: ["rovers PART_OF country:GB-ENG", "coach MEMBER_OF rovers"],
  },
  {
    family: "two nisbas after a club: the first is the club's, the second the coach's",
    text: "وقال المدرب الفني لفريق الصقور الإنجليزي الإسباني توم هاريس إن المباراة صعبة.",
    cast: [falcons, england, spain, coach],
    present: ["falcons PART_OF country:GB-ENG"],
    absent: ["falcons PART_OF country:ES"],
  },
  {
    family: "one nisba of another country between a club and a player is the player's",
    text: "وقال لاعب الصقور البرازيلي ماركو سيلفا إن الفريق سيفوز.",
    cast: [falcons, brazil, player],
    present: ["player MEMBER_OF falcons"],
    absent: ["falcons PART_OF country:BR"],
  },
  {
    family: "a bank named with a country's nisba is that country's",
    text: "وخفض البنك الاحتياطي الكندي أسعار الفائدة أمس.",
    cast: [owned("bank", "البنك الاحتياطي الكندي", "country:CA"), canada],
    present: ["bank PART_OF country:CA"],
  },
  {
    family: "so is an agency that is not a news agency",
    text: "وأعلنت وكالة الطاقة الذرية الكورية أن المفاعل يعمل.",
    cast: [owned("agency", "وكالة الطاقة الذرية الكورية", "country:KR"), korea],
    present: ["agency PART_OF country:KR"],
  },
  {
    // Round 33: a medium named with a country's nisba is that country's, as the gold writes it.
    family: "a news agency with a nisba is its country's (round 33, the gold convention)",
    text: "وذكرت وكالة الأنباء الألمانية أن الاجتماع انتهى.",
    cast: [owned("dpa", "وكالة الأنباء الألمانية", "country:DE"), germany],
    present: ["dpa PART_OF country:DE"],
  },
  {
    family: "a national company with a nisba belongs to its country, another company does not",
    text: "وقالت شركة الغاز الوطنية الكندية إن الإنتاج ارتفع، فيما قالت شركة الفجر الكندية إنها تدرس العرض.",
    cast: [
      owned("gas", "شركة الغاز الوطنية الكندية", "country:CA"),
      owned("fajr", "شركة الفجر الكندية", "country:CA"),
      canada,
    ],
    present: ["gas PART_OF country:CA"],
    absent: ["fajr PART_OF country:CA"],
  },
  {
    family: "a university written with ب and a town is in the town, whatever its kind",
    text: "وعقدت الندوة بجامعة الخليج للعلوم الأمنية بالدمام أمس.",
    cast: [
      { ...org("uni", "جامعة الخليج للعلوم الأمنية"), properties: { kind: "intergovernmental" } },
      city("dammam", "الدمام"),
    ],
    present: ["uni LOCATED_IN dammam"],
  },
  {
    family: "a college in a town, kind university",
    text: "وتخرج الطلاب في كلية الهندسة التطبيقية بمدينة أبها.",
    cast: [
      { ...org("college", "كلية الهندسة التطبيقية"), properties: { kind: "university" } },
      city("abha", "أبها"),
    ],
    present: ["college LOCATED_IN abha"],
  },
  {
    family: "a purpose tail left off a site's name does not hide the town behind ب",
    text: "وأقيم الحفل مساء أمس بقاعة النخيل للاحتفالات والمناسبات بالدمام.",
    cast: [place("hall", "قاعة النخيل"), city("dammam", "الدمام")],
    present: ["hall LOCATED_IN dammam"],
  },
  {
    family: "but not a town behind في after the purpose (a circumstance)",
    text: "وأعلن مستشفى النور للعيون في الدمام عن حملة جديدة.",
    cast: [org("eye", "مستشفى النور"), city("dammam", "الدمام")],
    present: [],
    absent: ["eye LOCATED_IN dammam"],
  },
  {
    family: "a singular التابعة after a list belongs to the last body only",
    text: "وشاركت في المعرض وزارة النقل وهيئة الطيران المدني التابعة لوزارة الدفاع.",
    cast: [
      org("transport", "وزارة النقل"),
      org("aviation", "هيئة الطيران المدني"),
      org("defence", "وزارة الدفاع"),
    ],
    present: ["aviation PART_OF defence"],
    absent: ["transport PART_OF defence"],
  },
];

describe("places and parts, round 24", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

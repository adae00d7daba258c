import { describe, it } from "vitest";
import { checkRelationCase, city, country, org, person, type RelationCase } from "./fixture.js";

// Issue 14, event relations round 37: strikes on sites «belonging to» a party (على مواقع تابعة
// لـY، على المواقع التابعة لتنظيم Y) and on more kinds of sites (مقرات، تجمعات، مخازن ...). Sentences
// written for these tests.
const russia = country("ru", "روسيا", "الروسي", "الروسية");
const turkey = country("tr", "تركيا", "التركي", "التركية");
const group = org("o_group", "جماعة الفتح");
const front = org("o_front", "جبهة الساحل");
const ministry = org("o_min", "وزارة الصحة");
const company = org("o_co", "شركة النور");
const town = city("c_town", "مدينة الزهور");
const capital = city("c_cap", "القاهرة");
const egypt = country("eg", "مصر", "المصري", "المصرية");
const minister = person("p_min", "سالم العتيبي");
const host = person("p_host", "فهد الدوسري");

const cases: RelationCase[] = [
  {
    family: "strikes on sites belonging to a party: على مواقع تابعة لـY",
    text: "وشنت روسيا أمس غارات جوية على مواقع تابعة لجبهة الساحل قرب مدينة الزهور.",
    cast: [russia, front, town],
    present: ["ru ATTACKED o_front"],
    absent: ["ru ATTACKED c_town"],
  },
  {
    family: "strikes on the sites belonging to a group named by its head: على المواقع التابعة لجماعة Y",
    text: "وقصفت تركيا المواقع التابعة لجماعة الفتح في مدينة الزهور.",
    cast: [turkey, group, town],
    present: ["tr ATTACKED o_group"],
  },
  {
    family: "more kinds of sites: headquarters and gatherings of a party",
    text: "وشنت تركيا غارات على مقرات جبهة الساحل. واستهدفت روسيا تجمعات لجماعة الفتح.",
    cast: [turkey, front, russia, group],
    present: ["tr ATTACKED o_front", "ru ATTACKED o_group"],
  },
  {
    family: "a body affiliated to another, or a visit or cooperation with affiliated sites, is no attack",
    text:
      "وتعاونت شركة النور مع مستشفيات تابعة لوزارة الصحة. " +
      "وهاجمت جماعة الفتح شركة النور التابعة لوزارة الصحة.",
    cast: [company, ministry, group],
    present: ["o_group ATTACKED o_co"],
    absent: ["o_co COOPERATES_WITH o_min", "o_group ATTACKED o_min"],
  },
  {
    family: "a meeting whose subject is the visitor named before: زار X Y حيث التقى Z",
    text: "ووصل الوزير سالم العتيبي إلى القاهرة حيث التقى الرئيس المصري فهد الدوسري.",
    cast: [minister, capital, egypt, host],
    present: ["p_host MET p_min"],
  },
  {
    family: "a meeting during a visit, with the met person behind ب: زيارة التقى خلالها بـZ",
    text: "وزار سالم العتيبي القاهرة في زيارة رسمية التقى خلالها بالرئيس المصري فهد الدوسري.",
    cast: [minister, capital, egypt, host],
    present: ["p_host MET p_min"],
  },
];

describe("event relations, round 37", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

import { describe, it } from "vitest";
import { checkRelationCase, city, country, org, person, place, type RelationCase } from "./fixture.js";

// Issue 14, event relations round 42 (precision): a hardship faced (تواجه صعوبة), aid or a campaign
// that «targets» families, partners of an attack (X وقوات موالية لـY، بالتنسيق مع Y), «القاعدة» the
// base, a dead man's body arriving, a place that only locates a site visited, a medium's interview.
// Sentences written for these tests.
const egypt = country("eg", "مصر", "المصرية");
const lebanon = country("lb", "لبنان");
const yemen = country("ye", "اليمن", "اليمني");
const turkey = country("tr", "تركيا", "التركية");
const worldBank = org("o_wb", "البنك الدولي");
const nour = org("o_nour", "شركة النور");
const gulfBank = org("o_gb", "بنك الخليج");
const army = org("o_army", "الجيش العراقي");
const isis = org("o_isis", "داعش", "تنظيم داعش");
const birr = org("o_birr", "جمعية البر");
const houthis = org("o_hou", "الحوثيين", "الحوثيون");
const coalition = org("o_coal", "التحالف العربي");
const qaeda = org("o_q", "القاعدة", "تنظيم القاعدة");
const redCrescent = org("o_rc", "هيئة الهلال الأحمر");
const spa = org("o_spa", "وكالة الأنباء السعودية");
const saleh = person("p_saleh", "علي عبدالله صالح");
const jubeir = person("p_jub", "عادل الجبير");
const steinmeier = person("p_st", "فرانك شتاينماير");
const ghamdi = person("p_gh", "سعد الغامدي");
const otaibi = person("p_ot", "فهد العتيبي");
const falih = person("p_fal", "خالد الفالح");
const taif = place("l_taif", "محافظة الطائف");
const rawda = place("l_rawda", "حي الروضة");
const hospital = org("o_hosp", "مستشفى الملك فهد");
const taiz = city("c_taiz", "تعز");
const moscow = city("c_mos", "موسكو");
const saada = city("c_saada", "صعدة");

const cases: RelationCase[] = [
  {
    family: "«سيواجه صعوبة» is a hardship faced, no opponent",
    text: "وقال الخبير إن البنك الدولي سيواجه صعوبة كبيرة في إقراض مصر هذا العام.",
    cast: [worldBank, egypt],
    present: [],
    absent: ["o_wb OPPOSES eg"],
  },
  {
    family: "«تواجه تحديات» too",
    text: "وتواجه شركة النور تحديات في سداد ديونها لبنك الخليج.",
    cast: [nour, gulfBank],
    present: [],
    absent: ["o_nour OPPOSES o_gb"],
  },
  {
    family: "an army that confronts a group still opposes it",
    text: "وواجه الجيش العراقي تنظيم داعش في محيط المدينة أمس.",
    cast: [army, isis],
    present: ["o_army OPPOSES o_isis"],
  },
  {
    family: "a campaign that «targets» families attacks nobody",
    text: "وتستهدف الحملة التي أطلقتها جمعية البر 4000 أسرة في لبنان.",
    cast: [birr, lebanon],
    present: [],
    absent: ["o_birr ATTACKED lb"],
  },
  {
    family: "aid that «targets» families named by a number attacks nobody",
    text: "وقالت هيئة الهلال الأحمر إنها تستهدف 2500 عائلة في لبنان.",
    cast: [redCrescent, lebanon],
    present: [],
    absent: ["o_rc ATTACKED lb"],
  },
  {
    family: "strikes that target a group's sites are still an attack",
    text: "واستهدفت طائرات التحالف العربي مواقع الحوثيين في صعدة.",
    cast: [coalition, houthis, saada],
    present: ["o_coal ATTACKED o_hou"],
  },
  {
    family: "forces loyal to Y joined to the attacker are its partners, not its target",
    text: "وقتل مدنيان في قصف شنه الحوثيون وقوات موالية للرئيس السابق علي عبدالله صالح على أحياء تعز.",
    cast: [houthis, saleh, taiz],
    present: [],
    absent: ["o_hou ATTACKED p_saleh"],
  },
  {
    family: "a partner «بالتنسيق مع» is on neither end of the attack",
    text: "وقال إن المخطط يستهدف أمن اليمن، وينفذه الحوثيون بالتنسيق مع الرئيس المخلوع علي عبدالله صالح.",
    cast: [yemen, houthis, saleh],
    present: [],
    absent: ["ye ATTACKED p_saleh", "o_hou ATTACKED p_saleh"],
  },
  {
    family: "«القاعدة» alone where the article names an air base is the base",
    text: "ووافقت تركيا على فتح قاعدة إنجرليك الجوية أمام طائرات التحالف. وستفتح القاعدة الشهر المقبل لاستخدامها في قتال داعش.",
    cast: [turkey, qaeda, isis],
    present: [],
    absent: ["o_q OPPOSES o_isis"],
  },
  {
    family: "«تنظيم القاعدة» is the group, base or not",
    text: "وتقع قاعدة العند الجوية شمال المدينة. وقاتل تنظيم القاعدة الحوثيين في محافظة البيضاء.",
    cast: [qaeda, houthis],
    present: ["o_q OPPOSES o_hou"],
  },
  {
    family: "a martyr's body arriving is no visit",
    text: "ووصل جثمان الشهيد فهد العتيبي إلى محافظة الطائف أمس.",
    cast: [otaibi, taif],
    present: [],
    absent: ["p_ot VISITED l_taif"],
  },
  {
    family: "a minister arriving is a visit",
    text: "ووصل وزير الخارجية عادل الجبير إلى موسكو أمس في زيارة رسمية.",
    cast: [jubeir, moscow],
    present: ["p_jub VISITED c_mos"],
  },
  {
    family: "the district where a hospital lies is not the place visited",
    text: "وتفقد وزير الصحة خالد الفالح مستشفى الملك فهد الواقع بحي الروضة أمس.",
    cast: [falih, hospital, rawda],
    present: [],
    absent: ["p_fal VISITED l_rawda"],
  },
  {
    family: "a district inspected itself is visited",
    text: "وتفقد وزير الصحة خالد الفالح حي الروضة أمس.",
    cast: [falih, rawda],
    present: ["p_fal VISITED l_rawda"],
  },
  {
    family: "a news agency that «met» a scholar interviewed him",
    text: "والتقت وكالة الأنباء السعودية الدكتور سعد الغامدي أستاذ التاريخ بالجامعة.",
    cast: [spa, ghamdi],
    present: [],
    absent: ["o_spa MET p_gh"],
  },
  {
    family: "two ministers meeting still meet",
    text: "والتقى وزير الخارجية عادل الجبير نظيره الألماني فرانك شتاينماير أمس.",
    cast: [jubeir, steinmeier],
    present: ["p_jub MET p_st"],
  },
];

describe("event relations, round 42 (precision)", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

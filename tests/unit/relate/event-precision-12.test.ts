import { describe, it } from "vitest";
import { checkRelationCase, type RelationCase, person, org, city, country, cast } from "./fixture.js";

// Issue 14, event precision round 12: hosting an event is no meeting, an agreement between two
// bodies is theirs and not their countries', «طلب X المدعوم من Y» backs the request, landmarks and a
// group's positions are no attacked places, and a centre's supervisor is no cooperating party.
// Sentences written for these tests.
const eg = cast("eg");
const jo = cast("jo");
const ir = cast("ir");
const ru = cast("ru");
const un = cast("un");
const isis = cast("isis");
const doha = cast("doha");
const iq = country("iq", "العراق", "بغداد", "العراقي", "العراقية");
const tr = country("tr", "تركيا", "أنقرة", "التركي", "التركية", "تركية");
const qa = country("qa", "قطر", "القطري", "القطرية");
const pkk = org("pkk", "حزب العمال الكردستاني");
const egfa = org("egfa", "الاتحاد المصري لكرة القدم");
const jofa = org("jofa", "الاتحاد الأردني لكرة القدم");
const health = org("health", "وزارة الصحة");
const edu = org("edu", "وزارة التعليم");
const relief = org("relief", "جمعية الهلال الأحمر");
const centre = org("centre", "مركز الأمل للإغاثة");
const gcc = org("gcc", "مجلس التعاون الخليجي");
const afc = org("afc", "الاتحاد الآسيوي لكرة اليد");
const ksu = org("ksu", "جامعة الملك سعود");
const umma = org("umma", "حزب الأمة");
const karim = person("karim", "كريم العلي", "العلي");
const sami = person("sami", "سامي الحربي", "الحربي");
const homs = city("homs", "حمص");
const mosul = city("mosul", "الموصل");

const cases: RelationCase[] = [
  {
    family: "MET: a country hosting an organisation's conference meets nobody",
    text: "واستضافت قطر مؤتمر الأمم المتحدة للمناخ الأسبوع الماضي.",
    cast: [qa, un],
    present: [],
    absent: ["qa MET un", "un MET qa"],
  },
  {
    family: "MET: a city hosting a tournament meets no person named after it",
    text: "وتستضيف الدوحة البطولة الآسيوية بمشاركة كريم العلي رئيس الاتحاد.",
    cast: [doha, karim],
    present: [],
    absent: ["doha MET karim", "karim MET doha"],
  },
  {
    family:
      "COOPERATES_WITH: an agreement between two federations of two named countries is no state agreement",
    text: "وتقام المباراة بين بطلي مصر والأردن في إطار الاتفاقية الموقعة بين اتحادي الكرة في البلدين.",
    cast: [eg, jo],
    present: [],
    absent: ["eg COOPERATES_WITH jo", "jo COOPERATES_WITH eg"],
  },
  {
    family: "MET: a country hosting a meeting meets the person elected at it",
    text: "واستضافت قطر اجتماع الجمعية العمومية للاتحاد وأعاد المجتمعون انتخاب سامي الحربي رئيساً.",
    cast: [qa, sami],
    present: [],
    absent: ["qa MET sami", "sami MET qa"],
  },
  {
    family: "MET: a country hosting a summit meets no organisation",
    text: "وتستضيف مصر القمة العربية بمشاركة الأمم المتحدة.",
    cast: [eg, un],
    present: [],
    absent: ["eg MET un", "un MET eg"],
  },
  {
    family: "MET: a country hosting a forum (احتضنت) meets no organisation",
    text: "واحتضنت الأردن منتدى الأمم المتحدة للشباب أمس.",
    cast: [jo, un],
    present: [],
    absent: ["jo MET un", "un MET jo"],
  },
  {
    family: "MET: a city hosting a council's meetings meets no council",
    text: "واستضافت الدوحة اجتماعات مجلس التعاون الخليجي يومي الأحد والاثنين.",
    cast: [doha, gcc],
    present: [],
    absent: ["doha MET gcc", "gcc MET doha"],
  },
  {
    family: "MET: a country hosting a confederation's championship meets no confederation",
    text: "وتستضيف قطر بطولة الاتحاد الآسيوي لكرة اليد الشهر المقبل.",
    cast: [qa, afc],
    present: [],
    absent: ["qa MET afc", "afc MET qa"],
  },
  {
    family: "MET: a person hosting an organisation's ceremony meets no organisation",
    text: "واستضاف كريم العلي في منزله حفل جمعية الهلال الأحمر السنوي.",
    cast: [karim, relief],
    present: [],
    absent: ["karim MET relief", "relief MET karim"],
  },
  {
    family: "MET: a university hosting a conference of a ministry meets no ministry",
    text: "واستضافت جامعة الملك سعود مؤتمر وزارة الصحة الأول.",
    cast: [ksu, health],
    present: [],
    absent: ["ksu MET health", "health MET ksu"],
  },
  {
    family: "COOPERATES_WITH: two named ministries signing are the parties, not their countries",
    text: "ووقعت وزارة الصحة المصرية ووزارة التعليم الأردنية اتفاقية تعاون في عمان.",
    cast: [eg, jo, health, edu],
    present: [],
    absent: ["eg COOPERATES_WITH jo", "jo COOPERATES_WITH eg"],
  },
  {
    family: "COOPERATES_WITH: the two sides after a meeting of two federations are the federations",
    text: "والتقى الاتحاد المصري لكرة القدم مع الاتحاد الأردني لكرة القدم في عمان، ووقع الجانبان اتفاقية تعاون.",
    cast: [eg, jo, egfa, jofa],
    present: [],
    absent: ["eg COOPERATES_WITH jo", "jo COOPERATES_WITH eg"],
  },
  {
    family: "SUPPORTS: «طلب X المدعوم من Y» — Y backs the request, not X",
    text: "وكان طلب إيران المدعوم من روسيا أبرز نقاط الخلاف في الجولة الأخيرة.",
    cast: [ir, ru],
    present: [],
    absent: ["ir SUPPORTS ru", "ru SUPPORTS ir"],
  },
  {
    family: "SUPPORTS: a candidate المدعوم من a party is still backed by it",
    text: "وفاز المرشح كريم العلي المدعوم من حزب الأمة بالمقعد.",
    cast: [karim, umma],
    present: ["umma SUPPORTS karim"],
  },
  {
    family: "ATTACKED: a town only near where the shells fell (قرب / شرقي Y) is no target",
    text: "واستهدف تنظيم داعش ثكنة للجيش قرب بلدة صغيرة شرقي مدينة حمص.",
    cast: [isis, homs],
    present: [],
    absent: ["isis ATTACKED homs"],
  },
  {
    family: "ATTACKED: a group's positions north of a country — the group is the target, not the country",
    text: "وتقصف تركيا معسكرات لحزب العمال الكردستاني شمال العراق منذ أيام.",
    cast: [tr, pkk, iq],
    present: [],
    absent: ["tr ATTACKED iq"],
  },
  {
    family: "ATTACKED: a group's positions named as the object stay the target",
    text: "وشنت مقاتلات تركية غارات على مواقع لحزب العمال الكردستاني شمال العراق.",
    cast: [tr, pkk, iq],
    present: ["tr ATTACKED pkk"],
    absent: ["tr ATTACKED iq"],
  },
  {
    family: "ATTACKED: strikes on positions in a city still hit the city",
    text: "وشن التحالف الدولي غارات على مواقع في مدينة الموصل.",
    cast: [cast("coalition"), mosul],
    present: ["coalition ATTACKED mosul"],
  },
  {
    family: "COOPERATES_WITH: the centre's supervisor launching convoys is no cooperating party",
    text: "ويدشن كريم العلي المشرف العام على المركز القوافل الإغاثية بالتعاون مع جمعية الهلال الأحمر.",
    cast: [karim, relief],
    present: [],
    absent: ["karim COOPERATES_WITH relief", "relief COOPERATES_WITH karim"],
  },
  {
    family: "COOPERATES_WITH: the supervisor of a named centre gives the cooperation to the centre",
    text: "وأطلق المشرف على مركز الأمل للإغاثة كريم العلي الحملة بالتعاون مع جمعية الهلال الأحمر.",
    cast: [karim, relief, centre],
    present: [],
    absent: ["karim COOPERATES_WITH relief"],
  },
];

describe("event precision, round 12", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

import { describe, it } from "vitest";
import { checkRelationCase, country, org, person, place, city, type RelationCase, cast } from "./fixture.js";

// Issue 14, event precision round 21: a seat is no place visited (تفقدت لجنة X بمحافظة Y; وصل X
// موقع Y بقطاع Z), an aim is no goodwill (تتطلع لتحسين العلاقات), the accused of backing is the
// backer (اتهم X بدعم Y), a state that describes an attack is no party. Sentences written for these tests.
const ir = cast("ir");
const il = cast("il");
const isis = cast("isis");
const tr = country("tr", "تركيا", "التركي", "التركية", "أنقرة");
const ps = country("ps", "فلسطين", "الفلسطيني", "فلسطينيا", "الفلسطينية");
const committee = org("committee", "اللجنة الفرعية للانتخابات");
const prov = place("prov", "محافظة الخرج");
const minister = person("minister", "سامي الحداد");
const site = place("site", "موقع الصيرة");
const strip = place("strip", "قطاع غزة");
const hamas = org("hamas", "حركة حماس");
const ye = cast("ye");
const eg = cast("eg");
const relief = org("relief", "هيئة الإغاثة العالمية");
const league = org("league", "رابطة الشعوب");
const raqqa = city("raqqa", "مدينة الرقة");
const king = person("king", "سالم بن راشد");
const centre = org("centre", "مركز الإغاثة الوطني");

const cases: RelationCase[] = [
  {
    family: "seat: تفقدت لجنة X بمحافظة Y — the committee of the governorate, no visit",
    text: "وتفقدت اللجنة الفرعية للانتخابات بمحافظة الخرج مراكز الاقتراع أمس.",
    cast: [committee, prov],
    present: [],
    absent: ["committee VISITED prov"],
  },
  {
    family: "seat: وصل X موقع Y بقطاع Z — Z locates the site",
    text: "ووصل سامي الحداد إلى موقع الصيرة بقطاع غزة صباح أمس.",
    cast: [minister, site, strip],
    present: ["minister VISITED site"],
    absent: ["minister VISITED strip"],
  },
  {
    family: "a visit to a governorate is still a visit",
    text: "وتفقد سامي الحداد المشاريع الجديدة في محافظة الخرج.",
    cast: [minister, prov],
    present: ["minister VISITED prov"],
  },
  {
    family: "aim: تتطلع X لتحسين العلاقات مع Y — no goodwill yet",
    text: "وقالت الصحيفة إن إسرائيل تتطلع لتحسين العلاقات مع تركيا بعد سنوات من التوتر.",
    cast: [il, tr],
    present: [],
    absent: ["il COOPERATES_WITH tr", "tr COOPERATES_WITH il"],
  },
  {
    family: "aim: relations that are good still count",
    text: "وأكد الوزير أن العلاقات بين تركيا وإيران متينة.",
    cast: [tr, ir],
    present: ["ir COOPERATES_WITH tr"],
  },
  {
    family: "accusation: اتهم X Y بدعم Z — Y is the backer",
    text: "واتهم المتحدث إيران بدعم داعش في المنطقة.",
    cast: [ir, isis],
    present: [],
    absent: ["isis SUPPORTS ir"],
  },
  {
    family: "a state that describes an attack is no party",
    text: "وهاجم مستوطنون منزلا فلسطينيا في الخليل، في هجوم وصفته إسرائيل بأنه إرهابي.",
    cast: [il, ps],
    present: [],
    absent: ["ps ATTACKED il", "il ATTACKED ps"],
  },
  {
    family: "strain: وتوترت العلاقات الX الY — no cooperation",
    text: "وتوترت العلاقات الإسرائيلية التركية خلال السنوات الماضية رغم الشراكة الاقتصادية.",
    cast: [il, tr],
    present: [],
    absent: ["il COOPERATES_WITH tr", "tr COOPERATES_WITH il"],
  },
  {
    family: "question: من يمول ويدعم X — no named backer",
    text: "وتساءل الكاتب إيران تعرف من يمول ويدعم داعش في العراق.",
    cast: [ir, isis],
    present: [],
    absent: ["ir SUPPORTS isis", "isis SUPPORTS ir"],
  },
  {
    family: "describer: هاجم مستوطنون منزلا ... في عمل وصفته X — X describes",
    text: "وقتل طفل فلسطيني حين هاجم مستوطنون منزل عائلته ليلا، في عمل وصفته إسرائيل بأنه إرهابي.",
    cast: [il, ps],
    present: [],
    absent: ["ps ATTACKED il", "il ATTACKED ps"],
  },
  {
    family: "unnamed plural subject: هاجم مسلحون X — the nisba before is not the attacker",
    text: "وأصيب جندي تركي عندما هاجم مسلحون موقعا عسكريا في أنقرة.",
    cast: [tr],
    present: [],
    absent: ["tr ATTACKED tr"],
  },
  {
    family: "a named subject before the verb still attacks (إن إسرائيل هاجمت X)",
    text: "وقال البيان إن إسرائيل هاجمت حركة حماس في قطاع غزة.",
    cast: [il, hamas, strip],
    present: ["il ATTACKED hamas"],
  },
  {
    family: "directive: تنفيذا لتوجيهات X قدم المركز مساعدات — the centre gives",
    text: "وتنفيذا لتوجيهات الملك سالم بن راشد قدم مركز الإغاثة الوطني مساعدات غذائية للشعب اليمني.",
    cast: [king, centre, ye],
    present: ["centre FUNDED ye"],
    absent: ["king FUNDED ye"],
  },
  {
    family: "directive: لتوجيهات X بتقديم مساعدات لـY — who directs funds nothing",
    text: "واستجابة لتوجيهات الملك سالم بن راشد بتقديم مساعدات عاجلة إلى اليمن، وصلت طائرة إلى عدن.",
    cast: [king, ye],
    present: [],
    absent: ["king FUNDED ye"],
  },
  {
    family: "directive: a king who gives, with no directive, still funds",
    text: "وقدم الملك سالم بن راشد مساعدات عاجلة إلى اليمن.",
    cast: [king, ye],
    present: ["king FUNDED ye"],
  },
  {
    family: "office: مباحثات الرئيس مع Y — the unnamed president met Y, not the state before",
    text: "ورحبت مصر بنتائج مباحثات الرئيس مع الملك سالم بن راشد في العاصمة.",
    cast: [eg, king],
    present: [],
    absent: ["eg MET king"],
  },
  {
    family: "office: a state's own talks with Y still count (أجرت مصر مباحثات مع Y)",
    text: "وأجرت مصر مباحثات مع الملك سالم بن راشد في العاصمة.",
    cast: [eg, king],
    present: ["eg MET king"],
  },
  {
    family: "affiliation: سلمت هيئة X التابعة لـY مساعدات — Y is the parent, no recipient",
    text: "وسلمت هيئة الإغاثة العالمية التابعة لرابطة الشعوب مساعدات غذائية للأسر.",
    cast: [relief, league],
    present: [],
    absent: ["relief FUNDED league"],
  },
  {
    family: "attack: the target of earlier strikes (ضد X) does not make the later attacks X's",
    text: "وقال البيان إن الولايات المتحدة نفذت ضربات ضد داعش وإن الهجمات ركزت على مدينة الرقة.",
    cast: [cast("us"), isis, raqqa],
    present: [],
    absent: ["isis ATTACKED raqqa"],
  },
];

describe("event precision, round 21", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

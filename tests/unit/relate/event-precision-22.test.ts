import { describe, it } from "vitest";
import { checkRelationCase, city, country, org, person, place, type RelationCase, cast } from "./fixture.js";

// Issue 14, event relations round 22: a preposition of two letters after و (وفي X) is still a
// preposition, the pronoun of the content agrees with whom it stands for (وأنها تدعم), the
// attacker is an attack noun's genitive (هجوم X على Y، بقصف لـX على Y), a reception by an
// honorific (في استقبال فخامته). Sentences written for these tests.
const ir = cast("ir");
const eg = cast("eg");
const isis = cast("isis");
const hez = org("hez", "حزب الله");
const minister = person("minister", "سامي الحداد", "الحداد");
const envoy = person("envoy", "رامي الخطيب");
const guest = person("guest", "نادر العمري");
const host = person("host", "فارس الدوسري");
const mosul = city("mosul", "مدينة الموصل");
const taiz = city("taiz", "مدينة تعز");
const militia = org("militia", "ميليشيا الحوثي");
const ps = country("ps", "فلسطين", "الفلسطيني", "الفلسطينية");
const jeddah = city("jeddah", "جدة");
const sa = cast("sa");
const il = cast("il");
const us = cast("us");
const ye = cast("ye");
const resistance = org("resistance", "المقاومة الشعبية");
const houthis = org("houthis", "الحوثيين");
const prov = place("prov", "محافظة تعز");
const eu = org("eu", "الاتحاد الأوروبي");
const bank = org("bank", "البنك الدولي");
const agency = org("agency", "واس");
const post = org("post", "البريد الممتاز");
const health = org("health", "وزارة الصحة");
const officer = person("officer", "عبدالله الغامدي");
const king = person("king", "سلمان بن راشد");
const club = org("club", "نادي النصر");
const afc = org("afc", "الاتحاد الآسيوي");

const cases: RelationCase[] = [
  {
    family: "وفي X سيلتقي Y: the place behind وفي is where, not who meets",
    text: "وفي مصر سيلتقي سامي الحداد غدا مع رامي الخطيب لبحث التعاون.",
    cast: [eg, minister, envoy],
    present: ["envoy MET minister"],
    absent: ["eg MET minister", "minister MET eg"],
  },
  {
    family: "ومن X: the place behind ومن is no subject",
    text: "ومن القاهرة سيتوجه سامي الحداد إلى طهران.",
    cast: [eg, ir, minister],
    present: ["minister VISITED ir"],
    absent: ["eg VISITED ir"],
  },
  {
    family: "pronoun of the content: قال الرجل إن X ... وأنها تدعم Y — not the man",
    text: "وقال سامي الحداد إن إيران تزعزع استقرار المنطقة وأنها تدعم حزب الله.",
    cast: [minister, ir, hez],
    present: [],
    absent: ["minister SUPPORTS hez"],
  },
  {
    family: "pronoun of the content: a state's statement with أنها still takes the state",
    text: "وأعلنت إيران في بيان أنها تدعم حزب الله.",
    cast: [ir, hez],
    present: ["ir SUPPORTS hez"],
  },
  {
    family: "attack noun: هجوم X على Y — the genitive attacks",
    text: "وأدان سامي الحداد هجوم داعش على مدينة الموصل.",
    cast: [minister, isis, mosul],
    present: ["isis ATTACKED mosul"],
    absent: ["minister ATTACKED mosul"],
  },
  {
    family: "attack noun: بقصف لـX على Y — the genitive behind ل attacks",
    text: "وقتل عشرة مدنيين بقصف لميليشيا الحوثي على مدينة تعز أمس.",
    cast: [militia, taiz],
    present: ["militia ATTACKED taiz"],
  },
  {
    family: "attack noun: ضربات X على مواقع Y — the genitive attacks, the site's owner is hit",
    text: "وأسفرت ضربات التحالف الدولي على مواقع داعش عن مقتل العشرات.",
    cast: [cast("coalition"), isis],
    present: ["coalition ATTACKED isis"],
    absent: ["isis ATTACKED coalition"],
  },
  {
    family: "reception by an honorific: وكان في استقبال فخامته X",
    text: "وصل الرئيس الفلسطيني نادر العمري إلى جدة أمس. وكان في استقبال فخامته لدى وصوله فارس الدوسري.",
    cast: [ps, guest, jeddah, host],
    present: ["guest VISITED jeddah", "guest MET host"],
  },
  {
    family: "coord: اتفق X وY على إطلاع Z وW — the pair behind على is no subject",
    text: "واتفق المفاوضون على إطلاع سامي الحداد ورامي الخطيب على النتائج.",
    cast: [minister, envoy],
    present: [],
    absent: ["envoy COOPERATES_WITH minister", "minister COOPERATES_WITH envoy"],
  },
  {
    family: "coord: اتفق X وY — the subjects right after the verb still agree",
    text: "واتفق سامي الحداد ورامي الخطيب على مواصلة الحوار.",
    cast: [minister, envoy],
    present: ["envoy COOPERATES_WITH minister"],
  },
  {
    family: "group: X وY بسبب الاتفاق — a pair not right before the noun is no party",
    text: "وتقاربت السعودية وإسرائيل بسبب الاتفاق مع إيران.",
    cast: [sa, il, ir],
    present: [],
    absent: ["il COOPERATES_WITH sa", "sa COOPERATES_WITH il"],
  },
  {
    family: "group: X وY ستوقعان اتفاقية — the pair before the verb still signs",
    text: "وقال المصدر إن السعودية ومصر ستوقعان اتفاقية للتعاون البحري.",
    cast: [sa, eg],
    present: ["eg COOPERATES_WITH sa"],
  },
  {
    family: "affiliation: في منطقة Z التابعة لمحافظة Y — Y locates Z, it is not hit",
    text: "وهاجم مسلحو المقاومة الشعبية أمس منطقة الراهدة التابعة لمحافظة تعز.",
    cast: [resistance, prov, houthis],
    present: [],
    absent: ["resistance ATTACKED prov"],
  },
  {
    family: "backed: a nisba before المدعوم describes another noun",
    text: "وأشاد بالمشروع الذي تموله الحكومة الأميركية والمدعوم من الاتحاد الأوروبي والبنك الدولي.",
    cast: [us, eu, bank],
    present: [],
    absent: ["eu SUPPORTS us", "bank SUPPORTS us"],
  },
  {
    family: "agent: a dateline's agency (واس - الرياض:) is no agent of بالتعاون مع",
    text: "واس - الرياض: أطلقت الهيئة بالتعاون مع وزارة الصحة خدمة جديدة.",
    cast: [agency, health],
    present: [],
    absent: ["agency COOPERATES_WITH health", "health COOPERATES_WITH agency"],
  },
  {
    family: "agent: an organiser opening the sentence after a dateline still cooperates",
    text: "واس - الرياض: أطلق البريد الممتاز بالتعاون مع وزارة الصحة خدمة جديدة.",
    cast: [agency, post, health],
    present: ["health COOPERATES_WITH post"],
  },
  {
    family: "adjective: القوات المساعدة (auxiliary forces) is no support",
    text: "وحضر الحفل سامي الحداد والقائد الجهوي للقوات المساعدة عبدالله الغامدي.",
    cast: [minister, officer],
    present: [],
    absent: ["minister SUPPORTS officer"],
  },
  {
    family: "direction: على توجيهاته بتقديم المساعدات لـY — who directs gives nothing",
    text: "ورفع الوزير شكره للملك سلمان بن راشد - حفظه الله - على توجيهاته بتقديم المساعدات العاجلة للشعب اليمني.",
    cast: [king, ye],
    present: [],
    absent: ["king FUNDED ye"],
  },
  {
    family: "negation: ولن يكون هناك أي عقوبة على X",
    text: "وتعاقد نادي النصر مع لاعب من الاتحاد الآسيوي، ولن يكون هناك أي عقوبة على نادي النصر.",
    cast: [afc, club],
    present: [],
    absent: ["afc SANCTIONED club"],
  },
  {
    family: "aside: X – وهو مستشار لـY – عقد اجتماعا مع Z: Y in the aside is no party",
    text: "وقال المصدر إن المبعوث – وهو مستشار قديم لسامي الحداد – عقد اجتماعا مع رامي الخطيب في روما.",
    cast: [minister, envoy],
    present: [],
    absent: ["envoy MET minister"],
  },
  {
    family: "genitive: طلب X زيارة القوات البحرية إلى Y — the forces visit, not X",
    text: "وقال المتحدث إن سامي الحداد طلب خلال اللقاء زيارة القوات البحرية المصرية إلى مدينة تعز.",
    cast: [minister, taiz, eg],
    present: [],
    absent: ["minister VISITED taiz", "eg VISITED taiz"],
  },
  {
    family: "genitive: a named genitive after the visit noun is the visitor",
    text: "وتأتي زيارة سامي الحداد إلى مدينة تعز بعد أسبوع من المعارك.",
    cast: [minister, taiz],
    present: ["minister VISITED taiz"],
  },
  {
    family: "before: a name behind ل before an event noun is another word's complement",
    text: "وأكد الوزراء دعمهم لحزب الله في حربه على داعش ومواصلة التعاون مع مصر.",
    cast: [hez, isis, eg],
    present: [],
    absent: ["eg COOPERATES_WITH hez", "hez COOPERATES_WITH eg"],
  },
  {
    family: "victims: مقتل عشرة من X بقصف للتحالف على Y — X is hit, not the attacker",
    text: "وقتل عشرة من الحوثيين بقصف للتحالف على مدينة تعز.",
    cast: [houthis, taiz],
    present: [],
    absent: ["houthis ATTACKED taiz"],
  },
  {
    family: "praise: وثمنت X دعم Y — Y supports X",
    text: "وأصدر حزب الله بيانا، وثمن دعم إيران.",
    cast: [minister, hez, ir],
    present: ["ir SUPPORTS hez"],
    absent: ["hez SUPPORTS ir"],
  },
];

describe("event relations, round 22", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

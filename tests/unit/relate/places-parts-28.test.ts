import { describe, it } from "vitest";
import { checkRelationCase, type RelationCase, org, city, place, country, person } from "./fixture.js";

// Issue 14, places and parts, round 28. Sentences written for these tests.
const netherlands = country("country:NL", "هولندا", "الهولندية", "الهولندي");
const sweden = country("country:SE", "السويد");
const india = country("country:IN", "الهند", "الهندية");
const britain = country("country:GB", "بريطانيا", "البريطانية");
const morocco = country("country:MA", "المغرب");
const germany = country("country:DE", "ألمانيا", "الألمانية");
const media = (id: string, name: string) => ({ ...org(id, name), properties: { kind: "newspaper" } });

const cases: RelationCase[] = [
  {
    family: "a town set off in quotes keeps its country's nisba",
    text: 'وأقام الفريق معسكره بمدينة "ليندهوفن" الهولندية الأسبوع الماضي.',
    cast: [city("town", "ليندهوفن"), netherlands],
    present: ["town LOCATED_IN country:NL"],
  },
  {
    family: "a town set off in quotes keeps the place behind ب and a direction",
    text: 'وضبطت الشرطة المزرعة في "كارلسبرغ" بغرب السويد أمس.',
    cast: [city("town", "كارلسبرغ"), sweden],
    present: ["town LOCATED_IN country:SE"],
  },
  {
    family: "quotes that do not close the name still break the phrase",
    text: 'وقال إن "الوضع في ليندهوفن" الهولندية هادئ.',
    cast: [city("town", "ليندهوفن"), netherlands],
    present: [],
    absent: ["town LOCATED_IN country:NL"],
  },
  {
    family: "a company written after شركة with a country's nisba is that country's",
    text: "وقالت شركة «فاركو» الهندية إنها ستبني مصنعاً جديداً.",
    cast: [org("co", "فاركو"), india],
    present: ["co PART_OF country:IN"],
  },
  {
    family: "so is a group written after مجموعة",
    text: "وذكرت مجموعة تريد لاين البريطانية في تقريرها أن الصفقات تراجعت.",
    cast: [org("co", "تريد لاين"), britain],
    present: ["co PART_OF country:GB"],
  },
  {
    // Round 33: media with a country's nisba are PART_OF it, as the gold conventions write them.
    family: "a newspaper with a nisba is its country's (round 33)",
    text: "وذكرت صحيفة الأيام الألمانية أن الاجتماع انتهى.",
    cast: [media("paper", "الأيام"), germany],
    present: ["paper PART_OF country:DE"],
  },
  {
    family: "a university in a country is there",
    text: "وقال الباحث في جامعة أوترخت في هولندا إن النتائج مهمة.",
    cast: [org("uni", "جامعة أوترخت"), netherlands],
    present: ["uni LOCATED_IN country:NL"],
  },
  {
    family: "an embassy in a country is there",
    text: "وأعلنت السفارة السعودية في المغرب أن الرحلات مستمرة.",
    cast: [org("emb", "السفارة السعودية"), morocco],
    present: ["emb LOCATED_IN country:MA"],
  },
  {
    family: "another body in a country names where it acts, not its seat",
    text: "وقالت هيئة الإغاثة في المغرب إن المساعدات وصلت.",
    cast: [org("relief", "هيئة الإغاثة"), morocco],
    present: [],
    absent: ["relief LOCATED_IN country:MA"],
  },
  {
    family: "an adjective after a stadium's name before في",
    text: "وأقيم النهائي على ملعب النسور الشهير في مدريد.",
    cast: [place("stadium", "ملعب النسور"), city("madrid", "مدريد")],
    present: ["stadium LOCATED_IN madrid"],
  },
  {
    family: "an aside in parentheses after a name before ب + place",
    text: "ويقع مركز الأمير فيصل الثقافي (ثقافة) بالظهران.",
    cast: [org("centre", "مركز الأمير فيصل الثقافي"), city("dhahran", "الظهران")],
    present: ["centre LOCATED_IN dhahran"],
  },
  {
    family: "a factory in a town",
    text: "وزار الوفد مصنع الأمل في مدينة الجبيل الصناعية.",
    cast: [place("factory", "مصنع الأمل"), city("jubail", "الجبيل")],
    present: ["factory LOCATED_IN jubail"],
  },
  {
    family: "a cell of a ministry is part of it",
    text: "ونفذت خلية الإنقاذ الطارئ بوزارة الصحة الخطة.",
    cast: [org("cell", "خلية الإنقاذ الطارئ"), org("moh", "وزارة الصحة")],
    present: ["cell PART_OF moh"],
  },
  {
    family: "a research chair of a university is part of it",
    text: "وينظم كرسي الأمير فهد لأبحاث المياه بجامعة الملك خالد الندوة.",
    cast: [org("chair", "كرسي الأمير فهد لأبحاث المياه"), org("uni", "جامعة الملك خالد")],
    present: ["chair PART_OF uni"],
  },
  {
    family: "a body named with its own place: the container after it holds that place, not the body",
    text: "نظمت لجنة التنمية الاجتماعية بالعرين في محافظة الوادي برنامجها.",
    cast: [
      org("committee", "لجنة التنمية الاجتماعية بالعرين"),
      city("arin", "العرين"),
      place("gov", "محافظة الوادي"),
    ],
    present: ["arin LOCATED_IN gov", "committee LOCATED_IN arin"],
    absent: ["committee LOCATED_IN gov"],
  },
  {
    family: "towns and districts of one list share the region after it, whatever their type",
    text: "وهطلت الأمطار على محافظات الطائف والليث والقنفذة بمنطقة مكة المكرمة.",
    cast: [
      place("taif", "الطائف"),
      place("laith", "الليث"),
      city("qunfudhah", "القنفذة"),
      place("makkah", "منطقة مكة المكرمة"),
    ],
    present: ["taif LOCATED_IN makkah", "laith LOCATED_IN makkah", "qunfudhah LOCATED_IN makkah"],
  },
  {
    family: "a governorate is not inside a place the article names as a governorate elsewhere",
    text: "وصلى المصلون في جامع النور بمحافظة الطائف بميسان. ثم نقل الجثمان إلى محافظة ميسان.",
    cast: [place("taif", "محافظة الطائف"), place("maysan", "ميسان", "محافظة ميسان")],
    present: [],
    absent: ["taif LOCATED_IN maysan"],
  },
  {
    family: "an area is in a province whose gazetteer alias (not written here) names a governorate",
    text: "وقتل جنديان في منطقة اكتشاي في ولاية شرناق أمس.",
    cast: [place("area", "منطقة اكتشاي"), place("province", "شرناق", "محافظة شرناق")],
    present: ["area LOCATED_IN province"],
  },
  {
    family: "a town's adjective before في is no site's (جدة التاريخية names a quarter)",
    text: "وتجول الزوار في جدة التاريخية في البلد القديم.",
    cast: [city("jeddah", "جدة"), country("sa", "البلد")],
    present: [],
    absent: ["jeddah LOCATED_IN sa"],
  },
  {
    family: "a base with an adjective before الواقعة",
    text: "واستعادت القوات قاعدة العند الجوية الواقعة بمحافظة لحج.",
    cast: [place("base", "قاعدة العند"), place("lahj", "محافظة لحج")],
    present: ["base LOCATED_IN lahj"],
  },
  {
    family: "villages listed after قرى share a singular التابعة",
    text: "وشملت الأمطار قرى الحمراء والعين والسد التابعة لمحافظة بيشة.",
    cast: [city("a", "الحمراء"), city("b", "العين"), place("c", "السد"), place("bisha", "محافظة بيشة")],
    present: ["a LOCATED_IN bisha", "b LOCATED_IN bisha", "c LOCATED_IN bisha"],
  },
  {
    family: "a singular التابعة after a list of bodies still takes only the last one",
    text: "وحضر ممثلو جمعية البر وجمعية الوفاء التابعة لوزارة الشؤون الاجتماعية.",
    cast: [
      org("birr", "جمعية البر"),
      org("wafa", "جمعية الوفاء"),
      org("ministry", "وزارة الشؤون الاجتماعية"),
    ],
    present: ["wafa PART_OF ministry"],
    absent: ["birr PART_OF ministry"],
  },
  {
    family: "places named after منها / من بينها are in the container of the plural before",
    text: "وسقطت قذائف على عدة قرى بمحافظة صعدة منها الحمراء والعين.",
    cast: [city("a", "الحمراء"), city("b", "العين"), place("saada", "محافظة صعدة")],
    present: ["a LOCATED_IN saada", "b LOCATED_IN saada"],
  },
  {
    family: "منها after a container with no plural place head is no list of its places",
    text: "وزار الوزير محافظة صعدة منها إلى العين.",
    cast: [city("b", "العين"), place("saada", "محافظة صعدة"), person("minister", "الوزير")],
    present: [],
    absent: ["b LOCATED_IN saada"],
  },
];

describe("places and parts, round 28", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

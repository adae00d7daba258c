import { describe, it } from "vitest";
import {
  CAST,
  checkRelationCase,
  type FixtureEntity,
  type RelationCase,
  person,
  org,
  city,
  place,
} from "./fixture.js";

// Issue 14, round 8: noun-phrase facts — a region's emir before the royal honorifics, a title set
// off after the name by a comma or a semicolon (also a unit's title), a president governed by a
// preposition over an honorific, units of a body (إدارة X بوزارة Y → PART_OF), secretaries-general
// of a body whose head the article names, titles naming their own state (خادم الحرمين الشريفين)
// after an envoy's title, roads named after a town. Sentences and names written for these tests,
// not taken from any corpus.
const sa: FixtureEntity = { ...CAST.sa!, forms: ["السعودية", "المملكة", "السعودي"] };

const cases: RelationCase[] = [
  {
    family: "LEADS: أمير منطقة Y صاحب السمو الملكي الأمير X (honorifics and a courtesy title between)",
    text: "ورعى أمير منطقة حائل صاحب السمو الملكي الأمير سعد بن فواز حفل التخرج.",
    cast: [place("hail", "منطقة حائل"), person("saad", "سعد بن فواز")],
    present: ["saad LEADS hail"],
  },
  {
    family:
      "LEADS: the same after an adviser's title naming the state (مستشار خادم الحرمين الشريفين أمير منطقة Y)",
    text: "وافتتح مستشار خادم الحرمين الشريفين أمير منطقة الجوف صاحب السمو الأمير نواف بن طلال المعرض.",
    cast: [place("jouf", "منطقة الجوف"), person("nawaf", "نواف بن طلال")],
    present: ["nawaf LEADS jouf"],
  },
  {
    family: "LEADS: من فخامة الرئيس X رئيس Y (a preposition over an honorific governs the name)",
    text: "وتلقى الملك رسالة من فخامة الرئيس عمر باكاري رئيس جمهورية مالي تتعلق بالعلاقات الثنائية.",
    cast: [CAST.ml!, person("omar", "عمر باكاري")],
    present: ["omar LEADS ml"],
  },
  {
    family: "MEMBER_OF: X؛ لاعب نادي Y (a semicolon sets off the apposition)",
    text: "وحضر الحفل شقيقه فارس المطيري؛ لاعب نادي الشباب.",
    cast: [org("shabab", "نادي الشباب"), person("fares", "فارس المطيري")],
    present: ["fares MEMBER_OF shabab"],
  },
  {
    family: "MEMBER_OF: X، مدير العلاقات العامة بوزارة Y، (a unit's title after the name)",
    text: "وبين خالد الدوسري، مدير العلاقات العامة بوزارة النقل، أن الطرق ستفتح قريبا.",
    cast: [org("transport", "وزارة النقل"), person("khaled", "خالد الدوسري")],
    present: ["khaled MEMBER_OF transport"],
    absent: ["khaled LEADS transport"],
  },
  {
    family: "LEADS: المشرف العام على Y X, and X، المشرف العام على Y",
    text:
      "وقال المشرف العام على مركز الأمير سلطان للإغاثة الدكتور ماجد الشهري إن القوافل وصلت. " +
      "وأضاف حسن الزهراني، المشرف العام على جمعية البر الخيرية، أن التوزيع بدأ.",
    cast: [
      org("centre", "مركز الأمير سلطان للإغاثة"),
      org("birr", "جمعية البر الخيرية"),
      person("majed", "ماجد الشهري"),
      person("hasan", "حسن الزهراني"),
    ],
    present: ["majed LEADS centre", "hasan LEADS birr"],
  },
  {
    family: "MEMBER_OF: المشرف العام على + a unit + ب + the organisation",
    text: "وأكد المشرف العام على الشؤون الإدارية بجامعة الملك خالد سامي القرني جاهزية المباني.",
    cast: [org("kku", "جامعة الملك خالد"), person("sami", "سامي القرني")],
    present: ["sami MEMBER_OF kku"],
    absent: ["sami LEADS kku"],
  },
  {
    family: "PART_OF: a unit written with its body behind ب or في (إدارة X بوزارة Y، لجنة X في الاتحاد Y)",
    text:
      "وأعلنت إدارة المناهج بوزارة التعليم موعد الاختبارات. " +
      "ونظرت لجنة الانضباط في الاتحاد الكويتي لكرة القدم في الشكوى.",
    cast: [
      org("curricula", "إدارة المناهج"),
      org("moe", "وزارة التعليم"),
      org("discipline", "لجنة الانضباط"),
      org("kfa", "الاتحاد الكويتي لكرة القدم"),
    ],
    present: ["curricula PART_OF moe", "discipline PART_OF kfa"],
  },
  {
    family: "no PART_OF: لجنة X برئاسة Y (who chairs it) or a unit set off by a comma",
    text:
      "واجتمعت لجنة المسابقات برئاسة الهيئة العامة للرياضة أمس. " +
      "وقالت إدارة المرور، في وزارة الداخلية يعملون على الخطة.",
    cast: [
      org("comp", "لجنة المسابقات"),
      org("gsa", "الهيئة العامة للرياضة"),
      org("traffic", "إدارة المرور"),
      org("moi", "وزارة الداخلية"),
    ],
    present: [],
    absent: ["comp PART_OF gsa", "traffic PART_OF moi"],
  },
  {
    family: "MEMBER_OF: a secretary-general of a body whose president the article names",
    text:
      "وأكد الأمين العام لرابطة الأندية الخليجية فهد العنزي جاهزية الملاعب. " +
      "وحضر رئيس رابطة الأندية الخليجية عادل الحربي الافتتاح.",
    cast: [org("atf", "رابطة الأندية الخليجية"), person("fahd", "فهد العنزي"), person("adel", "عادل الحربي")],
    present: ["fahd MEMBER_OF atf", "adel LEADS atf"],
    absent: ["fahd LEADS atf"],
  },
  {
    family: "LEADS: a secretary-general of a body with no other head named",
    text: "وقال الأمين العام لجامعة الدول العربية جون هارت إن الاجتماع ضروري.",
    cast: [org("league", "جامعة الدول العربية"), person("hart", "جون هارت")],
    present: ["hart LEADS league"],
  },
  {
    family: "MEMBER_OF the state an envoy's title names (سفير خادم الحرمين الشريفين لدى Y X), never LEADS Y",
    text:
      "وسلم سفير خادم الحرمين الشريفين لدى الأردن الدكتور نايف العتيبي رسالة من السعودية. " +
      "ووصل مبعوث خادم الحرمين الشريفين الأمير سلطان بن فهد إلى القاهرة.",
    cast: [sa, CAST.jo!, CAST.eg!, person("naif", "نايف العتيبي"), person("sultan", "سلطان بن فهد")],
    present: ["naif MEMBER_OF sa", "sultan MEMBER_OF sa"],
    absent: ["naif LEADS jo", "naif LEADS sa", "sultan LEADS sa"],
  },
  {
    family: "no LEADS of another state when the article does not name the one the title names",
    text: "وقدم سفير خادم الحرمين الشريفين لدى اليمن محمد القحطاني أوراق اعتماده.",
    cast: [CAST.ye!, person("mohammed", "محمد القحطاني")],
    present: [],
    absent: ["mohammed LEADS ye"],
  },
  {
    family: "no LOCATED_IN from a road named after a town (طريق Y)",
    text: "ووقع الحادث على طريق المدينة المنورة شمال جدة.",
    cast: [place("road", "طريق المدينة المنورة"), city("medina", "المدينة المنورة"), city("jeddah", "جدة")],
    present: [],
    absent: ["road LOCATED_IN medina"],
  },
  {
    family: "a deputy minister's ministry is of his country, not another country's (nisba)",
    text:
      "والتقى نائب وزير الخارجية الصيني لي وانغ السفيرة المتجولة لمكتب الطاقة بوزارة الخارجية " +
      "الأمريكية سارة بيل.",
    cast: [
      { id: "cn", type: "Country", forms: ["الصيني"] },
      org("usdos", "وزارة الخارجية الأمريكية"),
      org("energy", "مكتب الطاقة"),
      person("li", "لي وانغ"),
      person("sarah", "سارة بيل"),
    ],
    present: ["li MEMBER_OF cn", "sarah MEMBER_OF energy", "energy PART_OF usdos"],
    absent: ["li MEMBER_OF usdos"],
  },
  {
    family: "LEADS: محافظ Y X → the governorate the article names, not the town",
    text: "وافتتح محافظ الخرج سعد العتيبي المهرجان الذي تنظمه محافظة الخرج.",
    cast: [city("kharj", "الخرج"), place("kharjgov", "محافظة الخرج"), person("saad", "سعد العتيبي")],
    present: ["saad LEADS kharjgov"],
    absent: ["saad LEADS kharj"],
  },
  {
    family: "LEADS: أمين Y X → the municipality (أمانة Y) and the town; a member of a region",
    text:
      "وأوضح أمين الدمام المهندس فهد الجبير أن أمانة الدمام بدأت المشروع. " +
      "وقال أمين منطقة تبوك المهندس محمد اليحيى إن أمانة منطقة تبوك أنهت الأعمال.",
    cast: [
      city("dammam", "الدمام"),
      org("dammamM", "أمانة الدمام"),
      person("fahd", "فهد الجبير"),
      place("tabuk", "منطقة تبوك"),
      org("tabukM", "أمانة منطقة تبوك"),
      person("mohammed", "محمد اليحيى"),
    ],
    present: ["fahd LEADS dammamM", "fahd LEADS dammam", "mohammed LEADS tabukM", "mohammed MEMBER_OF tabuk"],
    absent: ["mohammed LEADS tabuk"],
  },
  {
    family: "LEADS: برقية لفخامة الرئيس X رئيس Y (ل written on the honorific)",
    text: "وبعث الملك برقية تهنئة لفخامة الرئيس أحمد كيتا رئيس جمهورية مالي بمناسبة العيد الوطني.",
    cast: [CAST.ml!, person("keita", "أحمد كيتا")],
    present: ["keita LEADS ml"],
  },
  {
    family: "MEMBER_OF: وقال X وزير + a portfolio, of the one country the article names",
    text: "وقال الدكتور خالد العمر وزير الشؤون البلدية إن المشاريع في الأردن ستكتمل.",
    cast: [CAST.jo!, person("khaled", "خالد العمر")],
    present: ["khaled MEMBER_OF jo"],
  },
  {
    family: "no crown prince of the one country an article names (he may be visiting it)",
    text: "ووصل سعود بن فيصل ولي العهد إلى الأردن في زيارة رسمية.",
    cast: [CAST.jo!, person("saud", "سعود بن فيصل")],
    present: [],
    absent: ["saud MEMBER_OF jo"],
  },
  {
    family: "LEADS: X مدير عام المركز → the centre named before; no unit read over a clause",
    text:
      "وافتتح مركز الأمير فيصل للأبحاث معرضه. وصرح الدكتور صالح النمر مدير عام المركز بأن العمل بدأ. " +
      "وقال طلال السهلي مدير عام المؤسسة بأن العمل بدأ في مركز الأمير فيصل للأبحاث.",
    cast: [
      org("centre", "مركز الأمير فيصل للأبحاث"),
      person("saleh", "صالح النمر"),
      person("talal", "طلال السهلي"),
    ],
    present: ["saleh LEADS centre"],
    absent: ["talal MEMBER_OF centre", "talal LEADS centre"],
  },
  {
    family: "no LOCATED_IN from a conjunct that inherits في (X ومحافظة Y) or a name run on over it",
    text: "ويعقد الملتقى في جدة بتنظيم من هيئة السياحة ومحافظة الخرج.",
    cast: [
      city("jeddah", "جدة"),
      org("tourism", "هيئة السياحة"),
      place("kharjgov", "محافظة الخرج"),
      org("runon", "الجمعية الوطنية للتراث ومحافظة الأحساء"),
      city("ahsa", "الأحساء"),
    ],
    present: [],
    absent: ["tourism LOCATED_IN kharjgov"],
  },
  {
    family: "no LOCATED_IN from a name run on over a coordinated place (entity-stage boundary)",
    text: "وشاركت الجمعية الوطنية للتراث ومحافظة الأحساء في المعرض. وتقع الأحساء شرق المملكة.",
    cast: [org("runon", "الجمعية الوطنية للتراث ومحافظة الأحساء"), city("ahsa", "الأحساء")],
    present: [],
    absent: ["runon LOCATED_IN ahsa"],
  },
  {
    family: "no LOCATED_IN of a region in a governorate, nor of an island in its own name",
    text: "وتقع منطقة الجوف بمحافظة القريات حسب الخبر. وزار الوفد جزيرة سقطرى ثم عاد من سقطرى.",
    cast: [
      place("jouf", "منطقة الجوف"),
      place("qurayyat", "محافظة القريات"),
      place("island", "جزيرة سقطرى"),
      place("socotra", "سقطرى"),
    ],
    present: [],
    absent: ["jouf LOCATED_IN qurayyat", "island LOCATED_IN socotra"],
  },
  {
    family: "LOCATED_IN: a governorate in a region, a district in a town (sizes in order)",
    text: "وتقع محافظة القريات بمنطقة الجوف. ويقع حي النسيم بمدينة سكاكا.",
    cast: [
      place("jouf", "منطقة الجوف"),
      place("qurayyat", "محافظة القريات"),
      place("naseem", "حي النسيم"),
      place("sakaka", "مدينة سكاكا"),
    ],
    present: ["qurayyat LOCATED_IN jouf", "naseem LOCATED_IN sakaka"],
  },
];

describe("relate: noun-phrase facts, round 8", () => {
  it.each(cases)("$family", (c) => checkRelationCase(c));
});

import { describe, expect, it } from "vitest";
import { relate } from "../../../ingest/relate/index.js";
import { article, CAST, checkRelationCase, type RelationCase, person, org, city, place } from "./fixture.js";
import type { FixtureEntity } from "./fixture.js";

// Issue 14, round 6: noun-phrase facts that hold beyond the dev articles — an office's seat behind
// في, offices of the paper's home country written without it, clubs and public bodies named with
// a nisba, places الواقعة بـ a region, players by position. Sentences and names written for these
// tests, not taken from any corpus.
/** The home country: the entity stage links المملكة to it when the article makes that clear. */
const saHome: FixtureEntity = { ...CAST.sa!, forms: ["السعودية", "المملكة", "السعودي"] };
const ae: FixtureEntity = { id: "ae", type: "Country", forms: ["الإمارات", "الإماراتي", "الإماراتية"] };

const cases: RelationCase[] = [
  {
    family: "MEMBER_OF: a nisba title with its seat behind في (السفير الأميركي في الأمم المتحدة X)",
    text: "وقال السفير الأميركي في الأمم المتحدة جون ميلر إن القرار متوازن.",
    cast: [CAST.us!, CAST.un!, person("john", "جون ميلر")],
    present: ["john MEMBER_OF us"],
    absent: ["john MEMBER_OF un", "john LEADS un"],
  },
  {
    family: "LEADS + PART_OF: رئيس لجنة Y في المجلس Z X",
    text: "ودعا رئيس لجنة الطاقة في مجلس الأعمال الخليجي سامر النجار إلى خفض الرسوم.",
    cast: [
      org("committee", "لجنة الطاقة"),
      org("council", "مجلس الأعمال الخليجي"),
      person("samer", "سامر النجار"),
    ],
    present: ["samer LEADS committee", "committee PART_OF council"],
    absent: ["samer LEADS council"],
  },
  {
    family: "no title across في a city (استقبل أمير Y في الدوحة X: X is the guest)",
    text: "واستقبل أمير قطر في الدوحة رئيس الوزراء الإسباني.",
    cast: [{ id: "qa", type: "Country", forms: ["قطر"] }, CAST.doha!, CAST.es!],
    present: [],
    absent: ["qa LEADS doha"],
  },
  {
    family: "MEMBER_OF the home country: a chain of offices after a name, without the country",
    text: "وصل الأمير فهد بن سعد ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية إلى جدة أمس. وأكد أن المملكة ماضية في خططها.",
    cast: [saHome, person("fahd", "فهد بن سعد"), city("jeddah", "جدة")],
    present: ["fahd MEMBER_OF sa"],
  },
  {
    family: "MEMBER_OF the home country: ولي ولي العهد وزير الدفاع",
    text: "ورفع الأمير سلطان بن خالد ولي ولي العهد وزير الدفاع التهنئة. وقال إن المملكة قوية بأبنائها.",
    cast: [saHome, person("sultan", "سلطان بن خالد")],
    present: ["sultan MEMBER_OF sa"],
  },
  {
    family: "no home office when a name follows the title (استقبل X ولي العهد الأمير Y)",
    text: "واستقبل الملك عبدالله بن سعود ولي العهد الأمير نايف بن فهد في القصر. وقال إن المملكة بخير.",
    cast: [saHome, person("abdullah", "عبدالله بن سعود"), person("nayef", "نايف بن فهد")],
    present: ["nayef MEMBER_OF sa"],
    absent: ["abdullah MEMBER_OF sa"],
  },
  {
    family: "no home office without a home word (a foreign story names countries only)",
    text: "وصل الأمير فهد بن سعد وزير الداخلية إلى عمان قادما من السعودية.",
    cast: [CAST.sa!, CAST.jo!, person("fahd", "فهد بن سعد")],
    present: [],
    absent: ["fahd MEMBER_OF sa", "fahd MEMBER_OF jo"],
  },
  {
    family: "PART_OF: a club named with a country's nisba (نادي X الإماراتي)",
    text: "ورفضت إدارة الفريق طلب نادي الوصل الإماراتي تأجيل المباراة.",
    cast: [
      ae,
      { id: "wasl", type: "Organization", forms: ["نادي الوصل الإماراتي"], properties: { country: "ae" } },
    ],
    present: ["wasl PART_OF ae"],
  },
  {
    family:
      "PART_OF: a public body by its kind, nisba in the other gender (مؤسسة X السعودي; السعودية elsewhere)",
    text: "وأصدرت مؤسسة النقد العربي السعودي تقريرها عن المصارف في السعودية.",
    cast: [
      { id: "sa", type: "Country", forms: ["السعودية"] },
      {
        id: "sama",
        type: "Organization",
        forms: ["مؤسسة النقد العربي السعودي"],
        properties: { kind: "government-body", country: "sa" },
      },
    ],
    present: ["sama PART_OF sa"],
  },
  {
    family: "no PART_OF for a company named with a nisba",
    text: "وأعلنت شركة الاتصالات الإماراتية أرباحها.",
    cast: [
      ae,
      {
        id: "telco",
        type: "Organization",
        forms: ["شركة الاتصالات الإماراتية"],
        properties: { kind: "company" },
      },
    ],
    present: [],
    absent: ["telco PART_OF ae"],
  },
  {
    family: "LOCATED_IN: X الواقعة بـ Y",
    text: "وسقطت قذيفة على بلدة الرامة الواقعة بمحافظة درعا.",
    cast: [city("rama", "الرامة"), place("daraa", "محافظة درعا")],
    present: ["rama LOCATED_IN daraa"],
  },
  {
    family: "MEMBER_OF: a player by position (مهاجم نادي Y X)",
    text: "وغاب مهاجم نادي الفيصلي سعد العمري عن التدريب.",
    cast: [org("faisaly", "الفيصلي"), person("saad", "سعد العمري")],
    present: ["saad MEMBER_OF faisaly"],
  },
  {
    family: "no MEMBER_OF a country for a position's nisba (المدافع البرازيلي X)",
    text: "وجدد المدافع البرازيلي ماركو سيلفا عقده.",
    cast: [{ id: "br", type: "Country", forms: ["البرازيلي"] }, person("marco", "ماركو سيلفا")],
    present: [],
    absent: ["marco MEMBER_OF br"],
  },
  {
    family: "MEMBER_OF: المدير الفني لـ Y X is the club's coach, and his nisba is a nationality",
    text: "وقال المدير الفني للنصر البرتغالي جوزيه ماريو إن الفريق جاهز.",
    cast: [
      org("nassr", "النصر", "للنصر"),
      { id: "pt", type: "Country", forms: ["البرتغالي"] },
      person("jose", "جوزيه ماريو"),
    ],
    present: ["jose MEMBER_OF nassr"],
    absent: ["jose MEMBER_OF pt"],
  },
  {
    family: "LEADS: أمين عام نادي Y after a name",
    text: "وأكد سامي الحربي أمين عام نادي الوحدة أن الموسم مهم.",
    cast: [org("wahda", "الوحدة"), person("sami", "سامي الحربي")],
    present: ["sami LEADS wahda"],
  },
  {
    family: "LEADS: a modifier between the complement and the name (رئيس Y المستقيل X)",
    text: "وقال رئيس الاتحاد الدولي للسباحة المستقيل كارل هوفمان إنه راض.",
    cast: [org("fed", "الاتحاد الدولي للسباحة"), person("karl", "كارل هوفمان")],
    present: ["karl LEADS fed"],
  },
  {
    family: "LEADS: a title with a possessive pronoun (زار Y والتقى محافظها X)",
    text: "وزار الوفد هيئة الموانئ والتقى محافظها الدكتور سالم الراشد.",
    cast: [org("ports", "هيئة الموانئ"), person("salem", "سالم الراشد")],
    present: ["salem LEADS ports"],
  },
  {
    family: "MEMBER_OF: مدربه after the club (the pronoun reading beats the feminine title مدربة)",
    text: "وأعلن نادي الرائد أن مدربه خوان بيريز باق.",
    cast: [org("raed", "نادي الرائد"), person("juan", "خوان بيريز")],
    present: ["juan MEMBER_OF raed"],
  },
  {
    family: "no possessive title when a person stands between (X ومدربه Y: his coach)",
    text: "وقال اللاعب ماهر سعيد إن مدربه خوان بيريز ساعده كثيرا في نادي الرائد.",
    cast: [org("raed", "نادي الرائد"), person("maher", "ماهر سعيد"), person("juan", "خوان بيريز")],
    present: [],
    absent: ["juan MEMBER_OF raed", "juan LEADS raed"],
  },
  {
    family: "MEMBER_OF the home country: وزير + a portfolio that is no entity, before another joined name",
    text: "وكان في الاستقبال الأمير بدر بن فيصل وزير الشؤون البلدية والأمير سعد بن خالد. وقال إن المملكة بخير.",
    cast: [saHome, person("badr", "بدر بن فيصل"), person("saad", "سعد بن خالد")],
    present: ["badr MEMBER_OF sa"],
    absent: ["saad MEMBER_OF sa"],
  },
  {
    family: "MEMBER_OF: a minister's title in construct without ال (وزير مالية Y X)",
    text: "وقال وزير مالية الأردن سمير فارس إن العجز تراجع.",
    cast: [CAST.jo!, person("samir", "سمير فارس")],
    present: ["samir MEMBER_OF jo"],
  },
  {
    family: "MEMBER_OF: a head noun outside the organisation's name (X المتحدث الرسمي لهيئة Y)",
    text: "وأوضح ناصر العلي المتحدث الرسمي لهيئة الهلال الأحمر أن الفرق باشرت.",
    cast: [org("redc", "الهلال الأحمر"), person("nasser", "ناصر العلي")],
    present: ["nasser MEMBER_OF redc"],
  },
  {
    family: "MEMBER_OF, never LEADS: النائب الثاني لرئيس مجلس الوزراء in a chain after a name",
    text: "ورفع الأمير سلطان بن خالد ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع التهنئة. وقال إن المملكة قوية.",
    cast: [saHome, person("sultan", "سلطان بن خالد")],
    present: ["sultan MEMBER_OF sa"],
    absent: ["sultan LEADS sa"],
  },
  {
    family: "two titles before a name: an office of the home state, then a minister of a named ministry",
    text: "وناشد المواطن ولي ولي العهد وزير الدفاع صاحب السمو الملكي الأمير سلطان بن خالد التدخل لدى وزارة الدفاع. وقال إن المملكة لا تتأخر.",
    cast: [saHome, person("sultan", "سلطان بن خالد"), org("mod", "وزارة الدفاع")],
    present: ["sultan MEMBER_OF sa", "sultan LEADS mod"],
  },
  {
    family:
      "no PART_OF for a nisba set off by a comma or before a name (نادي Y، البرتغالي X؛ الوحدة اليوناني X)",
    text: "وحمّل رئيس نادي الوصل، البرتغالي جوزيه ماريو مسؤولية الخسارة. وقال مدرب نادي الرائد اليوناني نيكوس إن الفريق جاهز.",
    cast: [
      { id: "pt", type: "Country", forms: ["البرتغالي"] },
      { id: "gr", type: "Country", forms: ["اليوناني"] },
      org("wasl", "نادي الوصل"),
      org("raed", "نادي الرائد"),
      person("jose", "جوزيه ماريو"),
      person("nikos", "نيكوس"),
    ],
    present: [],
    absent: ["wasl PART_OF pt", "raed PART_OF gr"],
  },
  {
    family: "no home office when the article's home word went to another state than a title names",
    text: "ورفع الأمير سلطان بن خالد ولي ولي العهد التهنئة لخادم الحرمين الشريفين. وقال إن البلاد تشكر الولايات المتحدة.",
    cast: [{ ...CAST.us!, forms: ["الولايات المتحدة", "البلاد"] }, person("sultan", "سلطان بن خالد")],
    present: [],
    absent: ["sultan MEMBER_OF us"],
  },
  {
    family: "no home office for رئيس + a common noun after a name (X رئيس اللجنة: the committee's head)",
    text: "وقال سامي الحربي رئيس اللجنة إن العمل مستمر. وأكد أن المملكة تدعم المشروع.",
    cast: [saHome, person("sami", "سامي الحربي")],
    present: [],
    absent: ["sami MEMBER_OF sa", "sami LEADS sa"],
  },
];

describe("relate: noun-phrase facts (issue 14, round 6)", () => {
  it.each(cases)("$family", (c) => checkRelationCase(c));

  it("names the home offices' roles in English", () => {
    const text = "ورفع الأمير سلطان بن خالد ولي ولي العهد وزير الدفاع التهنئة. وقال إن المملكة قوية.";
    const { relations } = relate(article(text, [saHome, person("sultan", "سلطان بن خالد")]));
    expect(relations.find((r) => r.source === "sultan")).toMatchObject({
      type: "MEMBER_OF",
      target: "sa",
      properties: { role: "deputy crown prince" },
    });
  });
});

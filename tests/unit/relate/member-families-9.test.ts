import { describe, it } from "vitest";
import { CAST, checkRelationCase, type RelationCase, person, org, place, country } from "./fixture.js";

// Issue 14, round 9: MEMBER_OF families — the title of a unit (فرع، قسم، مكتب) of an organisation
// named before by its head noun (الناطق الإعلامي بفرع الهيئة X); consuls and attorneys general;
// a state's head noun between a title and the state (سفير جمهورية Y); a name right after a possessive
// meeting noun (خلال استقباله X سفير Y) takes the title after it; an office held by a present-tense
// verb (X الذي يتولى منصب T، X ويشغل منصب T); an age in brackets between a name and its title
// (X (22) سنة لاعب فريق Y); a minister received by the head of the one country the article names
// is not guessed to be of that country (he may be visiting). Sentences and names written for
// these tests, not taken from any corpus.

const cases: RelationCase[] = [
  {
    family: "MEMBER_OF: الناطق الإعلامي بفرع الهيئة بمنطقة Y X (a unit of the body named by its head noun)",
    text:
      "وباشرت فرق هيئة الهلال الأحمر بمنطقة تبوك عشرات الحوادث. " +
      "وأوضح الناطق الإعلامي بفرع الهيئة بتبوك سعد المطيري أن الفرق نقلت المصابين.",
    cast: [org("src", "الهلال الأحمر"), place("tabuk", "منطقة تبوك", "تبوك"), person("saad", "سعد المطيري")],
    present: ["saad MEMBER_OF src"],
    absent: ["saad LEADS src"],
  },
  {
    family: "MEMBER_OF: مدير عام فرع الوزارة بمنطقة Y X (the branch is in Y, the ministry is not)",
    text:
      "وأطلقت وزارة العمل برنامجا جديدا للتوظيف. " +
      "وقال مدير عام فرع الوزارة بمنطقة القصيم ماجد العتيبي إن البرنامج يبدأ الأسبوع المقبل.",
    cast: [org("mol", "وزارة العمل"), place("qassim", "منطقة القصيم"), person("majed", "ماجد العتيبي")],
    present: ["majed MEMBER_OF mol"],
    absent: ["majed LEADS mol", "mol LOCATED_IN qassim"],
  },
  {
    family: "MEMBER_OF: رئيس قسم العلاقات بالجامعة X (ب on the head noun)",
    text:
      "وافتتحت جامعة الملك فيصل معرضا للكتاب. " +
      "وقال رئيس قسم العلاقات العامة بالجامعة فهد الشمري إن المعرض يستمر أسبوعا.",
    cast: [org("kfu", "جامعة الملك فيصل"), person("fahd", "فهد الشمري")],
    present: ["fahd MEMBER_OF kfu"],
    absent: ["fahd LEADS kfu"],
  },
  {
    family: "LEADS unchanged: رئيس الهيئة X and المتحدث الرسمي للهيئة X",
    text:
      "وأصدرت هيئة الطيران المدني تعليمات جديدة. " +
      "وقال رئيس الهيئة خالد الحربي إن التعليمات تسري فورا. " +
      "وأضاف المتحدث الرسمي للهيئة نايف الزهراني أن المطارات جاهزة.",
    cast: [
      org("gaca", "هيئة الطيران المدني"),
      person("khaled", "خالد الحربي"),
      person("nayef", "نايف الزهراني"),
    ],
    present: ["khaled LEADS gaca", "nayef MEMBER_OF gaca"],
    absent: ["nayef LEADS gaca"],
  },
  {
    family: "MEMBER_OF: سفير جمهورية Y X، القنصل العام لجمهورية Y X (a republic's head noun)",
    text:
      "وقال سفير جمهورية البرتغال جواو سيلفا إن الزيارة ناجحة. " +
      "وأضاف القنصل العام لجمهورية البرتغال بيدرو كوستا أن التأشيرات تصدر خلال أسبوع.",
    cast: [
      country("pt", "البرتغال", "البرتغالي"),
      person("joao", "جواو سيلفا"),
      person("pedro", "بيدرو كوستا"),
    ],
    present: ["joao MEMBER_OF pt", "pedro MEMBER_OF pt"],
    absent: ["joao LEADS pt", "pedro LEADS pt"],
  },
  {
    family: "MEMBER_OF: المحامي العام لنيابة Y، X (Attorney General, a comma before the name)",
    text: "وصرح المحامي العام لنيابة الأموال العامة، ماجد العنزي، بأن القضية أحيلت إلى المحكمة.",
    cast: [org("pros", "نيابة الأموال العامة"), person("majed", "ماجد العنزي")],
    present: ["majed MEMBER_OF pros"],
    absent: ["majed LEADS pros"],
  },
  {
    family: "MEMBER_OF: خلال استقباله X قنصل عام جمهورية Y (the title after the reception's object)",
    text: "وناقش مدير الغرفة التجارية فهد العتيبي فرص الاستثمار، وذلك خلال استقباله جواو سيلفا قنصل عام جمهورية البرتغال.",
    cast: [
      org("chamber", "الغرفة التجارية"),
      country("pt", "البرتغال", "البرتغالي"),
      person("fahd", "فهد العتيبي"),
      person("joao", "جواو سيلفا"),
    ],
    present: ["joao MEMBER_OF pt", "fahd LEADS chamber"],
    absent: ["fahd MEMBER_OF pt"],
  },
  {
    family: "no apposition: استقبل الوزير X سفير Y (an unnamed ambassador may be the object)",
    text: "واستقبل وزير الخارجية الكويتي سعد المطيري سفير البرتغال في مكتبه.",
    cast: [country("kw", "الكويت", "الكويتي"), country("pt", "البرتغال"), person("saad", "سعد المطيري")],
    present: ["saad MEMBER_OF kw"],
    absent: ["saad MEMBER_OF pt"],
  },
  {
    family: "MEMBER_OF/LEADS: X الذي يتولى منصب T، X، ويشغل منصب T (a verb of holding an office)",
    text:
      "وحمل النائب المسؤولية سمير حداد الذي يتولى منصب نائب رئيس جمهورية لبنان حاليا. " +
      "وحضر اللقاء كمال عيسى، ويشغل منصب المدير التنفيذي لشركة النقل البحري. " +
      "وكانت هند العلي التي تشغل منصب وزيرة الصحة في لبنان قد زارت المستشفى.",
    cast: [
      CAST.lb!,
      org("shipping", "شركة النقل البحري"),
      person("samir", "سمير حداد"),
      person("kamal", "كمال عيسى"),
      person("hind", "هند العلي"),
    ],
    present: ["samir MEMBER_OF lb", "kamal LEADS shipping", "hind MEMBER_OF lb"],
    absent: ["samir LEADS lb"],
  },
  {
    family: "MEMBER_OF: X (22) سنة لاعب فريق Y، X (30 عاماً)، مدرب نادي Y (an age before the apposition)",
    text:
      "وتعاقدت إدارة النادي مع المهاجم ماجد الحربي (23) سنة لاعب فريق الوحدة الأول لكرة القدم. " +
      "كما تعاقدت مع طارق منصور (41 عاماً)، مدرب نادي الرائد السابق.",
    cast: [
      org("wahda", "الوحدة"),
      org("raed", "نادي الرائد"),
      person("majed", "ماجد الحربي"),
      person("tarek", "طارق منصور"),
    ],
    present: ["majed MEMBER_OF wahda", "tarek MEMBER_OF raed"],
  },
  {
    family: "no title: X (23) هدفا — an age with no title after it gives nothing",
    text: "وسجل ماجد الحربي (23) هدفا في المباراة.",
    cast: [org("wahda", "الوحدة"), person("majed", "ماجد الحربي")],
    present: [],
    absent: ["majed MEMBER_OF wahda"],
  },
  {
    family: "precision: استقبل أمير دولة Y X ... وزير الخارجية Z — Z is not guessed to be of the host Y",
    text:
      "استقبل أمير دولة قطر الشيخ حمد بن ناصر في الدوحة أمس وزير الخارجية فهد الدوسري. " +
      "كما استقبل أمير دولة قطر الشيخ حمد بن ناصر أمس سامي العلي وزير المالية.",
    cast: [
      { id: "qa", type: "Country", forms: ["قطر", "القطري"] },
      CAST.doha!,
      person("hamad", "حمد بن ناصر"),
      person("fahd", "فهد الدوسري"),
      person("sami", "سامي العلي"),
    ],
    present: ["hamad LEADS qa"],
    absent: ["fahd MEMBER_OF qa", "sami MEMBER_OF qa"],
  },
  {
    family: "the one country still reads a minister's office without a host: وقال وزير الخارجية Z",
    text: "وقال وزير الخارجية فهد الدوسري إن قطر تدعم الحل السياسي.",
    cast: [{ id: "qa", type: "Country", forms: ["قطر", "القطري"] }, person("fahd", "فهد الدوسري")],
    present: ["fahd MEMBER_OF qa"],
  },
];

describe("MEMBER_OF families, round 9", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

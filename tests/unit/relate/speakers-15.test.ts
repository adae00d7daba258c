import { describe, it } from "vitest";
import { checkSpeakerCase, country, org, person, type SpeakerCase } from "./fixture.js";

// Speaker families of the fifteenth round: a relaying outlet the article does not name (ونقل موقع
// إخباري عن X قوله), verbs that report only a quote (وواصل “...”، وختم بالقول «...»), the observatory
// and the police as coreferent bodies. Sentences written for these tests.
const karim = person("karim", "كريم الدوسري", "الدوسري");
const hana = person("hana", "هناء القحطاني", "القحطاني");
const observatory = org("observatory", "المرصد الوطني للزلازل");
const police = org("police", "شرطة دبي");
const ministry = org("ministry", "وزارة الزراعة");
const club = org("club", "نادي الساحل");
const salem = person("salem", "سالم العتيبي", "العتيبي");
const parliament = org("parliament", "مجلس النواب البحريني", "مجلس النواب");
const bahrain = country("bahrain", "البحرين", "البحريني");

const cases: SpeakerCase[] = [
  {
    family:
      "ونقل موقع إخباري عن X قوله إن: the unnamed relayer hands the words to X, who keeps the next وأضاف",
    text:
      "ونقل موقع إخباري محلي عن كريم الدوسري مدير التسويق في الشركة قوله إن المبيعات سترتفع. " +
      "وأضاف “سنفتح فروعاً جديدة في الشمال.”",
    cast: [karim],
    expected: [
      ["karim", "المبيعات سترتفع"],
      ["karim", "سنفتح فروعاً"],
    ],
  },
  {
    family: "ونقلت وكالة محلية عن مصادر أن: no one named after عن, no speaker",
    text: "ونقلت وكالة محلية عن مصادر مطلعة أن المفاوضات تعثرت.",
    cast: [],
    expected: [],
  },
  {
    family: "وواصل “...”: a quote right after the verb continues the last speaker",
    text: "قالت المدربة هناء القحطاني إن الفريق جاهز. وواصل “لا شيء رسمي حتى الآن”.",
    cast: [hana],
    expected: [
      ["hana", "الفريق جاهز"],
      ["hana", "لا شيء رسمي"],
    ],
  },
  {
    family: "وواصل الفريق تدريباته في “...”: a quote further on is no speech",
    text: "قالت المدربة هناء القحطاني إن الفريق جاهز. وواصل الفريق تدريباته في “الملعب الجديد” أمس.",
    cast: [hana],
    expected: [["hana", "الفريق جاهز"]],
  },
  {
    family: "وختم بالقول «...»، واختتم حديثه بالقول: the verb's opener before the quote or colon",
    text:
      "قال كريم الدوسري إن الموسم صعب. وختم بالقول «سنعود أقوى». " +
      "وقالت هناء القحطاني إن الدعم كبير. واختتمت حديثها بالقول: الجمهور يستحق الفوز.",
    cast: [karim, hana],
    expected: [
      ["karim", "الموسم صعب"],
      ["karim", "سنعود أقوى"],
      ["hana", "الدعم كبير"],
      ["hana", "الجمهور يستحق"],
    ],
  },
  {
    family: "وختم الفريق معسكره بالفوز: no quote, no speech",
    text: "قال كريم الدوسري إن الموسم صعب. وختم الفريق معسكره بالفوز على الضيوف.",
    cast: [karim],
    expected: [["karim", "الموسم صعب"]],
  },
  {
    family: "وأضاف المرصد أن: the observatory named before",
    text: "سجل المرصد الوطني للزلازل هزة خفيفة أمس. وأضاف المرصد أن الهزة لم تسبب أضراراً.",
    cast: [observatory],
    expected: [["observatory", "الهزة لم تسبب"]],
  },
  {
    family: "وذكرت الشرطة في بيان أن: the police force named before",
    text: "أوقفت شرطة دبي سائقاً متهوراً. وذكرت الشرطة في بيان أن السائق تجاوز السرعة المحددة.",
    cast: [police],
    expected: [["police", "السائق تجاوز"]],
  },
  {
    family: "واعترف X بأن، وعلق X بأن، وأجاب X بأن، وزاد: a cue right after the speaker or the verb",
    text:
      "واعترف كريم الدوسري بأن الفريق أخطأ في الشوط الأول. وعلقت هناء القحطاني بأن النتيجة عادلة. " +
      "وأجاب الدوسري بأن التعاقدات مستمرة. وزاد: الجمهور يستحق الأفضل.",
    cast: [karim, hana],
    expected: [
      ["karim", "الفريق أخطأ"],
      ["hana", "النتيجة عادلة"],
      ["karim", "التعاقدات مستمرة"],
      ["karim", "الجمهور يستحق"],
    ],
  },
  {
    family: "وزادت الأسعار بعد أن، وعلقت الشركة التداول، وأجاب على الأسئلة: no speech",
    text:
      "قال كريم الدوسري إن السوق مستقر. وزادت الأسعار بعد أن ارتفع الطلب. " +
      "وعلقت الهيئة التداول بعد أن انخفض السهم. وأجاب على أسئلة الحضور.",
    cast: [karim],
    expected: [["karim", "السوق مستقر"]],
  },
  {
    family: "ويضيف X لـ«...»، أن: the present tense of أضاف",
    text: "قال كريم الدوسري إن السوق مستقر. ويضيف الدوسري، أن الأسعار سترتفع في الربع المقبل.",
    cast: [karim],
    expected: [
      ["karim", "السوق مستقر"],
      ["karim", "الأسعار سترتفع"],
    ],
  },
  {
    family: "وأضاف بعد أن ...: a subordinating أن opens no content",
    text: "قال كريم الدوسري إن السوق مستقر. وأضاف بعد أن انتهى الاجتماع بساعة.",
    cast: [karim],
    expected: [["karim", "السوق مستقر"]],
  },
  {
    family: "وجاء في بيان لوزارة X أن: the issuer after the document speaks",
    text: "وجاء في بيان لوزارة الزراعة أمس أن الأمطار أنقذت المحاصيل.",
    cast: [ministry],
    expected: [["ministry", "الأمطار أنقذت"]],
  },
  {
    family: "أصدرت X بياناً جاء فيه أن، وجاء في البيان أن: the issuer noted for the document",
    text:
      "أصدرت وزارة الزراعة بياناً جاء فيه أن الأمطار أنقذت المحاصيل. " + "وجاء في البيان أن الأسعار ستنخفض.",
    cast: [ministry],
    expected: [
      ["ministry", "الأمطار أنقذت"],
      ["ministry", "الأسعار ستنخفض"],
    ],
  },
  {
    family: "جاء ذلك خلال ...، وجاء في بيان النادي: narration, and a coreferent that may be another club",
    text:
      "قال كريم الدوسري إن نادي الساحل جاهز. جاء ذلك خلال مؤتمر صحفي أن الفريق. " +
      "وجاء في بيان النادي الإنجليزي أن اللاعب وقع العقد.",
    cast: [karim, club],
    expected: [["karim", "نادي الساحل جاهز"]],
  },
  {
    family:
      "وأعرب رئيس مجلس النواب البحريني عن: the title that takes in the body's words (Speaker of Parliament)",
    text:
      "أدان رئيس مجلس النواب البحريني كريم الدوسري الهجوم. " +
      "وأعرب رئيس مجلس النواب البحريني عن خالص التعازي لأسر الضحايا.",
    cast: [parliament, karim, bahrain],
    expected: [["karim", "خالص التعازي"]],
  },
  {
    family: "عقد X وY مؤتمراً، وقالا إن: both persons named before the dual speak",
    text: "عقد كريم الدوسري وسالم العتيبي مؤتمراً صحفياً أمس، وقالا إن المحادثات مثمرة.",
    cast: [karim, salem],
    expected: [
      ["karim", "المحادثات مثمرة"],
      ["salem", "المحادثات مثمرة"],
    ],
  },
  {
    family: "التقى X نظيره Y. وأكدا أن: the two persons of the sentence before",
    text:
      "قالت هناء القحطاني إن السوق مستقر. التقى كريم الدوسري نظيره سالم العتيبي في الرياض. " +
      "وأكدا أن العلاقات متينة.",
    cast: [hana, karim, salem],
    expected: [
      ["hana", "السوق مستقر"],
      ["karim", "العلاقات متينة"],
      ["salem", "العلاقات متينة"],
    ],
  },
  {
    family: "التقى X بالصحفيين. وأكدا أن: one person is no pair; the dual names no one",
    text: "التقى كريم الدوسري بالصحفيين. وأكدا أن العلاقات متينة.",
    cast: [karim],
    expected: [],
  },
];

describe("speakers, round 15", () => {
  for (const c of cases) it(c.family, () => checkSpeakerCase(c));
});

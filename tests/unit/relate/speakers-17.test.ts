import { describe, it } from "vitest";
import { checkSpeakerCase, org, person, type SpeakerCase } from "./fixture.js";

// Speaker families of the seventeenth round: more forms of the reporting verbs (present, dual,
// plural), a quotation before its verb, سبق لـ X أن, press offices speaking for their body, a bare
// بين opening its sentence. Sentences written for these tests.
const samir = person("samir", "سمير العتيبي", "العتيبي");
const hani = person("hani", "هاني القرشي", "القرشي");
const nour = person("nour", "نوال الدوسري", "الدوسري");
const club = org("club", "نادي الاتفاق", "الاتفاق");
const health = org("health", "وزارة الصحة", "الوزارة");
const paper = org("paper", "صحيفة الأفق", "الأفق");

const cases: SpeakerCase[] = [
  {
    family: "a present verb after the speaker's name (ويؤكد X أن)",
    text: "ويؤكد الباحث سمير العتيبي أن السوق تتعافى ببطء.",
    cast: [samir],
    expected: [["samir", "السوق تتعافى"]],
  },
  {
    family: "a feminine present verb (وتشير X إلى أن)",
    text: "وتشير وزارة الصحة إلى أن الحالات تراجعت.",
    cast: [health],
    expected: [["health", "الحالات تراجعت"]],
  },
  {
    family: "وهو ما يؤكد أن: a present verb after ما says what a fact shows, no one speaks",
    text: "قال سمير العتيبي إن الأسعار ارتفعت. وهو ما يؤكد أن الطلب قوي.",
    cast: [samir],
    expected: [["samir", "الأسعار ارتفعت"]],
  },
  {
    family: "هذا المشروع يؤكد على: a present verb after its subject inside the words is no new report",
    text: "وأوضح سمير العتيبي أن هذا المشروع يؤكد على اهتمام الشركة بالطاقة.",
    cast: [samir],
    expected: [["samir", "هذا المشروع يؤكد"]],
  },
  {
    family: "أكدت X، عدمَ ...: a known object head after a comma",
    text: "أكدت وزارة الصحة، عدم وجود إصابات جديدة في المدينة.",
    cast: [health],
    expected: [["health", "عدم وجود إصابات"]],
  },
  {
    family: "a plural verb with no name continues no single speaker",
    text: "قال سمير العتيبي إن الموسم طويل. وأوضحوا أن التدريبات مستمرة.",
    cast: [samir],
    expected: [["samir", "الموسم طويل"]],
  },
  {
    family: "a dual verb of أوضح with two persons named before",
    text: "التقى سمير العتيبي هاني القرشي أمس، وأوضحا أن التنسيق مستمر.",
    cast: [samir, hani],
    expected: [
      ["samir", "التنسيق مستمر"],
      ["hani", "التنسيق مستمر"],
    ],
  },
  {
    family: "أفاد X عن: عن opens the words",
    text: "وأفاد سمير العتيبي عن تأجيل المباراة إلى الأسبوع المقبل.",
    cast: [samir],
    expected: [["samir", "تأجيل المباراة"]],
  },
  {
    family: "ولفتت X إلى أن",
    text: "ولفتت نوال الدوسري إلى أن الإقبال كان كبيراً.",
    cast: [nour],
    expected: [["nour", "الإقبال كان كبيراً"]],
  },
  {
    family: "أصر X على أن: insisted that",
    text: "وأصر المدرب هاني القرشي على أن الفريق قادر على المنافسة.",
    cast: [hani],
    expected: [["hani", "الفريق قادر"]],
  },
  {
    family: "أصر على الرحيل: no complementizer, no speech",
    text: "وأصر اللاعب هاني القرشي على الرحيل عن الفريق.",
    cast: [hani],
    expected: [],
  },
  {
    family: "أقر X بأن: admitted",
    text: "وأقر سمير العتيبي بأن الخطة تأخرت.",
    cast: [samir],
    expected: [["samir", "الخطة تأخرت"]],
  },
  {
    family: "أقر مشاركة X “...”: approved, a quoted name is no words",
    text: "وأقر الاتحاد مشاركة نادي الاتفاق “بطل الكأس” في البطولة.",
    cast: [club],
    expected: [],
  },
  {
    family: "«...»، قال X: the quotation before the verb is the words of the one named after it",
    text: "«لن نتراجع عن قرارنا»، قال المدرب هاني القرشي للصحفيين.",
    cast: [hani],
    expected: [["hani", "لن نتراجع عن قرارنا"]],
  },
  {
    family: "a quotation already reported is not given again to a verb after it",
    text: "وقال سمير العتيبي: «الفريق جاهز»، وقال هاني القرشي إن الجمهور سيحضر.",
    cast: [samir, hani],
    expected: [
      ["samir", "الفريق جاهز"],
      ["hani", "الجمهور سيحضر"],
    ],
  },
  {
    family: "..., على ما ذكرت صحيفة X: the clause before the marker is the outlet's report",
    text: "وتراجعت المبيعات في الربع الأول، على ما ذكرت صحيفة الأفق.",
    cast: [paper],
    expected: [["paper", "وتراجعت المبيعات في الربع الأول"]],
  },
  {
    family: "وبحسب ما ذكرت صحيفة X، فإن ...: the words after the comma",
    text: "وبحسب ما ذكرت صحيفة الأفق، فإن النادي يفاوض مدرباً جديداً.",
    cast: [paper],
    expected: [["paper", "النادي يفاوض"]],
  },
  {
    family: "حسبما أعلنت وزارة X",
    text: "وارتفع عدد الزوار إلى ألف زائر حسبما أعلنت وزارة الصحة.",
    cast: [health],
    expected: [["health", "وارتفع عدد الزوار"]],
  },
  {
    family: "وسبق لصحيفة X أن كشفت عن: the outlet between سبق and أن speaks",
    text: "وسبق لصحيفة الأفق أن كشفت عن خطة النادي للتعاقد مع مدرب جديد.",
    cast: [paper],
    expected: [["paper", "خطة النادي"]],
  },
  {
    family: "وذكر المركز الإعلامي بنادي X أن: the press office speaks for the club",
    text: "وذكر المركز الإعلامي بنادي الاتفاق أن توقيع العقد تم أمس.",
    cast: [club],
    expected: [["club", "توقيع العقد"]],
  },
  {
    family: "إدارة العلاقات العامة والإعلام بوزارة X",
    text: "وأكدت إدارة العلاقات العامة والإعلام بوزارة الصحة أن المستشفى جاهز.",
    cast: [health],
    expected: [["health", "المستشفى جاهز"]],
  },
  {
    family: "a department that is no press office (إدارة المشاريع بـ X) does not speak for the body",
    text: "وأكدت إدارة المشاريع بوزارة الصحة أن المستشفى جاهز.",
    cast: [health],
    expected: [],
  },
  {
    family: "بين opening its sentence, bare, over a title, is the verb «explained»",
    text: "بين مدير الإدارة الدكتور سمير العتيبي أن المشروع اكتمل.",
    cast: [samir],
    expected: [["samir", "المشروع اكتمل"]],
  },
  {
    family: "a bare بين inside a sentence stays «between»",
    text: "وجرى لقاء بين سمير العتيبي وهاني القرشي أكد فيه الطرفان أن التعاون مستمر.",
    cast: [samir, hani],
    expected: [],
  },
];

describe("speakers, round 17", () => {
  for (const c of cases) it(c.family, () => checkSpeakerCase(c));
});

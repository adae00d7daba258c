import { describe, it } from "vitest";
import { checkSpeakerCase, org, person, type SpeakerCase } from "./fixture.js";

// Speaker families of the eighteenth round: a report quoted after the body that published it
// (نشرت / أصدرت X تقريراً، في تقريرها), نوّه بـ, a dash aside inside the reporting clause, an
// honorific with a circumstance before its object. Sentences written for these tests.
const samir = person("samir", "سمير العتيبي", "العتيبي");
const health = org("health", "وزارة الصحة", "الوزارة");
const watch = org("watch", "منظمة الرقابة الدولية", "المنظمة");
const met = org("met", "هيئة الأرصاد الجوية", "الهيئة");

const cases: SpeakerCase[] = [
  {
    family: "نشرت X تقريراً ... وذكر التقرير أن: the body that published the report speaks",
    text: "نشرت منظمة الرقابة الدولية تقريراً جديداً عن السجون. وذكر التقرير أن الأوضاع تدهورت كثيراً.",
    cast: [watch],
    expected: [["watch", "الأوضاع تدهورت"]],
  },
  {
    family: "أصدرت X تقريراً ... وأشار التقرير إلى أن",
    text: "أصدرت وزارة الصحة أمس تقريراً سنوياً. وأشار التقرير إلى أن عدد المراجعين ارتفع.",
    cast: [health],
    expected: [["health", "عدد المراجعين ارتفع"]],
  },
  {
    family: "توقعت X في تقريرها ... وأورد التقرير أن: the body whose report it is",
    text: "ذكرت هيئة الأرصاد الجوية في تقريرها اليومي أن الطقس حار. وأورد التقرير أن الرياح ستكون شمالية.",
    cast: [met],
    expected: [
      ["met", "الطقس حار"],
      ["met", "الرياح ستكون شمالية"],
    ],
  },
  {
    family: "a report with no issuer named speaks for no one",
    text: "قال سمير العتيبي إن الموسم طويل. وذكر تقرير أن الأسعار سترتفع.",
    cast: [samir],
    expected: [["samir", "الموسم طويل"]],
  },
  {
    family: "نوّه X بـ: the ب is a prefix of the words",
    text: "ونوّه سمير العتيبي بالدعم الكبير الذي تلقاه النادي من الجماهير.",
    cast: [samir],
    expected: [["samir", "الدعم الكبير"]],
  },
  {
    family: "a dash aside inside the reporting clause (وشدد X -خلال جولته- على)",
    text: "وشدد سمير العتيبي -خلال جولته في المستشفى- على أهمية سرعة العلاج.",
    cast: [samir],
    expected: [["samir", "أهمية سرعة العلاج"]],
  },
  {
    family: "an aside between dashes with a comma inside, the speaker elided",
    text: "زار الوزير سمير العتيبي المدينة أمس. وشدد -خلال جولته على مستشفيات المدينة، ومراكزها الصحية أمس- على ضرورة جاهزية الخدمات.",
    cast: [samir],
    expected: [["samir", "ضرورة جاهزية الخدمات"]],
  },
  {
    family: "نوّه بـ with the speaker elided after a person's words",
    text: "قال سمير العتيبي إن الموسم ناجح. ونوه بجهود اللاعبين طوال العام.",
    cast: [samir],
    expected: [
      ["samir", "الموسم ناجح"],
      ["samir", "جهود اللاعبين"],
    ],
  },
  {
    family: "an honorific, a circumstance and an object (وأكد معاليه في ختام الزيارة أهمية)",
    text: "زار الوزير سمير العتيبي المستشفى أمس. وأكد معاليه في ختام الزيارة أهمية تطوير الخدمات.",
    cast: [samir],
    expected: [["samir", "أهمية تطوير الخدمات"]],
  },
  {
    family: "أقر X في ... بأن: a circumstance between the subject and the complementizer",
    text: "وأقرت وزارة الصحة في مطلع العام بأن بعض المستشفيات تعاني نقصاً في الكوادر.",
    cast: [health],
    expected: [["health", "بعض المستشفيات تعاني"]],
  },
  {
    family: "أقر X في اجتماعه خطة: approved, no complementizer, no words",
    text: "وأقرت وزارة الصحة في اجتماعها أمس خطة جديدة للطوارئ.",
    cast: [health],
    expected: [],
  },
];

describe("speakers, round 18", () => {
  for (const c of cases) it(c.family, () => checkSpeakerCase(c));
});

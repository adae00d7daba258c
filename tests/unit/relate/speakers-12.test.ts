import { describe, it } from "vitest";
import { CAST, checkSpeakerCase, person, type SpeakerCase, type FixtureEntity } from "./fixture.js";

// Speaker families of the twelfth round: content that is a noun phrase (أكد X حرص، أعلن عن),
// قائلاً after the name, a source or an outlet after the verb (وفقاً لما نقلته وكالة X، في حديث
// لإذاعة X، على موقع X) that is not the speaker. Sentences written for these tests.
const org = (id: string, forms: string[], kind?: string): FixtureEntity => ({
  id,
  type: "Organization",
  forms,
  ...(kind ? { properties: { kind } } : {}),
});
const omari = person("omari", "خالد العمري", "العمري");
const moh = org("moh", ["وزارة الصحة"], "ministry");
const spa = org("spa", ["وكالة الأنباء السعودية"], "news-agency");
const radio = org("radio", ["صوت المدينة"], "media");
const nakheel = org("nakheel", ["شركة النخيل"], "company");

const cases: SpeakerCase[] = [
  {
    family: "قائلاً right after the speaker's name: the content follows it",
    text: "وأوضح المشرف العام على الإعلام بوزارة الصحة خالد العمري قائلاً: إن الخطة جاهزة.",
    cast: [moh, omari],
    expected: [["omari", "الخطة جاهزة"]],
  },
  {
    family: "أكد على، أعلن عن، كشف عن open a noun phrase",
    text:
      "أكدت وزارة الصحة على ضرورة الالتزام بالتعليمات. " +
      "وأعلنت شركة النخيل عن عزمها افتتاح مصنع جديد. وكشف خالد العمري عن نتائج الدراسة.",
    cast: [moh, nakheel, omari],
    expected: [
      ["moh", "ضرورة الالتزام"],
      ["nakheel", "عزمها افتتاح"],
      ["omari", "نتائج الدراسة"],
    ],
  },
  {
    family: "أكد X + a noun phrase with no أن",
    text: "وأكد خالد العمري حرص الوزارة على تطوير الخدمات. وتوقع العمري زيادة عدد الزوار.",
    cast: [omari],
    expected: [
      ["omari", "حرص الوزارة"],
      ["omari", "زيادة عدد الزوار"],
    ],
  },
  {
    family: "وفقاً لما نقلته وكالة X: the agency relays, the last speaker speaks",
    text:
      "وأكد خالد العمري أن الخطة جاهزة. " + "وقال وفقاً لما نقلته وكالة الأنباء السعودية: «العمل يبدأ غداً».",
    cast: [omari, spa],
    expected: [
      ["omari", "الخطة جاهزة"],
      ["omari", "العمل يبدأ غداً"],
    ],
  },
  {
    family: "في حديث لإذاعة X: the station heard it, the last speaker speaks",
    text: "وأكد خالد العمري أن الخطة جاهزة. " + "وقال في حديث لإذاعة «صوت المدينة» إن العمل مستمر.",
    cast: [omari, radio],
    expected: [
      ["omari", "الخطة جاهزة"],
      ["omari", "العمل مستمر"],
    ],
  },
  {
    family: "على موقع X: the platform does not speak",
    text: "وأكد خالد العمري أن الخطة جاهزة. " + "وأعلن في بيان نشره على حسابه على موقع تويتر أن العمل مستمر.",
    cast: [omari, CAST.twitter!],
    expected: [
      ["omari", "الخطة جاهزة"],
      ["omari", "العمل مستمر"],
    ],
  },
  {
    family: "أعلنت جائزة X، قال سكان X: a place after an unnamed noun does not speak",
    text: "أعلنت جائزة الرياض للإبداع عن فتح باب الترشيح. وقال سكان غزة إن المياه مقطوعة.",
    cast: [CAST.sa!, CAST.gaza!],
    expected: [],
  },
  {
    family: "كشفت وسائل الإعلام X-ية عن: the country of a nisba alone does not speak",
    text: "وكشفت وسائل الإعلام الإسبانية عن تفاصيل الصفقة.",
    cast: [CAST.es!],
    expected: [],
  },
  {
    family: "قال الجيش لصحفيين يرافقون الوزير X: the army named before speaks, not X",
    text:
      "وأعلن الجيش الأمريكي أن الضربة نجحت. " +
      "وقال الجيش لصحفيين يرافقون وزير الدفاع الأمريكي جون ميلر إن الضربة قتلت قائداً.",
    cast: [
      { id: "army", type: "Organization", forms: ["الجيش الأمريكي"], properties: { kind: "military" } },
      CAST.us!,
      person("miller", "جون ميلر"),
    ],
    expected: [
      ["army", "الضربة نجحت"],
      ["army", "قتلت قائداً"],
    ],
  },
  {
    family: "دان X الهجوم. وقال إن: the previous sentence's subject speaks for the elided verb",
    text:
      "دان رئيس مجلس الأعيان في الأردن خالد العمري الهجوم على المستشفى. " +
      "وقال وفقاً لما نقلته وكالة الأنباء السعودية: «العمل يبدأ غداً».",
    cast: [CAST.jo!, omari, spa],
    expected: [["omari", "العمل يبدأ غداً"]],
  },
  {
    family: "بيان أصدره X ... وأضاف البيان: the issuer speaks",
    text:
      "وجاء ذلك في بيان أصدره المركز الإعلامي في شركة النخيل اليوم. " +
      "وأضاف البيان: «الإنتاج يبدأ الشهر المقبل».",
    cast: [nakheel],
    expected: [["nakheel", "الإنتاج يبدأ"]],
  },
  {
    family: "أعرب X؛ عن: a semicolon after the name before the opener",
    text: "وأعرب مدير الإعلام بوزارة الصحة خالد العمري؛ عن سعادته بالإنجاز.",
    cast: [moh, omari],
    expected: [["omari", "سعادته بالإنجاز"]],
  },
  {
    family: "وأكد أهمية X: an elided speaker before a known head of a noun phrase",
    text: "وقال خالد العمري إن الخطة جاهزة. وأكد أهمية التعاون بين الوزارات. وتوقع خبراء ارتفاع الأسعار.",
    cast: [omari],
    expected: [
      ["omari", "الخطة جاهزة"],
      ["omari", "أهمية التعاون"],
    ],
  },
  {
    family: "وأكد X، والمحلل Y، أن: both persons speak; an object joined by و does not",
    text:
      "وأكد المهندس خالد العمري، والمحلل المالي سامي الفارس، أن الأسعار ستنخفض. " +
      "واستقبل خالد العمري وسامي الفارس الوفد. وظهرت خلافات بينه وبين زملائه ومنهم سامي الفارس.",
    cast: [omari, person("faris", "سامي الفارس")],
    expected: [
      ["omari", "الأسعار ستنخفض"],
      ["faris", "الأسعار ستنخفض"],
    ],
  },
];

describe("relate: speakers (round 12)", () => {
  it.each(cases)("$family", checkSpeakerCase);
});

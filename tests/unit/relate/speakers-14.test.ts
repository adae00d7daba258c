import { describe, it } from "vitest";
import { checkSpeakerCase, country, org, person, type SpeakerCase } from "./fixture.js";

// Speaker families of the fourteenth round: a whole title with no name after the verb (وعبر نائب
// خادم الحرمين الشريفين عن), a dual verb whose two speakers the next sentence names (وقالا إن ...
// وأكد X، وY، أن), «its members» after the verb (وأكد أعضاؤه). Sentences written for these tests.
const fahd = person("fahd", "الأمير فهد بن سالم", "فهد بن سالم");
const nasser = person("nasser", "ناصر الحربي", "الحربي");
const lamia = person("lamia", "لمياء الشهري", "الشهري");
const saudi = country("saudi", "السعودية", "المملكة");
const council = org("council", "مجلس الشورى");
const usa = country("usa", "الولايات المتحدة", "الأمريكي");
const uk = country("uk", "بريطانيا", "البريطانية");
const libya = country("libya", "ليبيا", "الليبي", "الليبية");

const cases: SpeakerCase[] = [
  {
    family: "وعبر نائب خادم الحرمين الشريفين عن: the one deputy king named before",
    text:
      "بعث نائب خادم الحرمين الشريفين الأمير فهد بن سالم برقية تهنئة لرئيس السعودية السابق. " +
      "وعبر نائب خادم الحرمين الشريفين عن أطيب التمنيات للشعب.",
    cast: [fahd, saudi],
    expected: [["fahd", "أطيب التمنيات"]],
  },
  {
    family: "وقال وزير الخارجية إن: a title no one was given before names no one",
    text: "وصل ناصر الحربي إلى المدينة أمس. وقال وزير الخارجية إن المحادثات مثمرة.",
    cast: [nasser],
    expected: [],
  },
  {
    family: "وقالا إن ... وأكد X، وY، أن: the dual's words are both speakers'",
    text:
      "طالب خبيران اقتصاديان البنوك بخفض الرسوم. وقالا إن الرسوم الحالية مرتفعة جداً. " +
      "وأكد المستشار المالي ناصر الحربي، والخبيرة المصرفية لمياء الشهري، أن المنافسة ستخفض الأسعار.",
    cast: [nasser, lamia],
    expected: [
      ["nasser", "الرسوم الحالية مرتفعة"],
      ["lamia", "الرسوم الحالية مرتفعة"],
      ["nasser", "المنافسة ستخفض"],
      ["lamia", "المنافسة ستخفض"],
    ],
  },
  {
    family: "وقالا إن ... then one named speaker: the dual's words stay unassigned",
    text: "وقالا إن الرسوم الحالية مرتفعة جداً. وأكد ناصر الحربي أن المنافسة ستخفض الأسعار.",
    cast: [nasser],
    expected: [["nasser", "المنافسة ستخفض"]],
  },
  {
    family: "وأكد أعضاؤه أن: the body named before the verb speaks",
    text: "ناقش مجلس الشورى أمس تقرير الهيئة، وأكد أعضاؤه أن الرقابة تحتاج إلى تطوير.",
    cast: [council],
    expected: [["council", "الرقابة تحتاج"]],
  },
  {
    family: "تقول الولايات المتحدة وحليفتها X: a state joined to the speaking state speaks too",
    text: "وتقول الولايات المتحدة وحليفتها بريطانيا والحكومة الليبية إن الحل يجب أن يكون سياسياً.",
    cast: [usa, uk, libya],
    expected: [
      ["usa", "الحل يجب"],
      ["uk", "الحل يجب"],
    ],
  },
  {
    family: "أعلنت الهيئة والبنك أن: two bodies joined by و both speak",
    text: "وأعلنت هيئة الموانئ وبنك الخليج أن الاتفاق سيوقع غداً.",
    cast: [org("ports", "هيئة الموانئ"), org("bank", "بنك الخليج")],
    expected: [
      ["ports", "الاتفاق سيوقع"],
      ["bank", "الاتفاق سيوقع"],
    ],
  },
  {
    family: "أعلنت الهيئة وقف شركة X: a body after a plain word is the content's, not a co-speaker",
    text: "وأعلنت هيئة الموانئ وقف شركة النخيل عن العمل في الميناء.",
    cast: [org("ports", "هيئة الموانئ"), org("nakheel", "شركة النخيل")],
    expected: [["ports", "وقف شركة"]],
  },
  {
    family: "وذكر بالاسم الجيشين الليبي والأمريكي: two joined nisbas after one noun are no speaker",
    text: "وذكر بالاسم الجيشين الليبي والأمريكي في حديثه عن الحرب.",
    cast: [libya, usa],
    expected: [],
  },
  {
    family: "قالت الوزارة + a long circumstance + إن: the verb's cue still opens the content past the window",
    text:
      "وقالت وزارة الخارجية في وقت متأخر من مساء أمس الثلاثاء بعد اجتماع مطول في العاصمة بين وكيل الوزارة " +
      "للشؤون السياسية وعدد من السفراء المعتمدين لدى الدولة من دول آسيا وأفريقيا وأمريكا الجنوبية " +
      "مع السفيرة المتجولة لمكتب التعاون لمياء الشهري إن التعاون سيستمر.",
    cast: [org("mofa", "وزارة الخارجية"), lamia],
    expected: [["mofa", "التعاون سيستمر"]],
  },
  {
    family: "past the window, a subordinating أن (بعد أن) or a name deep in the circumstance opens nothing",
    text:
      "وأشار في الندوة التي نظمتها هيئة الموانئ بالتعاون مع عدد من الجهات الحكومية والخاصة في المدينة " +
      "خلال الأسبوع الماضي بحضور عدد كبير من المختصين والمهتمين بالنقل البحري من داخل الدولة وخارجها " +
      "بعد أن افتتحها المحافظ إلى أن الموانئ تحتاج إلى تطوير.",
    cast: [org("ports", "هيئة الموانئ")],
    expected: [],
  },
];

describe("speakers (round 14)", () => {
  for (const c of cases) it(c.family, () => checkSpeakerCase(c));
});

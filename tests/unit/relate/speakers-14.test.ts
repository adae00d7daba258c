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
];

describe("speakers (round 14)", () => {
  for (const c of cases) it(c.family, () => checkSpeakerCase(c));
});

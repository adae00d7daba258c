import { describe, it } from "vitest";
import { checkSpeakerCase, country, org, person, type SpeakerCase } from "./fixture.js";

// Speaker families of the thirteenth round: an honorific pronoun after the verb (وقال سموه،
// وأضاف معاليه), نقل X عن Y (Y speaks), a coreferent noun with its nisba (وقال النادي الإسباني),
// a time phrase before an elided speaker's content (وقال عشية ...). Sentences written for these tests.
const fahd = person("fahd", "الأمير فهد بن سالم", "فهد بن سالم");
const nasser = person("nasser", "ناصر الحربي", "الحربي");
const lamia = person("lamia", "لمياء الشهري", "الشهري");
const club = { ...org("club", "نادي الوادي"), properties: { kind: "club" } };
const paper = { ...org("paper", "صحيفة المساء"), properties: { kind: "newspaper" } };
const spain = country("spain", "إسبانيا", "الإسباني");
const usa = country("usa", "الولايات المتحدة", "الأمريكية");

const cases: SpeakerCase[] = [
  {
    family: "وقال سموه: the prince the article opened on speaks",
    text:
      "افتتح صاحب السمو الأمير فهد بن سالم معرض الكتاب في المدينة. " +
      "وتجول في أجنحة المعرض. وقال سموه: إن الثقافة أساس التنمية.",
    cast: [fahd],
    expected: [["fahd", "الثقافة أساس"]],
  },
  {
    family: "وأضاف معاليه: a name after the pronoun is an object, not the speaker",
    text:
      "قال وزير الخارجية ناصر الحربي إن المحادثات كانت مثمرة. " +
      "وأضاف معاليه للصحفيين عقب لقائه وزيرة الخارجية الأمريكية لمياء الشهري إن التعاون سيستمر.",
    cast: [nasser, lamia, usa],
    expected: [
      ["nasser", "المحادثات كانت مثمرة"],
      ["nasser", "التعاون سيستمر"],
    ],
  },
  {
    family: "نقلت صحيفة X عن Y أن: Y speaks, the paper relays",
    text: "نقلت صحيفة المساء عن ناصر الحربي أنه لا توجد عروض للاعبين.",
    cast: [paper, nasser],
    expected: [["nasser", "لا توجد عروض"]],
  },
  {
    family: "نقلت صحيفة X عن an unnamed official: no one we know speaks",
    text: "نقلت صحيفة المساء عن مصدر مسؤول أنه لا توجد عروض. وقال «العمل مستمر».",
    cast: [paper],
    expected: [],
  },
  {
    family: "وقال النادي الإسباني: the club speaks, not its country",
    text: "أعلن نادي الوادي تعاقده مع مدرب جديد. وقال النادي الإسباني في بيان: إن المدرب سيصل غداً.",
    cast: [club, spain],
    expected: [
      ["club", "تعاقده مع مدرب"],
      ["club", "المدرب سيصل"],
    ],
  },
  {
    family: "وقال عشية المؤتمر إن: a time phrase before an elided speaker's content",
    text: "وكان وزير الخارجية ناصر الحربي دعا إلى الحوار. " + "وقال في حديث صحفي عشية المؤتمر إن الحل سياسي.",
    cast: [nasser],
    expected: [
      ["nasser", "الحوار"],
      ["nasser", "الحل سياسي"],
    ],
  },
  {
    family: "أعلنت X + nisba + a noun phrase: the content opens after the nisba, a quote inside is its own",
    text: 'أعلنت هيئة الموانئ الإسبانية رفع الحظر عن سفن شركة "البحار" ابتداء من الغد.',
    cast: [org("ports", "هيئة الموانئ"), spain],
    expected: [["ports", "رفع الحظر عن سفن"]],
  },
  {
    family: "وأضاف X نحن ...، وقال X، لا ...: direct speech right after the name",
    text:
      "وأكد ناصر الحربي أن الموسم كان ناجحاً. وأضاف الحربي نحن نعمل على تطوير الفريق. " +
      "وقال الحربي، لا توجد نية لبيع اللاعبين.",
    cast: [nasser],
    expected: [
      ["nasser", "الموسم كان ناجحاً"],
      ["nasser", "نحن نعمل"],
      ["nasser", "لا توجد نية"],
    ],
  },
  {
    family: "أضاف X + a plain noun is no speech; قال X + a name or a title is no content",
    text: "وأضاف ناصر الحربي هدفاً ثانياً للفريق. وقال ناصر الحربي، رئيس النادي في المؤتمر.",
    cast: [nasser],
    expected: [],
  },
  {
    family: "تريد أن ترى، لن يقول: a present verb after أن or لن reports nothing",
    text: "وأكد ناصر الحربي أن الدول تريد أن ترى الولايات المتحدة شريكاً في الحل.",
    cast: [nasser, usa],
    expected: [["nasser", "الدول تريد"]],
  },
  {
    family:
      "أعلن X الجمعة خفضَ ...: the noun phrase opens after the time word; a name far after أعلن is the content's",
    text:
      "أعلنت هيئة الموانئ الجمعة خفض الرسوم على السفن. " +
      "وأعلن المركز الطبي تعرض اللاعب ناصر الحربي لإصابة.",
    cast: [org("ports", "هيئة الموانئ"), nasser],
    expected: [["ports", "خفض الرسوم"]],
  },
  {
    family: "شركة X كانت أعلنت عن: كان before the verb, like قد, leaves the subject before it",
    text: "يذكر أن شركة النخيل كانت أعلنت قبل أسابيع عن افتتاح فرع جديد.",
    cast: [org("nakheel", "شركة النخيل")],
    expected: [["nakheel", "افتتاح فرع"]],
  },
  {
    family: "وسائل الإعلام الإسبانية، الصحافة الإسبانية: the press speaks, not the country",
    text: "وذكرت الصحافة الإسبانية أن المدرب سيصل غداً. وأوضحت وسائل الإعلام الإسبانية أن العقد جاهز.",
    cast: [spain],
    expected: [],
  },
];

describe("speakers (round 13)", () => {
  for (const c of cases) it(c.family, () => checkSpeakerCase(c));
});

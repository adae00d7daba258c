import { describe, it } from "vitest";
import { checkSpeakerCase, country, org, person, type SpeakerCase } from "./fixture.js";

// Speaker families of the nineteenth round: a present verb after a fronted circumstance (ورغم ذلك
// يقول X، وفي هذا الصدد يقول X), the pluperfect with its subject between كان and the verb (وكانت
// الهيئة أعلنت), past forms that start with ت (توقعت), asides between spaced dashes, masculine
// source phrases (وفقاً لما نشره موقع X), a subject whose name is written in quotes. Sentences
// written for these tests.
const samir = person("samir", "سمير العتيبي", "العتيبي");
const khalid = person("khalid", "خالد الشمري", "الشمري");
const health = org("health", "وزارة الصحة", "الوزارة");
const met = org("met", "الرئاسة العامة للأرصاد");
const portal = org("portal", "أرقام");
const agency = org("agency", "أسوشيتد برس");
const interior = org("interior", "وزارة الداخلية");
const france = country("france", "فرنسا", "الفرنسي");
const council = org("council", "الأمانة العامة لمجلس العلماء");
const paper = org("paper", "صحيفة الأخبار الرياضية");

const cases: SpeakerCase[] = [
  {
    family: "ورغم ذلك يقول X: ذلك is the object of رغم, not the verb's subject",
    text: "انهارت المفاوضات أمس. ورغم ذلك يقول سمير العتيبي إنه لا يزال متفائلا.",
    cast: [samir],
    expected: [["samir", "لا يزال متفائلا"]],
  },
  {
    family: "وفي هذا الصدد يقول X: a fronted preposition and its object",
    text: "وفي هذا الصدد يقول سمير العتيبي إن الأسعار سترتفع قريبا.",
    cast: [samir],
    expected: [["samir", "الأسعار سترتفع"]],
  },
  {
    family: "وعن هذه الخطوة يقول X",
    text: "وعن هذه الخطوة يقول سمير العتيبي إن التجربة ناجحة.",
    cast: [samir],
    expected: [["samir", "التجربة ناجحة"]],
  },
  {
    family: "وهو ما يؤكد أن: still a clause about a fact, no statement",
    text: "قال سمير العتيبي إن المبيعات زادت. وهو ما يؤكد أن السوق تتعافى.",
    cast: [samir],
    expected: [["samir", "المبيعات زادت"]],
  },
  {
    family: "وكانت X أعلنت: the pluperfect with the subject between كان and the verb",
    text: "وكانت وزارة الصحة أعلنت أن المستشفى الجديد سيفتتح الشهر المقبل.",
    cast: [health],
    expected: [["health", "المستشفى الجديد سيفتتح"]],
  },
  {
    family: "وكانت X توقعت: a past form starting with ت after its subject is a report",
    text: "وكانت الرئاسة العامة للأرصاد توقعت في تقريرها أن تهطل الأمطار على المرتفعات.",
    cast: [met],
    expected: [["met", "تهطل الأمطار على المرتفعات"]],
  },
  {
    family: "an aside between spaced dashes naming a person is no subject of an elided verb",
    text: "زار سمير العتيبي المدينة أمس. وأكد - خلال لقائه خالد الشمري في المساء - أن الأسعار سترتفع.",
    cast: [samir, khalid],
    expected: [["samir", "الأسعار سترتفع"]],
  },
  {
    family: "tatweel written alone as a dash",
    text: "وأوضح سمير العتيبي ـ في حديثه مع خالد الشمري ـ أن الأسعار سترتفع.",
    cast: [samir, khalid],
    expected: [["samir", "الأسعار سترتفع"]],
  },
  {
    family: "وفقاً لما نشره موقع X: the outlet only carried the words",
    text: "وأكدت الهيئة وفقا لما نشره موقع «أرقام» الإخباري أنها تهدف إلى خفض التكاليف.",
    cast: [portal],
    expected: [],
  },
  {
    family: "وفقاً لما نشره موقع X after a named speaker",
    text: "وأكدت وزارة الصحة وفقا لما نشره موقع «أرقام» الإخباري أنها تهدف إلى خفض التكاليف.",
    cast: [portal, health],
    expected: [["health", "تهدف إلى خفض التكاليف"]],
  },
  {
    family: "a subject whose name is written in quotes still speaks the elided verb after it",
    text: 'وحسب وكالة "أسوشيتد برس"، تحدث صاحب المزرعة "سمير العتيبي" عن مغامرته، أمس، وقال إن البقرة هربت من المزرعة.',
    cast: [agency, samir],
    expected: [["samir", "البقرة هربت من المزرعة"]],
  },
  {
    family: "صرح المتحدث الأمني لوزارة X، أنه with no name: the body speaks",
    text: "صرّح المتحدث الأمني لوزارة الداخلية، أنه عند الساعة العاشرة تعرض المركز لقذائف.",
    cast: [interior],
    expected: [["interior", "تعرض المركز لقذائف"]],
  },
  {
    family: "المتحدث الرسمي لوزارة X + a name: the person speaks",
    text: "وقال المتحدث الرسمي لوزارة الداخلية سمير العتيبي إن التحقيق مستمر.",
    cast: [interior, samir],
    expected: [["samir", "التحقيق مستمر"]],
  },
  {
    family: "المتحدث الرسمي بوزارة X، + a name the entity stage missed: not the body",
    text: "كشف المتحدث الرسمي بوزارة الداخلية، فهد المطيري، عن ضبط عشرين مخالفاً.",
    cast: [interior],
    expected: [],
  },
  {
    family: "وأعلن الفرنسي X ترشحه: a nisba before the name keeps the noun-phrase content",
    text: "وأعلن الفرنسي سمير العتيبي ترشحه للانتخابات المقبلة.",
    cast: [samir, france],
    expected: [["samir", "ترشحه للانتخابات المقبلة"]],
  },
  {
    family: "a body after a reporting verb that reported nothing: the next elided verbs continue it",
    text: "أكدت الأمانة العامة لمجلس العلماء, ما للمسجد من مكانة عظيمة. وقالت إن الاعتداء مرفوض. وأوضحت أن الجرائم تستوجب الوقوف مع المصلين.",
    cast: [council],
    expected: [
      ["council", "الاعتداء مرفوض"],
      ["council", "الجرائم تستوجب الوقوف"],
    ],
  },
  {
    family: "an outlet that relayed an unnamed person's words is not the next elided speaker",
    text: "نقلت صحيفة الأخبار الرياضية عن رئيس النادي الجديد أنه لا توجد عروض. وأضاف «إنه عام مهم جدا بالنسبة لنا».",
    cast: [paper],
    expected: [],
  },
];

describe("speaker families, round 19", () => {
  for (const c of cases) it(c.family, () => checkSpeakerCase(c));
});

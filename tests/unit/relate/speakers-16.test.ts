import { describe, it } from "vitest";
import { checkSpeakerCase, city, country, org, person, place, type SpeakerCase } from "./fixture.js";

// Speaker families of the sixteenth round: a place is never the speaker an elided verb continues,
// nor the one a verb said "from"; an elided feminine verb never continues a man; a verb after
// عندما / حين takes its main clause's subject. Sentences written for these tests.
const nabil = person("nabil", "نبيل الحربي", "الحربي");
const reem = person("reem", "هيفاء الشمري", "الشمري");
const lina = person("lina", "لينا حداد", "حداد");
const doha = city("doha", "الدوحة");
const qatar = country("qatar", "قطر");
const gulf = place("gulf", "الخليج العربي");
const hilal = org("hilal", "نادي الهلال", "الهلال");
const ministry = org("ministry", "وزارة الصحة", "الوزارة");

const cases: SpeakerCase[] = [
  {
    family: "قال من X (Y): the place named after the town the words came from is no speaker",
    text: "وظهر المدرب نبيل الحربي مبتسماً عندما قال من الدوحة (قطر) إن المباراة صعبة.",
    cast: [nabil, doha, qatar],
    expected: [["nabil", "المباراة صعبة"]],
  },
  {
    family: "عندما قال “...”: the main clause's person speaks, not the side faced (أمام X)",
    text: "ودعم المدرب نبيل الحربي الفكرة عندما قال بعد خسارة فريقه أمام نادي الهلال “لن نستسلم أبداً”.",
    cast: [nabil, hilal],
    expected: [["nabil", "لن نستسلم"]],
  },
  {
    family: "وأضاف after a sentence on a region: the region is never the elided speaker",
    text: "ضربت عاصفة قوية الخليج العربي أمس. وأضاف أن الأضرار محدودة.",
    cast: [gulf],
    expected: [],
  },
  {
    family: "وأضافت after a man spoke: a feminine verb does not continue him",
    text: "قال نبيل الحربي إن الموسم طويل. وكشفت أن الإدارة ستدعم الفريق.",
    cast: [nabil],
    expected: [["nabil", "الموسم طويل"]],
  },
  {
    family: "وأضافت after a woman spoke with a feminine verb continues her (a name with no feminine ending)",
    text: "قالت لينا حداد إن المعرض ناجح. وأضافت أن الزوار تجاوزوا الألف.",
    cast: [lina],
    expected: [
      ["lina", "المعرض ناجح"],
      ["lina", "الزوار تجاوزوا"],
    ],
  },
  {
    family: "وأضافت after a woman whose given name ends in ة/اء/ى: she continues",
    text: "قال المتحدث هيفاء الشمري إن الحملة بدأت. وأضافت أن التسجيل مفتوح.",
    cast: [reem],
    expected: [
      ["reem", "الحملة بدأت"],
      ["reem", "التسجيل مفتوح"],
    ],
  },
  {
    family: "وأضافت after a body spoke: the body (feminine head) continues",
    text: "أعلنت وزارة الصحة أن الإصابات تراجعت. وأضافت أن اللقاحات متوفرة.",
    cast: [ministry],
    expected: [
      ["ministry", "الإصابات تراجعت"],
      ["ministry", "اللقاحات متوفرة"],
    ],
  },
  {
    family: "وأضافت after a country spoke: a state is feminine and continues",
    text: "قالت قطر إن الحوار هو الحل. وأضافت أن الوساطة مستمرة.",
    cast: [qatar],
    expected: [
      ["qatar", "الحوار هو الحل"],
      ["qatar", "الوساطة مستمرة"],
    ],
  },
  {
    family: "X – صحيفة: انتشرت أنباء ...، مشيرةً إلى: a feminine participle never continues a man",
    text: "نبيل الحربي – الرياض: انتشرت في المواقع أنباء عن زيادة الأسعار، مشيرة إلى أن التجار رفعوها.",
    cast: [nabil],
    expected: [],
  },
  {
    family: "قالت X ...، مشيرةً: a woman who spoke with a feminine verb keeps the participle",
    text: "قالت لينا حداد إن المعرض ناجح، مشيرة إلى أن الزوار تجاوزوا الألف.",
    cast: [lina],
    expected: [
      ["lina", "المعرض ناجح"],
      ["lina", "الزوار تجاوزوا"],
    ],
  },
  {
    family: "وعلّق X على Y بأن: the topic after على, then the words",
    text: "وعلّق المدرب نبيل الحربي على قرار نادي الهلال بأن الخطوة جاءت متأخرة.",
    cast: [nabil, hilal],
    expected: [["nabil", "الخطوة جاءت متأخرة"]],
  },
  {
    family: "قال X ... . وعلّق على ذلك بالقول: an elided speaker before the topic continues X",
    text: "قال نبيل الحربي إن الموسم طويل. وعلّق على الأمر بأن الصبر مطلوب.",
    cast: [nabil],
    expected: [
      ["nabil", "الموسم طويل"],
      ["nabil", "الصبر مطلوب"],
    ],
  },
  {
    family: "علّقت الوزارة الدراسة على أن: suspension, no topic after the verb, no speech",
    text: "علّقت وزارة الصحة العمل في المستشفى على أن يعود الأسبوع المقبل.",
    cast: [ministry],
    expected: [],
  },
];

describe("speakers, round 16", () => {
  for (const c of cases) it(c.family, () => checkSpeakerCase(c));
});

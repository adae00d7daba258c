import { describe, it } from "vitest";
import { CAST, checkSpeakerCase, person, type SpeakerCase, type FixtureEntity } from "./fixture.js";

// Speaker families: material between the speaker and أن, fronted subjects (وكان X قد قال), long
// titles, participles, unnamed officials, platforms. Sentences written for these tests.
const safadi = person("safadi", "أيمن الصفدي");
const sudani = person("sudani", "محمد شياع السوداني");
const lavrov = person("lavrov", "سيرغي لافروف", "لافروف");
const abdollahian = person("abdollahian", "حسين عبد اللهيان");
const iq: FixtureEntity = { id: "iq", type: "Country", forms: ["العراق", "العراقي"] };
const x: FixtureEntity = { id: "x", type: "Organization", forms: ["إكس"], properties: { kind: "platform" } };

const cases: SpeakerCase[] = [
  {
    family: "circumstance between the speaker and أن",
    text: "وأكد وزير الخارجية الأردني أيمن الصفدي، خلال لقائه وفداً من الكونغرس في عمان أمس، أن المملكة ترفض التهجير.",
    cast: [CAST.jo!, safadi],
    expected: [["safadi", "ترفض التهجير"]],
  },
  {
    family: "وكان X قد صرح",
    text: "وكان رئيس الوزراء العراقي محمد شياع السوداني قد صرح في مقابلة صحفية بأن الحكومة ماضية في الإصلاح.",
    cast: [iq, sudani],
    expected: [["sudani", "ماضية في الإصلاح"]],
  },
  {
    family: "long coordinated title before the name",
    text: "وقال نائب رئيس الوزراء ووزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي إن الاتصالات مستمرة.",
    cast: [CAST.jo!, safadi],
    expected: [["safadi", "الاتصالات مستمرة"]],
  },
  {
    family: "a participle after a new clause takes that clause's subject, not the last speaker",
    text: "وقال لافروف إن موسكو مستعدة للحوار. وانتقد وزير الخارجية الإيراني حسين عبد اللهيان العقوبات، معتبراً أن واشنطن «تخرق الاتفاق».",
    cast: [lavrov, abdollahian, CAST.ir!, CAST.us!],
    expected: [
      ["lavrov", "مستعدة للحوار"],
      ["abdollahian", "تخرق الاتفاق"],
    ],
  },
  {
    family: "a participle keeps the speaker of its sentence, not a country in the quote",
    text: "وقال لافروف إن «روسيا لن تتراجع»، مضيفاً أن الولايات المتحدة تتحمل المسؤولية.",
    cast: [lavrov, CAST.ru!, CAST.us!],
    expected: [
      ["lavrov", "لن تتراجع"],
      ["lavrov", "تتحمل المسؤولية"],
    ],
  },
  {
    family: "an unnamed official's nisba is not the country speaking",
    text: "وقال وزير المياه الأردني إن الموسم جاف.",
    cast: [CAST.jo!],
    expected: [],
  },
  {
    family: "an unnamed speaker owns the elided verb after it in the sentence",
    text: "وقال لافروف إن موسكو مستعدة للحوار. وأعرب المبعوث الخاص عن قلقه، وقال إنه سيزور المنطقة.",
    cast: [lavrov],
    expected: [["lavrov", "مستعدة للحوار"]],
  },
  {
    family: "بيان للوزارة: the ministry named before issues the statement",
    text: "واستدعت وزارة الخارجية الأردنية السفير. وقال بيان للوزارة إن المملكة ترفض التدخل.",
    cast: [{ id: "mfa", type: "Organization", forms: ["وزارة الخارجية الأردنية"] }],
    expected: [["mfa", "ترفض التدخل"]],
  },
  {
    family: "a platform after على منصة is not the writer",
    text: "ورحب وزير الخارجية الأردني أيمن الصفدي بالقرار، وكتب على منصة إكس أن «الخطوة مهمة».",
    cast: [CAST.jo!, safadi, x],
    expected: [["safadi", "الخطوة مهمة"]],
  },
  {
    family: "a title without a name resolves to the person named with it",
    text: "والتقى وزير الخارجية الروسي سيرغي لافروف نظيره الأردني. وقال وزير الخارجية الروسي إن الحوار مفيد.",
    cast: [CAST.ru!, CAST.jo!, lavrov],
    expected: [["lavrov", "الحوار مفيد"]],
  },
  {
    family: "a person in the object of an elided-subject clause does not take the next وأضاف",
    text:
      "وقال وزير الخارجية الأردني أيمن الصفدي إن الاتصالات مستمرة. " +
      "ورفض تأكيد لقائه مع وزير الخارجية الروسي «سيرغي لافروف» قائلاً: «لا أستطيع الحديث عن ذلك». " +
      "وأضاف: «الحوار هو الطريق».",
    cast: [CAST.jo!, CAST.ru!, safadi, lavrov],
    expected: [
      ["safadi", "الاتصالات مستمرة"],
      ["safadi", "لا أستطيع"],
      ["safadi", "الحوار هو الطريق"],
    ],
  },
  {
    family: "a person inside a fronted وعن / وحول phrase is not the speaker",
    text:
      "وأكد وزير الخارجية الأردني أيمن الصفدي أن المملكة تدعم الحل. " +
      "وحول زيارة وزير الخارجية الروسي سيرغي لافروف قال: «نرحب بها». " +
      "وعن تصريحات لافروف قال إن الحوار مفيد.",
    cast: [CAST.jo!, CAST.ru!, safadi, lavrov],
    expected: [
      ["safadi", "تدعم الحل"],
      ["safadi", "نرحب بها"],
      ["safadi", "الحوار مفيد"],
    ],
  },
  {
    family: "من جهته before the name is no preposition governing it",
    text: "من جهته أكد وزير الخارجية الأردني أيمن الصفدي الدعم، مشيراً إلى أن المملكة تتابع.",
    cast: [CAST.jo!, safadi],
    expected: [
      ["safadi", "الدعم"],
      ["safadi", "المملكة تتابع"],
    ],
  },
  {
    family: "X والذي أوضح أن: the antecedent of the relative clause speaks",
    text:
      "وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مفيد. " +
      "وتم التواصل مع وزير الخارجية الأردني أيمن الصفدي والذي أوضح أن المملكة ترحب.",
    cast: [CAST.jo!, CAST.ru!, safadi, lavrov],
    expected: [
      ["lavrov", "الحوار مفيد"],
      ["safadi", "المملكة ترحب"],
    ],
  },
  {
    family: "وعبّر X عن، واستطرد، مبيناً، ونوّه إلى",
    text:
      "وعبر وزير الخارجية الأردني أيمن الصفدي عن تقديره للجهود. " +
      "واستطرد أيمن الصفدي: «الحوار ضروري»، مبيناً أن المملكة تدعم الحل. ونوه إلى أن الاتصالات مستمرة.",
    cast: [CAST.jo!, safadi],
    expected: [
      ["safadi", "تقديره للجهود"],
      ["safadi", "الحوار ضروري"],
      ["safadi", "تدعم الحل"],
      ["safadi", "الاتصالات مستمرة"],
    ],
  },
  {
    family: "وعبر ... عن طريق is crossing, not speech; عبر حسابه before an elided speaker's content",
    text:
      "وقال وزير الخارجية الأردني أيمن الصفدي إن الوضع مستقر. " +
      "وعبر آلاف اللاجئين الحدود الأردنية عن طريق البر. وقال عبر حسابه على منصة إكس إن الحل قريب.",
    cast: [CAST.jo!, safadi, x],
    expected: [
      ["safadi", "الوضع مستقر"],
      ["safadi", "الحل قريب"],
    ],
  },
  {
    family: "ومضى يقول، وأضاف يقول: يقول after a verb of going on speaks for the last speaker",
    text:
      "وقال وزير الخارجية الأردني أيمن الصفدي إن الوضع مستقر. " +
      "ومضى يقول: «الحوار ضروري». وأضاف يقول إن الحل قريب.",
    cast: [CAST.jo!, safadi],
    expected: [
      ["safadi", "الوضع مستقر"],
      ["safadi", "الحوار ضروري"],
      ["safadi", "الحل قريب"],
    ],
  },
];

describe("relate: speakers", () => {
  it.each(cases)("$family", checkSpeakerCase);
});

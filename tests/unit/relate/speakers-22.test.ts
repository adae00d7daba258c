import { describe, it } from "vitest";
import { checkSpeakerCase, org, person, type SpeakerCase } from "./fixture.js";

// Speaker families of the twenty-second round. Sentences written for these tests.
const fahd = person("fahd", "فهد العتيبي", "العتيبي");
const sami = person("sami", "سامي الدوسري", "الدوسري");
const club = org("club", "نادي الفجر", "الفجر");
const agency = org("agency", "وكالة الأنباء الوطنية", "الوكالة");
const bareClub = org("bareClub", "الفجر");
const centre = org("centre", "مركز الملك فهد");
const council = org("council", "مجلس الغرفة التجارية");
const noura = person("noura", "نورة السالم");
const hind = person("hind", "هند العلي");

const cases: SpeakerCase[] = [
  {
    family: "وجاء في خطاب بعثه X: «...»: a letter's words, its sender speaking",
    text: "تلقى سامي الدوسري التهاني. وجاء في خطاب بعثه فهد العتيبي: «نتمنى لكم التوفيق في مهمتكم الجديدة».",
    cast: [fahd, sami],
    expected: [["fahd", "نتمنى لكم التوفيق"]],
  },
  {
    family: "بعث X خطاباً جاء فيه: «...»",
    text: "تلقى سامي الدوسري التهاني. فيما بعث فهد العتيبي خطاباً جاء فيه: «نتمنى لكم التوفيق في مهمتكم الجديدة».",
    cast: [fahd, sami],
    expected: [["fahd", "نتمنى لكم التوفيق"]],
  },
  {
    family: "بعث X مساعد المدير لجمعية Y، خطاباً جاء فيه: the letter after the sender's title",
    text: "تلقى سامي الدوسري التهاني. وبعث فهد العتيبي مساعد المدير العام للعلاقات في جمعية الخير، خطاباً جاء فيه: «نبارك لكم هذا التعيين المستحق».",
    cast: [fahd, sami],
    expected: [["fahd", "نبارك لكم"]],
  },
  {
    family: "وكانت إدارة العلاقات العامة بنادي X أوضحت أن: the pluperfect without قد",
    text: "فاز نادي الفجر أمس. وكانت إدارة العلاقات العامة والإعلام بنادي الفجر أوضحت أن التذاكر نفدت.",
    cast: [club],
    expected: [["club", "التذاكر نفدت"]],
  },
  {
    family: "وكان المركز الإعلامي بنادي X قد أعلن ... and a person named before speaks for himself",
    text: "وكان فهد العتيبي قد أعلن أن اللاعب مصاب.",
    cast: [fahd, club],
    expected: [["fahd", "اللاعب مصاب"]],
  },
  {
    family: "وأكدتا أن: a feminine dual verb is the two persons named before, never one alone",
    text: "التقت نورة السالم وهند العلي بالطالبات. وأكدتا أن التعليم أولوية.",
    cast: [noura, hind],
    expected: [
      ["noura", "التعليم أولوية"],
      ["hind", "التعليم أولوية"],
    ],
  },
  {
    family: "وأقروا بأن: a plural verb never continues one speaker",
    text: "قال فهد العتيبي إن الموسم جيد. وأقروا بأن النتائج تحتاج إلى تحسين.",
    cast: [fahd],
    expected: [["fahd", "الموسم جيد"]],
  },
  {
    family:
      "وذكر المركز الإعلامي بنادي X أن ... بمركز Y: the office's club, not the centre المركز could stand for",
    text: "وقع الفجر العقد. وذكر المركز الإعلامي بنادي الفجر أن توقيع العقد جرى بمركز الملك فهد للشباب.",
    cast: [bareClub, centre],
    expected: [["bareClub", "توقيع العقد"]],
  },
  {
    family: "برقية بعثها X ... وأضافت البرقية: the cable's sender noted, its words his",
    text: "بعث فهد العتيبي برقية تهنئة إلى سامي الدوسري. وأضافت البرقية أن الجميع فخور بهذا الإنجاز.",
    cast: [fahd, sami],
    expected: [["fahd", "الجميع فخور"]],
  },
  {
    family: "وجاء في البيان الصادر عن X أن",
    text: "اجتمع مجلس الغرفة التجارية أمس. وجاء في البيان الصادر عن مجلس الغرفة التجارية أن الأسعار ستبقى مستقرة.",
    cast: [council],
    expected: [["council", "الأسعار ستبقى مستقرة"]],
  },
  {
    family: "وكان المركز الإعلامي بنادي X قد أعلن عن: the club speaks",
    text: "فاز نادي الفجر أمس. وكان المركز الإعلامي بنادي الفجر قد أعلن عن إصابة اللاعب في التدريب.",
    cast: [club],
    expected: [["club", "إصابة اللاعب"]],
  },
  {
    family: "وذكر المركز الإعلامي بنادي X أن: the club speaks",
    text: "فاز نادي الفجر أمس. وذكر المركز الإعلامي بنادي الفجر أن اللاعب سيغيب عن المباراة.",
    cast: [club],
    expected: [["club", "اللاعب سيغيب"]],
  },
  {
    family: "ونقلت وكالة X عن Y قوله: Y speaks",
    text: "وصل فهد العتيبي إلى المدينة. ونقلت وكالة الأنباء الوطنية عن فهد العتيبي قوله إن الزيارة ناجحة.",
    cast: [fahd, agency],
    expected: [["fahd", "الزيارة ناجحة"]],
  },
  {
    family: 'ونقل موقع X عن Y قوله "...": Y speaks',
    text: 'وصل فهد العتيبي إلى المدينة. ونقل موقع الوكالة عن العتيبي قوله "الزيارة كانت ناجحة جدا".',
    cast: [fahd, agency],
    expected: [["fahd", "الزيارة كانت ناجحة"]],
  },
];

describe("speakers, round 22", () => {
  for (const c of cases) it(c.family, () => checkSpeakerCase(c));
});

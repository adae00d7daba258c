import { describe, it } from "vitest";
import { checkRelationCase, city, country, org, person, type RelationCase, cast } from "./fixture.js";

// Issue 14, event relations round 25 (precision): a consortium of companies named by nisbas, an
// object read as the subject, a denial past a phrase of frequency, a venue (في مقر X), a club and
// its player, a fund's beneficiary. Sentences written for these tests.
const ir = cast("ir");
const us = cast("us");
const ru = cast("ru");
const isis = cast("isis");
const be = country("be", "بلجيكا", "البلجيكي", "البلجيكية");
const ae = country("ae", "الإمارات", "الإماراتي", "الإماراتية");
const sa = country("sa", "السعودية", "السعودي", "السعودية");
const cn = country("cn", "الصين", "الصيني", "الصينية");
const pkk = org("pkk", "حزب العمال الكردستاني");
const prince = person("prince", "فيصل بن راشد");
const force = org("force", "قوة الأمن الخاصة");
const general = person("general", "سعد العتيبي");
const club = org("club", "نادي النصر");
const player = person("player", "فارس الدوسري");
const donor = person("donor", "سلمان بن راشد");
const army = org("army", "القوات المسلحة");
const kyiv = city("kyiv", "كييف");
const ua = country("ua", "أوكرانيا");
const ps = country("ps", "فلسطين", "فلسطينية", "الفلسطينية");
const il = country("il", "إسرائيل");
const tr = country("tr", "تركيا");

const cases: RelationCase[] = [
  {
    family: "consortium: التحالف X Y (two nisbas) with a word of business is companies, not states",
    text: "وأعلنت الوزارة أن التحالف البلجيكي الأميركي فاز بعقد بناء المحطة.",
    cast: [be, us],
    present: [],
    absent: ["be COOPERATES_WITH us", "us COOPERATES_WITH be"],
  },
  {
    family: "consortium: مع التحالف X Y لتنفيذ المشروع",
    text: "ووقعت الهيئة العقد مع التحالف الإماراتي البلجيكي لتنفيذ المشروع.",
    cast: [ae, be],
    present: [],
    absent: ["ae COOPERATES_WITH be", "be COOPERATES_WITH ae"],
  },
  {
    family: "alliance of states: no word of business, the pair still cooperates",
    text: "وتعزز الرياض التحالف السعودي الأميركي في مواجهة الإرهاب.",
    cast: [sa, us],
    present: ["sa COOPERATES_WITH us"],
  },
  {
    family: "object: استهدفت الضربات مواقع X وإن شملت Y — X is struck, not the attacker",
    text: "واستهدفت الضربات الجوية مواقع حزب العمال الكردستاني وإن شملت داعش.",
    cast: [pkk, isis],
    present: [],
    absent: ["pkk ATTACKED isis"],
  },
  {
    family: "object: إن الغارات استهدفت X، وشملت Y",
    text: "وقال المسؤول إن الغارات استهدفت حزب العمال الكردستاني، وشملت داعش.",
    cast: [pkk, isis],
    present: [],
    absent: ["pkk ATTACKED isis"],
  },
  {
    family: "subject: طائرات X after the verb — the genitive of an indefinite head still attacks",
    text: "واستهدفت طائرات التحالف الدولي مواقع داعش.",
    cast: [cast("coalition"), isis],
    present: ["coalition ATTACKED isis"],
  },
  {
    family: "subject: X after the verb with a title between is still its subject",
    text: "ووصل الرئيس فيصل بن راشد أمس إلى السعودية ثم التقى سعد العتيبي.",
    cast: [prince, general, sa],
    present: ["prince VISITED sa"],
  },
  {
    family: "denial: ترفض في بعض الأحيان فرض عقوبات — a phrase of frequency between",
    text: "وقال الخبير إن الصين ترفض في بعض الأحيان فرض عقوبات على إيران.",
    cast: [cn, ir],
    present: [],
    absent: ["cn SANCTIONED ir"],
  },
  {
    family: "denial: a phrase of time between is still no denial of a plan",
    text: "وأكد الوزير أن الولايات المتحدة ستفرض في الأيام المقبلة عقوبات على إيران.",
    cast: [us, ir],
    present: ["us SANCTIONED ir"],
  },
  {
    family: "venue: استقبل X في مقر Y Z — Y's headquarters is where, Y meets nobody",
    text: "واستقبل فيصل بن راشد في مقر قوة الأمن الخاصة اللواء سعد العتيبي.",
    cast: [prince, force, general],
    present: [],
    absent: ["force MET prince", "prince MET force"],
  },
  {
    family: "venue: بمقر Y",
    text: "والتقى فيصل بن راشد بمقر قوة الأمن الخاصة عددا من الضباط.",
    cast: [prince, force],
    present: [],
    absent: ["prince MET force", "force MET prince"],
  },
  {
    family: "club and player: a contract is no cooperation",
    text: "ووقع نادي النصر عقدا مع اللاعب فارس الدوسري لمدة موسمين.",
    cast: [club, player],
    present: [],
    absent: ["club COOPERATES_WITH player", "player COOPERATES_WITH club"],
  },
  {
    family: "club and player: اتفق النادي مع اللاعب",
    text: "واتفق نادي النصر مع فارس الدوسري على تجديد عقده.",
    cast: [club, player],
    present: [],
    absent: ["club COOPERATES_WITH player", "player COOPERATES_WITH club"],
  },
  {
    family: "fund: تبرع X لصندوق دعم Y — the fund gets the gift, Y is whom it serves",
    text: "وتبرع سلمان بن راشد بمليون ريال لصندوق دعم القوات المسلحة.",
    cast: [donor, army],
    present: [],
    absent: ["donor SUPPORTS army", "donor FUNDED army"],
  },
  {
    family: "attack: a nisba after the attack verb's object is unaffected",
    text: "وقصفت القوات الروسية مدينة كييف، مستهدفة مواقع في أوكرانيا.",
    cast: [ru, kyiv, ua],
    present: ["ru ATTACKED kyiv"],
  },
  {
    family: "body nisba: منظمات فلسطينية — organisations of a people, not the state",
    text: "وقال إن منظمات فلسطينية أصبحت مشغولة بالخلافات أكثر من تركيزها على محاربة إسرائيل.",
    cast: [ps, il],
    present: [],
    absent: ["ps OPPOSES il"],
  },
  {
    family: "body nisba: القوات الروسية is still the state",
    text: "وتقاتل القوات الروسية داعش في سوريا.",
    cast: [ru, isis],
    present: ["ru OPPOSES isis"],
  },
  {
    family: "consortium: سفن تابعة للتحالف X Y — an owner, a body",
    text: "وتعمل عشر سفن تابعة للتحالف الإماراتي البلجيكي في القناة.",
    cast: [ae, be],
    present: [],
    absent: ["ae COOPERATES_WITH be", "be COOPERATES_WITH ae"],
  },
  {
    family: "concessive: استهدفت X وإن شملت Y — Y is the later verb's",
    text: "وأكد الرئيس عزمه على مواصلة الحملة التي استهدفت بالأساس حزب العمال الكردستاني وإن شملت داعش.",
    cast: [pkk, isis],
    present: [],
    absent: ["pkk ATTACKED isis"],
  },
  {
    family: "concessive: a plain conjunction keeps both objects",
    text: "واستهدفت تركيا حزب العمال الكردستاني وداعش.",
    cast: [tr, pkk, isis],
    present: ["tr ATTACKED pkk", "tr ATTACKED isis"],
  },
];

describe("event relations, round 25", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

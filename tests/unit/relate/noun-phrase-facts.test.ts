import { describe, expect, it } from "vitest";
import { relate } from "../../../ingest/relate/index.js";
import { article, CAST, checkRelationCase, type RelationCase, person, org, place } from "./fixture.js";
import type { FixtureEntity } from "./fixture.js";

// Issue 14, round 2: facts written as noun phrases (a title and its complement after a name, a
// deputy's title, a club's player, a unit التابعة لـ another). Sentences and names written for
// these tests, not taken from any corpus.
const sa: FixtureEntity = { ...CAST.sa!, forms: ["المملكة العربية السعودية", "السعودية"] };
const sn: FixtureEntity = { id: "sn", type: "Country", forms: ["السنغال"] };

const cases: RelationCase[] = [
  {
    family: "LEADS: X أمير منطقة Y (a head noun between the title and its place)",
    text: "وافتتح الأمير سعد بن فهد أمير منطقة الجوف المعرض أمس.",
    cast: [person("saad", "سعد بن فهد"), place("jouf", "الجوف")],
    present: ["saad LEADS jouf"],
  },
  {
    family: "LEADS: a chain of titles after the name, each with its complement",
    text: "وحضر الأمير ماجد بن سلطان أمير منطقة حائل رئيس مجلس التنمية الزراعية بالمنطقة الحفل.",
    cast: [person("majid", "ماجد بن سلطان"), place("hail", "حائل"), org("council", "مجلس التنمية الزراعية")],
    present: ["majid LEADS hail", "majid LEADS council"],
  },
  {
    family: "LEADS: X رئيس نادي Y",
    text: "وقال سالم العتيبي رئيس نادي الوحدة إن الفريق جاهز للموسم.",
    cast: [person("salem", "سالم العتيبي"), org("wahda", "الوحدة")],
    present: ["salem LEADS wahda"],
  },
  {
    family: "MEMBER_OF: لاعب Y X (player of the club)",
    text: "وأصيب لاعب الوحدة خالد المري في التدريب الأخير.",
    cast: [person("khaled", "خالد المري"), org("wahda", "الوحدة")],
    present: ["khaled MEMBER_OF wahda"],
    absent: ["khaled LEADS wahda"],
  },
  {
    family: "MEMBER_OF: مدرب فريق Y X (coach of the club)",
    text: "وأكد مدرب فريق الرمثا جمال سالم جاهزية اللاعبين.",
    cast: [person("jamal", "جمال سالم"), org("ramtha", "الرمثا")],
    present: ["jamal MEMBER_OF ramtha"],
  },
  {
    family: "MEMBER_OF, not LEADS: نائب + a minister's title",
    text: "وأصدرت وزارة الخارجية اليابانية بيانا بعد أن التقى نائب وزير الخارجية الياباني كينجي ساتو بالوفد.",
    cast: [CAST.jp!, org("mofa", "وزارة الخارجية اليابانية"), person("kenji", "كينجي ساتو")],
    present: ["kenji MEMBER_OF mofa"],
    absent: ["kenji LEADS mofa"],
  },
  {
    family: "LEADS: an apposition after a governed name (برقية للرئيس X رئيس Y)",
    text: "وبعث الملك برقية للرئيس ماكي سال رئيس السنغال بمناسبة العيد الوطني.",
    cast: [sn, person("macky", "ماكي سال"), person("noise", "بمناسبة العيد")],
    present: ["macky LEADS sn"],
    absent: ["noise LEADS sn"],
  },
  {
    family: "LEADS: خادم الحرمين الشريفين الملك X → the kingdom",
    text: "ورعى خادم الحرمين الشريفين الملك فهد بن عبدالعزيز افتتاح المشروع في السعودية.",
    cast: [sa, person("fahd", "فهد بن عبدالعزيز")],
    present: ["fahd LEADS sa"],
  },
  {
    family: "MEMBER_OF: نائب / مستشار خادم الحرمين الشريفين X",
    text: "وأشاد نائب خادم الحرمين الشريفين الأمير نواف بن فهد والأمير بدر بن سعد مستشار خادم الحرمين الشريفين بجهود السعودية.",
    cast: [sa, person("nawaf", "نواف بن فهد"), person("badr", "بدر بن سعد")],
    present: ["nawaf MEMBER_OF sa", "badr MEMBER_OF sa"],
    absent: ["nawaf LEADS sa", "badr LEADS sa"],
  },
  {
    family: "no title: the receiver of the king is not his subject",
    text: "واستقبل خادم الحرمين الشريفين الأمير حمد بن علي في السعودية.",
    cast: [sa, person("hamad", "حمد بن علي")],
    present: [],
    absent: ["hamad MEMBER_OF sa", "hamad LEADS sa"],
  },
  {
    family: "PART_OF: X التابعة لـ Y (a unit of an organisation)",
    text: "وانضم الشاب إلى كتيبة الفجر التابعة لتنظيم داعش في العام الماضي.",
    cast: [org("fajr", "كتيبة الفجر"), CAST.isis!],
    present: ["fajr PART_OF isis"],
  },
  {
    family: "LOCATED_IN: محافظة X التابعة لمنطقة Y",
    text: "وهطلت أمطار غزيرة على محافظة الخرج التابعة لمنطقة الرياض.",
    cast: [place("kharj", "محافظة الخرج"), place("riyadh-region", "منطقة الرياض")],
    present: ["kharj LOCATED_IN riyadh-region"],
  },
  {
    family: "MEMBER_OF: المتحدث الأمني بـ X + a rank + the name",
    text: "وصرح المتحدث الأمني بوزارة الداخلية العقيد ناصر الحربي بأن التحقيق مستمر.",
    cast: [org("moi", "وزارة الداخلية"), person("nasser", "ناصر الحربي")],
    present: ["nasser MEMBER_OF moi"],
  },
  {
    family: "LEADS: a minister's title before honorifics and الأمير, the ministry named once",
    text: "ووجه وزير الدفاع صاحب السمو الملكي الأمير فيصل بن سعد بصرف المكافآت. وأعلنت وزارة الدفاع ذلك.",
    cast: [person("faisal", "فيصل بن سعد"), org("mod", "وزارة الدفاع")],
    present: ["faisal LEADS mod"],
  },
  {
    family: "no title: الأمير alone names no ministry",
    text: "وحضر الأمير فيصل بن سعد الحفل. وأعلنت وزارة الدفاع ذلك.",
    cast: [person("faisal", "فيصل بن سعد"), org("mod", "وزارة الدفاع")],
    present: [],
    absent: ["faisal LEADS mod", "faisal MEMBER_OF mod"],
  },
  {
    family: "no rank: الفريق is the team in sports news",
    text: "وسجل الفريق الإيراني هدفين، وأجرى مدرب الفريق زوران تغييرات.",
    cast: [CAST.ir!, person("goals", "هدفين"), person("zoran", "زوران")],
    present: [],
    absent: ["goals MEMBER_OF ir", "zoran MEMBER_OF ir"],
  },
];

describe("relate: noun-phrase facts (issue 14, round 2)", () => {
  it.each(cases)("$family", (c) => checkRelationCase(c));

  it("gives the deputy's role and the player's role in English", () => {
    const text = "وقال نائب وزير الدفاع الأردني علي حسن إن لاعب الوحدة خالد المري بخير.";
    const cast = [CAST.jo!, person("ali", "علي حسن"), person("khaled", "خالد المري"), org("wahda", "الوحدة")];
    const { relations } = relate(article(text, cast));
    expect(relations.find((r) => r.source === "ali")).toMatchObject({
      type: "MEMBER_OF",
      target: "jo",
      properties: { role: "deputy minister of defense" },
    });
    expect(relations.find((r) => r.source === "khaled")?.properties.role).toBe("player");
  });
});

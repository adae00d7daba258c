import { describe, it } from "vitest";
import { checkRelationCase, city, country, org, person, place, type RelationCase } from "./fixture.js";

// Issue 14, event relations round 31: tours with later verbs that write no subject (وينتقل بعدها إلى
// Y، ثم يزور Z), a journey named by a participle (غادر X متوجهاً إلى Y), and receptions of a list of
// guests set off by titles, condemnations of an attack (the condemner opposes the attacker). Sentences written for these tests.
const envoy = person("p_envoy", "مارك هولدن");
const minister = person("p_min", "سعيد الهاجري", "الهاجري");
const governor = person("a_gov", "ناصر القحطاني");
const judge = person("p_judge", "علي الشمراني");
const director = person("p_dir", "خالد البيشي");
const officer = person("p_off", "سامي العنزي");
const jordan = country("jo", "الأردن");
const oman = country("om", "سلطنة عمان");
const kenya = country("ke", "كينيا");
const peru = country("pe", "بيرو");
const nairobi = city("c_nairobi", "نيروبي");
const muscat = city("c_muscat", "مسقط");
const gulf = place("l_gulf", "الخليج العربي");
const airport = place("l_airport", "مطار الملك فهد");
const league = org("o_league", "رابطة العلماء");
// The UN's adjective is its mention (الأممي), as the entity stage finds it.
const un = org("o_un", "الأمم المتحدة", "الأممي");
const group = org("o_group", "جماعة الفتح");
const israel = country("il", "إسرائيل", "الإسرائيلي", "الإسرائيلية");
const town = city("c_town", "مدينة الزهراء");

const cases: RelationCase[] = [
  {
    family: "tour: later verbs with no subject written go on with the visitor",
    text:
      "وصل المبعوث الأممي مارك هولدن أمس إلى الأردن في جولة إقليمية، وينتقل بعدها إلى سلطنة عمان، " +
      "ثم يزور كينيا قبل أن يعود.",
    cast: [envoy, un, jordan, oman, kenya],
    present: ["p_envoy VISITED jo", "p_envoy VISITED om", "p_envoy VISITED ke", "p_envoy MEMBER_OF o_un"],
  },
  {
    family: "tour across sentences: a named move, then a landing with no subject written",
    text:
      "زار الوزير سعيد الهاجري بيرو الأسبوع الماضي. ومن بيرو سينتقل الهاجري غدا إلى كينيا، " +
      "وسيحط أولا في نيروبي لحضور المؤتمر.",
    cast: [minister, peru, kenya, nairobi],
    present: ["p_min VISITED pe", "p_min VISITED ke", "p_min VISITED c_nairobi"],
  },
  {
    family: "a common noun after the verb is its subject: the earlier visitor is not carried",
    text: "وصل الوزير سعيد الهاجري إلى مسقط، ووصلت الطائرة الثانية إلى كينيا مساء.",
    cast: [minister, muscat, kenya],
    present: ["p_min VISITED c_muscat"],
    absent: ["p_min VISITED ke"],
  },
  {
    family: "no earlier visitor: a subjectless verb of a tour names nobody",
    text: "وقال سعيد الهاجري إن الاجتماع كان مثمرا، ثم يزور كينيا في الشهر المقبل.",
    cast: [minister, kenya],
    present: [],
    absent: ["p_min VISITED ke"],
  },
  {
    family: "a player's move in sports news is a transfer, no journey",
    text: "انتقل المهاجم الدولي مارك هولدن إلى نيروبي بعقد يمتد ثلاثة مواسم.",
    cast: [envoy, nairobi],
    present: [],
    absent: ["p_envoy VISITED c_nairobi"],
  },
  {
    family: "a journey named by a participle after its subject",
    text: "غادر المبعوث مارك هولدن مطار الملك فهد مساء أمس متوجها إلى منطقة الخليج العربي.",
    cast: [envoy, airport, gulf],
    present: ["p_envoy VISITED l_gulf"],
  },
  {
    family: "a definite participle describes a flight, no person's journey",
    text: "وكان مارك هولدن على متن الرحلة المتجهة من مطار الملك فهد إلى منطقة الخليج العربي.",
    cast: [envoy, airport, gulf],
    present: [],
    absent: ["p_envoy VISITED l_gulf", "p_envoy VISITED l_airport"],
  },
  {
    family: "reception of a list of guests set off by titles: each guest was received",
    text:
      "استقبل ناصر القحطاني في مكتبه أمس الشيخ علي الشمراني، ومدير الشرطة خالد البيشي، " +
      "ووزير الصحة الدكتور سامي العنزي، ونقل إليهم تحياته.",
    cast: [governor, judge, director, officer],
    present: ["a_gov MET p_judge", "a_gov MET p_dir", "a_gov MET p_off"],
    absent: ["p_judge MET p_dir"],
  },
  {
    family: "condemning an attack named with its attacker's nisba opposes the attacker",
    text: "دانت رابطة العلماء الهجوم الإسرائيلي على مدينة الزهراء.",
    cast: [league, israel, town],
    present: ["o_league OPPOSES il", "il ATTACKED c_town"],
  },
  {
    family: "condemning an attack named by a relative clause or a genitive opposes its author",
    text:
      "ندد سعيد الهاجري بالهجوم الذي شنته جماعة الفتح على مدينة الزهراء. " +
      "ورابطة العلماء تدين هجوم جماعة الفتح على مدينة الزهراء.",
    cast: [minister, league, group, town],
    present: ["p_min OPPOSES o_group", "o_league OPPOSES o_group"],
  },
  {
    family: "an attack condemned with no attacker named, and an accusation, oppose nobody here",
    text:
      "ودان سعيد الهاجري الهجوم على مدينة الزهراء. واتهم الهاجري بالهجوم الذي شنته جماعة الفتح على " +
      "مدينة الزهراء.",
    cast: [minister, group, town],
    present: ["o_group ATTACKED c_town"],
    absent: ["p_min OPPOSES c_town", "p_min OPPOSES o_group"],
  },
];

describe("event relations, round 31", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

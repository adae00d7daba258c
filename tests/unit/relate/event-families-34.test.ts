import { describe, it } from "vitest";
import { checkRelationCase, city, country, org, person, type RelationCase } from "./fixture.js";

// Issue 14, event relations round 34: passives with من قبل, condemned attacks named by a nisba or a
// relative clause, the dead of an attack (قتل N من X في هجوم لـY), possessive support (أكدت X دعمها
// لـY), aid named by a relative clause, loans obtained (حصل على), listings on a sanctions list, and
// condolences that are no meetings. Sentences written for these tests.
const egypt = country("eg", "مصر", "المصري", "المصرية");
const russia = country("ru", "روسيا", "الروسي", "الروسية", "الروسيين");
const usa = country("us", "الولايات المتحدة", "الأمريكي", "أمريكية", "الأمريكية");
const kenya = country("ke", "كينيا", "الكيني");
const group = org("o_group", "جماعة الفتح");
const front = org("o_front", "جبهة الساحل");
const party = org("o_party", "الحزب الوطني");
const bank = org("o_bank", "البنك الأوروبي");
const centre = org("o_centre", "مركز الإغاثة الدولي");
const treasury = org("o_tr", "وزارة الخزانة الأمريكية");
const town = city("c_town", "مدينة الزهور");
const minister = person("p_min", "سالم العتيبي");
const envoy = person("p_env", "فهد الدوسري");
const trader = person("p_tr", "أحمد الزهراني");
const broker = person("p_br", "محمد الغامدي");

const cases: RelationCase[] = [
  {
    family: "passive attack: the agent behind من قبل attacks the subject",
    text: "واستُهدفت مدينة الزهور فجر اليوم من قبل جماعة الفتح.",
    cast: [town, group],
    present: ["o_group ATTACKED c_town"],
  },
  {
    family: "exposure to an attack by من قبل",
    text: "وتعرضت مدينة الزهور لقصف عنيف من قبل جبهة الساحل.",
    cast: [town, front],
    present: ["o_front ATTACKED c_town"],
  },
  {
    family: "an attack noun with its target and a passive agent",
    text: "ونفت الحكومة وقوع هجوم على مدينة الزهور من قبل جماعة الفتح.",
    cast: [town, group],
    present: ["o_group ATTACKED c_town"],
  },
  {
    family: "condemned attack named by its nisba alone: the condemner opposes the attacker",
    text: "ونددت جماعة الفتح بالاعتداءات الروسية المتكررة.",
    cast: [group, russia],
    present: ["o_group OPPOSES ru"],
  },
  {
    family: "condemned attack named by a relative clause over a group's head noun",
    text: "وأدانت مصر الهجوم الذي نفذته جماعة الفتح على مدينة الزهور.",
    cast: [egypt, group, town],
    present: ["eg OPPOSES o_group", "o_group ATTACKED c_town"],
    absent: ["eg OPPOSES c_town"],
  },
  {
    family: "the dead of an attack: قتل N من X في هجوم لـY",
    text: "وقتل تسعة من عناصر جبهة الساحل في هجوم لجماعة الفتح قرب الحدود.",
    cast: [front, group],
    present: ["o_group ATTACKED o_front"],
  },
  {
    family: "the dead of a strike named with its attacker's nisba",
    text: "وأعلنت جماعة الفتح مقتل خمسة من عناصر جبهة الساحل في غارة أمريكية.",
    cast: [group, front, usa],
    present: ["us ATTACKED o_front"],
    absent: ["us ATTACKED o_group"],
  },
  {
    family: "no dead named: a من phrase with no word of casualties is no target",
    text: "وقال مسؤول من جبهة الساحل إن الهجوم لجماعة الفتح.",
    cast: [front, group],
    present: [],
    absent: ["o_group ATTACKED o_front"],
  },
  {
    family: "possessive support: a state's (ـها)",
    text: "وأكدت مصر دعمها الكامل لكينيا في مواجهة الجفاف.",
    cast: [egypt, kenya],
    present: ["eg SUPPORTS ke"],
  },
  {
    family: "possessive support: a party's (ـه) and a person's",
    text: "وأعلن الحزب الوطني تأييده لأحمد الزهراني في الانتخابات، وجدد سالم العتيبي دعمه لكينيا.",
    cast: [party, trader, minister, kenya],
    present: ["o_party SUPPORTS p_tr", "p_min SUPPORTS ke"],
  },
  {
    family: "possessive support: no backer named after the noun, none when it is praised",
    text: "وذكرت تقارير أن الاتحاد أعلن دعمه لأحمد الزهراني أبلغ محمد الغامدي الصحفيين. وثمنت مصر دعمها لكينيا.",
    cast: [trader, broker, egypt, kenya],
    present: [],
    absent: ["p_br SUPPORTS p_tr", "eg SUPPORTS ke"],
  },
  {
    family: "aid named by a relative clause: the giver after it, the receiver behind ل / إلى",
    text: "ووصلت المساعدات الغذائية التي قدمها مركز الإغاثة الدولي إلى كينيا أمس.",
    cast: [centre, kenya],
    present: ["o_centre FUNDED ke"],
  },
  {
    family: "a relative clause after no item word is no aid",
    text: "وأشاد الوزير بالخدمات التي يقدمها مركز الإغاثة الدولي لكينيا.",
    cast: [centre, kenya],
    present: [],
    absent: ["o_centre FUNDED ke"],
  },
  {
    family: "a loan obtained from a lender",
    text: "وحصلت مصر على قرض من البنك الأوروبي بقيمة مليار دولار.",
    cast: [egypt, bank],
    present: ["o_bank FUNDED eg"],
  },
  {
    family: "listing on a sanctions list: one relation per name",
    text: "وأدرجت وزارة الخزانة الأمريكية أحمد الزهراني ومحمد الغامدي على قائمة العقوبات.",
    cast: [treasury, trader, broker],
    present: ["o_tr SANCTIONED p_tr", "o_tr SANCTIONED p_br"],
  },
  {
    family: "listing on no sanctions list is no sanction",
    text: "وأدرجت وزارة الخزانة الأمريكية أحمد الزهراني ضمن برنامج التدريب.",
    cast: [treasury, trader],
    present: [],
    absent: ["o_tr SANCTIONED p_tr"],
  },
  {
    family: "condolences are no meeting; a reception followed by condolences still is one",
    text:
      "واستقبل سالم العتيبي المعزين في وفاة والده، ومنهم فهد الدوسري. " +
      "والتقى أحمد الزهراني محمد الغامدي وقدم له التعازي في وفاة والده.",
    cast: [minister, envoy, trader, broker],
    present: ["p_br MET p_tr"],
    absent: ["p_env MET p_min"],
  },
  {
    family: "condolences received from someone are no meeting",
    text: "وتلقى سالم العتيبي التعازي من فهد الدوسري في وفاة والده.",
    cast: [minister, envoy],
    present: [],
    absent: ["p_env MET p_min"],
  },
  {
    family: "a war after a word of time dates the clause: nobody opposes the state it names",
    text: "وكان أحمد الزهراني طيارا خلال حرب كينيا. وشاركت روسيا في قتال جماعة الفتح منذ عامين.",
    cast: [trader, kenya, russia, group],
    present: ["ru OPPOSES o_group"],
    absent: ["p_tr OPPOSES ke"],
  },
  {
    family: "a struggle's enemy behind ل is its genitive right after it, not another noun's",
    text: "وغرمت جبهة الساحل الشركة بسبب انتهاك قوانين مكافحة غسل الأموال للحزب الوطني.",
    cast: [front, party],
    present: [],
    absent: ["o_front OPPOSES o_party"],
  },
  {
    family: "a body agreeing with the coach it hires is no cooperation; with a minister it is",
    text:
      "واتفق الحزب الوطني مع المدرب الكيني محمد الغامدي على تدريب الفريق. " +
      "واتفقت جبهة الساحل مع الوزير سالم العتيبي على تنظيم المعرض.",
    cast: [party, broker, kenya, front, minister],
    present: ["o_front COOPERATES_WITH p_min"],
    absent: ["o_party COOPERATES_WITH p_br"],
  },
  {
    family: "backing in the field: بإسناد / بغطاء جوي من",
    text: "وتقدمت جبهة الساحل بإسناد جوي من روسيا نحو مدينة الزهور. وسيطرت جماعة الفتح على المطار بغطاء جوي من مصر.",
    cast: [front, russia, town, group, egypt],
    present: ["ru SUPPORTS o_front", "eg SUPPORTS o_group"],
  },
];

describe("event relations, round 34", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

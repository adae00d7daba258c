import { describe, it } from "vitest";
import {
  checkRelationCase,
  type FixtureEntity,
  type RelationCase,
  person,
  org,
  city,
  cast,
} from "./fixture.js";

// Issue 14, event relations round 17: the passive تعرض X لهجوم من Y, قام X بقصف Y, and a strike's
// country named by a nisba on an earlier indefinite noun (غارة روسية … الغارة استهدفت X). Sentences
// written for these tests.
const isis = cast("isis");
const ru: FixtureEntity = { ...cast("ru"), forms: [...cast("ru").forms, "روسية"] };
const il = cast("il");
const us: FixtureEntity = { ...cast("us"), forms: [...cast("us").forms, "أميركية"] };
const militia = org("militia", "الميليشيا المسلحة");
const party = org("party", "حزب الأمة");
const mosul = city("mosul", "الموصل");
const homs = city("homs", "حمص");
const khan = city("khan", "خان يونس");
const army = org("army", "الجيش الإسرائيلي");
const resist = org("resist", "المقاومة الشعبية");
const leader = person("leader", "أبا سعيد الحلبي");
const mayor = person("mayor", "سالم الراشد");
const opp = org("opp", "الحزب المعارض");
const police = org("police", "الشرطة المحلية");

const cases: RelationCase[] = [
  {
    family: "ATTACKED: تعرض X لهجوم من Y — Y attacked X",
    text: "وتعرضت مدينة الموصل لهجوم واسع من داعش فجر اليوم.",
    cast: [isis, mosul],
    present: ["isis ATTACKED mosul"],
    absent: ["mosul ATTACKED isis"],
  },
  {
    family: "ATTACKED: X تعرض لقصف من Y (subject first, present tense)",
    text: "وقال الأهالي إن حمص تتعرض لقصف عنيف من الميليشيا المسلحة منذ أيام.",
    cast: [militia, homs],
    present: ["militia ATTACKED homs"],
  },
  {
    family: "ATTACKED: تعرض X لانتقادات من Y is criticism, no attack",
    text: "وتعرض سالم الراشد لانتقادات حادة من الحزب المعارض.",
    cast: [mayor, opp],
    present: [],
    absent: ["opp ATTACKED mayor", "opp OPPOSES mayor"],
  },
  {
    family: "ATTACKED: a من before the attack noun is not its author",
    text: "وتعرضت الموصل وعدد من مقار حزب الأمة لهجوم أمس.",
    cast: [party, mosul],
    present: [],
    absent: ["party ATTACKED mosul"],
  },
  {
    family: "ATTACKED: قام X بقصف Y",
    text: "وقام الجيش الإسرائيلي بقصف خان يونس بالمدفعية.",
    cast: [army, khan, il],
    present: ["army ATTACKED khan"],
  },
  {
    family: "ATTACKED: قامت X بشن غارات على Y",
    text: "وقامت المقاومة الشعبية بشن هجمات على داعش في الموصل.",
    cast: [resist, isis, mosul],
    present: ["resist ATTACKED isis"],
  },
  {
    family: "ATTACKED: قام X with no attack noun (a search) gives nothing",
    text: "وقامت الشرطة المحلية بتفتيش خان يونس أمس.",
    cast: [police, khan],
    present: [],
    absent: ["police ATTACKED khan"],
  },
  {
    family: "ATTACKED: غارة روسية … الغارة استهدفت X — the nisba's country attacked X",
    text: "وأعلنت الوزارة أن غارة جوية روسية قتلت قياديا بارزا. وأضافت أن الغارة استهدفت أبا سعيد الحلبي قرب حمص.",
    cast: [ru, leader, homs],
    present: ["ru ATTACKED leader"],
    absent: ["ru ATTACKED homs"],
  },
  {
    family: "ATTACKED: a strike named three sentences back gives «الغارة» no country",
    text: "وقيل إن غارة أميركية وقعت. ثم هدأ الوضع. وعاد السكان. وقالوا إن الغارة استهدفت أبا سعيد الحلبي.",
    cast: [us, leader],
    present: [],
    absent: ["us ATTACKED leader"],
  },
];

describe("event relations, round 17", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

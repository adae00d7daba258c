import { describe, it } from "vitest";
import {
  CAST,
  checkRelationCase,
  city,
  country,
  type FixtureEntity,
  org,
  person,
  type RelationCase,
} from "./fixture.js";

// Issue 14, event relations round 22: a preposition of two letters after و (وفي X) is still a
// preposition, the pronoun of the content agrees with whom it stands for (وأنها تدعم), the
// attacker is an attack noun's genitive (هجوم X على Y، بقصف لـX على Y), a reception by an
// honorific (في استقبال فخامته). Sentences written for these tests.
const cast = (id: string): FixtureEntity => CAST[id] as FixtureEntity;
const ir = cast("ir");
const eg = cast("eg");
const isis = cast("isis");
const hez = org("hez", "حزب الله");
const minister = person("minister", "سامي الحداد", "الحداد");
const envoy = person("envoy", "رامي الخطيب");
const guest = person("guest", "نادر العمري");
const host = person("host", "فارس الدوسري");
const mosul = city("mosul", "مدينة الموصل");
const taiz = city("taiz", "مدينة تعز");
const militia = org("militia", "ميليشيا الحوثي");
const ps = country("ps", "فلسطين", "الفلسطيني", "الفلسطينية");
const jeddah = city("jeddah", "جدة");

const cases: RelationCase[] = [
  {
    family: "وفي X سيلتقي Y: the place behind وفي is where, not who meets",
    text: "وفي مصر سيلتقي سامي الحداد غدا مع رامي الخطيب لبحث التعاون.",
    cast: [eg, minister, envoy],
    present: ["envoy MET minister"],
    absent: ["eg MET minister", "minister MET eg"],
  },
  {
    family: "ومن X: the place behind ومن is no subject",
    text: "ومن القاهرة سيتوجه سامي الحداد إلى طهران.",
    cast: [eg, ir, minister],
    present: ["minister VISITED ir"],
    absent: ["eg VISITED ir"],
  },
  {
    family: "pronoun of the content: قال الرجل إن X ... وأنها تدعم Y — not the man",
    text: "وقال سامي الحداد إن إيران تزعزع استقرار المنطقة وأنها تدعم حزب الله.",
    cast: [minister, ir, hez],
    present: [],
    absent: ["minister SUPPORTS hez"],
  },
  {
    family: "pronoun of the content: a state's statement with أنها still takes the state",
    text: "وأعلنت إيران في بيان أنها تدعم حزب الله.",
    cast: [ir, hez],
    present: ["ir SUPPORTS hez"],
  },
  {
    family: "attack noun: هجوم X على Y — the genitive attacks",
    text: "وأدان سامي الحداد هجوم داعش على مدينة الموصل.",
    cast: [minister, isis, mosul],
    present: ["isis ATTACKED mosul"],
    absent: ["minister ATTACKED mosul"],
  },
  {
    family: "attack noun: بقصف لـX على Y — the genitive behind ل attacks",
    text: "وقتل عشرة مدنيين بقصف لميليشيا الحوثي على مدينة تعز أمس.",
    cast: [militia, taiz],
    present: ["militia ATTACKED taiz"],
  },
  {
    family: "attack noun: ضربات X على مواقع Y — the genitive attacks, the site's owner is hit",
    text: "وأسفرت ضربات التحالف الدولي على مواقع داعش عن مقتل العشرات.",
    cast: [cast("coalition"), isis],
    present: ["coalition ATTACKED isis"],
    absent: ["isis ATTACKED coalition"],
  },
  {
    family: "reception by an honorific: وكان في استقبال فخامته X",
    text: "وصل الرئيس الفلسطيني نادر العمري إلى جدة أمس. وكان في استقبال فخامته لدى وصوله فارس الدوسري.",
    cast: [ps, guest, jeddah, host],
    present: ["guest VISITED jeddah", "guest MET host"],
  },
];

describe("event relations, round 22", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

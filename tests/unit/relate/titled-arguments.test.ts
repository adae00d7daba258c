import { describe, it } from "vitest";
import { CAST, checkRelationCase, type FixtureEntity, type RelationCase, person } from "./fixture.js";

// Issue 14: event verbs whose other party is a titled person (the preposition written on the title,
// an envoy's host country between the title and the name), and bystanders that are no agent.
// Sentences written for these tests.
const kw: FixtureEntity = { id: "kw", type: "Country", forms: ["الكويت", "الكويتي"] };

const cases: RelationCase[] = [
  {
    family: "MET: اتصالاً هاتفياً بأمير X الشيخ Y (the preposition on the title)",
    text: "وأجرى الملك عبدالله الثاني اتصالا هاتفيا بأمير الكويت الشيخ ناصر الأحمد الجابر أمس.",
    cast: [CAST.jo!, kw, person("abdullah", "عبدالله الثاني"), person("nasser", "ناصر الأحمد")],
    present: ["abdullah MET nasser", "nasser LEADS kw"],
    absent: ["abdullah MET kw"],
  },
  {
    family: "MET: اتصالاً هاتفياً بالشيخ Y and more of his name after it",
    text: "وأجرى الرئيس المصري كريم فؤاد اتصالا هاتفيا بالشيخ ناصر الأحمد الجابر الصباح.",
    cast: [CAST.eg!, person("karim", "كريم فؤاد"), person("nasser", "ناصر الأحمد")],
    present: ["karim MET nasser", "karim LEADS eg"],
  },
  {
    family: "MET + MEMBER_OF: استقبل X سفير Y لدى المملكة Z (an unrecognised host country)",
    text: "واستقبل وزير الخارجية خالد الحمد في مكتبه سفير اليابان لدى المملكة كينجي ساتو.",
    cast: [CAST.jp!, person("khaled", "خالد الحمد"), person("kenji", "كينجي ساتو")],
    present: ["kenji MET khaled", "kenji MEMBER_OF jp"],
    absent: ["jp MET khaled", "khaled MET jp"],
  },
  {
    family: "no object: a person behind a title with ل is not what the verb acts on",
    text: "وبعث الرئيس التونسي رسالة للملك عبدالله الثاني.",
    cast: [{ id: "tn", type: "Country", forms: ["التونسي"] }, person("abdullah", "عبدالله الثاني")],
    present: [],
    absent: ["tn MET abdullah"],
  },
  {
    family: "no agent: a conjunct after في is a place too (في X وY ويتعاون مع Z)",
    text: "وينشط التنظيم في سوريا والعراق ويتعاون مع تركيا.",
    cast: [
      CAST.sy!,
      { id: "iq", type: "Country", forms: ["العراق"] },
      { id: "tr", type: "Country", forms: ["تركيا"] },
    ],
    present: [],
    absent: ["iq COOPERATES_WITH tr", "sy COOPERATES_WITH tr"],
  },
  {
    family: "COOPERATES_WITH: a coordinated subject without a preposition still acts",
    text: "وتعاونت مصر والأردن مع اليابان في مجال المياه.",
    cast: [CAST.eg!, CAST.jo!, CAST.jp!],
    present: ["eg COOPERATES_WITH jp", "jo COOPERATES_WITH jp"],
  },
];

describe("relate: titled arguments of event verbs", () => {
  it.each(cases)("$family", (c) => checkRelationCase(c));
});

import { describe, it } from "vitest";
import {
  checkRelationCase,
  checkSpeakerCase,
  type FixtureEntity,
  type RelationCase,
  type SpeakerCase,
  person,
  cast,
} from "./fixture.js";

// Issue 14, event relations round 19: obligations (يتعين، يجب) and broken agreements (انتهكت
// اتفاقية) give no event; an honorific pronoun after a verb of saying (وأضاف معاليه) is the person
// spoken of before, and a meeting noun between that verb and its content is the speaker's; dual
// meeting nouns (اجتماعين مع). Sentences written for these tests.
const fr = cast("fr");
const sy = cast("sy");
const isis = cast("isis");
const pk: FixtureEntity = { id: "pk", type: "Country", forms: ["باكستان", "الباكستانية"] };
const ind: FixtureEntity = { id: "in", type: "Country", forms: ["الهند", "الهندية"] };
const haddad = person("haddad", "سامي الحداد", "الحداد");
const martin = person("martin", "جان مارتان");
const ruler = person("ruler", "بشار الأسد");

const cases: RelationCase[] = [
  {
    family: "obligation: يتعين أن تتعاون X مع Y في محاربة Z is urged, not done",
    text: "وقال سامي الحداد إنه يتعين أن تتعاون فرنسا مع الرئيس السوري بشار الأسد في محاربة تنظيم داعش.",
    cast: [haddad, fr, sy, ruler, isis],
    present: [],
    absent: ["ruler COOPERATES_WITH fr", "fr COOPERATES_WITH ruler", "ruler OPPOSES isis", "fr OPPOSES isis"],
  },
  {
    family: "obligation: يجب على X التعاون مع Y",
    text: "وكتب المحلل أنه يجب على فرنسا التعاون مع الهند في ملف الطاقة.",
    cast: [fr, ind],
    present: [],
    absent: ["fr COOPERATES_WITH in", "in COOPERATES_WITH fr"],
  },
  {
    family: "obligation: a comma ends its reach (يجب ذلك، وتعاونت X مع Y)",
    text: "وقال إن الأمر يجب أن يحسم، وتعاونت فرنسا مع الهند في المشروع.",
    cast: [fr, ind],
    present: ["fr COOPERATES_WITH in"],
  },
  {
    family: "breach: انتهكت X اتفاقية ... الموقعة مع Y is no cooperation",
    text: "وأكد البيان أن الهند انتهكت اتفاقية الهدنة الموقعة مع باكستان عدة مرات.",
    cast: [ind, pk],
    present: [],
    absent: ["in COOPERATES_WITH pk", "pk COOPERATES_WITH in"],
  },
  {
    family: "breach: an agreement with Y signed, not broken, still counts",
    text: "ووقعت الهند اتفاقية تعاون تجاري مع باكستان في العاصمة.",
    cast: [ind, pk],
    present: ["in COOPERATES_WITH pk"],
  },
  {
    family: "MET: وأضاف معاليه عقب لقائه Y إن — the speaker met Y",
    text: "قال وزير الخارجية سامي الحداد اليوم إن الحوار مستمر. وأضاف معاليه للصحفيين عقب لقائه وزير الخارجية الفرنسي جان مارتان إن الموقف واضح.",
    cast: [haddad, martin, fr],
    present: ["haddad MET martin"],
  },
  {
    family: "MET: dual meeting noun (تحدث X عن اجتماعين مع Y)",
    text: "وفي مقابلة تلفزيونية تحدث سامي الحداد عن اجتماعين مع وزير الخارجية الفرنسي جان مارتان الأسبوع الماضي.",
    cast: [haddad, martin, fr],
    present: ["haddad MET martin"],
  },
];

const speakerCases: SpeakerCase[] = [
  {
    family: "honorific pronoun: وأضاف معاليه — the previous speaker, not the name after it",
    text: "قال وزير الخارجية سامي الحداد اليوم إن الحوار مستمر. وأضاف معاليه للصحفيين عقب لقائه جان مارتان إن الموقف واضح.",
    cast: [haddad, martin],
    expected: [
      ["haddad", "الحوار مستمر"],
      ["haddad", "الموقف واضح"],
    ],
  },
  {
    family: "honorific pronoun: وأكد سموه أن",
    text: "وصرح الأمير سامي الحداد بأن الزيارة ناجحة. وأكد سموه أن التعاون سيتوسع.",
    cast: [haddad],
    expected: [
      ["haddad", "الزيارة ناجحة"],
      ["haddad", "التعاون سيتوسع"],
    ],
  },
];

describe("event relations, round 19", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
  for (const c of speakerCases) it(c.family, () => checkSpeakerCase(c));
});

describe("event relations, round 19: FUNDED", () => {
  const ye = cast("ye");
  const sa = cast("sa");
  const hadi = person("hadi", "منصور العامري");
  const fund = { id: "fund", type: "Organization" as const, forms: ["الصندوق الخليجي للتنمية"] };
  it("a country's own president asking for aid to its people funds nothing", () =>
    checkRelationCase({
      family: "FUNDED: own country",
      text: "وطلب الرئيس اليمني منصور العامري في رسالته إدخال المساعدات الإنسانية للشعب اليمني.",
      cast: [hadi, ye],
      present: [],
      absent: ["hadi FUNDED ye"],
    }));
  it("a foreign body's aid to the people still counts", () =>
    checkRelationCase({
      family: "FUNDED: foreign giver",
      text: "وقدم الصندوق الخليجي للتنمية مساعدات إنسانية للشعب اليمني أمس.",
      cast: [fund, ye, sa],
      present: ["fund FUNDED ye"],
    }));
});

describe("event relations, round 19: وذلك خلال استقباله", () => {
  const salem = person("salem", "سالم الكندي");
  const jean = person("jean", "جان مارتان");
  const fr = cast("fr");
  it("the sentence's opening subject owns the reception after وذلك خلال", () =>
    checkRelationCase({
      family: "MET: وذلك خلال استقباله",
      text: "فيما بحث سالم الكندي مدير جمارك المدينة سبل دعم التجارة بين البلدين، وذلك خلال استقباله جان مارتان قنصل عام فرنسا.",
      cast: [salem, jean, fr],
      present: ["jean MET salem"],
    }));
  it("a name behind a preposition at the opening owns nothing", () =>
    checkRelationCase({
      family: "MET: وذلك خلال استقباله, no opening subject",
      text: "وفي رسالة إلى سالم الكندي جرى بحث سبل دعم التجارة، وذلك خلال استقباله جان مارتان أمس.",
      cast: [salem, jean],
      present: [],
      absent: ["jean MET salem"],
    }));
});

describe("event relations, round 19: an honorific pronoun as a verb's subject", () => {
  const fahd = person("fahd", "فهد بن بدر");
  const jean = person("jean", "جان مارتان");
  const paris = { id: "paris", type: "City" as const, forms: ["باريس"] };
  const fr = cast("fr");
  it("ووصل سموه: the previous sentence's subject arrives", () =>
    checkRelationCase({
      family: "VISITED: سموه after the verb",
      text: "التقى الأمير فهد بن بدر جان مارتان أمس. ووصل سموه إلى باريس اليوم.",
      cast: [fahd, jean, paris],
      present: ["fahd VISITED paris", "fahd MET jean"],
    }));
  it("والتقى سموه Y: the person the previous sentence opened on meets Y, not Y himself", () =>
    checkRelationCase({
      family: "MET: سموه after the verb, carried from a sentence that opens on him",
      text: "وصل الأمير فهد بن بدر إلى المنطقة. والتقى سموه وزير الخارجية الفرنسي جان مارتان.",
      cast: [fahd, jean, fr],
      present: ["fahd MET jean"],
    }));
  it("a person behind a preposition at the opening is carried to no one", () =>
    checkRelationCase({
      family: "MET: سموه with no opening subject before",
      text: "وفي رسالة إلى فهد بن بدر ورد الخبر. والتقى سموه جان مارتان.",
      cast: [fahd, jean],
      present: [],
      absent: ["fahd MET jean"],
    }));
});

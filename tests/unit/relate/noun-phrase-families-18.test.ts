import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { checkRelationCase, type RelationCase, person, org, city, place, country } from "./fixture.js";

// Issue 14, noun-phrase relations round 18. Sentences written for these tests.
const nasser = person("nasser", "ناصر الدوسري");
const team = org("team", "فريق الأمل التطوعي");
const qatif = place("qatif", "محافظة القطيف");
const dammam = city("dammam", "الدمام");
const club = org("club", "نادي الخليج");

const hamad = person("hamad", "حمد المالكي", "المالكي");
const tariq = person("tariq", "طارق السعيد");
const eg = country("eg", "مصر", "المصري");
const jo = country("jo", "الأردن", "الأردني");
const health = org("health", "وزارة الصحة");
const municipality = org("municipality", "أمانة منطقة تبوك");
const tabuk = place("tabuk", "منطقة تبوك");
const training = org("training", "المؤسسة العامة للتدريب المهني");
const jazan = place("jazan", "منطقة جازان");

const cases: RelationCase[] = [
  {
    family: "نظيره in a later sentence holds the title the person before him was given",
    text: "وقال وزير الخارجية المصري حمد المالكي إن الحوار مستمر. ويلتقي المالكي غدا نظيره الأردني طارق السعيد.",
    cast: [hamad, tariq, eg, jo],
    present: ["hamad MEMBER_OF eg", "tariq MEMBER_OF jo"],
  },
  {
    family: "نظيره after a person with no title gives nothing",
    text: "ويلتقي حمد المالكي غدا نظيره الأردني طارق السعيد.",
    cast: [hamad, tariq, jo],
    present: [],
    absent: ["tariq MEMBER_OF jo"],
  },
  {
    family: "a portfolio after the complement: a member of the body, not its head",
    text: "وأوضح وكيل وزارة الصحة للشؤون الوقائية الدكتور طارق السعيد أن الحملة بدأت.",
    cast: [health, tariq],
    present: ["tariq MEMBER_OF health"],
    absent: ["tariq LEADS health"],
  },
  {
    family: "a director with a portfolio after his department's name is a member of it",
    text: "وقال مدير وزارة الصحة للعمليات الميدانية طارق السعيد إن الفرق جاهزة.",
    cast: [health, tariq],
    present: ["tariq MEMBER_OF health"],
    absent: ["tariq LEADS health"],
  },
  {
    family: "a deputy mayor (وكيل أمين منطقة Y) with a portfolio is a member of the municipality",
    text: "وأعلنت أمانة منطقة تبوك بدء المشروع. وأوضح وكيل أمين منطقة تبوك للخدمات والمشاريع المهندس طارق السعيد أن العمل سينتهي قريبا.",
    cast: [municipality, tabuk, tariq],
    present: ["tariq MEMBER_OF municipality"],
    absent: ["tariq LEADS municipality", "tariq MEMBER_OF tabuk"],
  },
  {
    family: "the mayor himself still leads the municipality",
    text: "وأعلنت أمانة منطقة تبوك بدء المشروع. وأوضح أمين منطقة تبوك المهندس طارق السعيد أن العمل سينتهي قريبا.",
    cast: [municipality, tabuk, tariq],
    present: ["tariq LEADS municipality"],
  },
  {
    family: "المؤسسة العامة ل… in a region: a national authority's branch is there, not the body",
    text: "وافتتحت المؤسسة العامة للتدريب المهني في منطقة جازان معهدا جديدا.",
    cast: [training, jazan],
    present: [],
    absent: ["training LOCATED_IN jazan"],
  },
  {
    family: "بقيادة: a town or region behind ب before the trigger is no body led",
    text: "وشارك فريق الأمل التطوعي بمحافظة القطيف بقيادة ناصر الدوسري في الحملة.",
    cast: [team, qatif, nasser],
    present: [],
    absent: ["nasser LEADS qatif"],
  },
  {
    family: "بقيادة: a city behind في before the trigger is no body led either",
    text: "وتدرب نادي الخليج في الدمام بقيادة ناصر الدوسري.",
    cast: [club, dammam, nasser],
    present: [],
    absent: ["nasser LEADS dammam"],
  },
  {
    family: "بقيادة: the body right before the trigger is still led",
    text: "وانطلقت الحملة بمشاركة فريق الأمل التطوعي بقيادة ناصر الدوسري.",
    cast: [team, nasser],
    present: ["nasser LEADS team"],
  },
];

describe("noun-phrase relations, round 18", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

// The entity stage: what a title before a name makes of the person and of the words after بقيادة.
const run = (text: string) => extract(text, { tagger: false });

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("titles after a deputy's word and nouns of office (entity stage)", () => {
  it("مساعد وزير X names an aide: a later bare «وزير» title is not him", () => {
    const { entities } = run("ورافقه مساعد وزير الداخلية سامي القحطاني. وأكد وزير الداخلية أهمية الخطة.");
    const aide = entities.find((e) => e.name === "سامي القحطاني");
    expect(aide).toBeDefined();
    expect(aide?.properties.role).toBeUndefined();
    expect(aide?.mentions.map((m) => m.text)).not.toContain("وزير الداخلية");
  });

  it("a minister's own title still gives him the role", () => {
    const { entities } = run("وأكد وزير الداخلية سامي القحطاني أهمية الخطة.");
    expect(entities.find((e) => e.name === "سامي القحطاني")?.properties.role).toBeDefined();
  });

  it("النائب الثاني لرئيس مجلس الوزراء: the ل-title after a deputy's word is no title of its own", () => {
    const { relations, entities } = run(
      "وتفقد الأمير خالد بن فهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الوحدات. ورافقه مساعد وزير الدفاع سامي القحطاني.",
    );
    const aide = entities.find((e) => e.name === "سامي القحطاني");
    expect(relations.filter((r) => r.source === aide?.id && r.type === "LEADS")).toEqual([]);
  });

  it("بقيادة المدرب X is no organisation «قيادة المدرب»", () => {
    const { entities } = run("وفاز الفريق بقيادة المدرب البرتغالي جواو سيلفا على ضيفه.");
    expect(entities.filter((e) => e.type === "Organization").map((e) => e.name)).toEqual([]);
  });
});

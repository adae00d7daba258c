import { describe, it } from "vitest";
import { checkRelationCase, type RelationCase, country, person, org } from "./fixture.js";

// Issue 14, members and heads, round 35 (sports membership). Sentences written for these tests.
const first = person("p", "سامي العلي");
const second = person("q", "خالد الحربي");
const club = { ...org("club", "النصر", "نادي النصر"), properties: { kind: "club" } };
const rival = { ...org("rival", "الوحدة", "نادي الوحدة"), properties: { kind: "club" } };
const tunisia = country("tn", "تونس", "التونسي");

const cases: RelationCase[] = [
  {
    family: "a possessive plural of a sports title names the club's players (مدافعيه X وY)",
    text: "ويلعب نادي النصر أمام نادي الوحدة غدا، رغم غياب مدافعيه سامي العلي وخالد الحربي للإصابة.",
    cast: [club, rival, first, second],
    present: ["p MEMBER_OF rival", "q MEMBER_OF rival"],
    absent: ["p MEMBER_OF club", "q MEMBER_OF club"],
  },
  {
    family: "a possessive plural with an adjective (لاعبيه الجديدين X وY)",
    text: "ويعتمد نادي الوحدة على لاعبيه الجديدين سامي العلي وخالد الحربي في المباراة.",
    cast: [rival, first, second],
    present: ["p MEMBER_OF rival", "q MEMBER_OF rival"],
  },
  {
    family: "a possessive singular with an adjective (مدافعه الشاب X)",
    text: "أعلن نادي الوحدة عن بيع مدافعه الشاب سامي العلي إلى نادي النصر.",
    cast: [rival, club, first],
    present: ["p MEMBER_OF rival"],
  },
  {
    family: "تحت قيادة المدرب X: the coach of the club named before in the sentence",
    text: "ويأمل اللاعب في البقاء مع نادي النصر الموسم المقبل تحت قيادة المدرب التونسي سامي العلي، رغم عروض نادي الوحدة.",
    cast: [club, rival, first, tunisia],
    present: ["p MEMBER_OF club"],
    absent: ["p MEMBER_OF rival", "p MEMBER_OF tn"],
  },
  {
    family: "الفريق الذي يقوده المدرب X: the coach of the club named before in the sentence",
    text: "وفشل اللاعب في حجز مكان في تشكيلة نادي النصر الذي يقوده المدرب سامي العلي. ويلعب نادي الوحدة غدا.",
    cast: [club, rival, first],
    present: ["p MEMBER_OF club"],
    absent: ["p MEMBER_OF rival"],
  },
  {
    family: "ثنائي فريق Y X وZ: both players are the club's",
    text: "وغادر ثنائي فريق النصر الأول سامي العلي وخالد الحربي إلى الرياض. ويلعب نادي الوحدة غدا.",
    cast: [club, rival, first, second],
    present: ["p MEMBER_OF club", "q MEMBER_OF club"],
    absent: ["p MEMBER_OF rival", "q MEMBER_OF rival"],
  },
  {
    family: "a possessive plural after a person is his, not a club's",
    text: "وتحدث سامي العلي عن لاعبيه خالد الحربي في نادي النصر.",
    cast: [club, first, second],
    present: [],
    absent: ["q MEMBER_OF club"],
  },
  {
    family: "بقيادة in a state's sentence is no coach",
    text: "وقال نادي النصر إن التحالف بقيادة سامي العلي يواصل عمله.",
    cast: [club, first],
    present: [],
    absent: ["p MEMBER_OF club"],
  },
];

describe("members and heads, round 35", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

const more: RelationCase[] = [
  {
    family: "players named after the first list are not the antecedent of a second possessive plural",
    text: "ويلعب نادي الوحدة غدا رغم غياب مدافعيه سامي العلي، والاعتماد على لاعبيه الجديدين خالد الحربي.",
    cast: [rival, first, second],
    present: ["p MEMBER_OF rival", "q MEMBER_OF rival"],
  },
  {
    family: "فريقه right before a team's name: the person named before plays for it",
    text: "أكد المهاجم سامي العلي رغبته في البقاء مع فريقه النصر الموسم المقبل.",
    cast: [club, first],
    present: ["p MEMBER_OF club"],
  },
  {
    family: "فريقه before a preposition and a team: the opponent, not his team",
    text: "وقال سامي العلي إن فريقه سيفوز على النصر غدا.",
    cast: [club, first],
    present: [],
    absent: ["p MEMBER_OF club"],
  },
  {
    family: "the club's president is not read as its player",
    text: "وقال رئيس نادي النصر سامي العلي إن فريقه النصر جاهز للموسم.",
    cast: [club, first],
    present: ["p LEADS club"],
    absent: ["p MEMBER_OF club"],
  },
];

describe("members and heads, round 35 (more)", () => {
  for (const c of more) it(c.family, () => checkRelationCase(c));
});

const signings: RelationCase[] = [
  {
    family: "عن تعاقدها رسمياً مع المدرب X: the club named before signed its coach",
    text: "أعلنت إدارة نادي النصر اليوم عن تعاقدها رسمياً مع المدرب التونسي سامي العلي لمدة موسم.",
    cast: [club, first, tunisia],
    present: ["p MEMBER_OF club"],
    absent: ["p MEMBER_OF tn"],
  },
  {
    family: "بيع X إلى Z: the player sold is the buying club's (and still named as the seller's defender)",
    text: "أعلن نادي الوحدة عن بيع مدافعه الشاب سامي العلي 19 عاماً إلى نادي النصر مقابل مليون.",
    cast: [rival, club, first],
    present: ["p MEMBER_OF club", "p MEMBER_OF rival"],
  },
  {
    family: "a sale of a player to a person or a place is not read",
    text: "ونفى نادي الوحدة بيع سامي العلي إلى خالد الحربي.",
    cast: [rival, first, second],
    present: [],
    absent: ["p MEMBER_OF q"],
  },
  {
    family: "a wish to sign (يرغب في التعاقد مع X) is no contract",
    text: "وقال سامي العلي إن نادي النصر يرغب في التعاقد مع خالد الحربي.",
    cast: [club, first, second],
    present: [],
    absent: ["q MEMBER_OF club"],
  },
  {
    family: "تم التعاقد مع X: the club named before signed him",
    text: "وأوضح نادي النصر أنه تم التعاقد مع خالد الحربي لثلاثة مواسم.",
    cast: [club, second],
    present: ["q MEMBER_OF club"],
  },
  {
    family: "a club's contracting noun with a person between is not read",
    text: "وأكد نادي النصر أن سامي العلي يرفض التعاقد مع خالد الحربي.",
    cast: [club, first, second],
    present: [],
    absent: ["q MEMBER_OF club"],
  },
];

describe("members and heads, round 35 (signings)", () => {
  for (const c of signings) it(c.family, () => checkRelationCase(c));
});

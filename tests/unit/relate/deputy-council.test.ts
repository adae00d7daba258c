import { describe, expect, it } from "vitest";
import { checkRelationCase, type RelationCase, article, org, person } from "./fixture.js";
import { relate } from "../../../ingest/relate/index.js";

// Issue 12, organisations and places as arguments, round 6. Sentences written for these tests.
const official = person("p", "سامي العلي");
const council = org("council", "مجلس الوزراء");
const shura = org("shura", "مجلس الشورى");

const deputies: RelationCase[] = [
  {
    family: "the deputy of the head of a council named in the title sits in the council",
    text: "وقال سامي العلي نائب رئيس مجلس الوزراء وزير المالية إن الميزانية متوازنة.",
    cast: [official, council],
    present: ["p MEMBER_OF council"],
  },
  {
    family: "an ordinal after the deputy word, the office behind ل (النائب الثاني لرئيس)",
    text: "وأكد سامي العلي ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء أن العمل مستمر.",
    cast: [official, council],
    present: ["p MEMBER_OF council"],
  },
  {
    family: "النائب الأول لرئيس مجلس الشورى: a member of the Shura council",
    text: "وقال سامي العلي النائب الأول لرئيس مجلس الشورى إن الجلسة انعقدت.",
    cast: [official, shura],
    present: ["p MEMBER_OF shura"],
  },
  {
    family: "the head of a council of ministers is not made its member",
    text: "وقال سامي العلي رئيس مجلس الوزراء إن الميزانية متوازنة.",
    cast: [official, council],
    present: [],
    absent: ["p MEMBER_OF council"],
  },
];

describe("organisations as arguments, round 6: a deputy's council", () => {
  for (const c of deputies) it(c.family, () => checkRelationCase(c));
  it("the ordinal goes into the role (second deputy prime minister)", () => {
    const text = "وأكد سامي العلي النائب الثاني لرئيس مجلس الوزراء أن العمل مستمر.";
    const rel = relate(article(text, [official, council])).relations.find((r) => r.type === "MEMBER_OF");
    expect(rel?.properties?.role).toBe("second deputy prime minister");
  });
});

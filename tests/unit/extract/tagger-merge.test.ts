// How the tagger's spans combine with the rules, with a stub tagger that tags listed words.
import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { stub } from "./stub-tagger.js";

const run = (text: string, spans: Record<string, string>) => extract(text, { tagger: stub(spans) }).entities;

describe("tagger + rules", () => {
  it("adds a name the rules do not know", () => {
    const entities = run("وقال سامح شكري إن المحادثات مثمرة.", { سامح: "PERS", شكري: "PERS" });
    expect(entities).toMatchObject([
      { type: "Person", name: "سامح شكري", nameEn: expect.stringMatching(/Sh/) },
    ]);
  });

  it("lets the gazetteer win on type", () => {
    const entities = run("وصل الوفد إلى باريس.", { باريس: "PERS" });
    expect(entities.map((e) => [e.id, e.type])).toEqual([["city:paris", "City"]]);
  });

  it("adds unknown places and organisations", () => {
    const entities = run("وقعت الاشتباكات في الحويجة وأعلنت كتيبة الفرسان مسؤوليتها.", {
      الحويجة: "LOC",
      كتيبة: "ORG",
      الفرسان: "ORG",
    });
    expect(entities.map((e) => e.type)).toEqual(["Location", "Organization"]);
  });

  it.each([
    ["a verb", "وقال إنه سيستمر في العمل.", { سيستمر: "PERS" }],
    ["a function word", "وقال إنه في العمل.", { في: "PERS" }],
    ["MISC", "تحدث باللغة العربية.", { العربية: "MISC" }],
    ["a place where no place stands", "خطة لمواجهة كورونا.", { كورونا: "LOC" }],
    ["a bare head noun referring back", "وأضافت الوكالة أن المحادثات مستمرة.", { الوكالة: "ORG" }],
    ["a bare head noun with a clitic", "ونقلت عن الوزارة قولها إن الوضع مستقر.", { الوزارة: "ORG" }],
  ])("ignores %s", (_label, text, spans) => {
    expect(run(text, spans)).toEqual([]);
  });

  it("makes a surname the tagger took for a place the person named before", () => {
    const entities = run("قال وزير الخارجية الألماني شتيفن هيبشترايت إن برلين سترد. وأضاف في هيبشترايت أن", {
      هيبشترايت: "LOC",
    });
    expect(entities.filter((e) => e.type === "Location")).toEqual([]);
    const person = entities.find((e) => e.type === "Person");
    expect(person?.name).toBe("شتيفن هيبشترايت");
    expect(person?.mentions).toHaveLength(2);
  });

  it("joins a tagged surname to the full name found by a title", () => {
    const entities = run("قال وزير الخارجية المصري سامح شكري إن الحوار مستمر. وأضاف شكري أن الاجتماع مثمر.", {
      شكري: "PERS",
    });
    const people = entities.filter((e) => e.type === "Person");
    expect(people).toHaveLength(1);
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(["سامح شكري", "شكري"]);
  });
});

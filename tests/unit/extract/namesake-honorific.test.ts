// A place or institution named after a person by a title that holds no office (الإمام): the
// title and the name belong to its name, no person of the article. Sentences written for Rawabit;
// names invented.
import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { stub } from "./stub-tagger.js";

const entities = (text: string): { type: string; name: string }[] =>
  extract(text, { tagger: stub({}) }).entities.map((e) => ({ type: e.type, name: e.name }));

describe("a namesake after الإمام is part of the institution's name", () => {
  it("takes the whole chain into the university's name", () => {
    const found = entities("وتخرج الطالب في جامعة الإمام سالم بن راشد هذا العام.");
    expect(found).toContainEqual({ type: "Organization", name: "جامعة الإمام سالم بن راشد" });
    expect(found.filter((e) => e.type === "Person")).toEqual([]);
  });

  it("leaves the institution named by the title alone when no name follows", () => {
    const found = entities("وقال رئيس جامعة الإمام إن العام الدراسي بدأ.");
    expect(found).toContainEqual({ type: "Organization", name: "جامعة الإمام" });
    expect(found.filter((e) => e.type === "Person")).toEqual([]);
  });
});

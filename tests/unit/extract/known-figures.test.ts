// Figures frequent in Arabic news (persons.json) keep one id whichever of their names the
// article uses, and their whole name whatever the tagger makes of it. Sentences written for
// Rawabit in news style.
import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { stub } from "./stub-tagger.js";

const personIds = (text: string, tags: Record<string, string> = {}): string[] =>
  extract(text, { tagger: stub(tags) })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.id);

describe("known figures: one id for their names", () => {
  it("reads the whole name of a former president after an adjective, not the tagger's part", () => {
    const text = "وقال المخلوع علي عبدالله صالح في كلمة متلفزة إنه باق في صنعاء.";
    expect(personIds(text, { عبدالله: "B-PERS", صالح: "I-PERS" })).toEqual(["person:ali-abdullah-saleh"]);
  });

  it("gives a nickname and the given name of one man the same id", () => {
    expect(personIds("وقال رئيس الفيفا سيب بلاتر إن التصويت سيجري غدا.")).toEqual(["person:sepp-blatter"]);
    expect(personIds("وقال رئيس الفيفا جوزيف بلاتر إن التصويت سيجري غدا.")).toEqual(["person:sepp-blatter"]);
  });
});

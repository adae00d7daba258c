import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const persons = (text: string): string[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

// Sentences written for these tests.
describe("women's given names of Gulf news", () => {
  it("start a name before a family name of nisba form", () => {
    expect(persons("وأوضحت مديرة المدرسة سناء الحربي أن الاختبارات بدأت.")).toEqual(["سناء الحربي"]);
    expect(persons("وشاركت في الورشة أحلام الزهراني وعدد من المعلمات.")).toEqual(["أحلام الزهراني"]);
  });
});

describe("a preposition with its pronoun after a given name", () => {
  it("makes the given name a verb (أشرف عليه: supervised it)", () => {
    expect(persons("ودخل الفريق معسكرا أشرف عليه المدرب الوطني.")).toEqual([]);
    expect(persons("وأقيم الحفل الذي أشرف عليه المهندس سامر الغامدي.")).toEqual(["سامر الغامدي"]);
  });
});

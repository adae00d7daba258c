// Long articles are read in windows of sentences; the result must not depend on the window size.
import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { EVAL_ARTICLES_JOINED as evalArticles, SAMPLE as sample } from "../../support/texts.js";
import type { SentenceTagger } from "../../../ingest/extract/tagger.js";

// Written for this test: a name given in full in the first paragraph, a filler paragraph
// repeated, and the surname alone in the last paragraph.
const FIRST = "استقبل الرئيس الأميركي جو بايدن في البيت الأبيض رئيس الوزراء العراقي مصطفى الكاظمي.";
const FILLER = "وتناولت المحادثات ملفات الطاقة والتعليم والصحة. وقال مسؤولون إن الاجتماع كان مثمرا.";
const LAST = "وقال بايدن إن التعاون مع العراق سيستمر.";
const longArticle = [FIRST, ...Array.from({ length: 40 }, () => FILLER), LAST].join("\n\n");

describe("extract: windows of sentences", () => {
  it.each([
    ["the sample article", 200, sample],
    ["the sample article", 2_000, sample],
    ["ten evaluation articles in one input", 500, evalArticles],
    ["ten evaluation articles in one input", 5_000, evalArticles],
  ])("%s: windows of %i characters give the one-window result", (_what, windowChars, text) => {
    const whole = extract(text, { articleDate: "2021-07-26", windowChars: Number.POSITIVE_INFINITY });
    const windowed = extract(text, { articleDate: "2021-07-26", windowChars });
    expect(whole.entities.length).toBeGreaterThan(5);
    expect(windowed).toEqual(whole);
  });

  it("resolves a surname forty paragraphs after the full name, across windows", () => {
    const r = extract(longArticle, { tagger: false, windowChars: 100 });
    const biden = r.entities.find((e) => e.id === "person:joe-biden");
    expect(biden?.mentions.map((m) => m.text)).toEqual(["جو بايدن", "بايدن"]);
    const last = biden?.mentions.at(-1);
    expect(last?.start).toBe(longArticle.lastIndexOf("بايدن"));
    expect(r.sentences).toHaveLength(2 + 40 * 2);
    expect(r).toEqual(extract(longArticle, { tagger: false }));
  });

  it.each([
    ["the sample article", sample],
    ["ten evaluation articles in one input", evalArticles],
    ["the long article", longArticle],
  ])("%s: tokens kept between passes give the result of tokenising each pass", (_what, text) => {
    const kept = extract(text, { articleDate: "2021-07-26", keepTokensChars: Number.POSITIVE_INFINITY });
    const again = extract(text, { articleDate: "2021-07-26", keepTokensChars: 0, windowChars: 300 });
    expect(kept.entities.length).toBeGreaterThan(1);
    expect(again).toEqual(kept);
  });

  it("tags every sentence, in order, in one tagging session for the whole article", () => {
    const seen: string[] = [];
    let sessions = 0;
    const tagger: SentenceTagger = {
      tag: () => {
        throw new Error("a tagger with document memory is called through its session");
      },
      document: () => {
        sessions++;
        return (words) => {
          seen.push(words.join(" "));
          return words.map(() => "O");
        };
      },
    };
    const r = extract(longArticle, { tagger, windowChars: 100 });
    expect(sessions).toBe(1);
    expect(seen).toHaveLength(r.sentences?.length ?? -1);
    expect(seen[0]).toContain("جو بايدن");
    expect(seen.at(-1)).toContain("وقال بايدن");
  });
});

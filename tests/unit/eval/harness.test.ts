// The evaluation harness shared by eval:extract and eval:news. Sentences written for these tests;
// extraction results are built by hand so each case checks the harness, not the extractor.
import { describe, expect, it } from "vitest";
import { countWords, evaluate, prepareArticle, type EvalArticle } from "../../../bench/eval/harness.js";
import type { Entity, ExtractionResult } from "../../../ingest/model.js";

const TEXT = "زار الوزير سالم بن راشد مدينة النخيل، وقال سالم إن الزيارة ناجحة.";

const GOLD = {
  title: "test",
  date: "2024-03-01",
  entities: [
    { name: "سالم بن راشد", nameEn: "Salem bin Rashid", type: "Person", mentions: ["سالم بن راشد", "سالم"] },
    { name: "النخيل", nameEn: "Al-Nakhil", type: "City", mentions: ["النخيل"] },
  ],
  relations: [{ type: "VISITED", sourceEn: "Salem bin Rashid", targetEn: "Al-Nakhil" }],
  statements: [],
};

function span(surface: string, from = 0): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(surface, from);
  return { start, end: start + surface.length, text: surface };
}

const SALEM: Entity = {
  id: "person:salem",
  type: "Person",
  name: "سالم بن راشد",
  nameEn: "Salem bin Rashid",
  aliases: [],
  mentions: [span("سالم بن راشد"), span("سالم", 30)],
  properties: {},
};
const WRONG: Entity = {
  id: "org:x",
  type: "Organization",
  name: "الزيارة",
  nameEn: "Al-Ziyara",
  aliases: [],
  mentions: [span("الزيارة")],
  properties: {},
};

describe("prepareArticle", () => {
  it("places the mentions of a valid gold file", () => {
    const { article, problems } = prepareArticle("a1", "a1.gold.json", TEXT, GOLD);
    expect(problems).toEqual([]);
    expect(article?.spans.map((s) => s.length)).toEqual([2, 1]);
    expect(article?.gold.date).toBe("2024-03-01");
  });

  it.each([
    [{ ...GOLD, entities: "none" }, /^a1\.gold\.json: entities: Expected array/],
    [
      {
        ...GOLD,
        entities: [{ ...GOLD.entities[0], mentions: ["سالم بن راشد", "سالم", "سالم"] }, GOLD.entities[1]],
      },
      /^a1\.gold\.json: Salem bin Rashid, Salem bin Rashid: "سالم" is listed 2 time\(s\) but occurs 1 time\(s\)/,
    ],
    [
      { ...GOLD, relations: [{ type: "MET", sourceEn: "Salem bin Rashid", targetEn: "Nobody" }] },
      /^a1\.gold\.json: relation MET names "Nobody", which is not a gold entity/,
    ],
  ])("names the file and the problem (%#)", (raw, message) => {
    const { problems } = prepareArticle("a1", "a1.gold.json", TEXT, raw);
    expect(problems.join("\n")).toMatch(message);
  });
});

describe("countWords", () => {
  it.each([
    ["زار الوزير المدينة.", 3, 4],
    ["في 2024 زار 3 مدن", 3, 5],
    ["", 0, 0],
  ])("%j → %i words, %i tokens", (text, words, tokens) => {
    expect(countWords(text)).toEqual({ words, tokens });
  });
});

describe("evaluate", () => {
  const article = prepareArticle("a1", "a1.gold.json", TEXT, GOLD).article as EvalArticle;

  it("scores every article and passes the gold date to the extractor", () => {
    const dates: (string | undefined)[] = [];
    const result: ExtractionResult = {
      entities: [SALEM, WRONG],
      relations: [],
      statements: [],
      values: [],
      warnings: ["model missing"],
    };
    const run = evaluate([article, { ...article, id: "a2" }], { tagger: false, runs: 2 }, (a) => {
      dates.push(a.gold.date);
      return result;
    });
    expect(run.articles.map((a) => a.id)).toEqual(["a1", "a2"]);
    // One cold run and two warm runs of two articles.
    expect(dates).toHaveLength(6);
    expect(new Set(dates)).toEqual(new Set(["2024-03-01"]));
    expect(run.totals.entities).toEqual({ tp: 2, fp: 2, fn: 2 });
    expect(run.totals.byType.entities).toEqual({
      Person: { tp: 2, fp: 0, fn: 0 },
      City: { tp: 0, fp: 0, fn: 2 },
      Organization: { tp: 0, fp: 2, fn: 0 },
    });
    expect(run.totals.byType.relations).toEqual({ VISITED: { tp: 0, fp: 0, fn: 2 } });
    expect(run.warnings).toEqual(["model missing"]);
    expect(run.speed.words).toBe(2 * countWords(TEXT).words);
    expect(run.speed.runs).toBe(2);
    expect(run.failures).toContainEqual(["relation missed: VISITED", 2]);
  });
});

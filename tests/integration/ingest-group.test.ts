import { describe, expect, it } from "vitest";
import type { ArticleInput } from "../../ingest/model.js";
import { ingestArticle, ingestBatch, resetGraph, type Extractor } from "../../ingest/write/index.js";
import { useFreshDb } from "../support/db.js";
import { ARTICLES, fixtureExtract, fixtureExtractor, NEWS_SPEC } from "../unit/write/fixture-extractor.js";
import { countOf, dumpGraph } from "./ingest-helpers.js";

// Several articles per transaction (ingestBatch with groupSize > 1) must leave exactly the graph
// that writing them one per transaction, in order, leaves. (Groups in flight at once race like
// concurrent single-article transactions, so the order tests run one group at a time.)
const extractor = fixtureExtractor(NEWS_SPEC);
const now = (): Date => new Date("2024-01-01T00:00:00Z");
const db = useFreshDb();

const url = "https://news.example/iraq/1";
const items: ArticleInput[] = [
  { text: ARTICLES.meeting, url, publishedAt: "2021-07-26" },
  { text: ARTICLES.baghdad },
  { text: ARTICLES.meeting, url, publishedAt: "2021-07-26" }, // the same text again
  { text: ARTICLES.visit, url, publishedAt: "2021-07-28" }, // new text at the same URL
];

describe("several articles per transaction", () => {
  it.each([2, 4, 64])(
    "a group of %i with a repeated text and a same-URL pair equals one transaction per article",
    async (groupSize) => {
      await resetGraph(db);
      for (const input of items) await ingestArticle(db, input, { extractor, now });
      const expected = await dumpGraph(db);

      await resetGraph(db);
      const report = await ingestBatch(db, items, { extractor, now, groupSize, concurrency: 1 });
      expect(report.results.map((r) => (r.ok ? r.report.status : r.reason))).toEqual([
        "new",
        "new",
        "unchanged",
        "replaced",
      ]);
      expect(await countOf(db, "MATCH (a:Article {url: $url}) RETURN count(a) AS n", { url })).toBe(1);
      expect(await dumpGraph(db)).toEqual(expected);
    },
  );

  it("a group with one bad article: only that article fails, the others are written", async () => {
    await resetGraph(db);
    // Neo4j cannot store a list of mixed types as a property: the rows refuse it before anything is
    // written, so the failure lands on that article and the rest of the group is written.
    const bad = "خبر سيئ\n\nاستقبل جو بايدن ضيوفه في البيت الأبيض.";
    const picky: Extractor = {
      version: extractor.version,
      extract: (input) => {
        const result = fixtureExtract(input.text, NEWS_SPEC);
        if (input.text !== bad) return result;
        const [first, ...rest] = result.entities;
        if (first === undefined) throw new Error("fixture: the bad article names no entity");
        return { ...result, entities: [{ ...first, properties: { mixed: ["a", 1] as never } }, ...rest] };
      },
    };
    const inputs = [
      { label: "meeting", input: { text: ARTICLES.meeting } },
      { label: "bad", input: { text: bad } },
      { label: "empty", input: { text: "   " } },
      { label: "visit", input: { text: ARTICLES.visit } },
    ];
    const report = await ingestBatch(db, inputs, { extractor: picky, groupSize: 4 });
    expect(report.results.map((r) => [r.label, r.ok])).toEqual([
      ["meeting", true],
      ["bad", false],
      ["empty", false],
      ["visit", true],
    ]);
    expect(report.counts).toEqual({ new: 2, unchanged: 0, replaced: 0, failed: 2 });
    expect(report.databaseDown).toBeNull();
    const failed = report.results.filter((r) => !r.ok);
    const reasons = failed.map((r) => (r.ok ? "" : r.reason));
    expect(reasons[0]).toMatch(/property "mixed" is a list of mixed or unsupported types/);
    expect(reasons[1]).toMatch(/no text/);
    expect(await countOf(db, "MATCH (a:Article) RETURN count(a) AS n")).toBe(2);
    expect(await countOf(db, "MATCH (a:Article) WHERE a.writeToken IS NOT NULL RETURN count(a) AS n")).toBe(
      0,
    );
    const [biden] = await db.read<{ articleCount: number }>(
      "MATCH (e:Entity {id: 'person:joe-biden'}) RETURN e.articleCount AS articleCount",
    );
    expect(biden?.articleCount).toBe(2);
  });

  it("writes the first article alone, extracting the next group meanwhile, then several at once", async () => {
    await resetGraph(db);
    const texts = [ARTICLES.meeting, ARTICLES.baghdad, ARTICLES.visit];
    const events: string[] = [];
    const logged: Extractor = {
      version: extractor.version,
      extract: (input) => {
        events.push(`extract ${texts.indexOf(input.text)}`);
        return fixtureExtract(input.text, NEWS_SPEC);
      },
    };
    const report = await ingestBatch(
      db,
      texts.map((text) => ({ text })),
      { extractor: logged, concurrency: 4, onProgress: ({ done }) => events.push(`written ${done}`) },
    );
    expect(report.counts.new).toBe(3);
    // Article 0 is extracted first and written alone; the next group (1 and 2) is extracted while
    // it is written (bench:cold: articles 2–5 land sooner), and both are extracted before either
    // of them is written.
    expect(events[0]).toBe("extract 0");
    expect(events.filter((e) => e.startsWith("written"))).toEqual(["written 1", "written 2", "written 3"]);
    const at = (e: string): number => events.indexOf(e);
    expect(at("extract 1")).toBeGreaterThan(0);
    expect(at("extract 2")).toBeGreaterThan(0);
    expect(Math.max(at("extract 1"), at("extract 2"))).toBeLessThan(at("written 2"));
  });
});

import { describe, expect, it } from "vitest";
import { ingestArticle, resetGraph } from "../../ingest/write/index.js";
import { warmUpWrites } from "../../ingest/write/warm-up.js";
import { useFreshDb } from "../support/db.js";
import { ARTICLES, fixtureExtractor, NEWS_SPEC } from "../unit/write/fixture-extractor.js";
import { dumpGraph } from "./ingest-helpers.js";

// The warm-up runs every ingest statement on a made-up article and rolls it back: whatever the
// graph held before, it holds exactly that after.
const extractor = fixtureExtractor(NEWS_SPEC);
const now = (): Date => new Date("2024-01-01T00:00:00Z");
const db = useFreshDb();

describe("warmUpWrites", () => {
  it("leaves an empty graph empty", async () => {
    await resetGraph(db);
    await warmUpWrites(db);
    expect(await dumpGraph(db)).toEqual({ nodes: [], relationships: [] });
  });

  it("leaves a graph with articles unchanged, and ingest after it works", async () => {
    await resetGraph(db);
    await ingestArticle(db, { text: ARTICLES.meeting, publishedAt: "2021-07-26" }, { extractor, now });
    const before = await dumpGraph(db);
    expect(before.nodes.length).toBeGreaterThan(0);
    await warmUpWrites(db);
    expect(await dumpGraph(db)).toEqual(before);
    const report = await ingestArticle(db, { text: ARTICLES.baghdad }, { extractor, now });
    expect(report.status).toBe("new");
  });
});

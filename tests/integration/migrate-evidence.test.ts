import { readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT_DIR } from "../../ingest/config.js";
import type { Database } from "../../ingest/db/driver.js";
import { migrate } from "../../ingest/db/migrate.js";
import type { ArticleInput, EntityDetail, GraphPayload } from "../../ingest/model.js";
import { coerceParams, findSavedQuery } from "../../ingest/queries/library.js";
import { runReadOnly } from "../../ingest/server/readonly.js";
import { prepareArticle } from "../../ingest/write/article.js";
import { EntityTotals } from "../../ingest/write/entity-totals.js";
import { ingestArticle } from "../../ingest/write/index.js";
import { migrateEvidence } from "../../ingest/write/migrate-evidence.js";
import { resetDb, testDb } from "../support/db.js";
import { ARTICLES, fixtureExtractor, NEWS_SPEC, type FixtureSpec } from "../unit/write/fixture-extractor.js";
import { fixtureServer, getJson } from "./api-helpers.js";
import { countOf } from "./ingest-helpers.js";

/** The writer before evidence moved to Evidence nodes: relationships accumulate parallel lists. */
const OLD_WRITE = readFileSync(path.join(ROOT_DIR, "tests/integration/fixtures/old-article.cypher"), "utf8");

const grant = (amount: number, currency: string): FixtureSpec => ({
  ...NEWS_SPEC,
  relations: (NEWS_SPEC.relations ?? []).map((r) =>
    r.type === "FUNDED" ? { ...r, properties: { amount, currency } } : r,
  ),
});

/** Three made-up articles: two grants in two currencies, MET in all three, one undated article. */
const CORPUS: { input: ArticleInput; spec: FixtureSpec; now: string }[] = [
  {
    input: { text: ARTICLES.meeting.replace("155 مليون", "20 مليون"), publishedAt: "2021-07-26" },
    spec: grant(20e6, "EUR"),
    now: "2021-08-01T10:00:00.000Z",
  },
  {
    input: { text: ARTICLES.meeting, publishedAt: "2021-07-28", url: "https://example.com/grant" },
    spec: grant(155e6, "USD"),
    now: "2021-08-01T10:01:00.000Z",
  },
  { input: { text: ARTICLES.visit }, spec: NEWS_SPEC, now: "2021-08-01T10:02:00.000Z" },
];

let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  db = testDb();
  app = await fixtureServer(db);
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

/** Writes an article as the old writer did (its statement, then the entity totals after commit). */
async function writeOld(item: (typeof CORPUS)[number]): Promise<void> {
  const extractor = fixtureExtractor(item.spec);
  const p = await prepareArticle(db, item.input, { extractor, now: () => new Date(item.now) });
  if (p.kind !== "ready") throw new Error("the old writer test expects new articles");
  const { rows } = p;
  await db.writeTransaction(async (tx) => {
    await tx.run(OLD_WRITE, {
      ...rows,
      token: "old-writer",
      now: p.now,
      seen: rows.article.publishedAt,
    });
  });
  const totals = new EntityTotals();
  totals.add(p.id, rows.entities);
  await totals.flush(db);
}

const get = <T>(url: string): Promise<T> => getJson<T>(app, url);

/** A graph payload by id: the API's order among equally ranked items is not part of the answer. */
async function sortedGraph(url: string): Promise<GraphPayload> {
  const graph = await get<GraphPayload>(url);
  graph.edges.sort((a, b) => a.id.localeCompare(b.id));
  graph.nodes.sort((a, b) => a.id.localeCompare(b.id));
  return graph;
}

/** What the API and the saved queries answer about the whole graph. */
async function answers(): Promise<Record<string, unknown>> {
  const graph = await sortedGraph("/api/graph?evidence=true");
  const out: Record<string, unknown> = { graph };
  for (const e of graph.edges) out[`edge ${e.id}`] = await get(`/api/edges/${encodeURIComponent(e.id)}`);
  for (const n of graph.nodes) {
    out[`entity ${n.id}`] = await get<EntityDetail>(`/api/entities/${encodeURIComponent(n.id)}`);
  }
  out.window = await sortedGraph("/api/graph?evidence=true&from=2021-07-27&to=2021-07-31");
  // Parsed: the order of a relationship's properties in the file is not part of the answer.
  out.export = JSON.parse(
    (await app.inject({ method: "GET", url: "/api/export?format=json" })).body,
  ) as unknown;
  out.timeline = await get("/api/timeline?bucket=day&edge=country%3Ausa%7CFUNDED%7Ccountry%3Airaq");
  for (const [name, params] of [
    ["money-flows", {}],
    ["who-met-whom", {}],
    ["edge-evidence", { source: "country:usa", target: "country:iraq" }],
    ["timeline", { from: "2021-07-27" }],
  ] as const) {
    const q = findSavedQuery(name);
    const { rows } = await runReadOnly(db, q.cypher, coerceParams(q, params));
    // Element ids differ between two databases; everything else must not.
    out[`query ${name}`] = JSON.parse(
      JSON.stringify(rows, (key, value: unknown) => (/elementId$/iu.test(key) ? undefined : value)),
    );
  }
  return out;
}

describe("kg db migrate: evidence lists on relationships → one Evidence node per article", () => {
  it("upgrades an old-shape graph in place, idempotently, to what a fresh ingest gives", async () => {
    await resetDb(db);
    for (const item of CORPUS) await writeOld(item);
    // The old shape: lists on the relationships, no Evidence nodes.
    expect(await countOf(db, "MATCH (ev:Evidence) RETURN count(ev) AS n")).toBe(0);
    expect(await countOf(db, "MATCH (:Entity)-[r:MET]->(:Entity) RETURN size(r.articleIds) AS n")).toBe(3);

    // Batches of one relationship: the loop, not one statement, has to finish the job.
    const moved = await migrateEvidence(db, 1);
    const relationships = await countOf(db, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n");
    expect(moved.relationships).toBe(relationships);
    // One record per relationship and article: MET alone is in all three articles.
    expect(moved.records).toBe(await countOf(db, "MATCH (ev:Evidence) RETURN count(ev) AS n"));
    expect(moved.records).toBe(
      await countOf(db, "MATCH (:Entity)-[r]->(:Entity) RETURN sum(r.articleCount) AS n"),
    );
    expect(moved.records).toBeGreaterThan(relationships);
    expect(
      await countOf(
        db,
        "MATCH (:Entity)-[r]->(:Entity) WHERE r.sentenceIds IS NOT NULL OR r.articleIds IS NOT NULL RETURN count(r) AS n",
      ),
    ).toBe(0);
    expect((await migrate(db)).evidence).toEqual({ relationships: 0, records: 0 });
    const migrated = await answers();

    await resetDb(db);
    for (const item of CORPUS) {
      await ingestArticle(db, item.input, {
        extractor: fixtureExtractor(item.spec),
        now: () => new Date(item.now),
      });
    }
    // Freshly written evidence is already in the new shape; place coordinates come with migrate too.
    expect((await migrate(db)).evidence).toEqual({ relationships: 0, records: 0 });
    const fresh = await answers();
    expect(Object.keys(migrated)).toEqual(Object.keys(fresh));
    for (const key of Object.keys(fresh)) expect(migrated[key], key).toEqual(fresh[key]);
    // The window changed the answer (it is not the whole graph again).
    expect(fresh.window).not.toEqual(fresh.graph);
  });
});

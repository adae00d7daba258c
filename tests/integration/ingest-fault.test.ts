import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticle, goldExtractor } from "../../bench/corpus.js";
import { neo4jConfig, ROOT_DIR } from "../../ingest/config.js";
import { Database } from "../../ingest/db/driver.js";
import { ensureLocalNeo4j, stopLocalNeo4j } from "../../ingest/db/local.js";
import { migrate } from "../../ingest/db/migrate.js";
import { ingestBatch, resetGraph, type BatchItem } from "../../ingest/write/index.js";
import { buildArticleRows } from "../../ingest/write/rows.js";
import { countOf } from "./ingest-helpers.js";

/**
 * The database dies in the middle of a batch. Runs its own Neo4j (port and data folder of its
 * own) because it kills it; the shared test database is never touched.
 */
const PORT = Number(process.env.NEO4J_FAULT_BOLT_PORT ?? 7694);
const DATA_DIR = path.join(ROOT_DIR, ".data", `neo4j-test-fault-${PORT}`);
const cfg = neo4jConfig({ NEO4J_BOLT_PORT: String(PORT), NEO4J_PASSWORD: process.env.NEO4J_PASSWORD });

const corpus = Array.from({ length: 60 }, (_, i) => generateArticle(i, 7));
const extractor = goldExtractor(corpus);
const items: BatchItem[] = corpus.map((a, i) => ({ label: `article-${i}`, input: a.input }));
let pid = 0;

async function start(): Promise<Database> {
  const started = await ensureLocalNeo4j({ port: PORT, dataDir: DATA_DIR, memory: { heapMb: 512, pageCacheMb: 64 } });
  pid = started.pid;
  const db = new Database(cfg);
  await migrate(db);
  return db;
}

beforeAll(async () => {
  const db = await start();
  await resetGraph(db);
  await db.close();
});

afterAll(async () => {
  await stopLocalNeo4j({ port: PORT, dataDir: DATA_DIR });
});

describe("database stops in the middle of a batch", () => {
  let failedLabels: string[] = [];

  it("reports which articles were not written", async () => {
    const db = new Database(cfg);
    let killed = false;
    const report = await ingestBatch(db, items, {
      extractor,
      concurrency: 4,
      onProgress: (p) => {
        if (!killed && p.done >= 15) {
          killed = true;
          process.kill(pid, "SIGKILL");
        }
      },
    });
    await db.close();
    expect(killed).toBe(true);
    const failed = report.results.filter((r) => !r.ok);
    failedLabels = failed.map((r) => r.label);
    expect(report.counts.failed).toBe(failed.length);
    expect(failed.length).toBeGreaterThanOrEqual(items.length - 20);
    expect(report.counts.new + report.counts.failed).toBe(items.length);
    for (const f of failed) expect(f.ok ? "" : f.reason).toMatch(/cannot reach Neo4j|not written/);
  });

  it("after a restart, running again completes with no duplicates and no half-written article", async () => {
    const db = await start();
    try {
      const partial = await countOf(db, "MATCH (a:Article) RETURN count(a) AS n");
      expect(partial).toBe(items.length - failedLabels.length);

      const report = await ingestBatch(db, items, { extractor, concurrency: 4 });
      expect(report.counts).toEqual({ new: failedLabels.length, unchanged: partial, replaced: 0, failed: 0 });

      expect(await countOf(db, "MATCH (a:Article) RETURN count(a) AS n")).toBe(items.length);
      expect(await countOf(db, "MATCH (a:Article) WHERE a.writeToken IS NOT NULL RETURN count(a) AS n")).toBe(0);
      expect(
        await countOf(db, "MATCH (e:Entity) WITH e.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS n"),
      ).toBe(0);

      // Every article has exactly the sentences, mentions and evidence its extraction produces.
      const stored = await db.read<{ id: string; sentences: number; mentions: number; statements: number }>(
        `MATCH (a:Article)
         RETURN a.id AS id, COUNT { (a)-[:HAS_SENTENCE]->() } AS sentences,
                COUNT { (a)-[:HAS_SENTENCE]->()-[:MENTIONS]->() } AS mentions,
                COUNT { (a)-[:HAS_STATEMENT]->() } AS statements`,
      );
      const byId = new Map(stored.map((s) => [s.id, s]));
      const expectedEvidence = new Map<string, number>();
      for (const a of corpus) {
        const rows = buildArticleRows(a.input, a.gold, { extractorVersion: extractor.version });
        expect(byId.get(rows.article.id)).toEqual({
          id: rows.article.id,
          sentences: rows.sentences.length,
          mentions: rows.mentions.length,
          statements: rows.statements.length,
        });
        for (const r of rows.relations) {
          const key = `${r.source}|${r.type}|${r.target}`;
          expectedEvidence.set(key, (expectedEvidence.get(key) ?? 0) + r.sentenceIds.length);
        }
      }
      const rels = await db.read<{ key: string; count: number; size: number }>(
        `MATCH (s:Entity)-[r]->(t:Entity)
         RETURN s.id + "|" + type(r) + "|" + t.id AS key, r.count AS count, size(r.sentenceIds) AS size`,
      );
      expect(new Map(rels.map((r) => [r.key, r.count]))).toEqual(expectedEvidence);
      for (const r of rels) expect(r.size).toBe(r.count);
    } finally {
      await db.close();
    }
  });
});

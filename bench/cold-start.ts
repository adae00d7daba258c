/**
 * `npm run bench:cold [-- --articles 13 --runs 1]`: the first articles into a just-started, empty
 * database, as a newcomer meets them. Each run deletes the data directory
 * (.data/neo4j-cold-PORT, port BENCH_BOLT_PORT or 7693 — never the user's database), starts Neo4j, migrates, then
 * warms the write statements up as `kg db start` does (`--no-warm-up`: not), then ingests the first
 * N articles of the real dev corpus as `kg ingest` does (ingestBatch, concurrency 4), timing when
 * each article is written; it stops that Neo4j afterwards. The models are loaded before the clock
 * starts, so the times are the database's.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { neo4jConfig, ROOT_DIR } from "../ingest/config.js";
import { Database } from "../ingest/db/driver.js";
import { ensureLocalNeo4j, stopLocalNeo4j } from "../ingest/db/local.js";
import { migrate } from "../ingest/db/migrate.js";
import { defaultExtractor } from "../ingest/write/extractor.js";
import { ingestBatch } from "../ingest/write/index.js";
import { warmUpWrites } from "../ingest/write/warm-up.js";
import { corpusBlocks, type RealArticle } from "./real-corpus.js";
import { median } from "./stats.js";

const { values } = parseScriptArgs(
  "bench:cold",
  {
    articles: { type: "string", default: "13" },
    runs: { type: "string", default: "1" },
    "no-warm-up": { type: "boolean", default: false },
  },
  scriptUsage(import.meta.url),
);
const count = Number(values.articles);
const runs = Math.max(1, Number(values.runs));
const port = Number(process.env.BENCH_BOLT_PORT ?? 7693);
const dataDir = path.join(ROOT_DIR, ".data", `neo4j-cold-${port}`);

let articles: RealArticle[] = [];
for await (const block of corpusBlocks(count)) articles = articles.concat(block);
const extractor = await defaultExtractor();
await extractor.extract(articles[0]?.input ?? { text: "" }); // models loaded outside the timing

interface Run {
  startS: number;
  migrateMs: number;
  warmUpMs: number;
  firstMs: number;
  allMs: number;
}

async function runOnce(): Promise<Run> {
  rmSync(dataDir, { recursive: true, force: true });
  const t0 = performance.now();
  const started = await ensureLocalNeo4j({ port, dataDir, log: () => undefined });
  const startS = (performance.now() - t0) / 1000;
  const db = new Database(neo4jConfig({ ...process.env, NEO4J_URI: "", NEO4J_BOLT_PORT: String(port) }));
  try {
    const t1 = performance.now();
    await migrate(db);
    const migrateMs = performance.now() - t1;
    const tw = performance.now();
    if (!values["no-warm-up"]) await warmUpWrites(db);
    const warmUpMs = performance.now() - tw;
    const written: number[] = [];
    const t2 = performance.now();
    const report = await ingestBatch(
      db,
      articles.map((a, i) => ({ label: `#${i}`, input: a.input })),
      { extractor, concurrency: 4, onProgress: () => written.push(performance.now() - t2) },
    );
    if (report.counts.failed > 0) throw new Error(`bench:cold: ${report.counts.failed} articles failed`);
    const run = { startS, migrateMs, warmUpMs, firstMs: written[0] ?? NaN, allMs: performance.now() - t2 };
    console.log(
      `run: Neo4j started in ${startS.toFixed(1)} s, migrate ${migrateMs.toFixed(0)} ms, warm-up ${warmUpMs.toFixed(0)} ms, ` +
        `articles written at ${written.map((ms) => ms.toFixed(0)).join(", ")} ms`,
    );
    return run;
  } finally {
    await db.close();
    if (started.startedByUs) await stopLocalNeo4j({ port, dataDir });
  }
}

const all: Run[] = [];
for (let r = 0; r < runs; r++) all.push(await runOnce());
const m = (f: (x: Run) => number): number => median(all.map(f));
console.log(
  `\ncold start (${articles.length} real articles, ${runs} run${runs === 1 ? "" : "s"}, medians): Neo4j start ${m((x) => x.startS).toFixed(1)} s, ` +
    `migrate ${m((x) => x.migrateMs).toFixed(0)} ms, warm-up ${m((x) => x.warmUpMs).toFixed(0)} ms, first article written ${m((x) => x.firstMs).toFixed(0)} ms (target < 1000), ` +
    `all ${articles.length} ${m((x) => x.allMs).toFixed(0)} ms`,
);

/**
 * `npm run bench:cold [-- --articles 13 --runs 1]`: the first articles into a just-started, empty
 * database, as a newcomer meets them. Each run deletes the data directory
 * (.data/neo4j-cold-PORT, port BENCH_BOLT_PORT or 7693 — never the user's database), starts Neo4j, migrates, then
 * warms the write statements up as `kg db start` does (`--no-warm-up`: not), then ingests the first
 * N articles of the real dev corpus as `kg ingest` does (ingestBatch, concurrency 4), timing when
 * each article is written; it stops that Neo4j afterwards. The models are loaded before the clock
 * starts, so the times are the database's. Each run also prints where the time of the first article
 * and of the first group went: lookup, curation rules read, extraction, the write transaction and
 * the settle read after it (spans from the start of the batch, in ms).
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { ROOT_DIR } from "../ingest/config.js";
import type { Database } from "../ingest/db/driver.js";
import { ensureLocalNeo4j, stopLocalNeo4j } from "../ingest/db/local.js";
import { benchDatabase, benchPort } from "./bench-db.js";
import { migrate } from "../ingest/db/migrate.js";
import { defaultExtractor } from "../ingest/write/extractor.js";
import { ingestBatch } from "../ingest/write/index.js";
import { loadCypher } from "../ingest/db/cypher-files.js";
import type { Extractor } from "../ingest/write/extractor.js";
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
const port = benchPort(7693);
const dataDir = path.join(ROOT_DIR, ".data", `neo4j-cold-${port}`);

let articles: RealArticle[] = [];
for await (const block of corpusBlocks(count)) articles = articles.concat(block);
const extractor = await defaultExtractor();
await extractor.extract(articles[0]?.input ?? { text: "" }); // models loaded outside the timing

/** One database call or extraction during the batch, in ms from its start. */
interface Span {
  step: string;
  from: number;
  to: number;
}

const STEP_OF = new Map<string, string>([
  [loadCypher("write/lookup"), "lookup"],
  [loadCypher("curation/state"), "rules"],
  [loadCypher("write/co-mentions"), "co-mentions"],
  [loadCypher("write/entity-totals"), "totals"],
]);

/**
 * Records the batch's database calls and extractions as spans (the Database and extractor are
 * wrapped, nothing in ingest/ changes). `rules` is the read of the curation rules version: before
 * extraction, and again after the write (settleCuration).
 */
function recordSpans(
  db: Database,
  ex: Extractor,
  clock: () => number,
): { spans: Span[]; extractor: Extractor } {
  const spans: Span[] = [];
  const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const from = clock();
    try {
      return await run();
    } finally {
      spans.push({ step, from, to: clock() });
    }
  };
  const read = db.read.bind(db);
  db.read = ((cypher: string, ...rest: []) =>
    timed(STEP_OF.get(cypher) ?? "read", () => read(cypher, ...rest))) as typeof db.read;
  const write = db.write.bind(db);
  db.write = ((cypher: string, ...rest: []) =>
    timed(STEP_OF.get(cypher) ?? "write", () => write(cypher, ...rest))) as typeof db.write;
  const writeTransaction = db.writeTransaction.bind(db);
  db.writeTransaction = ((work: Parameters<typeof writeTransaction>[0]) =>
    timed("write", () => writeTransaction(work))) as typeof db.writeTransaction;
  const extractor: Extractor = {
    ...ex,
    extract: (input) => timed("extract", () => Promise.resolve(ex.extract(input))),
  };
  return { spans, extractor };
}

/** The spans that ended by `until`, as "step from–to" (extractions merged into one span). */
function describeSpans(spans: readonly Span[], after: number, until: number): string {
  const out: string[] = [];
  const inRange = spans.filter((s) => s.from >= after && s.to <= until + 0.5);
  // db.write runs through db.writeTransaction: its inner span is not shown twice.
  const named = inRange.filter((s) => s.step === "co-mentions" || s.step === "totals");
  const mine = inRange
    .filter((s) => s.step !== "write" || !named.some((n) => s.from >= n.from && s.to <= n.to))
    .sort((a, b) => a.from - b.from);
  const extracts = mine.filter((s) => s.step === "extract");
  for (const s of mine) {
    if (s.step === "extract" && s !== extracts[0]) continue;
    const to = s.step === "extract" ? Math.max(...extracts.map((x) => x.to)) : s.to;
    const n = s.step === "extract" && extracts.length > 1 ? ` ×${extracts.length}` : "";
    out.push(`${s.step}${n} ${s.from.toFixed(0)}–${to.toFixed(0)}`);
  }
  return out.join(", ");
}

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
  const db = benchDatabase(port);
  try {
    const t1 = performance.now();
    await migrate(db);
    const migrateMs = performance.now() - t1;
    const tw = performance.now();
    if (!values["no-warm-up"]) await warmUpWrites(db);
    const warmUpMs = performance.now() - tw;
    const written: number[] = [];
    const t2 = performance.now();
    const recorded = recordSpans(db, extractor, () => performance.now() - t2);
    const report = await ingestBatch(
      db,
      articles.map((a, i) => ({ label: `#${i}`, input: a.input })),
      {
        extractor: recorded.extractor,
        concurrency: 4,
        onProgress: () => written.push(performance.now() - t2),
      },
    );
    if (report.counts.failed > 0) throw new Error(`bench:cold: ${report.counts.failed} articles failed`);
    const run = { startS, migrateMs, warmUpMs, firstMs: written[0] ?? NaN, allMs: performance.now() - t2 };
    console.log(
      `run: Neo4j started in ${startS.toFixed(1)} s, migrate ${migrateMs.toFixed(0)} ms, warm-up ${warmUpMs.toFixed(0)} ms, ` +
        `articles written at ${written.map((ms) => ms.toFixed(0)).join(", ")} ms`,
    );
    const first = written[0] ?? 0;
    console.log(`  first article: ${describeSpans(recorded.spans, 0, first)}`);
    const second = written[1];
    if (second !== undefined) {
      const last = written[written.length - 1] ?? second;
      console.log(`  then: ${describeSpans(recorded.spans, first - 0.5, last)}`);
    }
    const after = describeSpans(
      recorded.spans,
      (written[written.length - 1] ?? 0) - 0.5,
      performance.now() - t2,
    );
    if (after !== "") console.log(`  after the last: ${after}`);
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

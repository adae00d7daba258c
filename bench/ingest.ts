/**
 * `npm run bench:ingest`: articles/s and relationships/s into a local Neo4j of its own (port 7692,
 * .data/neo4j-bench — never the user's database), for 1,000 and 10,000 generated articles, with
 * the Node process's memory sampled as the corpus grows.
 *
 * Options: --sizes 1000,10000  --runs 3 (per size, each on a reset graph; the median is reported)
 * --warmup N|auto (articles ingested and discarded before measuring, after a first 1,000 measured
 * as "cold"; auto = 30,000 when this run started Neo4j, else 0: a just-started JVM needs about that
 * many articles to reach its steady speed — measured 39–71 articles/s for the first 1,000, ~150 after
 * 5,000, ~210 after 10,000, 256–313 after 30,000+)
 * --concurrency 4 (as `kg ingest`)  --group 16 (articles per
 * transaction, ingestBatch's groupSize; its default GROUP_SIZE)  --chunk 500  --extract (use ingest/extract instead of the
 * generator's gold extraction, to time extraction + writing together)  --hot (every article also
 * adds to one shared relationship: the worst case for accumulated relationships).
 * --corpus 1000|5000|all: real news instead (bench/ingest-real.ts; --workers 1 extracts on a worker
 * thread; --warmup "auto" means none there, a number warms up on generated articles first).
 */
import os from "node:os";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { benchDatabase, benchDataDir, benchPort } from "./bench-db.js";
import type { Database } from "../ingest/db/driver.js";
import { ensureLocalNeo4j } from "../ingest/db/local.js";
import { migrate } from "../ingest/db/migrate.js";
import { defaultExtractor, type Extractor } from "../ingest/write/extractor.js";
import { GROUP_SIZE } from "../ingest/write/batch.js";
import { graphCounts, ingestBatch, resetGraph } from "../ingest/write/index.js";
import { generateArticle, goldExtractor, withSharedRelationship, type CorpusArticle } from "./corpus.js";
import { benchRealIngest } from "./ingest-real.js";
import { corpusSize, processCpuSeconds as cpuSeconds } from "./real-corpus.js";
import { median } from "./stats.js";

const { values, fail } = parseScriptArgs(
  "bench:ingest",
  {
    sizes: { type: "string", default: "1000,10000" },
    concurrency: { type: "string", default: "4" },
    group: { type: "string", default: String(GROUP_SIZE) },
    chunk: { type: "string", default: "500" },
    extract: { type: "boolean", default: false },
    hot: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    warmup: { type: "string", default: "auto" },
    corpus: { type: "string" },
    workers: { type: "string", default: "0" },
  },
  scriptUsage(import.meta.url),
);
const sizes = values.sizes.split(",").map(Number);
const concurrency = Number(values.concurrency);
const groupSize = Number(values.group);
const chunkSize = Number(values.chunk);
const runs = Math.max(1, Number(values.runs));
const port = benchPort();

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

interface Sample {
  articles: number;
  rssMb: number;
  heapMb: number;
}

/** One run: prints its figures, returns its articles/s and CPU ms per article. */
async function runSize(
  db: Database,
  size: number,
  seed: number,
  neo4jPid: number,
  show: { title?: string; quiet?: boolean } = {},
): Promise<{ rate: number; cpuMs: number }> {
  await resetGraph(db);
  const cpu0 = { node: process.cpuUsage(), neo4j: cpuSeconds(neo4jPid), load: os.loadavg()[0] ?? 0 };
  const chunkRates: number[] = [];
  const samples: Sample[] = [];
  let written = 0;
  let relationRows = 0;
  let failed = 0;
  let deadlockRetries = 0;
  let busyMs = 0;
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let from = 0; from < size; from += chunkSize) {
    const corpus: CorpusArticle[] = [];
    for (let n = from; n < Math.min(size, from + chunkSize); n++) corpus.push(generateArticle(n, seed));
    const base: Extractor = values.extract ? await defaultExtractor() : goldExtractor(corpus);
    const extractor = values.hot ? withSharedRelationship(base) : base;
    const items = corpus.map((a, i) => ({ label: `#${from + i}`, input: a.input }));
    const report = await ingestBatch(db, items, { extractor, concurrency, groupSize });
    busyMs += report.elapsedMs;
    deadlockRetries += report.deadlockRetries;
    chunkRates.push((items.length * 1000) / report.elapsedMs);
    for (const r of report.results) {
      if (r.ok) relationRows += r.report.relations;
      else failed += 1;
    }
    written += items.length;
    gc?.();
    const mem = process.memoryUsage();
    samples.push({ articles: written, rssMb: mb(mem.rss), heapMb: mb(mem.heapUsed) });
  }
  const nodeCpu = process.cpuUsage(cpu0.node);
  const nodeSeconds = (nodeCpu.user + nodeCpu.system) / 1e6;
  const cpu = nodeSeconds + (cpuSeconds(neo4jPid) - cpu0.neo4j);
  const load = ((cpu0.load + (os.loadavg()[0] ?? 0)) / 2).toFixed(1);
  const totals = await graphCounts(db);
  const [all] = await db.read<{ n: number }>("MATCH ()-[r]->() RETURN count(r) AS n");
  const seconds = busyMs / 1000;
  const result = { rate: size / seconds, cpuMs: (cpu * 1000) / size };
  if (show.quiet) return result;
  console.log(
    `\n## ${show.title ?? `${size} articles`} (concurrency ${concurrency}, ${groupSize} per transaction, ${values.extract ? "ingest/extract" : "gold extraction"}${values.hot ? ", one relationship shared by every article" : ""})`,
  );
  console.log(
    `articles/s: ${(size / seconds).toFixed(1)} overall, median per ${chunkSize}-article chunk ${median(chunkRates).toFixed(1)} ` +
      `(first chunk ${(chunkRates[0] ?? 0).toFixed(1)}, last ${(chunkRates.at(-1) ?? 0).toFixed(1)})`,
  );
  console.log(
    `relationships/s: ${(relationRows / seconds).toFixed(1)} entity relations (rows merged), ` +
      `${((all?.n ?? 0) / seconds).toFixed(1)} graph relationships of all types`,
  );
  console.log(
    `graph: ${totals.articles} articles, ${totals.entities} entities, ${totals.relationships} entity relationships, ` +
      `${all?.n ?? 0} relationships in all; failed ${failed}; deadlocks retried ${deadlockRetries}; ${seconds.toFixed(1)} s`,
  );
  console.log(
    `CPU: ${((cpu * 1000) / size).toFixed(1)} ms per article (Node ${((nodeSeconds * 1000) / size).toFixed(1)} ms + Neo4j) -> CPU-bound ceiling on ${os.cpus().length} idle cores ` +
      `${((os.cpus().length * size) / cpu).toFixed(0)} articles/s; machine load average during the run ${load}`,
  );
  const every = Math.max(1, Math.floor(samples.length / 10));
  const shown = samples.filter((_, i) => i % every === 0 || i === samples.length - 1);
  console.log(
    `memory (articles: rss MB / heap MB): ${shown.map((s) => `${s.articles}: ${s.rssMb}/${s.heapMb}`).join(", ")}`,
  );
  const quarter = Math.max(1, Math.floor(samples.length / 4));
  const head = median(samples.slice(0, quarter).map((s) => s.heapMb));
  const tail = median(samples.slice(-quarter).map((s) => s.heapMb));
  console.log(
    `heap median first quarter ${head} MB, last quarter ${tail} MB (${tail - head >= 0 ? "+" : ""}${tail - head} MB)`,
  );
  return result;
}

const started = await ensureLocalNeo4j({ port, dataDir: benchDataDir() });
console.log(
  `bench:ingest against ${started.uri}${started.startedByUs ? " (started)" : ""}; Node ${process.version}`,
);
const db = benchDatabase(port);
try {
  await migrate(db);
  const summary: string[] = [];
  const real = values.corpus === undefined ? null : corpusSize(values.corpus, fail);
  const auto = started.startedByUs && real === null ? 30_000 : 0;
  const warmup = values.warmup === "auto" ? auto : Number(values.warmup);
  if (!Number.isInteger(warmup) || warmup < 0) {
    fail(`--warmup must be "auto" or a whole number of articles (got "${values.warmup}")`);
  }
  if (warmup > 0) {
    const cold = await runSize(db, 1000, 99, started.pid, {
      title: "1000 articles, cold: Neo4j just started",
    });
    summary.push(`cold JVM, first 1000 articles: ${cold.rate.toFixed(1)} articles/s`);
    console.log(`\nwarming up: ${warmup} articles, not measured…`);
    await runSize(db, warmup, 98, started.pid, { quiet: true });
  }
  if (real !== null) {
    const workers = Number(values.workers);
    await benchRealIngest(db, started.pid, { size: real, runs, concurrency, groupSize, workers });
  }
  // Generated articles only when no --corpus is given.
  for (const [i, size] of (real === null ? sizes : []).entries()) {
    const results = [];
    for (let r = 0; r < runs; r++) results.push(await runSize(db, size, 100 + i, started.pid));
    const rates = results.map((x) => x.rate);
    summary.push(
      `${size} articles: median ${median(rates).toFixed(1)} articles/s over ${runs} run${runs === 1 ? "" : "s"} ` +
        `(${rates.map((x) => x.toFixed(0)).join(", ")}), CPU per article median ${median(results.map((x) => x.cpuMs)).toFixed(1)} ms`,
    );
  }
  if (summary.length > 0) console.log(`\n## Summary\n${summary.join("\n")}`);
  if (started.startedByUs && warmup === 0) {
    console.log(
      "(Neo4j was started by this run and not warmed up: the first runs measure a JVM that is still compiling — see cypher/README.md, Throughput.)",
    );
  }
} finally {
  await db.close();
}
console.log(
  `\nThe bench database keeps running on port ${port}; stop it with NEO4J_BOLT_PORT=${port} npm run db:stop.`,
);

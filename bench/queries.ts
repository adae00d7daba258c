/**
 * `npm run bench:queries`: median latency of every saved query (cypher/queries/) with its example
 * parameters, through the same read-only runner as `kg query` and the API, on
 *   1. the sample article alone (real extractor), then
 *   2. the sample plus N generated articles (bench/corpus.ts, gold extraction) — a larger graph.
 * Uses a local Neo4j of its own (port 7692, .data/neo4j-bench, shared with bench:ingest; it is
 * reset; BENCH_BOLT_PORT and BENCH_DATA_DIR choose another) — never the user's database.
 *
 * Options: --generated 2000  --runs 15  (warm-up runs are not timed).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { ROOT_DIR } from "../ingest/config.js";
import { benchDatabase, benchDataDir, benchPort } from "./bench-db.js";
import type { Database } from "../ingest/db/driver.js";
import { ensureLocalNeo4j } from "../ingest/db/local.js";
import { migrate } from "../ingest/db/migrate.js";
import { renderTable } from "../ingest/queries/format.js";
import { coerceParams, loadQueryLibrary } from "../ingest/queries/library.js";
import { runReadOnly } from "../ingest/server/readonly.js";
import { graphCounts, ingestArticle, ingestBatch, resetGraph } from "../ingest/write/index.js";
import { generateArticle, goldExtractor } from "./corpus.js";
import { percentile } from "./stats.js";

const { values } = parseScriptArgs(
  "bench:queries",
  {
    generated: { type: "string", default: "2000" },
    runs: { type: "string", default: "15" },
  },
  scriptUsage(import.meta.url),
);
const generated = Number(values.generated);
const runs = Number(values.runs);
const port = benchPort();
const dataDir = benchDataDir();
const WARM_UP = 3;

async function timeLibrary(
  db: Database,
): Promise<Map<string, { median: number; p90: number; rows: number }>> {
  const out = new Map<string, { median: number; p90: number; rows: number }>();
  for (const q of loadQueryLibrary()) {
    const raw = Object.fromEntries(
      q.parameters.filter((p) => p.example !== undefined).map((p) => [p.name, p.example]),
    );
    const params = coerceParams(q, raw);
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < WARM_UP + runs; i++) {
      const started = performance.now();
      const result = await runReadOnly(db, q.cypher, params, { timeoutMs: 60_000, maxRows: 5_000 });
      if (i >= WARM_UP) times.push(performance.now() - started);
      rows = result.rows.length;
    }
    out.set(q.name, { median: percentile(times, 0.5), p90: percentile(times, 0.9), rows });
  }
  return out;
}

async function describeGraph(db: Database): Promise<string> {
  const c = await graphCounts(db);
  return `${c.articles} articles, ${c.entities} entities, ${c.relationships} entity relationships`;
}

const started = await ensureLocalNeo4j({ port, dataDir });
console.log(
  `bench:queries against ${started.uri}${started.startedByUs ? " (started)" : ""}; ${runs} timed runs each`,
);
const db = benchDatabase(port);
try {
  await migrate(db);
  await resetGraph(db);
  const sample = readFileSync(path.join(ROOT_DIR, "samples", "seed-article.txt"), "utf8");
  await ingestArticle(db, { text: sample, title: "sample", publishedAt: "2021-07-27" });
  const small = await describeGraph(db);
  const onSample = await timeLibrary(db);

  let large = "";
  let onLarge = new Map<string, { median: number; p90: number; rows: number }>();
  if (generated > 0) {
    const corpus = Array.from({ length: generated }, (_, n) => generateArticle(n, 7));
    const items = corpus.map((a, i) => ({ label: `#${i}`, input: a.input }));
    await ingestBatch(db, items, { extractor: goldExtractor(corpus), concurrency: 4 });
    large = await describeGraph(db);
    onLarge = await timeLibrary(db);
  }
  const ms = (x: number | undefined): string => (x === undefined ? "" : x.toFixed(1));
  const rows = [...onSample].map(([name, s]) => {
    const l = onLarge.get(name);
    return [
      name,
      ms(s.median),
      ms(s.p90),
      String(s.rows),
      ms(l?.median),
      ms(l?.p90),
      l ? String(l.rows) : "",
    ];
  });
  console.log(`\nsample graph: ${small}${large ? `\nlarger graph: ${large}` : ""}\n`);
  console.log(
    renderTable(["query", "sample median ms", "p90", "rows", "larger median ms", "p90", "rows"], rows),
  );
} finally {
  await db.close();
}
console.log(
  `The bench database keeps running on port ${port}; stop it with NEO4J_BOLT_PORT=${port} npm run db:stop.`,
);

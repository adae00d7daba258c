/**
 * `npm run bench:api`: p50, p90 and p95 latency of every read endpoint of the HTTP API over real
 * HTTP (Fastify listening on 127.0.0.1) against a local Neo4j of its own (port BENCH_BOLT_PORT or
 * 7692, data BENCH_DATA_DIR or .data/neo4j-bench, shared with bench:ingest; it is reset — never the
 * user's database), on either
 *   - generated text (default): the sample article alone (real extractor), then the sample plus N
 *     generated articles (bench/corpus.ts, gold extraction); also times POST /api/articles; or
 *   - real news (`--corpus 1000|5000|all`): that many articles of the dev corpus through the real
 *     extractor (as bench:ingest --corpus). `--reuse` keeps the graph and ingests only the articles
 *     past the count it already holds (the whole corpus takes many minutes to ingest), so a second
 *     run, or `--corpus all` after `--corpus 5000`, measures without starting over.
 *
 * Probe parameters come from the graph so every probe returns real data: the busiest entity (most
 * relationships), a typical one (median), the second busiest (a path between two hubs), the
 * busiest relationship and co-mentioned pair, the latest month (windowed detail), a search prefix.
 *
 * Options: --generated 2000  --runs 50  --corpus N|all  --reuse  --concurrency 4
 *   --only "entities/:id,timeline" (real-news runs: only the probes whose names contain one of these)
 * (5 warm-up requests per endpoint are not timed; whole-graph exports run at most 10 times).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { ROOT_DIR } from "../ingest/config.js";
import { benchDatabase, benchDataDir, benchPort } from "./bench-db.js";
import type { Database } from "../ingest/db/driver.js";
import { ensureLocalNeo4j } from "../ingest/db/local.js";
import { migrate } from "../ingest/db/migrate.js";
import { buildServer } from "../ingest/server/app.js";
import { defaultExtractor, type Extractor } from "../ingest/write/extractor.js";
import { ingestArticle, ingestBatch, resetGraph } from "../ingest/write/index.js";
import { generateArticle, goldExtractor } from "./corpus.js";
import {
  corpusBlocks,
  corpusSize,
  ownPeakRssMb,
  processCpuSeconds,
  processPeakRssMb,
} from "./real-corpus.js";
import { percentile } from "./stats.js";

const { values, fail } = parseScriptArgs(
  "bench:api",
  {
    generated: { type: "string", default: "2000" },
    runs: { type: "string", default: "50" },
    corpus: { type: "string" },
    reuse: { type: "boolean", default: false },
    concurrency: { type: "string", default: "4" },
    only: { type: "string" },
  },
  scriptUsage(import.meta.url),
);
const generated = Number(values.generated);
const runs = Number(values.runs);
const real = values.corpus === undefined ? null : corpusSize(values.corpus, fail);
if (values.reuse && real === null)
  fail("--reuse needs --corpus (generated runs always start from a reset graph)");
const port = benchPort();
const dataDir = benchDataDir();

type Probe = { name: string; method: "GET" | "POST"; path: string; body?: () => unknown; runs?: number };

interface Figures {
  p50: number;
  p90: number;
  p95: number;
  status: number;
  kb: number;
}

/** Read endpoints, with parameters taken from the graph so every probe returns real data. */
async function probes(db: Database): Promise<Probe[]> {
  const one = async <T>(cypher: string, params: Record<string, unknown> = {}): Promise<T | undefined> =>
    (await db.read<T>(cypher, params))[0];
  const ranked = await db.read<{ id: string; name: string; degree: number }>(
    `MATCH (e:Entity) WITH e, COUNT { (e)--(:Entity) } AS degree WHERE degree > 0
     RETURN e.id AS id, e.name AS name, degree ORDER BY degree DESC, e.id`,
  );
  const hub = ranked[0];
  const second = ranked[1];
  const typical = ranked[Math.floor(ranked.length / 2)];
  const edge = await one<{ id: string }>(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.count IS NOT NULL
     RETURN a.id + '|' + type(r) + '|' + b.id AS id ORDER BY r.count DESC, id LIMIT 1`,
  );
  const pair = await one<{ id: string }>(
    `MATCH (:Entity {id: $id})<-[:MENTIONS]-(:Sentence)-[:MENTIONS]->(o:Entity) WHERE o.id <> $id
     RETURN o.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 1`,
    { id: hub?.id ?? "" },
  );
  // The article with the most entities: the reader's heaviest page.
  const article = await one<{ id: string }>(
    "MATCH (a:Article) RETURN a.id AS id ORDER BY coalesce(a.entityCount, 0) DESC, a.id LIMIT 1",
  );
  const latest = await one<{ day: string | null }>(
    "MATCH (a:Article) WHERE a.publishedAt IS NOT NULL RETURN substring(max(a.publishedAt), 0, 10) AS day",
  );
  const to = latest?.day ?? "2021-07-26";
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
  const enc = encodeURIComponent;
  const hubId = enc(hub?.id ?? "");
  const typicalId = enc(typical?.id ?? "");
  const articleId = enc(article?.id ?? "");
  const window = `from=${from}&to=${to}`;
  const get = (name: string, p: string, extra: Partial<Probe> = {}): Probe => ({
    name,
    method: "GET",
    path: p,
    ...extra,
  });
  return [
    get("GET /api/health", "/api/health"),
    get("GET /api/openapi.json", "/api/openapi.json"),
    get("GET /api/graph?limit=500", "/api/graph?limit=500"),
    get("GET /api/graph?limit=20000 (explorer)", "/api/graph?limit=20000"),
    get("GET /api/graph?article= (reader)", `/api/graph?article=${articleId}&limit=5000`),
    get("GET /api/search (3-letter prefix)", `/api/search?q=${enc((hub?.name ?? "").slice(0, 3))}&limit=10`),
    get("GET /api/entities/:id (busiest)", `/api/entities/${hubId}`),
    get("GET /api/entities/:id (typical)", `/api/entities/${typicalId}`),
    get("GET /api/entities/:id (busiest, month)", `/api/entities/${hubId}?${window}`),
    get("GET /api/entities/:id/neighbors (busiest)", `/api/entities/${hubId}/neighbors`),
    get("GET /api/entities/:id/neighbors?depth=2", `/api/entities/${hubId}/neighbors?depth=2`),
    get("GET /api/entities/:id/neighbors?depth=2 (typ.)", `/api/entities/${typicalId}/neighbors?depth=2`),
    get("GET /api/edges/:id (busiest)", `/api/edges/${enc(edge?.id ?? "")}`),
    get("GET /api/path (two hubs)", `/api/path?from=${hubId}&to=${enc(second?.id ?? "")}&maxLength=6`),
    get("GET /api/path (hub to typical)", `/api/path?from=${hubId}&to=${typicalId}&maxLength=6`),
    get("GET /api/co-mentions (explorer layer)", "/api/co-mentions?nodes=false"),
    get("GET /api/co-mentions?entity= (busiest)", `/api/co-mentions?entity=${hubId}&nodes=false`),
    get("GET /api/co-mentions?article=", `/api/co-mentions?article=${articleId}`),
    get(
      "GET /api/co-mentions/pair (busiest)",
      `/api/co-mentions/pair?source=${hubId}&target=${enc(pair?.id ?? "")}&limit=20`,
    ),
    get("GET /api/timeline", "/api/timeline"),
    get("GET /api/timeline?entity= (busiest)", `/api/timeline?entity=${hubId}`),
    get("GET /api/timeline?edge= (busiest)", `/api/timeline?edge=${enc(edge?.id ?? "")}`),
    get("GET /api/timeline/articles", "/api/timeline/articles"),
    get("GET /api/articles", "/api/articles"),
    get("GET /api/articles/:id", `/api/articles/${articleId}`),
    get("GET /api/queries", "/api/queries"),
    get("GET /api/corrections", "/api/corrections"),
    get("GET /api/export?format=json", "/api/export?format=json", { runs: Math.min(runs, 10) }),
    {
      name: "POST /api/cypher",
      method: "POST",
      path: "/api/cypher",
      body: () => ({ query: "MATCH (e:Entity)-[r]->(t) RETURN e, r, t LIMIT $n", params: { n: 100 } }),
    },
  ];
}

async function measure(base: string, probe: Probe): Promise<Figures> {
  const times: number[] = [];
  let status = 0;
  let bytes = 0;
  const n = probe.runs ?? runs;
  for (let i = 0; i < n + 5; i++) {
    const t0 = performance.now();
    const res = await fetch(base + probe.path, {
      method: probe.method,
      headers: probe.body ? { "content-type": "application/json" } : {},
      body: probe.body ? JSON.stringify(probe.body()) : undefined,
    });
    bytes = (await res.arrayBuffer()).byteLength;
    if (i >= 5) times.push(performance.now() - t0);
    status = res.status;
  }
  return {
    p50: percentile(times, 0.5),
    p90: percentile(times, 0.9),
    p95: percentile(times, 0.95),
    status,
    kb: bytes / 1024,
  };
}

const cell = (m: Figures): string =>
  `${m.p50.toFixed(1)} / ${m.p90.toFixed(1)} / ${m.p95.toFixed(1)} (${m.status})`;

/**
 * The first `size` corpus articles into the graph; with `reuse`, only those past the count it
 * holds (an article ingested again unchanged is a no-op, so an overlap costs little).
 */
async function ingestCorpus(
  db: Database,
  size: number,
  reuse: boolean,
  extractor: Extractor,
): Promise<number> {
  if (!reuse) await resetGraph(db);
  const [held] = await db.read<{ n: number }>("MATCH (a:Article) RETURN count(a) AS n");
  let skip = reuse ? (held?.n ?? 0) : 0;
  if (skip > 0) console.log(`--reuse: the graph holds ${skip} articles; ingesting only the rest`);
  const concurrency = Number(values.concurrency);
  let seen = 0;
  let ingested = 0;
  const t0 = performance.now();
  for await (const block of corpusBlocks(size)) {
    seen += block.length;
    const todo = block.slice(Math.min(skip, block.length));
    skip -= block.length - todo.length;
    if (todo.length === 0) continue;
    const items = todo.map((a, i) => ({ label: `#${seen - todo.length + i}`, input: a.input }));
    const report = await ingestBatch(db, items, { extractor, concurrency });
    ingested += todo.length;
    const s = (performance.now() - t0) / 1000;
    console.log(
      `  ${seen} articles (${s.toFixed(0)} s)${report.counts.failed ? `, ${report.counts.failed} failed` : ""}`,
    );
  }
  const s = (performance.now() - t0) / 1000;
  if (ingested > 0)
    console.log(
      `ingested ${ingested} articles in ${s.toFixed(0)} s (${(ingested / s).toFixed(1)} articles/s wall); ` +
        `peak RSS: this process ${ownPeakRssMb()} MB, Neo4j ${processPeakRssMb(neo4jPid)} MB`,
    );
  return ingested;
}

const started = await ensureLocalNeo4j({ port, dataDir });
const neo4jPid = started.pid;
const db = benchDatabase(port);
const corpus =
  real === null ? Array.from({ length: generated + runs + 5 }, (_, i) => generateArticle(i, 31)) : [];
const extractor = real === null ? goldExtractor(corpus) : await defaultExtractor();
const app = await buildServer({
  db,
  config: { uiDir: path.join(ROOT_DIR, ".data", "no-ui-in-bench") },
  services: { ingestArticle: (d, input) => ingestArticle(d, input, { extractor }) },
});
await app.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
console.log(`bench:api against ${started.uri} (${dataDir}), ${base}; ${runs} timed requests per endpoint`);
try {
  await migrate(db);
  if (real !== null) {
    await ingestCorpus(db, real, values.reuse, extractor);
    const cpu = process.cpuUsage();
    console.log(
      `CPU so far: this process ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s, Neo4j ${processCpuSeconds(neo4jPid).toFixed(0)} s`,
    );
    const [c] = await db.read<{ articles: number; entities: number }>(
      "CALL { MATCH (a:Article) RETURN count(a) AS articles } CALL { MATCH (e:Entity) RETURN count(e) AS entities } RETURN articles, entities",
    );
    const rows: [string, Figures][] = [];
    const only = values.only?.split(",").filter((x) => x !== "");
    for (const p of await probes(db)) {
      if (only && !only.some((x) => p.name.includes(x))) continue;
      rows.push([p.name, await measure(base, p)]);
      // As it goes: a whole-corpus run takes many minutes.
      console.log(`  ${p.name}: ${cell(rows.at(-1)?.[1] as Figures)}`);
    }
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(
      `\n${"endpoint".padEnd(width)} | ${c?.articles ?? 0} real articles, ${c?.entities ?? 0} entities: p50 / p90 / p95 ms (status) | KB`,
    );
    for (const [name, m] of rows)
      console.log(`${name.padEnd(width)} | ${cell(m).padEnd(32)} | ${m.kb.toFixed(0)}`);
    const slow = rows.filter(([, m]) => m.p95 > 200).map(([name]) => name);
    console.log(`\np95 over 200 ms: ${slow.length ? slow.join("; ") : "none"}`);
  } else {
    const sample = readFileSync(path.join(ROOT_DIR, "samples", "seed-article.txt"), "utf8");
    await resetGraph(db);
    await ingestArticle(db, { text: sample, title: "sample", publishedAt: "2021-07-26" });
    const small = new Map<string, string>();
    for (const p of await probes(db)) small.set(p.name, cell(await measure(base, p)));
    const items = corpus.slice(0, generated).map((a, i) => ({ label: `#${i}`, input: a.input }));
    await ingestBatch(db, items, { extractor, concurrency: 8 });
    const table: string[][] = [];
    for (const p of await probes(db))
      table.push([p.name, small.get(p.name) ?? "", cell(await measure(base, p))]);
    let next = generated;
    const post = await measure(base, {
      name: "POST /api/articles",
      method: "POST",
      path: "/api/articles",
      body: () => corpus[next++]?.input,
    });
    const width = Math.max(...table.map((r) => (r[0] ?? "").length));
    console.log(
      `\n${"endpoint".padEnd(width)} | sample: p50 / p90 / p95 ms (status) | +${generated} generated articles`,
    );
    for (const r of table)
      console.log(`${(r[0] ?? "").padEnd(width)} | ${(r[1] ?? "").padEnd(36)} | ${r[2]}`);
    console.log(`${"POST /api/articles".padEnd(width)} | ${"".padEnd(36)} | ${cell(post)}`);
  }
} finally {
  await app.close();
  await db.close();
}
console.log(
  `\nThe bench database keeps running on port ${port}; stop it with ` +
    `npm run db:stop -- --port ${port} --data-dir ${dataDir.startsWith(ROOT_DIR) ? path.relative(ROOT_DIR, dataDir) : dataDir}`,
);

/**
 * `npm run bench:api`: median and p90 latency of the HTTP API's read endpoints over real HTTP
 * (Fastify listening on 127.0.0.1) against a local Neo4j of its own (port 7692, .data/neo4j-bench,
 * shared with bench:ingest; it is reset — never the user's database), on
 *   1. the sample article alone (real extractor), then
 *   2. the sample plus N generated articles (bench/corpus.ts, gold extraction).
 * Also times POST /api/articles (ingest of a new generated article through the API).
 *
 * Options: --generated 2000  --runs 50  (5 warm-up requests per endpoint are not timed).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { neo4jConfig, ROOT_DIR } from "../ingest/config.js";
import { Database } from "../ingest/db/driver.js";
import { ensureLocalNeo4j } from "../ingest/db/local.js";
import { migrate } from "../ingest/db/migrate.js";
import { buildServer } from "../ingest/server/app.js";
import { ingestArticle, ingestBatch, resetGraph } from "../ingest/write/index.js";
import { generateArticle, goldExtractor } from "./corpus.js";
import { percentile } from "./stats.js";

const { values } = parseScriptArgs(
  "bench:api",
  {
    generated: { type: "string", default: "2000" },
    runs: { type: "string", default: "50" },
  },
  scriptUsage(import.meta.url),
);
const generated = Number(values.generated);
const runs = Number(values.runs);
const port = Number(process.env.BENCH_BOLT_PORT ?? 7692);

type Probe = { name: string; method: "GET" | "POST"; path: string; body?: () => unknown };

/** Read endpoints, with parameters taken from the graph so every probe returns real data. */
async function probes(db: Database): Promise<Probe[]> {
  const [hub] = await db.read<{ id: string; name: string }>(
    "MATCH (e:Entity) RETURN e.id AS id, e.name AS name ORDER BY COUNT { (e)--(:Entity) } DESC LIMIT 1",
  );
  const [far] = await db.read<{ id: string }>(
    "MATCH (e:Entity) WHERE e.id <> $id AND COUNT { (e)--(:Entity) } > 0 RETURN e.id AS id ORDER BY e.id LIMIT 1",
    { id: hub?.id ?? "" },
  );
  const [article] = await db.read<{ id: string }>(
    "MATCH (a:Article) RETURN a.id AS id ORDER BY a.id LIMIT 1",
  );
  const enc = encodeURIComponent;
  const hubId = enc(hub?.id ?? "");
  return [
    { name: "GET /api/health", method: "GET", path: "/api/health" },
    { name: "GET /api/graph?limit=500", method: "GET", path: "/api/graph?limit=500" },
    { name: "GET /api/search", method: "GET", path: `/api/search?q=${enc((hub?.name ?? "").slice(0, 3))}` },
    { name: "GET /api/entities/:id", method: "GET", path: `/api/entities/${hubId}` },
    {
      name: "GET /api/entities/:id/neighbors?depth=2",
      method: "GET",
      path: `/api/entities/${hubId}/neighbors?depth=2`,
    },
    { name: "GET /api/path", method: "GET", path: `/api/path?from=${hubId}&to=${enc(far?.id ?? "")}` },
    { name: "GET /api/articles", method: "GET", path: "/api/articles" },
    { name: "GET /api/articles/:id", method: "GET", path: `/api/articles/${enc(article?.id ?? "")}` },
    {
      name: "POST /api/cypher",
      method: "POST",
      path: "/api/cypher",
      body: () => ({ query: "MATCH (e:Entity)-[r]->(t) RETURN e, r, t LIMIT $n", params: { n: 100 } }),
    },
  ];
}

async function measure(base: string, probe: Probe): Promise<{ median: number; p90: number; status: number }> {
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < runs + 5; i++) {
    const t0 = performance.now();
    const res = await fetch(base + probe.path, {
      method: probe.method,
      headers: probe.body ? { "content-type": "application/json" } : {},
      body: probe.body ? JSON.stringify(probe.body()) : undefined,
    });
    await res.arrayBuffer();
    if (i >= 5) times.push(performance.now() - t0);
    status = res.status;
  }
  return { median: percentile(times, 0.5), p90: percentile(times, 0.9), status };
}

const started = await ensureLocalNeo4j({ port, dataDir: path.join(ROOT_DIR, ".data", "neo4j-bench") });
const db = new Database(neo4jConfig({ ...process.env, NEO4J_URI: "", NEO4J_BOLT_PORT: String(port) }));
const corpus = Array.from({ length: generated + runs + 5 }, (_, i) => generateArticle(i, 31));
const extractor = goldExtractor(corpus);
const app = await buildServer({
  db,
  config: { uiDir: path.join(ROOT_DIR, ".data", "no-ui-in-bench") },
  services: { ingestArticle: (d, input) => ingestArticle(d, input, { extractor }) },
});
await app.listen({ host: "127.0.0.1", port: 0 });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
console.log(`bench:api against ${started.uri}, ${base}; ${runs} timed requests per endpoint`);
const sample = readFileSync(path.join(ROOT_DIR, "samples", "seed-article.txt"), "utf8");
try {
  await migrate(db);
  await resetGraph(db);
  await ingestArticle(db, { text: sample, title: "sample", publishedAt: "2021-07-26" });
  const table: string[][] = [];
  const small = new Map<string, string>();
  for (const p of await probes(db)) {
    const m = await measure(base, p);
    small.set(p.name, `${m.median.toFixed(1)} / ${m.p90.toFixed(1)} (${m.status})`);
  }
  const items = corpus.slice(0, generated).map((a, i) => ({ label: `#${i}`, input: a.input }));
  await ingestBatch(db, items, { extractor, concurrency: 8 });
  for (const p of await probes(db)) {
    const m = await measure(base, p);
    table.push([
      p.name,
      small.get(p.name) ?? "",
      `${m.median.toFixed(1)} / ${m.p90.toFixed(1)} (${m.status})`,
    ]);
  }
  let next = generated;
  const post = await measure(base, {
    name: "POST /api/articles",
    method: "POST",
    path: "/api/articles",
    body: () => corpus[next++]?.input,
  });
  const width = Math.max(...table.map((r) => (r[0] ?? "").length));
  console.log(`\n${"endpoint".padEnd(width)} | sample: median / p90 ms (status) | +${generated} articles`);
  for (const r of table) console.log(`${(r[0] ?? "").padEnd(width)} | ${(r[1] ?? "").padEnd(33)} | ${r[2]}`);
  console.log(
    `${"POST /api/articles".padEnd(width)} | ${"".padEnd(33)} | ${post.median.toFixed(1)} / ${post.p90.toFixed(1)} (${post.status})`,
  );
} finally {
  await app.close();
  await db.close();
}
console.log(
  `\nThe bench database keeps running on port ${port}; stop it with NEO4J_BOLT_PORT=${port} npm run db:stop.`,
);

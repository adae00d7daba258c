/**
 * Identical-graph check for write-path work: `npx tsx bench/ingest-diff.ts [--corpus 300]
 * [--group 16] [--concurrency 1] [--out /tmp/ingest-diff.json] [--compare FILE]`.
 * Resets a Neo4j of its own (.data/neo4j-diff on DIFF_BOLT_PORT, default 7693; started if needed), ingests the first N
 * articles of the real dev corpus (read at run time) with a pinned clock, then again the first
 * tenth of them (or --changed N) with a sentence added at the same URL (new versions that replace
 * the old ones) and a tenth unchanged, then deletes --delete N of the articles after those (by
 * URL, default none), and dumps every node and relationship with all its properties in a stable
 * order (as tests/integration/ingest-helpers.ts dumpGraph). Writes the dump to --out (outside the
 * repo) and prints its sha256; --compare FILE reports the first differences against an earlier
 * --out, exit 1 when any. Concurrency 1 keeps the order of writes (and so `seq` and first names)
 * the same from run to run.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { neo4jConfig, ROOT_DIR } from "../ingest/config.js";
import { Database } from "../ingest/db/driver.js";
import { ensureLocalNeo4j } from "../ingest/db/local.js";
import { migrate } from "../ingest/db/migrate.js";
import type { ArticleInput } from "../ingest/model.js";
import { GROUP_SIZE } from "../ingest/write/batch.js";
import { defaultExtractor } from "../ingest/write/extractor.js";
import { deleteArticle } from "../ingest/write/delete.js";
import { ingestBatch, resetGraph } from "../ingest/write/index.js";
import { corpusBlocks, corpusSize } from "./real-corpus.js";

const { values: args, fail } = parseScriptArgs(
  "ingest-diff",
  {
    corpus: { type: "string", default: "300" },
    group: { type: "string", default: String(GROUP_SIZE) },
    concurrency: { type: "string", default: "1" },
    changed: { type: "string" },
    delete: { type: "string", default: "0" },
    out: { type: "string", default: "/tmp/ingest-diff.json" },
    compare: { type: "string" },
  },
  scriptUsage(import.meta.url),
);

const port = Number(process.env.DIFF_BOLT_PORT ?? 7693);
await ensureLocalNeo4j({ port, dataDir: path.join(ROOT_DIR, ".data", "neo4j-diff") });
const db = new Database(neo4jConfig({ ...process.env, NEO4J_URI: "", NEO4J_BOLT_PORT: String(port) }));
try {
  await migrate(db);
  await resetGraph(db);
  const inputs: ArticleInput[] = [];
  for await (const block of corpusBlocks(corpusSize(args.corpus, fail))) {
    for (const a of block) inputs.push(a.input);
  }
  const extractor = await defaultExtractor();
  const opts = {
    extractor,
    concurrency: Number(args.concurrency),
    groupSize: Number(args.group),
    now: () => new Date("2026-01-01T00:00:00Z"),
  };
  const t0 = performance.now();
  const first = await ingestBatch(db, inputs, opts);
  const tenth = Math.max(1, Math.floor(inputs.length / 10));
  const changed = args.changed === undefined ? tenth : Number(args.changed);
  const again = [
    ...inputs.slice(0, changed).map((a) => ({ ...a, text: `${a.text}\nوقال المتحدث إن الاجتماع انتهى.` })),
    ...inputs.slice(changed, changed + tenth),
  ];
  const second = await ingestBatch(db, again, opts);
  let deleted = 0;
  for (const a of inputs.slice(changed + tenth, changed + tenth + Number(args.delete))) {
    const [row] = await db.read<{ id: string }>("MATCH (a:Article {url: $url}) RETURN a.id AS id", {
      url: a.url ?? null,
    });
    if (row && (await deleteArticle(db, row.id))) deleted += 1;
  }
  const seconds = (performance.now() - t0) / 1000;
  const nodes = await db.read(
    "MATCH (n) RETURN n.id AS key, labels(n) AS labels, properties(n) AS properties ORDER BY key, n.key",
  );
  const relationships = await db.read(
    `MATCH (a)-[r]->(b)
     RETURN coalesce(a.id, a.key) + " -" + type(r) + "-> " + coalesce(b.id, b.key) + coalesce(" @" + toString(r.start), "") AS key,
            properties(r) AS properties
     ORDER BY key`,
  );
  const canon = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(canon)
      : x !== null && typeof x === "object"
        ? Object.fromEntries(
            Object.entries(x)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, v]) => [
                k,
                k === "labels" && Array.isArray(v) ? [...(v as string[])].sort() : canon(v),
              ]),
          )
        : x;
  const lines = [...nodes, ...relationships].map((r) => JSON.stringify(canon(r)));
  writeFileSync(args.out, lines.join("\n") + "\n");
  const sha = createHash("sha256").update(lines.join("\n")).digest("hex");
  console.log(
    `ingest-diff: ${inputs.length} articles (${JSON.stringify(first.counts)}), then ${again.length} ` +
      `(${JSON.stringify(second.counts)}), ${deleted} deleted, in ${seconds.toFixed(1)} s; ${nodes.length} nodes, ` +
      `${relationships.length} relationships; sha256 ${sha.slice(0, 16)} -> ${args.out}`,
  );
  if (args.compare) {
    const before = readFileSync(args.compare, "utf8").trimEnd().split("\n");
    const a = new Set(before);
    const b = new Set(lines);
    const gone = before.filter((l) => !b.has(l));
    const added = lines.filter((l) => !a.has(l));
    for (const l of gone.slice(0, 5)) console.log(`- ${l.slice(0, 400)}`);
    for (const l of added.slice(0, 5)) console.log(`+ ${l.slice(0, 400)}`);
    console.log(
      gone.length + added.length === 0
        ? `identical to ${args.compare}`
        : `${gone.length} lines only in ${args.compare}, ${added.length} only now`,
    );
    if (gone.length + added.length > 0) process.exitCode = 1;
  }
} finally {
  await db.close();
}

/**
 * `npm run bench:curation`: what corrections cost (ingest/curation), on N generated articles
 * (bench/corpus.ts, gold extraction, so the extractor's own time is not in the figures):
 *   1. merging the most-mentioned person into the second one: every article naming it is rewritten;
 *   2. undoing that merge (the same articles are rewritten back);
 *   3. the settle step every ingest group runs after its write (read the rules' version; once
 *      corrections exist, set the reviewed/manual marks of its entities), timed alone on fresh
 *      articles with no corrections ever made, then with corrections in force.
 * Medians over --runs. Uses a local Neo4j of its own (port 7692, .data/neo4j-bench, shared with
 * bench:ingest and bench:queries; it is reset; BENCH_BOLT_PORT and BENCH_DATA_DIR choose another).
 *
 * Options: --articles 1000  --runs 5  --fresh 20 (articles per settle run)
 */
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { benchDatabase, benchDataDir, benchPort } from "./bench-db.js";
import { curate } from "../ingest/curation/index.js";
import type { Database } from "../ingest/db/driver.js";
import { ensureLocalNeo4j } from "../ingest/db/local.js";
import { migrate } from "../ingest/db/migrate.js";
import { RELATION_TYPES } from "../ingest/model.js";
import { prepareArticle, writePrepared } from "../ingest/write/article.js";
import { graphCounts, ingestBatch, resetGraph } from "../ingest/write/index.js";
import { settleCuration } from "../ingest/write/rewrite.js";
import { generateArticle, goldExtractor, type CorpusArticle } from "./corpus.js";
import { median } from "./stats.js";

const { values } = parseScriptArgs(
  "bench:curation",
  {
    articles: { type: "string", default: "1000" },
    runs: { type: "string", default: "5" },
    fresh: { type: "string", default: "20" },
  },
  scriptUsage(import.meta.url),
);
const articles = Number(values.articles);
const runs = Number(values.runs);
const fresh = Number(values.fresh);
const port = benchPort();
const dataDir = benchDataDir();
const SEED = 11;

// Every article the bench may ingest, so one gold extractor answers for all of them (rewrites too).
const corpus: CorpusArticle[] = Array.from({ length: articles + 2 * runs * fresh }, (_, n) =>
  generateArticle(n, SEED),
);
const extractor = goldExtractor(corpus);
const opts = { user: "bench", extractor };
const elapsed = async <T>(run: () => Promise<T>): Promise<[number, T]> => {
  const started = performance.now();
  const out = await run();
  return [performance.now() - started, out];
};

/**
 * Writes the `k`-th slice of fresh articles one by one and times the settle step of each (the
 * default ingest writes one article per group); the write itself is not timed.
 */
async function settleTimes(db: Database, k: number): Promise<number[]> {
  const times: number[] = [];
  const from = articles + k * fresh;
  for (const a of corpus.slice(from, from + fresh)) {
    const p = await prepareArticle(db, a.input, { extractor });
    if (p.kind !== "ready") throw new Error("bench: a fresh article was already in the graph");
    await db.writeTransaction((tx) => writePrepared(tx, p));
    times.push((await elapsed(() => settleCuration(db, [p], extractor)))[0]);
  }
  return times;
}

const started = await ensureLocalNeo4j({ port, dataDir });
console.log(
  `bench:curation against ${started.uri}${started.startedByUs ? " (started)" : ""}; ${articles} articles, ${runs} runs`,
);
const db = benchDatabase(port);
try {
  await migrate(db);
  await resetGraph(db);
  await db.write("MATCH (n) WHERE n:Correction OR n:CurationState DETACH DELETE n");
  const items = corpus.slice(0, articles).map((a, i) => ({ label: `#${i}`, input: a.input }));
  await ingestBatch(db, items, { extractor, concurrency: 4 });
  const c = await graphCounts(db);
  console.log(
    `graph: ${c.articles} articles, ${c.entities} entities, ${c.relationships} entity relationships`,
  );

  // 3a. Settle with no corrections ever made (the step returns after one read).
  const plain: number[] = [];
  for (let k = 0; k < runs; k++) plain.push(...(await settleTimes(db, k)));

  const [most, second] = await db.read<{ id: string; articles: number }>(
    `MATCH (e:Person) RETURN e.id AS id, e.articleCount AS articles ORDER BY articles DESC, id LIMIT 2`,
  );
  if (!most || !second) throw new Error("bench: the corpus has fewer than two people");
  const merges: number[] = [];
  const undos: number[] = [];
  let rewritten = 0;
  for (let r = 0; r < runs; r++) {
    const [ms, merged] = await elapsed(() =>
      curate(db, "merge", { survivor: second.id, merged: [most.id] }, opts),
    );
    merges.push(ms);
    rewritten = merged.articles;
    const [undoMs] = await elapsed(() => curate(db, "undo", { target: merged.correction.id }, opts));
    undos.push(undoMs);
  }

  // 3b. Settle with corrections in force: the merge, and a confirmed relation of the survivor.
  await curate(db, "merge", { survivor: second.id, merged: [most.id] }, opts);
  const [rel] = await db.read<{ type: string; source: string; target: string }>(
    `MATCH (s:Entity {id: $id})-[r]-(t:Entity) WHERE type(r) IN $types RETURN type(r) AS type, startNode(r).id AS source, endNode(r).id AS target LIMIT 1`,
    { id: second.id, types: [...RELATION_TYPES] },
  );
  if (rel) await curate(db, "confirm-relation", rel, opts);
  const curated: number[] = [];
  for (let k = runs; k < 2 * runs; k++) curated.push(...(await settleTimes(db, k)));

  const ms = (x: number) => x.toFixed(0);
  console.log(`
merge ${most.id} (${most.articles} articles) into ${second.id}: ${rewritten} articles rewritten
  merge  median ${ms(median(merges))} ms  (${(median(merges) / Math.max(1, rewritten)).toFixed(1)} ms per rewritten article)
  undo   median ${ms(median(undos))} ms  (${(median(undos) / Math.max(1, rewritten)).toFixed(1)} ms per rewritten article)
settle step of one ingest group (one article), ${plain.length} articles each:
  no corrections ever made   median ${median(plain).toFixed(1)} ms
  corrections in force       median ${median(curated).toFixed(1)} ms`);
} finally {
  await db.close();
}
console.log(
  `\nThe bench database keeps running on port ${port}; stop it with NEO4J_BOLT_PORT=${port} npm run db:stop.`,
);

/**
 * `npm run bench:ingest -- --corpus 1000|5000|all [--runs 1] [--workers 0|1]`: real news (the dev
 * corpus) through ingest/extract into the bench Neo4j, a thousand articles at a time, each run on a
 * reset graph. Reports articles/s and words/s, CPU per article (Node, and Neo4j's process from
 * /proc), peak RSS of both, and per thousand articles the rate, Neo4j's CPU per article and the
 * evidence sentences of the busiest relationship: whether appending to a relationship gets
 * dearer as the corpus grows (it did while evidence was lists on the relationship). `--workers 1` extracts on a worker thread (as `kg ingest`
 * can), 0 in this process.
 */
import os from "node:os";
import v8 from "node:v8";
import { INGEST_V8_FLAGS } from "../ingest/cli/heap-cap.js";
import type { Database } from "../ingest/db/driver.js";
import { ExtractPool } from "../ingest/server/extract-pool.js";
import { defaultExtractor, type Extractor } from "../ingest/write/extractor.js";
import { ingestBatch, resetGraph } from "../ingest/write/index.js";
import {
  BLOCK,
  corpusBlocks,
  firstLast,
  ownPeakRssMb,
  processCpuSeconds,
  processPeakRssMb,
  type BlockFigures,
} from "./real-corpus.js";
import { median } from "./stats.js";

export interface RealIngestOptions {
  size: number;
  runs: number;
  concurrency: number;
  groupSize: number;
  workers: number;
}

interface Block extends BlockFigures {
  maxEvidence: number;
  failed: number;
}

interface Run {
  articles: number;
  articlesPerSecond: number;
  wordsPerSecond: number;
  nodeCpuMs: number;
  neo4jCpuMs: number;
  first: number;
  last: number;
  ratio: number;
}

async function runOnce(
  db: Database,
  neo4jPid: number,
  extractor: Extractor,
  o: RealIngestOptions,
): Promise<Run> {
  await resetGraph(db);
  const blocks: Block[] = [];
  for await (const block of corpusBlocks(o.size)) {
    const t0 = performance.now();
    const cpu = process.cpuUsage();
    const neo0 = processCpuSeconds(neo4jPid);
    const items = block.map((a, i) => ({ label: `#${blocks.length * BLOCK + i}`, input: a.input }));
    const report = await ingestBatch(db, items, {
      extractor,
      concurrency: o.concurrency,
      groupSize: o.groupSize,
    });
    const used = process.cpuUsage(cpu);
    const wallMs = performance.now() - t0;
    const neo4jCpuMs = (processCpuSeconds(neo4jPid) - neo0) * 1000;
    // The busiest relationship's evidence sentences: what one append copied before evidence moved
    // to a node per article (now an append writes the same few properties at any size).
    const [ev] = await db.read<{ n: number | null }>(
      "MATCH (:Entity)-[r]->(:Entity) WHERE r.count IS NOT NULL RETURN max(r.count) AS n",
    );
    blocks.push({
      articles: block.length,
      words: block.reduce((n, a) => n + a.words, 0),
      wallMs,
      nodeCpuMs: (used.user + used.system) / 1000,
      neo4jCpuMs,
      maxEvidence: ev?.n ?? 0,
      failed: report.counts.failed,
    });
    const b = blocks.at(-1) as Block;
    console.log(
      `  ${String(blocks.length * BLOCK - BLOCK + b.articles).padStart(6)} articles: ${((b.articles * 1000) / b.wallMs).toFixed(1)} articles/s, ` +
        `CPU per article Node ${(b.nodeCpuMs / b.articles).toFixed(1)} ms + Neo4j ${(neo4jCpuMs / b.articles).toFixed(1)} ms, ` +
        `busiest relationship ${b.maxEvidence} sentences${b.failed ? `, ${b.failed} failed` : ""}`,
    );
  }
  const sum = (f: (b: Block) => number): number => blocks.reduce((n, b) => n + f(b), 0);
  const articles = sum((b) => b.articles);
  const seconds = sum((b) => b.wallMs) / 1000;
  return {
    articles,
    articlesPerSecond: articles / seconds,
    wordsPerSecond: sum((b) => b.words) / seconds,
    nodeCpuMs: sum((b) => b.nodeCpuMs) / articles,
    neo4jCpuMs: sum((b) => b.neo4jCpuMs ?? 0) / articles,
    ...firstLast(blocks),
  };
}

export async function benchRealIngest(db: Database, neo4jPid: number, o: RealIngestOptions): Promise<void> {
  // As `kg ingest` runs its threads (ingest/cli/heap-cap.ts): read by each new isolate.
  if (o.workers > 0) for (const flag of INGEST_V8_FLAGS) v8.setFlagsFromString(flag);
  const pool = o.workers > 0 ? new ExtractPool({ size: o.workers }) : null;
  const extractor = pool ?? (await defaultExtractor());
  const all: Run[] = [];
  try {
    for (let r = 0; r < o.runs; r++) {
      console.log(
        `\n## run ${r + 1}: real news (concurrency ${o.concurrency}, ${o.groupSize} per transaction, ` +
          `extraction ${pool ? `on ${o.workers} worker thread${o.workers === 1 ? "" : "s"}` : "in this process"})`,
      );
      all.push(await runOnce(db, neo4jPid, extractor, o));
    }
  } finally {
    await pool?.close();
  }
  const m = (f: (x: Run) => number): number => median(all.map(f));
  const cpu = m((x) => x.nodeCpuMs + x.neo4jCpuMs);
  console.log(
    [
      `\n## Summary: ${all[0]?.articles ?? 0} real articles, ${o.runs} run${o.runs === 1 ? "" : "s"} (medians; runs ${all.map((x) => x.articlesPerSecond.toFixed(1)).join(", ")} articles/s)`,
      `articles/s: ${m((x) => x.articlesPerSecond).toFixed(1)}   words/s: ${m((x) => x.wordsPerSecond).toFixed(0)}   target >= 150 articles/s`,
      `CPU per article: Node ${m((x) => x.nodeCpuMs).toFixed(1)} ms + Neo4j ${m((x) => x.neo4jCpuMs).toFixed(1)} ms -> ` +
        `CPU-bound ceiling on ${os.cpus().length} idle cores ${((os.cpus().length * 1000) / cpu).toFixed(0)} articles/s`,
      `first ${BLOCK}: ${m((x) => x.first).toFixed(1)} articles/s, last ${BLOCK}: ${m((x) => x.last).toFixed(1)} (ratio last/first ${m((x) => x.ratio).toFixed(2)})`,
      `peak RSS: Node ${ownPeakRssMb()} MB, Neo4j ${processPeakRssMb(neo4jPid)} MB   target (kg ingest) < 500 MB`,
    ].join("\n"),
  );
}

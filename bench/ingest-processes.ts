/**
 * `npm run bench:ingest:processes [-- --articles 2000|all --processes 1,2,4 --workers 0 --runs 1]`:
 * real news (the dev corpus) through the real `kg ingest` command, split into P shards ingested by
 * P processes at once, all writing to one Neo4j (the bench database, port BENCH_BOLT_PORT or 7692,
 * reset before every run; BENCH_DATA_DIR for another data directory). What a team does to scale out: several ingest workers, one database.
 * Reports per run the articles/s (first process started → last one done), CPU per article of all
 * the `kg ingest` processes together and of Neo4j's process, each process's peak RSS, deadlocks
 * retried, the graph's totals and the machine's load average. `--workers` is passed to every
 * `kg ingest` (extraction threads), so `--processes 1 --workers 0,1,2` compares those.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { neo4jConfig, ROOT_DIR } from "../ingest/config.js";
import { Database } from "../ingest/db/driver.js";
import { ensureLocalNeo4j } from "../ingest/db/local.js";
import { migrate } from "../ingest/db/migrate.js";
import { graphCounts, resetGraph } from "../ingest/write/index.js";
import { corpusBlocks, corpusSize, processCpuSeconds, processPeakRssMb } from "./real-corpus.js";
import { median } from "./stats.js";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "2000" },
    processes: { type: "string", default: "1,2,4" },
    workers: { type: "string", default: "0" },
    runs: { type: "string", default: "1" },
  },
});
const list = (raw: string, name: string): number[] => {
  const xs = raw.split(",").map(Number);
  if (xs.some((x) => !Number.isInteger(x) || x < 0)) {
    throw new Error(
      `bench:ingest:processes: --${name} takes whole numbers separated by commas (got "${raw}")`,
    );
  }
  return xs;
};
const size = corpusSize(values.articles, "bench:ingest:processes");
const processCounts = list(values.processes, "processes").filter((p) => p > 0);
const workerCounts = list(values.workers, "workers");
const runs = Math.max(1, Number(values.runs));
const port = Number(process.env.BENCH_BOLT_PORT ?? 7692);
const uri = `bolt://127.0.0.1:${port}`;
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");

interface ProcessFigures {
  wallS: number;
  cpuS: number;
  peakRssMb: number;
  deadlocks: number;
  failed: boolean;
}

/** One `kg ingest --quiet FILE` under GNU time (`%e %U %S %M`: wall, user, system, peak RSS KB). */
function kgIngest(file: string, workers: number): Promise<ProcessFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "/usr/bin/time",
      [
        "-f",
        "TIME %e %U %S %M",
        process.execPath,
        tsxCli,
        path.join(ROOT_DIR, "ingest/cli/kg.ts"),
        "ingest",
        "--quiet",
        "--workers",
        String(workers),
        file,
      ],
      { env: { ...process.env, NEO4J_URI: uri }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const t = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(err);
      if (!t)
        return reject(new Error(`bench:ingest:processes: no timing from kg ingest (exit ${code}):\n${err}`));
      const deadlocks = /deadlocks retried: (\d+)/.exec(out);
      // The first failures kg ingest listed (refused inputs, or writes that gave up), to tell them apart.
      const failures = err
        .split("\n")
        .filter((l) => l.startsWith("  "))
        .slice(0, 3);
      if (failures.length > 0) console.log(`  ${path.basename(file)} failed:\n${failures.join("\n")}`);
      resolve({
        wallS: Number(t[1]),
        cpuS: Number(t[2]) + Number(t[3]),
        peakRssMb: Math.round(Number(t[4]) / 1024),
        deadlocks: deadlocks ? Number(deadlocks[1]) : NaN,
        failed: code !== 0,
      });
    });
  });
}

interface Run {
  articlesPerSecond: number;
  nodeCpuMs: number;
  neo4jCpuMs: number;
  peakRssMb: number;
}

// The bench database of bench:ingest, unless BENCH_DATA_DIR names another (a second bench Neo4j).
const dataDir = process.env.BENCH_DATA_DIR ?? path.join(ROOT_DIR, ".data", "neo4j-bench");
const started = await ensureLocalNeo4j({ port, dataDir });
const db = new Database(neo4jConfig({ ...process.env, NEO4J_URI: uri }));
const dir = mkdtempSync(path.join(os.tmpdir(), "rawabit-shards-"));
try {
  await migrate(db);
  const lines: string[] = [];
  for await (const block of corpusBlocks(size)) for (const a of block) lines.push(JSON.stringify(a.input));
  console.log(
    `bench:ingest:processes: ${lines.length} real articles into ${uri}${started.startedByUs ? " (started)" : ""}; ` +
      `Neo4j peak RSS so far ${processPeakRssMb(started.pid)} MB`,
  );
  const summary: string[] = [];
  for (const workers of workerCounts) {
    for (const p of processCounts) {
      // Contiguous shards: each process reads its part of the corpus in order, as a team splitting
      // a feed by day or by source would.
      const files = Array.from({ length: p }, (_, i) => {
        const file = path.join(dir, `shard-${p}-${i}.jsonl`);
        const from = Math.floor((i * lines.length) / p);
        const to = Math.floor(((i + 1) * lines.length) / p);
        writeFileSync(file, `${lines.slice(from, to).join("\n")}\n`);
        return file;
      });
      const all: Run[] = [];
      for (let r = 0; r < runs; r++) {
        await resetGraph(db);
        const load0 = os.loadavg()[0] ?? 0;
        const neo0 = processCpuSeconds(started.pid);
        const t0 = performance.now();
        const figures = await Promise.all(files.map((f) => kgIngest(f, workers)));
        const wallS = (performance.now() - t0) / 1000;
        const neo4jS = processCpuSeconds(started.pid) - neo0;
        const load = ((load0 + (os.loadavg()[0] ?? 0)) / 2).toFixed(1);
        const totals = await graphCounts(db);
        const run: Run = {
          articlesPerSecond: lines.length / wallS,
          nodeCpuMs: (figures.reduce((n, f) => n + f.cpuS, 0) * 1000) / lines.length,
          neo4jCpuMs: (neo4jS * 1000) / lines.length,
          peakRssMb: Math.max(...figures.map((f) => f.peakRssMb)),
        };
        all.push(run);
        console.log(
          `${p} process${p === 1 ? "" : "es"}, --workers ${workers}: ${run.articlesPerSecond.toFixed(1)} articles/s ` +
            `(${wallS.toFixed(0)} s), CPU per article kg ingest ${run.nodeCpuMs.toFixed(1)} ms + Neo4j ${run.neo4jCpuMs.toFixed(1)} ms, ` +
            `peak RSS per process ${figures.map((f) => f.peakRssMb).join("/")} MB, deadlocks retried ${figures.map((f) => f.deadlocks).join("/")}` +
            `${figures.some((f) => f.failed) ? ", SOME ARTICLES FAILED" : ""}; graph ${totals.articles} articles, ` +
            `${totals.entities} entities, ${totals.relationships} relationships; load average ${load}`,
        );
      }
      const m = (f: (x: Run) => number): number => median(all.map(f));
      summary.push(
        `${p} process${p === 1 ? "" : "es"} --workers ${workers}: ${m((x) => x.articlesPerSecond).toFixed(1)} articles/s, ` +
          `CPU per article kg ingest ${m((x) => x.nodeCpuMs).toFixed(1)} ms + Neo4j ${m((x) => x.neo4jCpuMs).toFixed(1)} ms, ` +
          `peak RSS ${m((x) => x.peakRssMb).toFixed(0)} MB`,
      );
    }
  }
  console.log(
    `\n## Summary (${lines.length} articles, medians of ${runs} run${runs === 1 ? "" : "s"}; ` +
      `Neo4j peak RSS ${processPeakRssMb(started.pid)} MB)\n${summary.join("\n")}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
}

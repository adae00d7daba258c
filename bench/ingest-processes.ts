/**
 * `npm run bench:ingest:processes [-- --articles 2000|all --processes 1,2,4 --workers 0 --runs 1]`:
 * real news (the dev corpus) through the real `kg ingest` command, split into P shards ingested by
 * P processes at once, all writing to one Neo4j (the bench database, port BENCH_BOLT_PORT or 7692,
 * reset before every run; BENCH_DATA_DIR for another data directory). What a team does to scale out: several ingest workers, one database.
 * Reports per run the articles/s (first process started → last one done), CPU per article of all
 * the `kg ingest` processes together and of Neo4j's process, each process's peak RSS, deadlocks
 * retried, the graph's totals and the machine's load average. `--workers` is passed to every
 * `kg ingest` (extraction threads), so `--processes 1 --workers 0,1,2` compares those. `--stdin`
 * pipes each shard into `kg ingest -` (read as it comes) instead of naming the file (read whole):
 * `--articles all --processes 1 --stdin` is the whole corpus as `zcat … | kg ingest -` takes it.
 * Per process, articles/s per tenth of its part and the last tenth over the second (the first
 * includes the models' load); every article is checked to be in the graph or reported failed.
 */
import { spawn } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { ROOT_DIR } from "../ingest/config.js";
import { benchDatabase, benchDataDir, benchPort } from "./bench-db.js";
import type { Database } from "../ingest/db/driver.js";
import { ensureLocalNeo4j } from "../ingest/db/local.js";
import { migrate } from "../ingest/db/migrate.js";
import { articleId } from "../ingest/write/article-id.js";
import { graphCounts, resetGraph } from "../ingest/write/index.js";
import { lookupMany } from "../ingest/write/lookup.js";
import { corpusBlocks, corpusSize, processCpuSeconds, processPeakRssMb } from "./real-corpus.js";
import { median } from "./stats.js";

const { values, fail } = parseScriptArgs(
  "bench:ingest:processes",
  {
    articles: { type: "string", default: "2000" },
    processes: { type: "string", default: "1,2,4" },
    workers: { type: "string", default: "0" },
    runs: { type: "string", default: "1" },
    stdin: { type: "boolean", default: false },
  },
  scriptUsage(import.meta.url),
);
const list = (raw: string, name: string): number[] => {
  const xs = raw.split(",").map(Number);
  if (xs.some((x) => !Number.isInteger(x) || x < 0)) {
    fail(`--${name} takes whole numbers separated by commas (got "${raw}")`);
  }
  return xs;
};
const size = corpusSize(values.articles, fail);
const processCounts = list(values.processes, "processes").filter((p) => p > 0);
const workerCounts = list(values.workers, "workers");
const runs = Math.max(1, Number(values.runs));
const port = benchPort();
const uri = `bolt://127.0.0.1:${port}`;
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");

interface ProcessFigures {
  wallS: number;
  cpuS: number;
  peakRssMb: number;
  deadlocks: number;
  failed: boolean;
  /** The `file:line` labels kg ingest reported as failed, each with its reason. */
  failures: Map<string, string>;
  /** Articles/s in each tenth of the file, from the times kg ingest's progress lines arrived. */
  tenths: number[];
}

/**
 * One `kg ingest FILE` under GNU time (`%e %U %S %M`: wall, user, system, peak RSS KB). Its stderr
 * is not a terminal, so it prints a progress line at the first article and at every tenth: the
 * times they arrive give the rate of each tenth (the first includes the models' load).
 */
function kgIngest(file: string, workers: number, stdin: boolean): Promise<ProcessFigures> {
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
        "--workers",
        String(workers),
        stdin ? "-" : file,
      ],
      { env: { ...process.env, NEO4J_URI: uri }, stdio: [stdin ? "pipe" : "ignore", "pipe", "pipe"] },
    );
    if (child.stdin) createReadStream(file).pipe(child.stdin);
    let out = "";
    let err = "";
    const marks: { done: number; ms: number }[] = [];
    child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr?.on("data", (d: Buffer) => {
      err += d.toString();
      for (const m of d.toString().matchAll(/^ingest: (\d+)\/\d+ articles/gm)) {
        marks.push({ done: Number(m[1]), ms: performance.now() });
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const t = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(err);
      if (!t)
        return reject(new Error(`bench:ingest:processes: no timing from kg ingest (exit ${code}):\n${err}`));
      const deadlocks = /deadlocks retried: (\d+)/.exec(out);
      // The failures kg ingest listed (refused inputs, or writes that gave up): the first few are
      // shown, and all are kept to tell a reported failure from an article that went missing.
      const listed = err.split("\n").filter((l) => l.startsWith("  "));
      // KG_LOG_DEADLOCKS=1 (ingest/db/driver.ts): the deadlocks' messages, which locks clashed.
      for (const l of err.split("\n")) if (l.startsWith("deadlock retried: ")) console.log(`  ${l}`);
      if (listed.length > 0)
        console.log(`  ${path.basename(file)} failed:\n${listed.slice(0, 3).join("\n")}`);
      const failures = new Map<string, string>();
      for (const l of listed) {
        const m = /^ {2}(.+?):(\d+): (.*)$/.exec(l);
        // Standard input's lines are labelled stdin:N; they are the file's lines.
        if (m) failures.set(`${m[1] === "stdin" ? file : m[1]}:${m[2]}`, m[3] as string);
      }
      resolve({
        wallS: Number(t[1]),
        cpuS: Number(t[2]) + Number(t[3]),
        peakRssMb: Math.round(Number(t[4]) / 1024),
        deadlocks: deadlocks ? Number(deadlocks[1]) : NaN,
        failed: code !== 0,
        failures,
        tenths: marks.slice(1).map((m, i) => {
          const from = marks[i] as { done: number; ms: number };
          return ((m.done - from.done) * 1000) / (m.ms - from.ms);
        }),
      });
    });
  });
}

/**
 * Every input article in the graph or reported failed by its process: returns the `file:line`
 * labels of those that are neither (an article lost without a word).
 */
async function unaccounted(
  db: Database,
  shards: readonly { file: string; ids: readonly string[] }[],
  failures: ReadonlyMap<string, string>,
): Promise<string[]> {
  const lost: string[] = [];
  for (const { file, ids } of shards) {
    for (let from = 0; from < ids.length; from += 1000) {
      const chunk = ids.slice(from, from + 1000);
      const stored = await lookupMany(db, chunk);
      chunk.forEach((id, k) => {
        const label = `${file}:${from + k + 1}`;
        if (!stored.get(id)?.found && !failures.has(label)) lost.push(label);
      });
    }
  }
  return lost;
}

interface Run {
  articlesPerSecond: number;
  nodeCpuMs: number;
  neo4jCpuMs: number;
  peakRssMb: number;
  /** Articles neither in the graph nor reported failed. */
  lost: number;
  /** The last tenth's rate over the second's (after the first, which loads the models), per process. */
  ratios: number[];
}

// The bench database of bench:ingest, unless BENCH_DATA_DIR names another (a second bench Neo4j).
const dataDir = benchDataDir();
const started = await ensureLocalNeo4j({ port, dataDir });
const db = benchDatabase(port);
const dir = mkdtempSync(path.join(os.tmpdir(), "rawabit-shards-"));
try {
  await migrate(db);
  const lines: string[] = [];
  const ids: string[] = [];
  for await (const block of corpusBlocks(size)) {
    for (const a of block) {
      lines.push(JSON.stringify(a.input));
      ids.push(articleId(a.input.text));
    }
  }
  console.log(
    `bench:ingest:processes: ${lines.length} real articles into ${uri}${started.startedByUs ? " (started)" : ""}; ` +
      `Neo4j peak RSS so far ${processPeakRssMb(started.pid)} MB`,
  );
  const summary: string[] = [];
  for (const workers of workerCounts) {
    for (const p of processCounts) {
      // Contiguous shards: each process reads its part of the corpus in order, as a team splitting
      // a feed by day or by source would.
      const shards = Array.from({ length: p }, (_, i) => {
        const file = path.join(dir, `shard-${p}-${i}.jsonl`);
        const from = Math.floor((i * lines.length) / p);
        const to = Math.floor(((i + 1) * lines.length) / p);
        writeFileSync(file, `${lines.slice(from, to).join("\n")}\n`);
        return { file, ids: ids.slice(from, to) };
      });
      const all: Run[] = [];
      for (let r = 0; r < runs; r++) {
        await resetGraph(db);
        const load0 = os.loadavg()[0] ?? 0;
        const neo0 = processCpuSeconds(started.pid);
        const t0 = performance.now();
        const figures = await Promise.all(shards.map((s) => kgIngest(s.file, workers, values.stdin)));
        const wallS = (performance.now() - t0) / 1000;
        const neo4jS = processCpuSeconds(started.pid) - neo0;
        const load = ((load0 + (os.loadavg()[0] ?? 0)) / 2).toFixed(1);
        const totals = await graphCounts(db);
        const lost = await unaccounted(db, shards, new Map(figures.flatMap((f) => [...f.failures])));
        if (lost.length > 0) {
          console.log(
            `  LOST (neither in the graph nor reported failed): ${lost.length}: ${lost.slice(0, 10).join(", ")}`,
          );
        }
        const run: Run = {
          articlesPerSecond: lines.length / wallS,
          nodeCpuMs: (figures.reduce((n, f) => n + f.cpuS, 0) * 1000) / lines.length,
          neo4jCpuMs: (neo4jS * 1000) / lines.length,
          peakRssMb: Math.max(...figures.map((f) => f.peakRssMb)),
          lost: lost.length,
          ratios: figures.map((f) => (f.tenths.at(-1) ?? NaN) / (f.tenths[1] ?? NaN)),
        };
        all.push(run);
        console.log(
          `${p} process${p === 1 ? "" : "es"}, --workers ${workers}: ${run.articlesPerSecond.toFixed(1)} articles/s ` +
            `(${wallS.toFixed(0)} s), CPU per article kg ingest ${run.nodeCpuMs.toFixed(1)} ms + Neo4j ${run.neo4jCpuMs.toFixed(1)} ms, ` +
            `peak RSS per process ${figures.map((f) => f.peakRssMb).join("/")} MB, deadlocks retried ${figures.map((f) => f.deadlocks).join("/")}` +
            `${figures.some((f) => f.failed) ? ", SOME ARTICLES FAILED" : ""}, ${lost.length} lost; graph ${totals.articles} articles, ` +
            `${totals.entities} entities, ${totals.relationships} relationships; load average ${load}`,
        );
        for (const [i, f] of figures.entries()) {
          console.log(
            `  process ${i + 1}: articles/s per tenth of its part ${f.tenths.map((x) => x.toFixed(1)).join(", ")}; ` +
              `last/second tenth ${(run.ratios[i] ?? NaN).toFixed(2)}`,
          );
        }
      }
      const m = (f: (x: Run) => number): number => median(all.map(f));
      summary.push(
        `${p} process${p === 1 ? "" : "es"} --workers ${workers}: ${m((x) => x.articlesPerSecond).toFixed(1)} articles/s, ` +
          `CPU per article kg ingest ${m((x) => x.nodeCpuMs).toFixed(1)} ms + Neo4j ${m((x) => x.neo4jCpuMs).toFixed(1)} ms, ` +
          `peak RSS ${m((x) => x.peakRssMb).toFixed(0)} MB, last/second tenth ${m((x) => median(x.ratios)).toFixed(2)}, ` +
          `lost ${all.map((x) => x.lost).join("/")}`,
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

/**
 * What the extractor makes of a whole corpus, without a database:
 * `npm run report:corpus -- FILE.jsonl[.gz] [--limit N] [--top 50] [--dup-top 100] [--json]
 * [--json-out FILE]` (--json-out also writes the JSON report to FILE next to the text one).
 * Streams the JSONL file (gunzipped on the fly) line by line, runs extract() on each article and
 * reports entities by type, the share seen in one article only, the most frequent entities,
 * suspected duplicates, suspicious names, relations per article and throughput. Bad lines are
 * skipped and counted; progress goes to stderr every 1,000 articles.
 */
import { existsSync, writeFileSync } from "node:fs";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { extract } from "../ingest/extract/index.js";
import { streamCorpus } from "./eval-news/corpus.js";
import { countWords } from "./eval/harness.js";
import { addArticle, addBadLine, buildReport, newAggregate } from "./report/aggregate.js";
import { reportLines } from "./report/format.js";
import { loadNameKnowledge } from "./report/knowledge.js";

const {
  values: args,
  positionals,
  fail,
} = parseScriptArgs(
  "report:corpus",
  {
    limit: { type: "string" },
    top: { type: "string", default: "50" },
    "dup-top": { type: "string", default: "100" },
    examples: { type: "string", default: "15" },
    json: { type: "boolean", default: false },
    "json-out": { type: "string" },
  },
  scriptUsage(import.meta.url),
  { positionals: true },
);

function count(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer (got "${raw}")`);
  return n;
}

const PROGRESS_EVERY = 1000;

async function main(): Promise<number> {
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(
      "report:corpus: give one corpus file: npm run report:corpus -- FILE.jsonl[.gz] [--limit N]",
    );
    return 1;
  }
  if (!existsSync(file)) {
    console.error(`report:corpus: no file ${file}`);
    return 1;
  }
  const limit = count("limit", args.limit, Infinity);
  const opts = {
    top: count("top", args.top, 50),
    dupTop: count("dup-top", args["dup-top"], 100),
    examples: count("examples", args.examples, 15),
  };
  const agg = newAggregate();
  const started = performance.now();
  for await (const line of streamCorpus(file)) {
    if (agg.articles >= limit) break;
    if ("error" in line) {
      addBadLine(agg, line.line, line.error);
      continue;
    }
    const { text, publishedAt } = line.article;
    const t0 = performance.now();
    const cpu = process.cpuUsage();
    let result;
    try {
      result = extract(text, publishedAt ? { articleDate: publishedAt } : {});
    } catch (err) {
      addBadLine(agg, line.line, `extract() failed: ${(err as Error).message}`);
      continue;
    }
    const ms = performance.now() - t0;
    const used = process.cpuUsage(cpu);
    addArticle(agg, result, { words: countWords(text).words, ms, cpuMs: (used.user + used.system) / 1000 });
    if (agg.articles % PROGRESS_EVERY === 0) {
      const secs = (performance.now() - started) / 1000;
      console.error(
        `report:corpus: ${agg.articles} articles, ${agg.entities.size} entities, ${(agg.articles / secs).toFixed(1)} articles/s`,
      );
    }
  }
  const knowledge = loadNameKnowledge([...agg.entities.values()].map((e) => e.name));
  const report = buildReport(agg, knowledge, opts);
  const wallSeconds = (performance.now() - started) / 1000;
  if (args["json-out"]) writeFileSync(args["json-out"], JSON.stringify({ file, wallSeconds, ...report }));
  if (args.json) console.log(JSON.stringify({ file, wallSeconds, ...report }));
  else {
    console.log(reportLines(report, file).join("\n"));
    console.log(`Wall time (reading, extracting, reporting): ${wallSeconds.toFixed(1)} s`);
  }
  return 0;
}

process.exitCode = await main().catch((err: unknown) => {
  console.error((err as Error).message);
  return 1;
});

/**
 * Time and memory of one long article:
 * `npx tsx bench/extract-memory.ts [--mb 10] [--stage all|entities] [--json]` (also run by
 * `npm run bench:extract -- --large`). Extracts a 1 MB and an N MB article built from the bench
 * corpus, in a process of its own so that peak RSS is that of the long article alone, and
 * reports both times, their CPU-time ratio (linear ≈ N) and peak RSS with Node's defaults.
 * `--stage entities` runs the entity stage alone (clean, recognise, resolve; no values, no
 * relations).
 */
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { extractEntities } from "../ingest/extract/entities.js";
import { extract } from "../ingest/extract/index.js";
import { getTagger } from "../ingest/extract/tagger.js";
import type { Entity } from "../ingest/model.js";
import { loadLexicon } from "../ingest/lexicon/index.js";
import { clean } from "../ingest/text/clean.js";
import { longArticle } from "./extract-corpus.js";

const { values: args, fail } = parseScriptArgs(
  "bench/extract-memory.ts",
  {
    mb: { type: "string", default: "10" },
    stage: { type: "string", default: "all" },
    json: { type: "boolean", default: false },
  },
  scriptUsage(import.meta.url),
);
if (args.stage !== "all" && args.stage !== "entities") {
  fail(`--stage must be "all" or "entities" (got ${args.stage})`);
}
const mb = Math.max(1, Number(args.mb));

const rssMb = (): number => Math.round(process.memoryUsage().rss / 1e6);
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
/** CPU milliseconds: on a shared machine wall time also measures the neighbours. */
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

function timed(text: string): { ms: number; cpuMs: number; mentions: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const found = entities(text);
  return {
    ms: Math.round(performance.now() - wall),
    cpuMs: Math.round(cpuMs(cpu)),
    mentions: found.reduce((n, e) => n + e.mentions.length, 0),
  };
}

const lex = loadLexicon();
const { tagger, warning } = getTagger();

function entities(text: string): Entity[] {
  if (args.stage === "all") return extract(text).entities;
  const tagWords = tagger ? (words: readonly string[]) => tagger.tag(words) : null;
  return extractEntities(clean(text), { lex, tagWords }).entities;
}

if (!tagger) console.error(warning);
const big = longArticle(mb * 1_000_000);
const small = big.slice(0, 1_000_000);
const baselineRssMb = rssMb();
const one = timed(small);
const many = timed(big);
const report = {
  tagger: tagger !== null,
  stage: args.stage,
  mb,
  baselineRssMb,
  ms1Mb: one.ms,
  msLarge: many.ms,
  cpuRatio: Number((many.cpuMs / one.cpuMs).toFixed(2)),
  mentionsLarge: many.mentions,
  peakRssMb: peakRssMb(),
};
if (args.json) console.log(JSON.stringify(report));
else
  console.log(
    [
      `long article, ${args.stage === "all" ? "whole extraction" : "entity stage"} (tagger ${report.tagger ? "on" : "OFF"}): 1 MB ${one.ms} ms, ${mb} MB ${many.ms} ms ` +
        `(CPU x${report.cpuRatio}, linear ≈ x${mb}), ${many.mentions} mentions`,
      `  peak RSS ${report.peakRssMb} MB (text and model loaded: ${baselineRssMb} MB)   target < 350 MB`,
    ].join("\n"),
  );

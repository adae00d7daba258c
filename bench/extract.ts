/**
 * Extraction throughput: `npm run bench:extract [-- --runs 5 --mb 2 --large]`.
 * Builds a corpus by repeating and varying news-style sentences (written for Rawabit, names from
 * public life), cuts it into article-sized documents and reports, with the tagger on: lexicon and
 * model load time, tokens per second (median over runs), and peak RSS. --large also runs
 * bench/extract-memory.ts in fresh processes: one 10 MB article against one 1 MB article (time
 * should grow linearly) and the peak RSS of the 10 MB article, whole extraction and entity
 * stage alone. `--corpus 1000|5000|all` measures real news instead (bench/extract-real.ts).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { extract } from "../ingest/extract/index.js";
import { getTagger } from "../ingest/extract/tagger.js";
import { loadLexicon } from "../ingest/lexicon/index.js";
import { tokenize } from "../ingest/text/segment.js";
import { corpus } from "./extract-corpus.js";
import { benchRealExtract } from "./extract-real.js";
import { corpusSize } from "./real-corpus.js";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

const { values: args, fail } = parseScriptArgs(
  "bench:extract",
  {
    runs: { type: "string", default: "5" },
    mb: { type: "string", default: "1" },
    large: { type: "boolean" },
    corpus: { type: "string" },
  },
  scriptUsage(import.meta.url),
);
const runs = Math.max(1, Number(args.runs));
if (args.corpus !== undefined) {
  await benchRealExtract(corpusSize(args.corpus, fail), runs);
  process.exit(0);
}

let t0 = performance.now();
loadLexicon();
const lexiconMs = performance.now() - t0;
t0 = performance.now();
const { tagger, warning } = getTagger();
const taggerMs = performance.now() - t0;
if (!tagger) console.error(warning);

const articles = corpus(Number(args.mb) * 1_000_000);
const tokens = articles.reduce((n, a) => n + tokenize(a).length, 0);
extract(articles[0] ?? ""); // warm-up
const rates: number[] = [];
const cpuRates: number[] = [];
for (let r = 0; r < runs; r++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let entities = 0;
  for (const a of articles) entities += extract(a).entities.length;
  const secs = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  rates.push(tokens / secs);
  // CPU time too: on a shared machine wall time also measures the neighbours.
  cpuRates.push(tokens / ((used.user + used.system) / 1e6));
  if (entities === 0) throw new Error("bench: no entities found — extraction is broken");
}
const report: Record<string, number | string | boolean> = {
  tagger: tagger !== null,
  articles: articles.length,
  tokens,
  runs,
  tokensPerSecond: Math.round(median(rates)),
  tokensPerCpuSecond: Math.round(median(cpuRates)),
  lexiconLoadMs: Math.round(lexiconMs),
  modelLoadMs: Math.round(taggerMs),
  peakRssMb: peakRssMb(),
};

interface LargeRun {
  ms1Mb: number;
  msLarge: number;
  cpuRatio: number;
  mentionsLarge: number;
  peakRssMb: number;
}

/** One long-article run in a process of its own, so that its peak RSS is its own. */
function largeRun(stage: "all" | "entities"): LargeRun {
  const script = path.join(import.meta.dirname, "extract-memory.ts");
  const out = execFileSync(process.execPath, ["--import", "tsx", script, "--json", "--stage", stage], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as LargeRun;
}

const large = args.large ? { all: largeRun("all"), entities: largeRun("entities") } : null;
if (large) {
  report.large10MbMs = large.all.msLarge;
  report.large1MbMs = large.all.ms1Mb;
  report.largeCpuRatio = large.all.cpuRatio;
  report.largeMentions = large.all.mentionsLarge;
  report.large10MbPeakRssMb = large.all.peakRssMb;
  report.large10MbEntityStagePeakRssMb = large.entities.peakRssMb;
}

console.log(
  [
    `extract bench (tagger ${report.tagger ? "on" : "OFF"}): ${report.articles} articles, ${tokens} tokens, ${runs} runs`,
    `  tokens/s (median): ${report.tokensPerSecond} wall, ${report.tokensPerCpuSecond} per CPU second   target >= 50000`,
    `  lexicon load: ${report.lexiconLoadMs} ms   model load: ${report.modelLoadMs} ms   target < 300 ms`,
    `  peak RSS: ${report.peakRssMb} MB   target < 300 MB`,
    ...(large
      ? [
          `  1 MB article: ${large.all.ms1Mb} ms   10 MB article: ${large.all.msLarge} ms (CPU x${large.all.cpuRatio}, linear ≈ x10)`,
          `  10 MB article peak RSS: ${large.all.peakRssMb} MB whole extraction, ${large.entities.peakRssMb} MB entity stage alone`,
        ]
      : []),
  ].join("\n"),
);
console.log(JSON.stringify(report));

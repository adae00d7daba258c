/**
 * Extraction speed of this tree against another, in one process:
 * `npx tsx bench/extract-ab.ts --base DIR [--warm 200] [--articles 800] [--block 50] [--repeat]`.
 * DIR is another checkout of the project (e.g. `git archive <commit> | tar -x -C DIR` and a
 * node_modules link): both extract() functions are imported (separate modules, separate caches),
 * warmed on the first --warm real dev-corpus articles, then time the same blocks of --block
 * articles in turn, the order alternating per block. On a machine shared with other processes
 * the CPU time of two separate runs differs by ±15%; interleaved, an A/A run differs by about 1%.
 * Default: the --articles after the warm-up, each new to both (as ingest reads them); --repeat:
 * the first --articles again after a warm-up pass over them (bench:extract's later runs).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import type { ArticleInput, ExtractionResult } from "../ingest/model.js";
import { corpusBlocks, type RealArticle } from "./real-corpus.js";
import { median } from "./stats.js";

type Extract = (input: ArticleInput) => ExtractionResult;

const { values: args, fail } = parseScriptArgs(
  "extract-ab",
  {
    base: { type: "string" },
    warm: { type: "string", default: "200" },
    articles: { type: "string", default: "800" },
    block: { type: "string", default: "50" },
    repeat: { type: "boolean", default: false },
  },
  scriptUsage(import.meta.url),
);
const baseDir = args.base ?? fail("--base DIR is required (another checkout of the project)");
const [warm, count, block] = [args.warm, args.articles, args.block].map(Number) as [number, number, number];
if (![warm, count, block].every((x) => Number.isInteger(x) && x >= 0) || block < 1 || count < 1) {
  fail("--warm, --articles and --block must be whole numbers (--articles and --block at least 1)");
}

async function extractOf(root: string): Promise<Extract> {
  const url = pathToFileURL(path.resolve(root, "ingest/extract/index.ts")).href;
  return ((await import(url)) as { extract: Extract }).extract;
}

const base = await extractOf(baseDir);
const here = await extractOf(path.join(import.meta.dirname, ".."));
const all: RealArticle[] = [];
for await (const b of corpusBlocks(args.repeat ? count : warm + count)) all.push(...b);
const warmUp = args.repeat ? all : all.slice(0, warm);
const measured = args.repeat ? all : all.slice(warm);
for (const a of warmUp) {
  base(a.input);
  here(a.input);
}

function cpuSeconds(f: Extract, part: readonly RealArticle[]): number {
  const c = process.cpuUsage();
  for (const a of part) f(a.input);
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1e6;
}

let words = 0;
let baseCpu = 0;
let hereCpu = 0;
const ratios: number[] = [];
for (let s = 0, k = 0; s < measured.length; s += block, k++) {
  const part = measured.slice(s, s + block);
  words += part.reduce((n, a) => n + a.words, 0);
  let b: number;
  let h: number;
  if (k % 2 === 0) {
    b = cpuSeconds(base, part);
    h = cpuSeconds(here, part);
  } else {
    h = cpuSeconds(here, part);
    b = cpuSeconds(base, part);
  }
  baseCpu += b;
  hereCpu += h;
  ratios.push(b / h);
}
const report = {
  articles: measured.length,
  words,
  mode: args.repeat ? "repeat" : "fresh",
  baseWordsPerCpuSecond: Math.round(words / baseCpu),
  wordsPerCpuSecond: Math.round(words / hereCpu),
  speedup: Number((baseCpu / hereCpu).toFixed(3)),
  medianBlockSpeedup: Number(median(ratios).toFixed(3)),
};
console.log(
  `extract A/B (${report.mode}, ${report.articles} articles, ${words} words): ${report.baseWordsPerCpuSecond} → ` +
    `${report.wordsPerCpuSecond} words/CPU-s, x${report.speedup} (median block x${report.medianBlockSpeedup})`,
);
console.log(JSON.stringify(report));

/**
 * `npm run bench:extract -- --corpus 1000|5000|all [--runs 1]`: extraction on real news (the dev
 * corpus), in this process, as `kg ingest` extracts. The articles are read first (not timed); each
 * run extracts them all and reports words/s, articles/s and CPU ms per article (wall and CPU: on a
 * shared machine wall time also measures the neighbours), peak RSS, and articles/s of the first and
 * the last thousand. The median run is reported.
 */
import { extract } from "../ingest/extract/index.js";
import { getTagger } from "../ingest/extract/tagger.js";
import {
  BLOCK,
  corpusBlocks,
  firstLast,
  ownPeakRssMb,
  type BlockFigures,
  type RealArticle,
} from "./real-corpus.js";
import { median } from "./stats.js";

interface Run {
  wordsPerSecond: number;
  wordsPerCpuSecond: number;
  articlesPerSecond: number;
  cpuMsPerArticle: number;
  first: number;
  last: number;
  ratio: number;
}

function runOnce(blocks: readonly RealArticle[][]): Run {
  const figures: BlockFigures[] = [];
  for (const block of blocks) {
    const t0 = performance.now();
    const cpu = process.cpuUsage();
    let entities = 0;
    for (const a of block) entities += extract(a.input).entities.length;
    const used = process.cpuUsage(cpu);
    if (entities === 0)
      throw new Error("bench: no entities found in 1,000 real articles — extraction is broken");
    figures.push({
      articles: block.length,
      words: block.reduce((n, a) => n + a.words, 0),
      wallMs: performance.now() - t0,
      nodeCpuMs: (used.user + used.system) / 1000,
    });
  }
  const sum = (f: (b: BlockFigures) => number): number => figures.reduce((n, b) => n + f(b), 0);
  const articles = sum((b) => b.articles);
  const words = sum((b) => b.words);
  const wallS = sum((b) => b.wallMs) / 1000;
  const cpuS = sum((b) => b.nodeCpuMs) / 1000;
  return {
    wordsPerSecond: words / wallS,
    wordsPerCpuSecond: words / cpuS,
    articlesPerSecond: articles / wallS,
    cpuMsPerArticle: (cpuS * 1000) / articles,
    ...firstLast(figures),
  };
}

export async function benchRealExtract(size: number, runs: number): Promise<void> {
  const { tagger, warning } = getTagger();
  if (!tagger) console.error(warning);
  const blocks: RealArticle[][] = [];
  for await (const block of corpusBlocks(size)) blocks.push(block);
  const articles = blocks.reduce((n, b) => n + b.length, 0);
  const words = blocks.reduce((n, b) => n + b.reduce((m, a) => m + a.words, 0), 0);
  extract(blocks[0]?.[0]?.input.text ?? ""); // loads the lexicon and the model outside the timing
  const all: Run[] = [];
  for (let r = 0; r < runs; r++) all.push(runOnce(blocks));
  const m = (f: (x: Run) => number): number => median(all.map(f));
  const report = {
    corpus: "saudinewsnet-dev",
    tagger: tagger !== null,
    articles,
    words,
    runs,
    wordsPerSecond: Math.round(m((x) => x.wordsPerSecond)),
    wordsPerCpuSecond: Math.round(m((x) => x.wordsPerCpuSecond)),
    articlesPerSecond: Number(m((x) => x.articlesPerSecond).toFixed(1)),
    cpuMsPerArticle: Number(m((x) => x.cpuMsPerArticle).toFixed(2)),
    firstBlockArticlesPerSecond: Number(m((x) => x.first).toFixed(1)),
    lastBlockArticlesPerSecond: Number(m((x) => x.last).toFixed(1)),
    lastToFirstRatio: Number(m((x) => x.ratio).toFixed(2)),
    peakRssMb: ownPeakRssMb(),
  };
  console.log(
    [
      `extract bench on real news (tagger ${report.tagger ? "on" : "OFF"}): ${articles} articles, ${words} words, ${runs} run${runs === 1 ? "" : "s"} (medians)`,
      `  words/s: ${report.wordsPerSecond} wall, ${report.wordsPerCpuSecond} per CPU second   target >= 80000`,
      `  articles/s: ${report.articlesPerSecond}   CPU per article: ${report.cpuMsPerArticle} ms`,
      `  first ${BLOCK}: ${report.firstBlockArticlesPerSecond} articles/s, last ${BLOCK}: ${report.lastBlockArticlesPerSecond} (ratio last/first ${report.lastToFirstRatio})`,
      `  peak RSS: ${report.peakRssMb} MB (the articles are held in memory)`,
    ].join("\n"),
  );
  console.log(JSON.stringify(report));
}

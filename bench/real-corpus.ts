/**
 * Shared by the real-text modes of bench:extract and bench:ingest (`--corpus 1000|5000|all`): the
 * dev corpus of real news (bench/eval-news/corpus.ts, read at run time, never copied), read a
 * thousand articles at a time, and the per-process figures both report.
 */
import { readFileSync } from "node:fs";
import type { ArticleInput } from "../ingest/model.js";
import { DEFAULT_CORPUS, streamCorpus } from "./eval-news/corpus.js";
import { countWords } from "./eval/harness.js";

/** Articles per block: rates are compared between the first and the last block. */
export const BLOCK = 1000;

/** `--corpus` as an article count: a positive integer, or "all" (Infinity); else `fail` (parseScriptArgs's). */
export function corpusSize(raw: string, fail: (message: string) => never): number {
  if (raw === "all") return Infinity;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    fail(`--corpus must be a number of articles or "all" (got "${raw}")`);
  }
  return n;
}

export interface RealArticle {
  input: ArticleInput;
  /** Letter words (eval/harness.ts countWords), the unit of words/s. */
  words: number;
}

/** The first `limit` articles of the corpus in blocks of BLOCK, streamed (bad lines skipped). */
export async function* corpusBlocks(limit: number, file = DEFAULT_CORPUS): AsyncGenerator<RealArticle[]> {
  let block: RealArticle[] = [];
  let n = 0;
  for await (const line of streamCorpus(file)) {
    if (n >= limit) break;
    if (!("article" in line)) continue;
    const { text, title, url, source, publishedAt } = line.article;
    const input: ArticleInput = { text, url, source, ...(title ? { title } : {}) };
    if (publishedAt) input.publishedAt = publishedAt;
    block.push({ input, words: countWords(text).words });
    n++;
    if (block.length === BLOCK) {
      yield block;
      block = [];
    }
  }
  if (block.length > 0) yield block;
}

/** CPU seconds (user + system) a process has used, from /proc (Linux); NaN when unreadable. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** Peak resident memory of a process in MB (VmHWM, from /proc); NaN when unreadable. */
export function processPeakRssMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

/** This process's peak RSS in MB. */
export function ownPeakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** One block's measurements. */
export interface BlockFigures {
  articles: number;
  words: number;
  wallMs: number;
  /** CPU ms of this process (and, for ingest, Neo4j's) spent on the block. */
  nodeCpuMs: number;
  neo4jCpuMs?: number;
}

/** "first 1000 x/s, last 1000 y/s (ratio last/first r)" over articles per wall second. */
export function firstLast(blocks: readonly BlockFigures[]): { first: number; last: number; ratio: number } {
  const rate = (b: BlockFigures | undefined): number => (b ? (b.articles * 1000) / b.wallMs : NaN);
  // A short trailing block (20,705 = 20 × 1000 + 705) is still "the last thousand" enough.
  const first = rate(blocks[0]);
  const last = rate(blocks.at(-1));
  return { first, last, ratio: last / first };
}

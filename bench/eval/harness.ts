/**
 * The evaluation harness shared by eval:extract (hand-written articles) and eval:news (real news
 * read from the corpus): each command finds its {id, text, gold} triples its own way, then both
 * validate the gold against the text here, run extract() and score it the same way.
 */
import { readFileSync } from "node:fs";
import { extract } from "../../ingest/extract/index.js";
import type { ExtractionResult } from "../../ingest/model.js";
import { tokenize } from "../../ingest/text/segment.js";
import {
  checkReferences,
  goldArticleSchema,
  locateMentions,
  type GoldArticle,
  type GoldSpans,
} from "./gold.js";
import { failureTally, totals, type ArticleRun, type Totals } from "./report.js";
import { scoreArticle } from "./score.js";

export interface EvalArticle {
  id: string;
  text: string;
  gold: GoldArticle;
  spans: GoldSpans;
}

/** A gold file's JSON, or why it cannot be read (named after the file, with the fix). */
export function readGoldJson(file: string, label: string): { raw: unknown } | { problem: string } {
  try {
    return { raw: JSON.parse(readFileSync(file, "utf8")) as unknown };
  } catch (err) {
    return { problem: `${label}: cannot read it (${(err as Error).message}); fix the JSON` };
  }
}

/**
 * Validates a gold annotation against the text it annotates: the schema, every mention placed on
 * the text, relations and statements naming gold entities. Problems start with `label` (the file).
 */
export function prepareArticle(
  id: string,
  label: string,
  text: string,
  raw: unknown,
): { article: EvalArticle | null; problems: string[] } {
  const parsed = goldArticleSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return { article: null, problems: [`${label}: ${issues}`] };
  }
  const { spans, problems } = locateMentions(text, parsed.data.entities);
  return {
    article: { id, text, gold: parsed.data, spans },
    problems: [...problems, ...checkReferences(text, parsed.data)].map((p) => `${label}: ${p}`),
  };
}

/** Words (letter tokens, not punctuation or numbers) and all tokens of a text. */
export function countWords(text: string): { words: number; tokens: number } {
  const tokens = tokenize(text);
  return { words: tokens.filter((t) => t.kind === "word").length, tokens: tokens.length };
}

export interface EvalOptions {
  /** Use the statistical tagger (extract()'s default). */
  tagger: boolean;
  /** Warm runs timed after the first (cold) one; at least 1. */
  runs: number;
}

export interface EvalRun {
  articles: ArticleRun[];
  totals: Totals;
  failures: [string, number][];
  /** extract() warnings (a missing model silently lowers every score; say so beside the numbers). */
  warnings: string[];
  speed: {
    words: number;
    tokens: number;
    firstRunMs: number;
    wordsPerSecond: number;
    /** On a shared machine wall time also measures the neighbours; CPU time does not. */
    wordsPerCpuSecond: number;
    tokensPerSecond: number;
    runs: number;
  };
}

/** Runs extract() on every article (the gold date as the article date) and scores the results. */
export function evaluate(
  articles: EvalArticle[],
  opts: EvalOptions,
  run: (a: EvalArticle) => ExtractionResult = (a) =>
    extract(a.text, { tagger: opts.tagger, ...(a.gold.date ? { articleDate: a.gold.date } : {}) }),
): EvalRun {
  const runs = Math.max(1, Math.floor(opts.runs));
  const t0 = performance.now();
  const results = articles.map(run);
  const firstMs = performance.now() - t0;
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) articles.forEach(run);
  const warmSeconds = Math.max((performance.now() - t1) / runs, 1e-6) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = Math.max((used.user + used.system) / runs, 1) / 1e6;
  const counted = articles.map((a) => countWords(a.text));
  const words = counted.reduce((n, c) => n + c.words, 0);
  const tokens = counted.reduce((n, c) => n + c.tokens, 0);

  const scored: ArticleRun[] = articles.map((a, i) => ({
    id: a.id,
    score: scoreArticle(a.text, a.gold, a.spans, results[i] as ExtractionResult),
  }));
  return {
    articles: scored,
    totals: totals(scored),
    failures: failureTally(scored),
    warnings: [...new Set(results.flatMap((r) => r.warnings ?? []))],
    speed: {
      words,
      tokens,
      firstRunMs: Math.round(firstMs),
      wordsPerSecond: Math.round(words / warmSeconds),
      wordsPerCpuSecond: Math.round(words / cpuSeconds),
      tokensPerSecond: Math.round(tokens / warmSeconds),
      runs,
    },
  };
}

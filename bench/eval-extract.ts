/**
 * Extraction quality on articles the extractor was not developed on:
 * `npm run eval:extract [-- --article 05 --summary --no-tagger --runs 3 --json --dir DIR]`.
 * Reads bench/eval/articles/*.txt with their *.gold.json, runs extract() on each, and prints
 * entity / mention / relation / statement scores per article and overall, every miss and false
 * positive, a tally of failure classes, and throughput. Exits 1 when a gold file is invalid.
 */
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { extract } from "../ingest/extract/index.js";
import type { ExtractionResult } from "../ingest/model.js";
import { tokenize } from "../ingest/text/segment.js";
import {
  checkReferences,
  goldArticleSchema,
  locateMentions,
  type GoldArticle,
  type GoldSpans,
} from "./eval/gold.js";
import { articleLines, failureTally, summaryLines, totals, type ArticleRun } from "./eval/report.js";
import { scoreArticle } from "./eval/score.js";

interface Loaded {
  id: string;
  text: string;
  gold: GoldArticle;
  spans: GoldSpans;
}

const { values: args } = parseArgs({
  options: {
    dir: { type: "string", default: join(import.meta.dirname, "eval", "articles") },
    article: { type: "string" },
    summary: { type: "boolean", default: false },
    "no-tagger": { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    json: { type: "boolean", default: false },
  },
});

function load(dir: string, filter: string | undefined): { articles: Loaded[]; problems: string[] } {
  const problems: string[] = [];
  const articles: Loaded[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt") && (!filter || f.includes(filter)));
  for (const file of files.sort()) {
    const id = basename(file, ".txt");
    const text = readFileSync(join(dir, file), "utf8");
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), "utf8"));
    } catch (err) {
      problems.push(
        `${id}: cannot read ${id}.gold.json (${(err as Error).message}); write it beside the article`,
      );
      continue;
    }
    const parsed = goldArticleSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(
        `${id}.gold.json: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      );
      continue;
    }
    const { spans, problems: where } = locateMentions(text, parsed.data.entities);
    problems.push(...[...where, ...checkReferences(text, parsed.data)].map((p) => `${id}.gold.json: ${p}`));
    articles.push({ id, text, gold: parsed.data, spans });
  }
  return { articles, problems };
}

function run(a: Loaded): ExtractionResult {
  const opts = { tagger: !args["no-tagger"], ...(a.gold.date ? { articleDate: a.gold.date } : {}) };
  return extract(a.text, opts);
}

function main(): number {
  const { articles, problems } = load(args.dir, args.article);
  if (problems.length > 0) {
    console.error(
      `eval: the gold annotation is inconsistent with the articles in ${args.dir}; fix the gold files:`,
    );
    problems.forEach((p) => console.error(`  ${p}`));
    return 1;
  }
  if (articles.length === 0) {
    console.error(
      `eval: no articles (*.txt) in ${args.dir}${args.article ? ` matching "${args.article}"` : ""}`,
    );
    return 1;
  }
  const runs = Math.max(1, Number.parseInt(args.runs, 10) || 1);
  const t0 = performance.now();
  const results = articles.map(run);
  const firstMs = performance.now() - t0;
  const tokens = articles.reduce((n, a) => n + tokenize(a.text).length, 0);
  const t1 = performance.now();
  for (let i = 0; i < runs; i++) articles.forEach(run);
  const warmMs = (performance.now() - t1) / runs;

  const scored: ArticleRun[] = articles.map((a, i) => ({
    id: a.id,
    score: scoreArticle(a.text, a.gold, a.spans, results[i] as ExtractionResult),
  }));
  // A missing model silently lowers every score; say so beside the numbers.
  const warnings = [...new Set(results.flatMap((r) => r.warnings ?? []))];
  const speed = {
    tokens,
    firstRunMs: Math.round(firstMs),
    tokensPerSecond: Math.round(tokens / (warmMs / 1000)),
  };
  if (args.json) {
    console.log(
      JSON.stringify({
        articles: scored,
        totals: totals(scored),
        failures: failureTally(scored),
        speed,
        warnings,
      }),
    );
    return 0;
  }
  for (const r of scored) console.log(articleLines(r, !args.summary).join("\n"), "\n");
  console.log(`OVERALL (${scored.length} articles, micro-averaged)`);
  console.log(summaryLines(totals(scored)).join("\n"));
  console.log("\nFailure classes");
  for (const [k, n] of failureTally(scored)) console.log(`  ${String(n).padStart(4)}  ${k}`);
  if (warnings.length > 0)
    console.log(`\nWarnings from extract()\n${warnings.map((w) => `  ${w}`).join("\n")}`);
  console.log(
    `\nSpeed: ${speed.tokens} tokens, first run (with model load) ${speed.firstRunMs} ms, ` +
      `warm ${speed.tokensPerSecond} tokens/s (mean of ${runs} runs${args["no-tagger"] ? ", tagger off" : ""})`,
  );
  return 0;
}

process.exitCode = main();

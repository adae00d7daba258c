/**
 * Extraction quality on real news (bench/eval-news): `npm run eval:news [-- --split dev|test|fresh|all]
 * [--article n05,n07] [--misses] [--summary] [--json] [--no-tagger] [--runs 1] [--corpus FILE]`.
 * Reads sample.json and every articles/<id>.gold.json written so far, takes each text from the
 * corpus by URL (never copied into the project), runs extract() with the gold date and prints
 * entity / relation P/R/F1 overall, per type and per article, then the misses and false positives
 * — of the dev split only unless --misses or --article is given, so nobody tunes on the test or
 * fresh split by accident. `all` is dev + test; fresh is scored only on its own. Exits 1 when a gold file is invalid.
 */
import { join } from "node:path";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { evaluate } from "./eval/harness.js";
import { compactLine, overallLines } from "./eval/report.js";
import { DEFAULT_CORPUS, textsByUrl } from "./eval-news/corpus.js";
import { EVAL_NEWS_DIR, readSample } from "./eval-news/sample-file.js";
import {
  loadNewsGold,
  selectEntries,
  showDetails,
  SPLITS,
  withGold,
  type Split,
} from "./eval-news/select.js";

const { values: args } = parseScriptArgs(
  "eval:news",
  {
    split: { type: "string", default: "dev" },
    article: { type: "string" },
    misses: { type: "boolean", default: false },
    summary: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    "no-tagger": { type: "boolean", default: false },
    runs: { type: "string", default: "1" },
    corpus: { type: "string", default: DEFAULT_CORPUS },
    dir: { type: "string", default: join(EVAL_NEWS_DIR, "articles") },
  },
  scriptUsage(import.meta.url),
);

const isSplit = (s: string): s is Split => (SPLITS as readonly string[]).includes(s);

async function main(): Promise<number> {
  const split = args.split;
  if (!isSplit(split)) {
    console.error(`eval:news: --split must be one of ${SPLITS.join(", ")} (got "${split}")`);
    return 1;
  }
  const { entries, unknown } = selectEntries(readSample(), split, args.article);
  if (unknown.length > 0) {
    console.error(
      `eval:news: no sampled article ${unknown.join(", ")}; ids are in bench/eval-news/sample.json`,
    );
    return 1;
  }
  const { annotated, skipped } = withGold(entries, args.dir);
  const what = args.article ? `articles ${args.article}` : `split ${split}`;
  const skippedLine = `${skipped.length} of ${entries.length} sampled article(s) skipped: no gold file yet`;
  if (annotated.length === 0) {
    console.error(`eval:news: no gold files for ${what} in ${args.dir} (${skippedLine})`);
    return 1;
  }
  const texts = await textsByUrl(new Set(annotated.map((e) => e.url)), args.corpus);
  const { articles, problems } = loadNewsGold(annotated, args.dir, texts);
  if (problems.length > 0) {
    console.error(
      `eval:news: the gold annotation is inconsistent with the articles; fix the gold files in ${args.dir}:`,
    );
    problems.forEach((p) => console.error(`  ${p}`));
    return 1;
  }
  const result = evaluate(articles, {
    tagger: !args["no-tagger"],
    runs: Number.parseInt(args.runs, 10) || 1,
  });
  const detailed = articles.map((a) => showDetails(a.entry, { named: !!args.article, misses: args.misses }));
  const { speed, warnings } = result;

  if (args.json) {
    const perArticle = result.articles.map((r, i) => {
      const a = articles[i];
      const score = detailed[i] ? r.score : { ...r.score, misses: [], falsePositives: [] };
      return { id: r.id, source: a?.entry.source, split: a?.entry.split, score };
    });
    const skippedIds = skipped.map((e) => e.id);
    const { articles: _, ...rest } = result;
    console.log(JSON.stringify({ split, articles: perArticle, skipped: skippedIds, ...rest }));
    return 0;
  }

  console.log(`eval:news — ${what}: ${articles.length} article(s) evaluated; ${skippedLine}\n`);
  result.articles.forEach((r, i) => {
    const a = articles[i];
    console.log(
      compactLine(r, `${r.id} ${(a?.entry.source ?? "").padEnd(13)} ${(a?.entry.split ?? "").padEnd(4)}`),
    );
    if (args.summary || !detailed[i]) return;
    r.score.misses.forEach((m) => console.log(`    - miss  ${m}`));
    r.score.falsePositives.forEach((m) => console.log(`    + false ${m}`));
  });
  const hidden = detailed.filter((d) => !d).length;
  if (hidden > 0 && !args.summary)
    console.log(
      `  (misses of ${hidden} held-out (test/fresh) article(s) not shown: --misses or --article to see them)`,
    );
  console.log(`\n${overallLines(articles.length, result.totals, result.failures, warnings).join("\n")}`);
  console.log(
    `\nSpeed: ${speed.words} words (${speed.tokens} tokens), first run (with model load) ${speed.firstRunMs} ms, ` +
      `warm ${speed.wordsPerSecond} words/s wall, ${speed.wordsPerCpuSecond} per CPU second (mean of ${speed.runs} run(s)${args["no-tagger"] ? ", tagger off" : ""})`,
  );
  return 0;
}

process.exitCode = await main();

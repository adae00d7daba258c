/**
 * Extraction quality on articles the extractor was not developed on:
 * `npm run eval:extract [-- --article 05 --summary --no-tagger --runs 3 --json --dir DIR]`.
 * Reads bench/eval/articles/*.txt with their *.gold.json, runs extract() on each, and prints
 * entity / mention / relation / statement scores per article and overall, every miss and false
 * positive, a tally of failure classes, and throughput. Exits 1 when a gold file is invalid.
 */
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { evaluate, prepareArticle, readGoldJson, type EvalArticle } from "./eval/harness.js";
import { articleLines, overallLines } from "./eval/report.js";

const { values: args } = parseScriptArgs(
  "eval:extract",
  {
    dir: { type: "string", default: join(import.meta.dirname, "eval", "articles") },
    article: { type: "string" },
    summary: { type: "boolean", default: false },
    "no-tagger": { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    json: { type: "boolean", default: false },
  },
  scriptUsage(import.meta.url),
);

function load(dir: string, filter: string | undefined): { articles: EvalArticle[]; problems: string[] } {
  const problems: string[] = [];
  const articles: EvalArticle[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt") && (!filter || f.includes(filter)));
  for (const file of files.sort()) {
    const id = basename(file, ".txt");
    const label = `${id}.gold.json`;
    const json = readGoldJson(join(dir, label), label);
    if ("problem" in json) {
      problems.push(`${json.problem} (write it beside the article)`);
      continue;
    }
    const prepared = prepareArticle(id, label, readFileSync(join(dir, file), "utf8"), json.raw);
    problems.push(...prepared.problems);
    if (prepared.article) articles.push(prepared.article);
  }
  return { articles, problems };
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
  const result = evaluate(articles, {
    tagger: !args["no-tagger"],
    runs: Number.parseInt(args.runs, 10) || 1,
  });
  const { speed, warnings } = result;
  if (args.json) {
    console.log(
      JSON.stringify({
        articles: result.articles,
        totals: result.totals,
        failures: result.failures,
        speed,
        warnings,
      }),
    );
    return 0;
  }
  for (const r of result.articles) console.log(articleLines(r, !args.summary).join("\n"), "\n");
  console.log(`${overallLines(result.articles.length, result.totals, result.failures, warnings).join("\n")}`);
  console.log(
    `\nSpeed: ${speed.tokens} tokens (${speed.words} words), first run (with model load) ${speed.firstRunMs} ms, ` +
      `warm ${speed.tokensPerSecond} tokens/s, ${speed.wordsPerSecond} words/s (mean of ${speed.runs} runs${args["no-tagger"] ? ", tagger off" : ""})`,
  );
  return 0;
}

process.exitCode = main();

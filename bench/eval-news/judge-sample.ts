/**
 * Draws a seeded random sample of what the extractor produces on real news, for judging by hand:
 * entities (name, type, English label, one evidence sentence) or relations (type, ends, sentence).
 * The articles come from the dev corpus, outside the eval-news gold sample. The printout is for
 * the judge to read; only names, urls and verdicts go into the project, never the sentences.
 *
 *   npx tsx bench/eval-news/judge-sample.ts entities|relations [--articles 1000] [--n 100] [--seed 7]
 *     [--types MET,VISITED]   (relations only: sample among these types)
 */
import { parseScriptArgs, scriptUsage } from "../../ingest/cli/args.js";
import { extract } from "../../ingest/extract/index.js";
import { seededRandom, shuffleInPlace } from "../../ingest/random.js";
import { readCorpus } from "./corpus.js";
import { readSample } from "./sample-file.js";

const { values, positionals, fail } = parseScriptArgs(
  "bench/eval-news/judge-sample.ts",
  {
    articles: { type: "string", default: "1000" },
    n: { type: "string", default: "100" },
    seed: { type: "string", default: "7" },
    types: { type: "string" },
  },
  scriptUsage(import.meta.url),
  { positionals: true },
);
const kind = positionals[0];
if (kind !== "entities" && kind !== "relations") fail(`give entities or relations (got "${kind ?? ""}")`);
const types = values.types ? new Set(values.types.split(",")) : undefined;
const rand = seededRandom(Number(values.seed));
const pick = <T>(xs: T[], k: number): T[] => shuffleInPlace([...xs], rand).slice(0, k);
const gold = new Set(readSample().map((s) => s.url));
const articles = pick(
  readCorpus().filter((a) => !gold.has(a.url)),
  Number(values.articles),
);
interface Item {
  url: string;
  line: string;
  sentence: string;
}
const items: Item[] = [];
for (const a of articles) {
  const r = extract(a.text, a.publishedAt ? { articleDate: a.publishedAt } : {});
  const sentenceAt = (offset: number): string =>
    (r.sentences ?? []).find((s) => s.start <= offset && offset < s.end)?.text ?? "";
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  if (kind === "entities") {
    for (const e of r.entities) {
      const m = e.mentions[0];
      items.push({
        url: a.url,
        line: `${e.type}\t${e.name}\t${e.nameEn}\t${e.id}\tmentions=${e.mentions.length}`,
        sentence: m ? sentenceAt(m.start) : "",
      });
    }
  } else {
    for (const rel of r.relations) {
      if (types && !types.has(rel.type)) continue;
      const ev = rel.evidence[0];
      const s = byId.get(rel.source);
      const t = byId.get(rel.target);
      items.push({
        url: a.url,
        line: `${s?.name} (${s?.type}) ${rel.type} ${t?.name} (${t?.type})\t${JSON.stringify(rel.properties ?? {})}`,
        sentence: ev?.text ?? "",
      });
    }
  }
}
console.error(`${articles.length} articles, ${items.length} ${kind}; sampling ${values.n}`);
pick(items, Number(values.n)).forEach((it, i) => {
  console.log(`#${i + 1}\t${it.url}\t${it.line}\n\t${it.sentence.replace(/\s+/g, " ").trim()}`);
});

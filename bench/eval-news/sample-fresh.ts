/**
 * Draws the fresh split once: 4 more articles from each source, by sample.ts's rule (300–3,000
 * characters, same number per source) with a new seed, leaving out every article already in
 * sample.json (by URL and by text, since a story can be filed under two URLs). The dev/test
 * figures have been tuned on for sessions; these articles are annotated before anyone looks at
 * the extractor's output on them, to measure it honestly. Run once; the output is committed.
 *
 *   npx tsx bench/eval-news/sample-fresh.ts > sample.new.json && mv sample.new.json bench/eval-news/sample.json
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom, shuffleInPlace } from "../../ingest/random.js";
import { readCorpus } from "./corpus.js";
import { EVAL_NEWS_DIR, readSample } from "./sample-file.js";

const FRESH_SEED = 20261220;
const PER_SOURCE = 4;
const rand = seededRandom(FRESH_SEED);
const shuffle = <T>(xs: T[]): T[] => shuffleInPlace([...xs], rand);

const existing = readSample().filter((e) => e.split !== "fresh");
const corpus = readCorpus();
const takenUrls = new Set(existing.map((e) => e.url));
const takenTexts = new Set(corpus.filter((a) => takenUrls.has(a.url)).map((a) => a.text.trim()));
const articles = corpus.filter((a) => {
  const text = a.text.trim();
  return text.length >= 300 && text.length <= 3000 && !takenUrls.has(a.url) && !takenTexts.has(text);
});
const sources = [...new Set(articles.map((a) => a.source))].sort();
const drawn = sources.flatMap((s) => shuffle(articles.filter((a) => a.source === s)).slice(0, PER_SOURCE));
const fresh = shuffle(drawn).map((a, i) => ({
  id: `n${String(existing.length + i + 1).padStart(2, "0")}`,
  url: a.url,
  source: a.source,
  split: "fresh" as const,
}));
const { seed } = JSON.parse(readFileSync(join(EVAL_NEWS_DIR, "sample.json"), "utf8")) as { seed: number };
console.log(JSON.stringify({ seed, freshSeed: FRESH_SEED, sample: [...existing, ...fresh] }, null, 2));

/**
 * Draws the fresh splits: for each seed in FRESH_DRAWS, in order, 4 more articles from each
 * source by sample.ts's rule (300–3,000 characters, same number per source), leaving out every
 * article drawn before it (by URL and by text, since a story can be filed under two URLs). A
 * fresh split is annotated before anyone looks at the extractor's output on it and held out for
 * the session that annotated it; the next session folds it into dev (its entries keep the split
 * sample.json gives them) and appends a new draw here. Replaying every draw reproduces
 * sample.json exactly; the output is committed.
 *
 *   npx tsx bench/eval-news/sample-fresh.ts > s.json && npx prettier --write s.json && mv s.json bench/eval-news/sample.json
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom, shuffleInPlace } from "../../ingest/random.js";
import { readCorpus } from "./corpus.js";
import { EVAL_NEWS_DIR, readSample, type SampleEntry } from "./sample-file.js";

/** n64–n91 (session 6, dev from session 7); n92–n119 (session 7, dev from session 8); n120–n147 (session 8, dev from session 9); n148–n175 (session 9, dev from session 10); n176–n203 (session 10, dev from session 11); n204–n231 (session 11, dev from session 12); n232–n259 (session 12, dev from session 13); n260–n287 (session 13, dev from session 14); n288–n315 (session 14, dev from session 15); n316–n343 (session 15, dev from session 16); n344–n371 (session 16). */
const FRESH_DRAWS = [
  20261220, 20261227, 20261207, 20261214, 20261221, 20261228, 20261229, 20261230, 20261231, 20270101,
  20270102,
];
const PER_SOURCE = 4;
const BASE = 63; // sample.ts's draw: n01–n63

const recorded = readSample();
const splitOf = new Map(recorded.map((e) => [e.id, e.split]));
const corpus = readCorpus();
const sample: SampleEntry[] = recorded.slice(0, BASE);
for (const seed of FRESH_DRAWS) {
  const rand = seededRandom(seed);
  const shuffle = <T>(xs: T[]): T[] => shuffleInPlace([...xs], rand);
  const takenUrls = new Set(sample.map((e) => e.url));
  const takenTexts = new Set(corpus.filter((a) => takenUrls.has(a.url)).map((a) => a.text.trim()));
  const articles = corpus.filter((a) => {
    const text = a.text.trim();
    return text.length >= 300 && text.length <= 3000 && !takenUrls.has(a.url) && !takenTexts.has(text);
  });
  const sources = [...new Set(articles.map((a) => a.source))].sort();
  const drawn = sources.flatMap((s) => shuffle(articles.filter((a) => a.source === s)).slice(0, PER_SOURCE));
  for (const a of shuffle(drawn)) {
    const id = `n${String(sample.length + 1).padStart(2, "0")}`;
    sample.push({ id, url: a.url, source: a.source, split: splitOf.get(id) ?? "fresh" });
  }
}
const { seed } = JSON.parse(readFileSync(join(EVAL_NEWS_DIR, "sample.json"), "utf8")) as { seed: number };
console.log(JSON.stringify({ seed, freshSeeds: FRESH_DRAWS, sample }, null, 2));

/**
 * Draws the eval-news sample once: a seeded random sample of the dev corpus, the same number of
 * articles from each source (so every newspaper and, with them, every section is represented),
 * then a seeded 40/20 dev/test split. Articles shorter than 300 or longer than 3,000 characters
 * are left out of the draw (a stated rule, not a choice of articles: very short items are captions,
 * very long ones are opinion pieces an annotator cannot finish). Run once; the output is committed,
 * and sample-fresh.ts has since appended the fresh draws to it (rerunning this would drop them).
 *
 *   npx tsx bench/eval-news/sample.ts > bench/eval-news/sample.json
 */
import { seededRandom, shuffleInPlace } from "../../ingest/random.js";
import { readCorpus } from "./corpus.js";

const SEED = 20261206;
const TOTAL = 63; // 9 per source × 7 sources; 63 = 42 dev + 21 test
const rand = seededRandom(SEED);
const shuffle = <T>(xs: T[]): T[] => shuffleInPlace([...xs], rand);

const articles = readCorpus().filter((a) => a.text.trim().length >= 300 && a.text.trim().length <= 3000);
const sources = [...new Set(articles.map((a) => a.source))].sort();
const perSource = TOTAL / sources.length;
const drawn = sources.flatMap((s) => shuffle(articles.filter((a) => a.source === s)).slice(0, perSource));
const ordered = shuffle(drawn);
const sample = ordered.map((a, i) => ({
  id: `n${String(i + 1).padStart(2, "0")}`,
  url: a.url,
  source: a.source,
  split: i < (TOTAL * 2) / 3 ? "dev" : "test",
}));
console.log(JSON.stringify({ seed: SEED, sample }, null, 2));

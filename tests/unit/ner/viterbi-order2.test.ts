import { afterEach, describe, expect, it } from "vitest";
import { analyzeSentence } from "../../../ingest/ner/features.js";
import { LexiconIndex } from "../../../ingest/ner/lookup.js";
import { isAllowedAfter, TAGS } from "../../../ingest/ner/tags.js";
import { decodeViterbi, transition2Feature, transitionFeature } from "../../../ingest/ner/viterbi.js";
import type { Scorer } from "../../../ingest/ner/weights.js";
import { seededRandom } from "../../../ingest/random.js";

const empty = { triggers: {}, gazetteers: {}, triggersHash: "t", gazetteerHash: "g" };
const lexicon = new LexiconIndex(empty);
const n = TAGS.length;

/** A scorer with random weights for the words, the transitions and the second-order transitions. */
function randomScorer(
  words: readonly string[],
  seed: number,
): { scorer: Scorer; table: Map<string, Float64Array> } {
  const random = seededRandom(seed);
  const table = new Map<string, Float64Array>();
  const row = () => Float64Array.from({ length: n }, () => Math.round((random() - 0.5) * 20));
  for (const w of words) table.set("w=" + w, row());
  for (let p = -1; p < n; p++) {
    table.set(transitionFeature(TAGS, p), row());
    for (let pp = -1; pp < n; pp++) table.set(transition2Feature(TAGS, pp, p), row());
  }
  const scorer: Scorer = {
    tags: TAGS,
    addScores: (features, scores) => {
      for (const f of features) {
        const r = table.get(f);
        if (r) for (let t = 0; t < n; t++) scores[t] = (scores[t] ?? 0) + (r[t] ?? 0);
      }
    },
  };
  return { scorer, table };
}

/** Every valid BIO path and its score, by enumeration. */
function allPaths(
  words: readonly string[],
  table: Map<string, Float64Array>,
): { path: number[]; score: number }[] {
  const out: { path: number[]; score: number }[] = [];
  const walk = (path: number[], score: number) => {
    const i = path.length;
    if (i === words.length) {
      out.push({ path: [...path], score });
      return;
    }
    const p = i > 0 ? (path[i - 1] ?? 0) : -1;
    const pp = i > 1 ? (path[i - 2] ?? 0) : -1;
    for (let t = 0; t < n; t++) {
      if (!isAllowedAfter(p < 0 ? "O" : (TAGS[p] ?? "O"), TAGS[t] ?? "O")) continue;
      const s =
        (table.get("w=" + words[i])?.[t] ?? 0) +
        (table.get(transitionFeature(TAGS, p))?.[t] ?? 0) +
        (table.get(transition2Feature(TAGS, pp, p))?.[t] ?? 0);
      path.push(t);
      walk(path, score + s);
      path.pop();
    }
  };
  walk([], 0);
  return out;
}

describe("second-order Viterbi (NER_ORDER2=1)", () => {
  const before = process.env.NER_ORDER2;
  afterEach(() => {
    if (before === undefined) delete process.env.NER_ORDER2;
    else process.env.NER_ORDER2 = before;
  });

  it("finds the best path and the max-marginal margins that enumeration finds", () => {
    process.env.NER_ORDER2 = "1";
    const words = ["قال", "الوزير", "خالد", "بن", "سعيد"];
    const tokens = analyzeSentence(words, lexicon);
    for (const seed of [1, 2, 3, 4, 5]) {
      const { scorer, table } = randomScorer(words, seed);
      const paths = allPaths(words, table);
      const best = paths.reduce((a, b) => (b.score > a.score ? b : a));
      const decisions = decodeViterbi(tokens, scorer);
      const found = decisions.map((d) => d.tag);
      const foundScore = paths.find((p) => p.path.join() === found.join())?.score;
      expect(foundScore).toBe(best.score);
      decisions.forEach((d, i) => {
        const other = Math.max(...paths.filter((p) => p.path[i] !== d.tag).map((p) => p.score));
        expect(d.margin).toBeCloseTo(best.score - other, 6);
      });
    }
  });

  it("decodes one-word and empty sentences", () => {
    process.env.NER_ORDER2 = "1";
    const { scorer } = randomScorer(["عمان"], 9);
    expect(decodeViterbi(analyzeSentence(["عمان"], lexicon), scorer)).toHaveLength(1);
    expect(decodeViterbi([], scorer)).toEqual([]);
  });
});

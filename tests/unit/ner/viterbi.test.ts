import { describe, expect, it } from "vitest";
import { analyzeSentence } from "../../../ingest/ner/features.js";
import { LexiconIndex } from "../../../ingest/ner/lookup.js";
import { isAllowedAfter, TAGS } from "../../../ingest/ner/tags.js";
import { decodeViterbi, transition2Feature, transitionFeature } from "../../../ingest/ner/viterbi.js";
import { Weights, type Scorer } from "../../../ingest/ner/weights.js";
import { seededRandom } from "../../../ingest/random.js";

const empty = { triggers: {}, gazetteers: {}, triggersHash: "t", gazetteerHash: "g" };
const lexicon = new LexiconIndex(empty);
const tokens = (s: string) => analyzeSentence(s.split(" "), lexicon);
const tag = (t: string) => TAGS.indexOf(t as never);

/**
 * A scorer with fixed per-word preferences (keyed by the word feature "w=…") and fixed
 * transition scores (keyed by "prev>tag").
 */
function scorer(
  words: Record<string, Record<string, number>>,
  transitions: Record<string, number> = {},
): Scorer {
  return {
    tags: TAGS,
    addScores: (features, scores) => {
      for (const f of features) {
        if (f.startsWith("tr=")) {
          const prev = f.slice(3);
          for (const [key, v] of Object.entries(transitions)) {
            const [p, t] = key.split(">");
            if (p === prev && t) scores[tag(t)] = (scores[tag(t)] ?? 0) + v;
          }
        } else if (f.startsWith("w=")) {
          for (const [t, v] of Object.entries(words[f.slice(2)] ?? {}))
            scores[tag(t)] = (scores[tag(t)] ?? 0) + v;
        }
      }
    },
  };
}

describe("decodeViterbi", () => {
  it.each([
    // Word-only preferences that break BIO are repaired along the best valid path.
    [
      "always I-LOC",
      "أ ب ج",
      { أ: { "I-LOC": 2, "B-LOC": 1 }, ب: { "I-LOC": 2 }, ج: { "I-LOC": 2 } },
      {},
      ["B-LOC", "I-LOC", "I-LOC"],
    ],
    // A strong later word revises an earlier, weakly preferred tag (greedy could not).
    ["later word wins", "أ ب", { أ: { O: 1, "B-PERS": 0.5 }, ب: { "I-PERS": 5 } }, {}, ["B-PERS", "I-PERS"]],
    // A learnt transition penalty keeps two adjacent words in one span type.
    [
      "transitions count",
      "أ ب",
      { أ: { "B-ORG": 2 }, ب: { "B-LOC": 1.5, "I-ORG": 1 } },
      { "B-ORG>B-LOC": -1 },
      ["B-ORG", "I-ORG"],
    ],
  ])("%s", (_name, sentence, words, transitions, expected) => {
    const decisions = decodeViterbi(tokens(sentence), scorer(words, transitions));
    expect(decisions.map((d) => TAGS[d.tag])).toEqual(expected);
    for (const d of decisions) expect(d.margin).toBeGreaterThanOrEqual(0);
  });

  it("returns nothing for an empty sentence", () => {
    expect(decodeViterbi([], scorer({}))).toEqual([]);
  });

  it("reports the max-marginal margin of each decision", () => {
    const [d] = decodeViterbi(tokens("أ"), scorer({ أ: { "B-LOC": 3, "B-PERS": 1 } }));
    expect(d).toEqual({ tag: tag("B-LOC"), margin: 2 });
  });

  it.each([
    [-1, "tr=<s>"],
    [tag("B-PERS"), "tr=B-PERS"],
  ])("names the transition from tag %i as %s", (prev, name) => {
    expect(transitionFeature(TAGS, prev)).toBe(name);
  });
});

describe("second-order decoding", () => {
  const words = ["أ", "ب", "ج", "د"];
  const random = seededRandom(11);
  const features = [
    ...words.map((w) => "w=" + w),
    ...[-1, ...TAGS.keys()].map((p) => transitionFeature(TAGS, p)),
    ...[-1, ...TAGS.keys()].flatMap((pp) => [-1, ...TAGS.keys()].map((p) => transition2Feature(TAGS, pp, p))),
  ];
  const weights = new Weights(
    TAGS,
    new Map(features.map((f, i) => [f, i])),
    // Fractional weights: no two paths tie.
    Float32Array.from({ length: features.length * TAGS.length }, () => (random() - 0.5) * 8),
  );
  const score = (f: string, t: number) => weights.scoresOf([f])[t] ?? 0;
  /** Every valid path's score, by brute force. */
  function paths(len: number): { tags: number[]; score: number }[] {
    const out: { tags: number[]; score: number }[] = [];
    const walk = (tags: number[], total: number) => {
      const i = tags.length;
      if (i === len) return void out.push({ tags, score: total });
      const p = i > 0 ? (tags[i - 1] ?? 0) : -1;
      const pp = i > 1 ? (tags[i - 2] ?? 0) : -1;
      for (let t = 0; t < TAGS.length; t++) {
        if (!isAllowedAfter(p < 0 ? "O" : (TAGS[p] ?? "O"), TAGS[t] ?? "O")) continue;
        const s =
          score("w=" + words[i], t) +
          score(transitionFeature(TAGS, p), t) +
          score(transition2Feature(TAGS, pp, p), t);
        walk([...tags, t], total + s);
      }
    };
    walk([], 0);
    return out;
  }

  it.each([1, 2, 3, 4])("finds the best valid path of %i words and its max-marginal margins", (len) => {
    const all = paths(len);
    const best = all.reduce((a, b) => (b.score > a.score ? b : a));
    const decisions = decodeViterbi(tokens(words.slice(0, len).join(" ")), weights);
    expect(decisions.map((d) => d.tag)).toEqual(best.tags);
    decisions.forEach((d, i) => {
      const other = Math.max(...all.filter((p) => p.tags[i] !== d.tag).map((p) => p.score));
      expect(d.margin).toBeCloseTo(best.score - other, 6);
    });
  });

  it("names the tag pair before the current tag", () => {
    expect(transition2Feature(TAGS, -1, tag("B-ORG"))).toBe("tr2=<s>|B-ORG");
  });
});

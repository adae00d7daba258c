import { describe, expect, it } from "vitest";
import { analyzeSentence } from "../../../ingest/ner/features.js";
import { LexiconIndex } from "../../../ingest/ner/lookup.js";
import { TAGS } from "../../../ingest/ner/tags.js";
import { decodeViterbi, transitionFeature } from "../../../ingest/ner/viterbi.js";
import type { Scorer } from "../../../ingest/ner/weights.js";

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

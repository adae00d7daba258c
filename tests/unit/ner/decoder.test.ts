import { describe, expect, it } from "vitest";
import { decodeGreedy } from "../../../ingest/ner/decoder.js";
import { analyzeSentence } from "../../../ingest/ner/features.js";
import { LexiconIndex } from "../../../ingest/ner/lookup.js";
import { serializeModel, parseModel } from "../../../ingest/ner/model-file.js";
import { AveragedPerceptron } from "../../../ingest/ner/perceptron.js";
import { TAGS } from "../../../ingest/ner/tags.js";
import { Weights, type Scorer } from "../../../ingest/ner/weights.js";
import { InputError } from "../../../ingest/errors.js";

const empty = { triggers: {}, gazetteers: {}, triggersHash: "t", gazetteerHash: "g" };
const lexicon = new LexiconIndex(empty);
const tokens = (s: string) => analyzeSentence(s.split(" "), lexicon);

/** A scorer that always prefers one tag, then a second one: the worst case for BIO. */
function preferring(first: string, second: string): Scorer {
  return {
    tags: TAGS,
    addScores: (_f, scores) => {
      scores[TAGS.indexOf(first as never)] = 2;
      scores[TAGS.indexOf(second as never)] = 1;
    },
  };
}

describe("decodeGreedy", () => {
  it.each([
    ["I-LOC", "B-LOC", ["B-LOC", "I-LOC", "I-LOC"]],
    ["I-PERS", "O", ["O", "O", "O"]],
    ["I-ORG", "B-PERS", ["B-PERS", "B-PERS", "B-PERS"]],
  ])("never lets %s open a span (fallback %s)", (first, second, expected) => {
    const tags = decodeGreedy(tokens("وصل الوفد اليوم"), preferring(first, second)).map((d) => TAGS[d.tag]);
    expect(tags).toEqual(expected);
  });

  it("reports the margin over the best other allowed tag", () => {
    const [d] = decodeGreedy(tokens("بغداد"), preferring("I-LOC", "B-LOC"));
    expect(d).toEqual({ tag: TAGS.indexOf("B-LOC"), margin: 1 });
  });
});

describe("AveragedPerceptron", () => {
  it("learns a separable toy task and averages its weights", () => {
    const p = new AveragedPerceptron(TAGS);
    const loc = TAGS.indexOf("B-LOC");
    for (let i = 0; i < 5; i++) {
      p.update(loc, 0, ["c=بغداد", "b"]);
      p.update(0, 0, ["c=قال", "b"]);
    }
    const w = p.averaged();
    const scores = new Float64Array(TAGS.length);
    w.addScores(["c=بغداد", "b"], scores);
    expect(scores.indexOf(Math.max(...scores))).toBe(loc);
    expect(w.index.has("c=قال")).toBe(false);
  });
});

describe("model file", () => {
  const weights = new Weights(
    TAGS,
    new Map([
      ["c=بغداد", 0],
      ["b", 1],
    ]),
    Float32Array.from([...Array(18)].map((_, i) => (i - 9) / 3)),
  );
  const training = {
    corpus: "x",
    sentences: 1,
    tokens: 1,
    epochs: 1,
    seed: 1,
    devF1: 0.5,
    trainedAt: "2026-01-01",
  };

  const corpus = {
    words: new Map([
      ["بوش", ["PERS"]],
      ["جوردن", ["LOC", "PERS"]],
    ]),
    vocabulary: new Set(["بوش", "جوردن", "قال"]),
  };

  it("round-trips weights within 16-bit quantisation", () => {
    const back = parseModel(serializeModel(weights, empty, corpus, training), "m");
    expect([...back.weights.index.keys()]).toEqual(["c=بغداد", "b"]);
    back.weights.values.forEach((v, i) =>
      expect(v / back.weights.unit).toBeCloseTo(weights.values[i] ?? NaN, 3),
    );
    // Serialising a loaded model gives the same file.
    const again = serializeModel(back.weights, empty, corpus, training);
    expect(again.equals(serializeModel(weights, empty, corpus, training))).toBe(true);
    expect(back.training).toEqual(training);
    expect(back.lexicon).toEqual(empty);
    expect(back.corpus).toEqual(corpus);
  });

  const good = serializeModel(weights, empty, corpus, training);
  const withHeader = (header: string) => {
    const head = Buffer.from(header, "utf8");
    const out = Buffer.concat([good.subarray(0, 12), head]);
    out.writeUInt32LE(head.length, 8);
    return out;
  };
  it.each([
    ["a JSON model (v1)", Buffer.from('{"format":"rawabit-ner-perceptron"}'), /no RNER header/],
    [
      "another version",
      Buffer.concat([Buffer.from("RNER"), Buffer.from([1, 0, 0, 0, 0, 0, 0, 0])]),
      /version 1/,
    ],
    ["a header that is not JSON", withHeader("{"), /header is not valid JSON/],
    ["a header of the wrong shape", withHeader('{"format":"other"}'), /not a rawabit-ner-perceptron v2 file/],
    ["a cut file", good.subarray(0, good.length - 100), /cut short/],
  ])("rejects %s with a fix", (_name, bytes, message) => {
    expect(() => parseModel(bytes, "m")).toThrow(InputError);
    expect(() => parseModel(bytes, "m")).toThrow(message);
  });
});

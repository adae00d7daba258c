import { describe, expect, it } from "vitest";
import type { LabelledSentence } from "../../../ingest/ner/conll.js";
import { LexiconIndex } from "../../../ingest/ner/lookup.js";
import type { Tag } from "../../../ingest/ner/tags.js";
import { evaluateOn, trainTagger } from "../../../ingest/ner/train.js";

// A tiny news-style corpus written for this test (ANERcorp conventions: clitics attached).
const s = (text: string): LabelledSentence => {
  const pairs = text.split(" ").map((p) => p.split("/"));
  return { words: pairs.map(([w]) => w ?? ""), tags: pairs.map(([, t]) => (t ?? "O") as Tag) };
};
const corpus = [
  s("وقال/O الرئيس/O جورج/B-PERS بوش/I-PERS في/O واشنطن/B-LOC إن/O الحرب/O مستمرة/O"),
  s("والتقى/O الرئيس/O جاك/B-PERS شيراك/I-PERS في/O باريس/B-LOC وفدا/O من/O الأمم/B-ORG المتحدة/I-ORG"),
  s("وأعلنت/O وزارة/B-ORG الخارجية/I-ORG في/O بغداد/B-LOC أن/O الوزير/O سيزور/O دمشق/B-LOC"),
  s("ورحب/O الملك/O عبدالله/B-PERS بقرار/O الأمم/B-ORG المتحدة/I-ORG أمس/O"),
];
const lexicon = new LexiconIndex({
  triggers: { title: ["رئيس", "ملك"] },
  gazetteers: {},
  triggersHash: "",
  gazetteerHash: "",
});
const options = { epochs: 8, seed: 42, minAbs: 0 };

describe("trainTagger", () => {
  it("fits a small corpus", () => {
    const result = trainTagger(corpus, null, lexicon, options);
    expect(result.epoch).toBe(8);
    expect(evaluateOn(corpus, result.weights, lexicon).overall.f1).toBeGreaterThan(0.9);
    expect(result.corpus.words.get("بوش")).toEqual(["PERS"]);
  });

  it("is reproducible for a seed", () => {
    const a = trainTagger(corpus, null, lexicon, options).weights;
    const b = trainTagger(corpus, null, lexicon, options).weights;
    expect([...b.index.keys()]).toEqual([...a.index.keys()]);
    expect(Array.from(b.values)).toEqual(Array.from(a.values));
  });

  it("keeps the epoch with the best dev F1 and reports every epoch", () => {
    const seen: number[] = [];
    const result = trainTagger(corpus.slice(0, 3), corpus.slice(3), lexicon, {
      ...options,
      epochs: 4,
      onEpoch: (r) => seen.push(r.epoch),
    });
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(result.dev).not.toBeNull();
    expect(result.epoch).toBeGreaterThanOrEqual(1);
  });

  it("keeps the last epoch when asked, still scoring dev", () => {
    const result = trainTagger(corpus.slice(0, 3), corpus.slice(3), lexicon, {
      ...options,
      epochs: 3,
      keep: "last",
    });
    expect(result.epoch).toBe(3);
    expect(result.dev?.overall.gold).toBe(2);
  });

  it("scales updates by per-word weights: a corpus weighted 0 teaches nothing", () => {
    const silent = corpus.map((x) => ({ ...x, weights: x.words.map(() => 0) }));
    expect(trainTagger(silent, null, lexicon, options).weights.index.size).toBe(0);
    expect(trainTagger(corpus, null, lexicon, options).weights.index.size).toBeGreaterThan(0);
  });
});

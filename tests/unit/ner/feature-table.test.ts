import { describe, expect, it } from "vitest";
import { FeatureTable, PairTable, type CompiledTable } from "../../../ingest/ner/feature-table.js";
import {
  analyzeSentence,
  contextFeatures,
  ownFeatures,
  type SentenceTokens,
} from "../../../ingest/ner/features.js";
import { LexiconIndex } from "../../../ingest/ner/lookup.js";
import { DocumentMemory } from "../../../ingest/ner/memory.js";
import { parseModel, serializeModel } from "../../../ingest/ner/model-file.js";
import { InputError } from "../../../ingest/errors.js";
import { MODEL_FILE } from "../../../ingest/ner/loader.js";
import { TAGS } from "../../../ingest/ner/tags.js";
import { Weights } from "../../../ingest/ner/weights.js";
import { readFileSync } from "node:fs";

const lexicon = new LexiconIndex({
  triggers: { PERS_TITLE: ["رئيس", "وزير"] },
  gazetteers: { LOC: ["بغداد", "الشرق الاوسط"], ORG: ["الامم المتحده"] },
  triggersHash: "t",
  gazetteerHash: "g",
});

/** Scores of every token the slow way (strings) and through the table; they must be equal. */
function bothWays(
  weights: Weights,
  tokens: SentenceTokens,
  compiled?: CompiledTable,
): [number[][], number[][]] {
  const table = new FeatureTable(weights, compiled);
  const rows = tokens.map((t) => table.wordRows(t));
  const slow: number[][] = [];
  const fast: number[][] = [];
  tokens.forEach((_, i) => {
    const a = new Float64Array(TAGS.length);
    weights.addScores(contextFeatures(tokens, i), a);
    const b = new Float64Array(TAGS.length);
    table.addContextScores(tokens, i, b, rows);
    slow.push([...a]);
    fast.push([...b]);
  });
  return [slow, fast];
}

/** Weights with one row per feature string, row r scoring r+1 on tag r mod |tags|. */
function weightsOf(features: readonly string[]): Weights {
  const values = new Float32Array(features.length * TAGS.length);
  features.forEach((_, r) => (values[r * TAGS.length + (r % TAGS.length)] = r + 1));
  return new Weights(TAGS, new Map(features.map((f, r) => [f, r])), values);
}

// Sentences written for these tests.
const sentences = [
  "قال رئيس الوزراء إن الامم المتحدة ستجتمع في بغداد",
  "وصل وزير الخارجية إلى الشرق الاوسط أمس",
  "a|b c=d | = || x",
];

describe("FeatureTable", () => {
  it.each(sentences)("adds what the feature strings add: %s", (sentence) => {
    const tokens = analyzeSentence(sentence.split(" "), lexicon);
    // Every context feature of the sentence is in the model, plus odd ones with "|" and "=".
    const features = tokens.flatMap((_, i) => contextFeatures(tokens, i));
    features.push("c-1c=a|b|c", "cc+1=|", "c-1==", "nw-1|-");
    const [slow, fast] = bothWays(weightsOf([...new Set(features)]), tokens);
    expect(slow.flat().some((v) => v !== 0)).toBe(true);
    expect(fast).toEqual(slow);
  });

  it("finds a two-word feature whose words hold '|' under the right split only", () => {
    const tokens = analyzeSentence(["a|b", "c"], lexicon);
    const weights = weightsOf(["cc+1=a|b|c", "cc+1=a|b|d"]);
    const [slow, fast] = bothWays(weights, tokens);
    expect(slow[0]?.some((v) => v !== 0)).toBe(true);
    expect(fast).toEqual(slow);
  });

  it("gives the shipped model's sums, with document memory", () => {
    const model = parseModel(readFileSync(MODEL_FILE), MODEL_FILE);
    const memory = new DocumentMemory();
    for (const s of sentences.slice(0, 2)) {
      const tokens = analyzeSentence(s.split(" "), lexicon, memory);
      const [slow, fast] = bothWays(model.weights, tokens);
      expect(fast).toEqual(slow);
      memory.record(
        tokens.map((t) => t.core),
        tokens.map(() => "B-PERS"),
      );
    }
  });

  it("gives the same sums from word rows the caller keeps, and on a second pass through its memo", () => {
    const memory = new DocumentMemory();
    memory.record(["رئيس", "بغداد"], ["B-PERS", "B-LOC"]);
    const tokens = analyzeSentence(sentences[0]?.split(" ") ?? [], lexicon, memory);
    const features = tokens.flatMap((_, i) => contextFeatures(tokens, i));
    // Only some of the memory and repetition names are in the model: absent ones must stay absent.
    const weights = weightsOf([...new Set(features)].filter((_, k) => k % 3 !== 0));
    const table = new FeatureTable(weights);
    const rows = tokens.map((t) => table.wordRows(t));
    for (let pass = 0; pass < 2; pass++) {
      tokens.forEach((_, i) => {
        const slow = new Float64Array(TAGS.length);
        weights.addScores(contextFeatures(tokens, i), slow);
        const kept = new Float64Array(TAGS.length);
        table.addContextScores(tokens, i, kept, rows);
        expect([...kept]).toEqual([...slow]);
      });
    }
    expect(features.some((f) => f.startsWith("ph="))).toBe(true);
  });

  it("gives a released word's record to a new word only after flushReleased(), wiped clean", () => {
    const model = parseModel(readFileSync(MODEL_FILE), MODEL_FILE);
    const first = analyzeSentence((sentences[0] ?? "").split(" "), lexicon);
    const second = analyzeSentence((sentences[1] ?? "").split(" "), lexicon);
    const table = new FeatureTable(model.weights);
    const old = first.map((t) => table.wordRows(t));
    old.forEach((w) => table.release(w));
    // Not yet reusable: a sentence may still read the records its cache dropped meanwhile.
    const kept = second.map((t) => table.wordRows(t));
    expect(kept.some((w) => old.includes(w))).toBe(false);
    table.flushReleased();
    const reused = second.map((t) => table.wordRows(t));
    expect(reused.some((w) => old.includes(w))).toBe(true);
    second.forEach((t, i) => {
      const fresh = new Float64Array(TAGS.length);
      table.own(kept[i] ?? 0, fresh);
      const again = new Float64Array(TAGS.length);
      table.own(reused[i] ?? 0, again);
      expect([...again]).toEqual([...table.ownScores(t)]);
      expect([...again]).toEqual([...fresh]);
      const a = new Float64Array(TAGS.length);
      table.addContextScores(second, i, a, kept);
      const b = new Float64Array(TAGS.length);
      table.addContextScores(second, i, b, reused);
      expect([...b]).toEqual([...a]);
    });
  });
});

describe("the model file's compiled table", () => {
  const snapshot = { triggers: {}, gazetteers: {}, triggersHash: "t", gazetteerHash: "g" };
  const corpus = { words: new Map<string, string[]>(), vocabulary: new Set<string>() };
  const training = { corpus: "c", sentences: 1, tokens: 1, epochs: 1, seed: 1, devF1: null, trainedAt: "d" };
  const tokens = analyzeSentence(sentences[0]?.split(" ") ?? [], lexicon);
  const features = [...new Set(tokens.flatMap((_, i) => contextFeatures(tokens, i)))];
  features.push("c-1c=a|b|c", "w=x");
  // Integer weights, as a loaded model's are, so that quantisation keeps every sum exact.
  const text = serializeModel(weightsOf(features), snapshot, corpus, training);

  it("is stored by the trainer and gives the sums of the feature strings", () => {
    const model = parseModel(text, "m");
    expect(model.table?.vocabulary.length).toBeGreaterThan(0);
    const [slow, fast] = bothWays(model.weights, tokens, model.table ?? undefined);
    expect(slow.flat().some((v) => v !== 0)).toBe(true);
    expect(fast).toEqual(slow);
  });

  /** The file with its header changed by `edit`, the sections after it moved along. */
  function rewrite(edit: (header: Record<string, unknown>) => void): Buffer {
    const end = 12 + text.readUInt32LE(8);
    const header = JSON.parse(text.toString("utf8", 12, end)) as Record<string, unknown>;
    edit(header);
    const head = Buffer.from(JSON.stringify(header), "utf8");
    const start = (n: number) => Math.ceil(n / 8) * 8;
    const out = Buffer.alloc(start(12 + head.length) + text.length - start(end));
    text.copy(out, 0, 0, 12);
    out.writeUInt32LE(head.length, 8);
    head.copy(out, 12);
    text.copy(out, start(12 + head.length), start(end));
    return out;
  }

  it("gives a word's own-feature sums from the packed names, as from ownFeatures()' strings", () => {
    // Words of every length (prefix and suffix slices longer than the word), a repeated letter
    // trigram, listed name words, trigger words and corpus kinds.
    const words = ["و", "في", "رئيس", "بابابا", "الوزراء", "ومحمد", "بغداد", "x", ""];
    const own = analyzeSentence(words, lexicon, undefined, undefined).map((t, k) =>
      k === 5 ? { ...t, names: ["nw", "nw=g"], dictionary: ["PERS"] } : t,
    );
    const all = [...new Set(own.flatMap((t) => ownFeatures(t)))];
    expect(all).toContain("g3=ابا");
    // Every other own feature in the model, so that absent ones are tested too.
    const file = serializeModel(weightsOf(all.filter((_, k) => k % 2 === 0)), snapshot, corpus, training);
    const model = parseModel(file, "m");
    const table = new FeatureTable(model.weights, model.table ?? undefined);
    for (const t of own) {
      expect([...table.ownScores(t)]).toEqual([...model.weights.scoresOf(ownFeatures(t))]);
    }
    expect(own.some((t) => model.weights.scoresOf(ownFeatures(t)).some((v) => v !== 0))).toBe(true);
  });

  it("is set aside when it was compiled for other word templates", () => {
    expect(
      parseModel(
        rewrite(() => {}),
        "m",
      ).table,
    ).not.toBeNull();
    expect(
      parseModel(
        rewrite((h) => (h.templates = "c-1=1")),
        "m",
      ).table,
    ).toBeNull();
  });

  it("is refused when a number is out of range", () => {
    const damaged = Buffer.from(text);
    // The first (template, a, b, row) of the pairs section, its row pointing past the features.
    const model = parseModel(text, "m");
    const pairs = model.table?.pairs ?? new Int32Array(0);
    expect(pairs.length).toBeGreaterThan(0);
    damaged.writeInt32LE(1e6, pairs.byteOffset - text.byteOffset + 12);
    expect(() => parseModel(damaged, "m")).toThrow(InputError);
  });

  it("is refused when its feature names do not fit their index", () => {
    const damaged = Buffer.from(text);
    const names = parseModel(text, "m").weights.index;
    expect(names.size).toBeGreaterThan(0);
    // The first name's closing newline, the first byte of the names section, is at the header's end.
    const at =
      Math.ceil((12 + text.readUInt32LE(8)) / 8) * 8 + Buffer.byteLength(names.keys().next().value ?? "");
    expect(damaged[at]).toBe(10);
    damaged[at] = 32;
    expect(() => parseModel(damaged, "m")).toThrow(/feature names are damaged/);
  });
});

describe("PairTable", () => {
  it("returns each entry's row and -1 for any other key", () => {
    const entries = Array.from({ length: 500 }, (_, k) => [k % 7, k, (k * 31) % 97, k + 10] as const);
    const table = new PairTable(Int32Array.from(entries.flat()));
    for (const [j, a, b, row] of entries) expect(table.get(j, a, b)).toBe(row);
    expect(table.get(0, 1, 31)).toBe(-1);
    expect(table.get(1, 0, 0)).toBe(-1);
    expect(new PairTable(new Int32Array(0)).get(0, 0, 0)).toBe(-1);
  });
});

import { describe, expect, it } from "vitest";
import { averageWeights, Weights } from "../../../ingest/ner/weights.js";

const tags = ["O", "B-PERS"];
const model = (rows: Record<string, [number, number]>) =>
  new Weights(
    tags,
    new Map(Object.keys(rows).map((f, i) => [f, i])),
    Float32Array.from(Object.values(rows).flat()),
  );

describe("averageWeights", () => {
  it("averages each feature over the models, a missing feature counting as zero", () => {
    const mean = averageWeights([model({ a: [2, -2], b: [4, 0] }), model({ a: [0, 2], c: [0, 6] })], 0);
    expect([...mean.scoresOf(["a"])]).toEqual([1, 0]);
    expect([...mean.scoresOf(["b"])]).toEqual([2, 0]);
    expect([...mean.scoresOf(["c"])]).toEqual([0, 3]);
  });

  it("drops rows whose mean weights are all small", () => {
    const mean = averageWeights([model({ a: [1, 0], b: [3, 0] }), model({ a: [-1, 0.1], b: [3, 0] })], 0.1);
    expect([...mean.index.keys()]).toEqual(["b"]);
  });
});

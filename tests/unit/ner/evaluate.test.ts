import { describe, expect, it } from "vitest";
import { evaluate, formatEvaluation, spansOf } from "../../../ingest/ner/evaluate.js";

describe("spansOf (conlleval semantics)", () => {
  it.each([
    [
      ["B-PERS", "I-PERS", "O", "B-LOC"],
      ["PERS:0-2", "LOC:3-4"],
    ],
    [["O", "I-ORG", "I-ORG"], ["ORG:1-3"]],
    [
      ["B-PERS", "B-PERS"],
      ["PERS:0-1", "PERS:1-2"],
    ],
    [
      ["B-PERS", "I-LOC"],
      ["PERS:0-1", "LOC:1-2"],
    ],
    [["O", "O"], []],
    [["B-MISC", "I-MISC"], ["MISC:0-2"]],
  ])("%j → %j", (tags, expected) => {
    expect(spansOf(tags).map((s) => `${s.kind}:${s.start}-${s.end}`)).toEqual(expected);
  });
});

describe("evaluate (exact-span micro F1)", () => {
  it("counts only spans whose type and both ends agree", () => {
    // الرئيس جورج بوش يزور بغداد ومنظمة الأمم المتحدة
    const gold = [["O", "B-PERS", "I-PERS", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG"]];
    const pred = [["O", "B-PERS", "O", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG"]];
    const e = evaluate(gold, pred);
    expect(e.overall).toMatchObject({ gold: 3, predicted: 3, correct: 2 });
    expect(e.overall.f1).toBeCloseTo(2 / 3, 10);
    expect(e.byType.PERS).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(e.byType.LOC?.f1).toBe(1);
    expect(e.byType.MISC).toMatchObject({ gold: 0, predicted: 0, f1: 0 });
  });

  it("computes precision and recall separately", () => {
    const gold = [["B-LOC", "O", "B-LOC"], ["B-ORG"]];
    const pred = [["B-LOC", "B-PERS", "O"], ["B-ORG"]];
    const e = evaluate(gold, pred);
    expect(e.overall.precision).toBeCloseTo(2 / 3, 10);
    expect(e.overall.recall).toBeCloseTo(2 / 3, 10);
    expect(e.byType.LOC).toMatchObject({ precision: 1, recall: 0.5 });
    expect(e.byType.PERS).toMatchObject({ precision: 0, predicted: 1 });
  });

  it("rejects sentences of different lengths", () => {
    expect(() => evaluate([["O"]], [["O", "O"]])).toThrow(/sentence 0/);
    expect(() => evaluate([["O"]], [])).toThrow(/1 gold and 0 predicted/);
  });

  it("formats one line per type and an overall line", () => {
    const text = formatEvaluation(evaluate([["B-PERS"]], [["B-PERS"]]));
    expect(text.split("\n")).toHaveLength(5);
    expect(text).toMatch(/overall\s+P 1\.0000\s+R 1\.0000\s+F1 1\.0000/);
  });
});

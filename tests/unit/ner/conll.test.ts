import { describe, expect, it } from "vitest";
import { formatConllOutput, parseConllInput, parseLabelled, sentencesOf } from "../../../ingest/ner/conll.js";
import { InputError } from "../../../ingest/errors.js";

const tagAll = (sentences: string[][]) => sentences.map((s) => s.map(() => "O"));

describe("kg ner --conll input and output", () => {
  it.each([
    [
      "plain",
      "قال\nماكرون\n\nفي\nباريس\n",
      [
        ["قال", "ماكرون"],
        ["في", "باريس"],
      ],
      "قال O\nماكرون O\n\nفي O\nباريس O\n",
    ],
    ["CRLF", "قال\r\nماكرون\r\n\r\nفي\r\n", [["قال", "ماكرون"], ["في"]], "قال O\nماكرون O\n\nفي O\n"],
    ["no final newline", "قال\nماكرون", [["قال", "ماكرون"]], "قال O\nماكرون O\n"],
    ["multiple and trailing blanks", "\nقال\n\n\n\nفي\n\n\n", [["قال"], ["في"]], "\nقال O\n\n\n\nفي O\n\n\n"],
    ["gold columns", "بغداد B-LOC\nتعلن\tO\n", [["بغداد", "تعلن"]], "بغداد O\nتعلن O\n"],
    ["whitespace-only line is a break", "أ\n  \t\nب\n", [["أ"], ["ب"]], "أ O\n\nب O\n"],
    ["leading spaces", "  واشنطن  \n", [["واشنطن"]], "واشنطن O\n"],
    ["empty", "", [], ""],
    ["byte-order mark", "\uFEFFقال\n", [["قال"]], "قال O\n"],
  ])("%s", (_name, input, sentences, output) => {
    const lines = parseConllInput(input);
    expect(sentencesOf(lines)).toEqual(sentences);
    expect(formatConllOutput(lines, tagAll(sentencesOf(lines)))).toBe(output);
  });

  it("writes each sentence's tags beside its words", () => {
    const lines = parseConllInput("زار\nبايدن\nبغداد\n\nأمس\n");
    const out = formatConllOutput(lines, [["O", "B-PERS", "B-LOC"], ["O"]]);
    expect(out).toBe("زار O\nبايدن B-PERS\nبغداد B-LOC\n\nأمس O\n");
  });
});

describe("parseLabelled (ANERcorp)", () => {
  it("reads sentences of word/tag pairs", () => {
    // First lines of ANERcorp train.conll.
    const text = "عقد O\nاتحاد B-ORG\nصناعات I-ORG\n\nفي O\nألمانيا B-LOC\n";
    expect(parseLabelled(text, "x")).toEqual([
      { words: ["عقد", "اتحاد", "صناعات"], tags: ["O", "B-ORG", "I-ORG"] },
      { words: ["في", "ألمانيا"], tags: ["O", "B-LOC"] },
    ]);
  });

  it.each([
    ["missing tag", "عقد\n", /x:1/],
    ["unknown tag", "عقد O\nبغداد B-CITY\n", /x:2: expected "word TAG"/],
  ])("rejects %s with the line number", (_name, text, message) => {
    expect(() => parseLabelled(text, "x")).toThrow(InputError);
    expect(() => parseLabelled(text, "x")).toThrow(message);
  });
});

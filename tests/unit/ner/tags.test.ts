import { describe, expect, it } from "vitest";
import { isAllowedAfter, kindOf, repairBio, TAGS } from "../../../ingest/ner/tags.js";

describe("BIO tags", () => {
  it("has O plus B-/I- for the four ANERcorp types", () => {
    expect(TAGS).toEqual(["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]);
  });

  it.each([
    ["O", "I-PERS", false],
    ["B-LOC", "I-PERS", false],
    ["B-PERS", "I-PERS", true],
    ["I-PERS", "I-PERS", true],
    ["I-ORG", "B-ORG", true],
    ["O", "B-MISC", true],
    ["I-LOC", "O", true],
  ])("after %s, %s allowed: %s", (prev, tag, allowed) => {
    expect(isAllowedAfter(prev, tag)).toBe(allowed);
  });

  it.each([
    [
      ["O", "I-PERS", "I-PERS"],
      ["O", "B-PERS", "I-PERS"],
    ],
    [["I-LOC"], ["B-LOC"]],
    [
      ["B-PERS", "I-LOC", "I-LOC"],
      ["B-PERS", "B-LOC", "I-LOC"],
    ],
    [
      ["B-ORG", "I-ORG", "O", "I-ORG"],
      ["B-ORG", "I-ORG", "O", "B-ORG"],
    ],
    [
      ["B-PERS", "B-PERS", "I-PERS"],
      ["B-PERS", "B-PERS", "I-PERS"],
    ],
    [[], []],
  ])("repairBio(%j) = %j", (input, expected) => {
    expect(repairBio(input)).toEqual(expected);
  });

  it.each([
    ["B-PERS", "PERS"],
    ["I-MISC", "MISC"],
    ["O", null],
  ])("kindOf(%s) = %s", (tag, kind) => {
    expect(kindOf(tag)).toBe(kind);
  });
});

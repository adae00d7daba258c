import { describe, expect, it } from "vitest";
import { articleRuns } from "../../../graph-ui/src/reader/text.js";

// Sentences written for this test.
const text = "زار الرئيس بغداد ثم عاد إلى القاهرة.";
const span = (word: string, entityId: string) => {
  const start = text.indexOf(word);
  return { entityId, type: "City", start, end: start + word.length };
};

describe("article reader runs", () => {
  it("cuts the text into plain and mention runs that join back to the text", () => {
    const runs = articleRuns(text, [span("القاهرة", "city:cairo"), span("بغداد", "city:baghdad")]);
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs.filter((r) => r.entityId).map((r) => [r.text, r.entityId])).toEqual([
      ["بغداد", "city:baghdad"],
      ["القاهرة", "city:cairo"],
    ]);
  });

  it.each([
    ["overlapping spans: the earlier wins", [span("الرئيس بغداد", "a"), span("بغداد", "b")], ["a"]],
    [
      "spans past the end are clamped",
      [{ entityId: "x", type: "T", start: text.length - 2, end: 999 }],
      ["x"],
    ],
    ["empty and inverted spans are dropped", [{ entityId: "x", type: "T", start: 5, end: 3 }], []],
  ])("%s", (_name, mentions, ids) => {
    const runs = articleRuns(text, mentions);
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs.filter((r) => r.entityId).map((r) => r.entityId)).toEqual(ids);
  });
});

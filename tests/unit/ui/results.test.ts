import { describe, expect, it } from "vitest";
import { cellText, resultsCsv, rowsLabel } from "../../../graph-ui/src/console/results.js";

// Values shaped as POST /api/cypher returns them (ingest/server/readonly.ts).
const sentence = { elementId: "4:x:9", labels: ["Sentence"], properties: { text: "استقبل الرئيس ضيفه." } };

describe("Cypher result cells", () => {
  it.each([
    [null, ""],
    ["بايدن", "بايدن"],
    [42, "42"],
    [{ elementId: "4:x:1", labels: ["Person"], properties: { name: "جو بايدن" } }, "جو بايدن"],
    [{ elementId: "4:x:2", labels: ["Article"], properties: { title: "عنوان" } }, "عنوان"],
    [sentence, ":Sentence استقبل الرئيس ضيفه."],
    [{ elementId: "4:x:3", labels: ["Thing"], properties: {} }, ":Thing"],
    [
      {
        elementId: "5:x:2",
        type: "LEADS",
        startNodeElementId: "a",
        endNodeElementId: "b",
        properties: { role: "President" },
      },
      ":LEADS (President)",
    ],
    [
      { elementId: "5:x:3", type: "MET", startNodeElementId: "a", endNodeElementId: "b", properties: {} },
      ":MET",
    ],
    [["a", 1], "a, 1"],
    [{ count: 3 }, '{"count":3}'],
  ])("%j → %s", (value, text) => {
    expect(cellText(value)).toBe(text);
  });

  it("shortens long JSON", () => {
    expect(cellText({ big: "x".repeat(500) }).endsWith("…")).toBe(true);
  });
});

describe("result summary", () => {
  it.each([
    ["en", 5000, "500 of 5,000 rows shown"],
    ["en", 42, "42 rows"],
    ["en", 500, "500 rows"],
    ["ar", 5000, "الصفوف المعروضة: 500 من 5,000"],
    ["ar", 3, "عدد الصفوف: 3"],
  ] as const)("%s, %i rows → %s", (lang, total, text) => {
    expect(rowsLabel(lang, total)).toBe(text);
  });
});

describe("result CSV", () => {
  it("has every row, numbers as numbers, nodes by name, text guarded", () => {
    const csv = resultsCsv({
      columns: ["n", "x", "note"],
      rows: [
        {
          n: { elementId: "4:x:1", labels: ["Person"], properties: { name: "جو بايدن" } },
          x: -1.5,
          note: "=1+1",
        },
        { n: null, x: 2, note: 'a "b", c' },
      ],
    });
    expect(csv).toBe('\ufeffn,x,note\r\nجو بايدن,-1.5,\'=1+1\r\n,2,"a ""b"", c"\r\n');
  });
});

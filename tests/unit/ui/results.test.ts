import { describe, expect, it } from "vitest";
import { cellText } from "../../../graph-ui/src/console/results.js";

describe("Cypher result cells", () => {
  it.each([
    [null, ""],
    ["بايدن", "بايدن"],
    [42, "42"],
    [{ elementId: "4:x:1", labels: ["Person"], properties: { name: "جو بايدن" } }, "جو بايدن"],
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

import { describe, expect, it } from "vitest";
import { createGraph, mergePayload } from "../../../graph-ui/src/graph/build.js";
import { formatCount, isolate } from "../../../graph-ui/src/i18n/format.js";
import { countDrawn, countsLabel } from "../../../graph-ui/src/panels/counts.js";
import { SEED_PAYLOAD } from "./fixtures.js";

const graph = () => {
  const g = createGraph();
  mergePayload(g, SEED_PAYLOAD, "ar");
  return g;
};

describe("node/edge counter", () => {
  it("counts what the renderer draws; an edge needs both ends", () => {
    const g = graph();
    const all = countDrawn(
      g,
      () => false,
      () => false,
    );
    expect(all).toEqual({ nodes: g.order, edges: g.size, totalNodes: g.order, totalEdges: g.size });
    const hide = g.nodes()[0] ?? "";
    const some = countDrawn(
      g,
      (id) => id === hide,
      () => false,
    );
    expect(some.nodes).toBe(g.order - 1);
    expect(some.edges).toBe(g.size - g.degree(hide));
    const noEdges = countDrawn(
      g,
      () => false,
      () => true,
    );
    expect(noEdges.edges).toBe(0);
  });

  it.each([
    ["en", { nodes: 40, edges: 55, totalNodes: 40, totalEdges: 55 }, "40 nodes · 55 edges"],
    [
      "en",
      { nodes: 12, edges: 9, totalNodes: 1200, totalEdges: 55 },
      "12 of 1,200 nodes · 9 of 55 edges shown",
    ],
    [
      "ar",
      { nodes: 12, edges: 9, totalNodes: 40, totalEdges: 55 },
      "العقد المعروضة: 12 من 40 · الروابط المعروضة: 9 من 55",
    ],
  ] as const)("%s %j → %s", (lang, c, text) => {
    expect(countsLabel(lang, c)).toBe(text);
  });
});

describe("number formatting", () => {
  it.each([
    ["en", 5000, "5,000"],
    ["ar", 5000, "5,000"],
    ["ar", 447, "447"],
  ] as const)("%s %i → %s", (lang, n, text) => {
    expect(formatCount(lang, n)).toBe(text);
  });

  it("isolates names of either direction", () => {
    expect(isolate("Biden")).toBe("\u2068Biden\u2069");
  });
});

import { describe, expect, it } from "vitest";
import { createGraph, mergePayload } from "../../../graph-ui/src/graph/build.js";
import {
  DEFAULT_FILTERS,
  egoNetwork,
  edgePasses,
  visibleNodes,
} from "../../../graph-ui/src/graph/filters.js";
import { applyCommunities, applySizes, scaleSizes } from "../../../graph-ui/src/graph/metrics.js";
import { SEED_PAYLOAD } from "./fixtures.js";

const graph = () => {
  const g = createGraph();
  mergePayload(g, SEED_PAYLOAD, "ar");
  return g;
};

describe("filters", () => {
  it.each([
    [DEFAULT_FILTERS, 5],
    [{ ...DEFAULT_FILTERS, hiddenTypes: ["Country"] }, 3],
    [{ ...DEFAULT_FILTERS, hiddenTypes: ["Country", "Person"] }, 1],
    [{ ...DEFAULT_FILTERS, minDegree: 2 }, 4],
    [{ ...DEFAULT_FILTERS, minDegree: 3 }, 0],
  ])("%j shows %i nodes", (filters, count) => {
    expect(visibleNodes(graph(), filters).size).toBe(count);
  });

  it("hides edges of hidden relation types", () => {
    const g = graph();
    const met = g.getEdgeAttributes("person:biden|MET|person:kadhimi");
    expect(edgePasses(met, DEFAULT_FILTERS)).toBe(true);
    expect(edgePasses(met, { ...DEFAULT_FILTERS, hiddenRelations: ["MET"] })).toBe(false);
  });

  it.each([
    [1, ["country:us", "person:biden", "person:kadhimi"]],
    [2, ["country:iraq", "country:us", "person:biden", "person:kadhimi"]],
  ])("ego network of Biden at depth %i", (depth, ids) => {
    expect([...egoNetwork(graph(), "person:biden", depth)].sort()).toEqual(ids);
  });

  it("ego network of an unknown node is empty", () => {
    expect(egoNetwork(graph(), "nope", 2).size).toBe(0);
  });
});

describe("metrics", () => {
  it("scales sizes into a bounded range with the hub largest", () => {
    const s = scaleSizes({ a: 0, b: 4, c: 16 });
    expect(s.c).toBeGreaterThan(s.b ?? 0);
    expect(s.a).toBe(5);
    expect(s.c).toBe(20);
  });

  // PageRank follows direction: Iraq is pointed at by two relations, Biden by none.
  it.each([
    ["degree", "person:biden"],
    ["pagerank", "country:iraq"],
  ] as const)("sizes by %s make %s bigger than an isolated node", (by, hub) => {
    const g = graph();
    applySizes(g, by);
    expect(g.getNodeAttribute(hub, "size")).toBeGreaterThan(g.getNodeAttribute("org:isis", "size"));
  });

  it("assigns a community to every node", () => {
    const g = graph();
    expect(applyCommunities(g)).toBeGreaterThan(0);
    g.forEachNode((_id, a) => expect(typeof a.community).toBe("number"));
  });
});

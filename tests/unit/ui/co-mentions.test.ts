import { describe, expect, it } from "vitest";
import type { GraphPayload } from "../../../ingest/model.js";
import { createGraph, mergePayload } from "../../../graph-ui/src/graph/build.js";
import {
  coMentionAttributes,
  countCoMentions,
  mergeCoMentions,
  removeCoMentions,
  typedDegree,
  typedWeight,
} from "../../../graph-ui/src/graph/co-mentions.js";
import {
  countByAttribute,
  DEFAULT_FILTERS,
  egoNetwork,
  visibleNodes,
} from "../../../graph-ui/src/graph/filters.js";
import { applySizes, computeScores } from "../../../graph-ui/src/graph/metrics.js";
import { INITIAL_STATE, reduce } from "../../../graph-ui/src/state/reducer.js";
import { SEED_PAYLOAD } from "./fixtures.js";

const edge = (
  source: string,
  target: string,
  sentences: number,
  articles: number,
  type = "CO_MENTIONED",
) => ({
  id: `${source}|${type}|${target}`,
  type,
  source,
  target,
  properties: { count: sentences, sentences, articles },
});

/** Shaped like GET /api/co-mentions?nodes=false: ISIS is named with Biden and Iraq, never related. */
const LAYER: GraphPayload = {
  nodes: [],
  edges: [
    edge("org:isis", "person:biden", 3, 2),
    edge("country:iraq", "org:isis", 1, 1),
    edge("org:nowhere", "person:biden", 5, 5),
    edge("person:biden", "person:kadhimi", 9, 9, "MET"),
  ],
};

const seeded = () => {
  const g = createGraph();
  mergePayload(g, SEED_PAYLOAD, "ar");
  return g;
};

describe("the co-mention layer in the canonical graph", () => {
  it("adds only co-mention edges between drawn entities, dashed and weighted by sentences", () => {
    const g = seeded();
    expect(mergeCoMentions(g, LAYER)).toBe(2);
    expect(g.getEdgeAttributes("org:isis|CO_MENTIONED|person:biden")).toMatchObject({
      relType: "CO_MENTIONED",
      type: "dashed",
      label: "×3",
      count: 3,
      articles: 2,
    });
    expect(g.hasNode("org:nowhere")).toBe(false);
    expect(g.getEdgeAttribute("person:biden|MET|person:kadhimi", "count")).toBe(2);
  });

  it("is idempotent and removable, leaving the typed graph as it was", () => {
    const g = seeded();
    mergeCoMentions(g, LAYER);
    mergeCoMentions(g, LAYER);
    expect([countCoMentions(g), g.size]).toEqual([2, 6]);
    removeCoMentions(g);
    expect([countCoMentions(g), g.size]).toEqual([0, 4]);
  });

  it.each([
    [1, 0.5],
    [2, 1.5],
    [1000, 3],
  ])("%i shared sentences draw %f px", (sentences, size) => {
    expect(coMentionAttributes(edge("a", "b", sentences, 1)).size).toBeCloseTo(size);
  });

  it("changes no degree, size, filter, ego network or legend count", () => {
    const plain = seeded();
    const layered = seeded();
    mergeCoMentions(layered, LAYER);
    applySizes(plain, "degree");
    applySizes(layered, "degree");
    expect(typedDegree(layered, "org:isis")).toBe(0);
    expect(layered.getNodeAttribute("org:isis", "size")).toBe(plain.getNodeAttribute("org:isis", "size"));
    expect(computeScores(layered, "pagerank")).toEqual(computeScores(plain, "pagerank"));
    const f = { ...DEFAULT_FILTERS, minDegree: 1 };
    expect(visibleNodes(layered, f)).toEqual(visibleNodes(plain, f));
    expect(egoNetwork(layered, "person:biden", 1)).toEqual(egoNetwork(plain, "person:biden", 1));
    expect(countByAttribute(layered, "relType")).toEqual(countByAttribute(plain, "relType"));
  });

  it.each([
    ["CO_MENTIONED", 0],
    ["MET", 1],
  ])("weighs %s edges %i for layout and metrics", (relType, weight) => {
    expect(typedWeight("e", { relType })).toBe(weight);
  });

  it("is off by default and switched by one action", () => {
    expect(INITIAL_STATE.coMentions).toBe(false);
    const on = reduce(INITIAL_STATE, { type: "setCoMentions", on: true });
    expect(on.coMentions).toBe(true);
    expect(reduce(on, { type: "setCoMentions", on: true })).toBe(on);
  });
});

import { describe, expect, it } from "vitest";
import { createGraph, mergePayload } from "../../../graph-ui/src/graph/build.js";
import {
  applyPositions,
  parsePositions,
  positionsKey,
  snapshot,
} from "../../../graph-ui/src/layout/positions.js";
import { SEED_PAYLOAD } from "./fixtures.js";

describe("stored layout positions", () => {
  it.each([
    [null, {}],
    ["not json", {}],
    ["[1,2]", {}],
    ['{"a":[1,2],"b":[1],"c":["x",2],"d":[1,null]}', { a: [1, 2] }],
  ])("parses %j defensively", (raw, out) => {
    expect(parsePositions(raw)).toEqual(out);
  });

  it("round-trips through a snapshot and only moves known nodes", () => {
    const g = createGraph();
    mergePayload(g, SEED_PAYLOAD, "ar");
    g.setNodeAttribute("person:biden", "x", 12.345);
    const saved = JSON.stringify(snapshot(g));
    const h = createGraph();
    mergePayload(h, SEED_PAYLOAD, "ar");
    h.addNode("new", { ...h.getNodeAttributes("org:isis"), x: 99, y: 99 });
    expect(applyPositions(h, parsePositions(saved))).toBe(5);
    expect(h.getNodeAttribute("person:biden", "x")).toBe(12.35);
    expect(h.getNodeAttribute("new", "x")).toBe(99);
  });

  it("keys positions per article scope", () => {
    expect(positionsKey(null)).not.toBe(positionsKey("a:1"));
  });
});

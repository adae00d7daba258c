import { describe, expect, it } from "vitest";
import type { GraphPayload } from "../../../ingest/model.js";
import { createGraph, mergePayload } from "../../../graph-ui/src/graph/build.js";
import {
  brushKey,
  buildIndex,
  dayBefore,
  fadeColor,
  hasDayIn,
  windowView,
} from "../../../graph-ui/src/timeline/index.js";

// Three entities and two relations: A–B said in January and June, B–C in March only.
const node = (id: string) => ({
  id,
  labels: ["Entity", "Person"],
  type: "Person",
  name: id,
  nameEn: id,
  properties: {},
});
const PAYLOAD: GraphPayload = {
  nodes: [node("a"), node("b"), node("c")],
  edges: [
    { id: "a|MET|b", type: "MET", source: "a", target: "b", properties: { articleIds: ["jan", "jun"] } },
    { id: "b|MET|c", type: "MET", source: "b", target: "c", properties: { articleIds: ["mar", "undated"] } },
  ],
};
const DATES = new Map([
  ["jan", "2021-01-10"],
  ["mar", "2021-03-15T06:00:00Z"],
  ["jun", "2021-06-20"],
]);

function index() {
  const g = createGraph();
  mergePayload(g, PAYLOAD, "ar");
  return buildIndex(g, DATES);
}

describe("timeline index", () => {
  it("dates every edge by its articles and every node by its edges (undated articles have no day)", () => {
    const i = index();
    expect(i.edges.get("a|MET|b")).toEqual(["2021-01-10", "2021-06-20"]);
    expect(i.edges.get("b|MET|c")).toEqual(["2021-03-15"]);
    expect(i.nodes.get("b")).toEqual(["2021-01-10", "2021-03-15", "2021-06-20"]);
  });

  it.each([
    ["January", { from: "2021-01-01", to: "2021-01-31" }, ["a", "b"], ["a|MET|b"], ["a", "b", "a|MET|b"]],
    ["spring", { from: "2021-03-01", to: "2021-05-31" }, ["b", "c"], ["b|MET|c"], ["c", "b|MET|c"]],
    ["June", { from: "2021-06-20", to: "2021-06-20" }, ["a", "b"], ["a|MET|b"], []],
    ["nothing", { from: "2020-01-01", to: "2020-12-31" }, [], [], []],
  ])(
    "%s shows the items with evidence in it and lights those first seen there",
    (_, w, nodes, edges, fresh) => {
      const v = windowView(index(), w);
      expect([...v.nodes].sort()).toEqual(nodes);
      expect([...v.edges].sort()).toEqual(edges);
      expect([...v.fresh].sort()).toEqual([...fresh].sort());
    },
  );

  it("hasDayIn is inclusive at both ends", () => {
    expect(hasDayIn(["2021-01-10"], { from: "2021-01-10", to: "2021-01-10" })).toBe(true);
    expect(hasDayIn(["2021-01-10"], { from: "2021-01-11", to: "2021-02-01" })).toBe(false);
    expect(hasDayIn([], { from: "2021-01-01", to: "2021-12-31" })).toBe(false);
  });

  it("dayBefore crosses months and years; fadeColor blends towards the background", () => {
    expect(dayBefore("2021-03-01")).toBe("2021-02-28");
    expect(dayBefore("2021-01-01")).toBe("2020-12-31");
    expect(fadeColor("#000000", 0, "#ffffff")).toBe("#ffffff");
    expect(fadeColor("#000000", 1, "#ffffff")).toBe("#000000");
    expect(fadeColor("#000000", 0.5, "#ffffff")).toBe("#808080");
    expect(fadeColor("red", 0.5)).toBe("red");
  });
});

describe("timeline brush keys", () => {
  const R = "ArrowRight" as const;
  it.each([
    // key, shift, window (bins), bins, forward arrow -> new window
    ["ArrowRight", false, [2, 4], 10, R, [3, 5]],
    ["ArrowLeft", false, [2, 4], 10, R, [1, 3]],
    ["ArrowRight", false, [7, 9], 10, R, [7, 9]],
    ["ArrowLeft", false, [0, 2], 10, R, [0, 2]],
    ["ArrowRight", true, [2, 4], 10, R, [2, 5]],
    ["ArrowLeft", true, [2, 4], 10, R, [2, 3]],
    ["ArrowLeft", true, [2, 2], 10, R, [2, 2]],
    ["ArrowRight", true, [2, 9], 10, R, [2, 9]],
    ["Home", false, [5, 7], 10, R, [0, 2]],
    ["End", false, [1, 3], 10, R, [7, 9]],
    // Right to left: the left arrow points later in time.
    ["ArrowLeft", false, [2, 4], 10, "ArrowLeft", [3, 5]],
    ["ArrowRight", true, [2, 4], 10, "ArrowLeft", [2, 3]],
    // No window yet: one bin at the start, or at the end going backwards.
    ["ArrowRight", false, null, 10, R, [0, 0]],
    ["ArrowLeft", false, null, 10, R, [9, 9]],
    ["End", false, null, 10, R, [9, 9]],
  ] as const)("%s (shift %s) on %j of %i bins, forward %s -> %j", (key, shift, sel, n, fwd, out) => {
    expect(brushKey(key, shift, sel ? [sel[0], sel[1]] : null, n, fwd)).toEqual(out);
  });

  it.each(["a", "Enter", "ArrowUp", "Escape"])("ignores %s", (key) => {
    expect(brushKey(key, false, [1, 2], 10, R)).toBeNull();
  });

  it("does nothing without bins", () => {
    expect(brushKey("ArrowRight", false, null, 0, R)).toBeNull();
  });
});

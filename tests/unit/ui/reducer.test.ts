import { describe, expect, it } from "vitest";
import { createStore, INITIAL_STATE, reduce } from "../../../graph-ui/src/state/reducer.js";
import type { Action } from "../../../graph-ui/src/state/types.js";

describe("state reducer", () => {
  it("toggles entity type filters on and off", () => {
    const once = reduce(INITIAL_STATE, { type: "toggleType", entityType: "City" });
    expect(once.filters.hiddenTypes).toEqual(["City"]);
    expect(reduce(once, { type: "toggleType", entityType: "City" }).filters.hiddenTypes).toEqual([]);
  });

  it.each([
    [3, 3],
    [-2, 0],
    [2.7, 2],
    [Number.NaN, 0],
  ])("minimum degree %d is stored as %d", (input, stored) => {
    expect(reduce(INITIAL_STATE, { type: "setMinDegree", minDegree: input }).filters.minDegree).toBe(stored);
  });

  it("ignores a path from a node to itself", () => {
    const a: Action = { type: "setPath", path: { kind: "shown", from: "x", to: "x", nodes: [], edges: [] } };
    expect(reduce(INITIAL_STATE, a)).toBe(INITIAL_STATE);
  });

  it("returns the same state for a repeated hover so listeners are not called", () => {
    const store = createStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.dispatch({ type: "hover", id: "a" });
    store.dispatch({ type: "hover", id: "a" });
    expect(calls).toBe(1);
  });

  it("does not mutate the previous state", () => {
    const before = structuredClone(INITIAL_STATE);
    reduce(INITIAL_STATE, { type: "toggleRelation", relType: "MET" });
    expect(INITIAL_STATE).toEqual(before);
  });
});

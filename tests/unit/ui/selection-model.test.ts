import { describe, expect, it } from "vitest";
import {
  applyNodeView,
  hide,
  showOnly,
  togglePicked,
  togglePin,
  unhideAll,
} from "../../../graph-ui/src/selection/model.js";
import { EMPTY_NODE_VIEW, reduce, INITIAL_STATE } from "../../../graph-ui/src/state/reducer.js";

const all = new Set(["a", "b", "c", "d"]);

describe("selection model", () => {
  it("shift-click adds a node, a second shift-click takes it out", () => {
    expect(togglePicked(["a"], "b")).toEqual(["a", "b"]);
    expect(togglePicked(["a", "b"], "a")).toEqual(["b"]);
  });

  it.each([
    ["hide", hide(EMPTY_NODE_VIEW, ["a", "b"]), ["c", "d"]],
    ["show only", showOnly(EMPTY_NODE_VIEW, ["a", "c"]), ["a", "c"]],
    ["hide inside show-only", hide(showOnly(EMPTY_NODE_VIEW, ["a", "c"]), ["c"]), ["a"]],
    ["show only un-hides", showOnly(hide(EMPTY_NODE_VIEW, ["a"]), ["a", "b"]), ["a", "b"]],
    ["unhide all", unhideAll(hide(showOnly(EMPTY_NODE_VIEW, ["a"]), ["a"])), ["a", "b", "c", "d"]],
  ])("%s", (_name, view, visible) => {
    expect([...applyNodeView(all, view)].sort()).toEqual(visible);
  });

  it("never shows a node the filters hide", () => {
    expect([...applyNodeView(new Set(["a"]), showOnly(EMPTY_NODE_VIEW, ["a", "b"]))]).toEqual(["a"]);
  });

  it("pins, and unpins when all are pinned; unhide all keeps pins", () => {
    const pinned = togglePin(EMPTY_NODE_VIEW, ["a", "b"]);
    expect(pinned.pinned).toEqual(["a", "b"]);
    expect(togglePin(pinned, ["a"]).pinned).toEqual(["b"]);
    expect(togglePin(pinned, ["a", "c"]).pinned).toEqual(["a", "b", "c"]);
    expect(unhideAll(hide(pinned, ["a"])).pinned).toEqual(["a", "b"]);
  });

  it.each([
    [0, 1],
    [9, 5],
    [Number.NaN, 3],
    [4.4, 4],
  ])("label density %s is kept as %s", (level, kept) => {
    expect(reduce(INITIAL_STATE, { type: "setLabelDensity", level }).labelDensity).toBe(kept);
  });
});

import { describe, expect, it } from "vitest";
import { WordCache } from "../../../ingest/ner/word-cache.js";

describe("WordCache", () => {
  it("keeps what was set until two generations have passed", () => {
    const cache = new WordCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3); // a, b become the old generation
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([1, 2, 3]);
  });

  it("keeps a word asked for in the old generation, drops one nobody asked for", () => {
    const cache = new WordCache<number>(2);
    cache.set("often", 1);
    cache.set("once", 2);
    cache.set("x", 3); // often, once: old
    expect(cache.get("often")).toBe(1); // moved to the current generation
    cache.set("y", 4); // current (x, often) becomes old; once is dropped
    expect(cache.get("once")).toBeUndefined();
    expect(cache.get("often")).toBe(1);
  });

  it("tells what it drops, once each, and never a word it still holds", () => {
    const dropped: number[] = [];
    const cache = new WordCache<number>(2, (v) => dropped.push(v));
    cache.set("often", 1);
    cache.set("once", 2);
    cache.set("x", 3); // often, once: old; nothing dropped yet
    expect(dropped).toEqual([]);
    expect(cache.get("often")).toBe(1); // back in the current generation
    cache.set("y", 4); // the old generation goes: only once was left in it
    expect(dropped).toEqual([2]);
    cache.set("z", 5);
    cache.set("w", 6); // x and often go (y, z old; w current)
    expect(dropped.sort()).toEqual([1, 2, 3]);
    expect(cache.get("often")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { PackedIndex } from "../../../ingest/ner/packed-index.js";

describe("PackedIndex", () => {
  // Feature names as the trainer writes them: Arabic values, "|" pairs, an empty value.
  const names = ["b", "c=بغداد", "c-1c=رئيس|الوزراء", "cl+1=", "w=x", "g3=^بغ", "n=بغداد"];
  const packed = PackedIndex.pack(names);
  const index = new PackedIndex(packed.text, packed.starts, packed.slots);

  it("finds each name's row and nothing else", () => {
    names.forEach((name, row) => expect(index.get(name)).toBe(row));
    for (const other of ["", "c=بغدا", "c=بغدادي", "B", "w=x\n", "cl+1"])
      expect(index.get(other)).toBeUndefined();
    expect(index.size).toBe(names.length);
  });

  it("reads like the Map it replaces", () => {
    expect([...index]).toEqual(names.map((name, row) => [name, row]));
    expect([...index.keys()]).toEqual(names);
    expect(index.has("w=x")).toBe(true);
    expect(index.name(2)).toBe("c-1c=رئيس|الوزراء");
  });

  it.each([
    ["a name without its newline", { ...packed, text: packed.text.slice(0, -1) }],
    ["a slot past the last row", { ...packed, slots: packed.slots.map((r) => (r === 0 ? 99 : r)) }],
    ["a row missing from the slots", { ...packed, slots: packed.slots.map((r) => (r === 0 ? -1 : r)) }],
    ["a table that is no power of two", { ...packed, slots: packed.slots.subarray(1) }],
  ])("tells damaged arrays: %s", (_name, p) => {
    expect(PackedIndex.valid(packed.text, packed.starts, packed.slots)).toBe(true);
    expect(PackedIndex.valid(p.text, p.starts, p.slots)).toBe(false);
  });
});

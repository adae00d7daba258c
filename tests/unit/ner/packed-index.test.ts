import { describe, expect, it } from "vitest";
import { PackedIndex, SpanTable } from "../../../ingest/ner/packed-index.js";

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

  it("finds a name from a prefix and a slice of a value, as get() finds the whole name", () => {
    expect(index.getJoined("c=", "في بغداد", 3, 8)).toBe(1);
    expect(index.getJoined("c-1c=رئيس|", "الوزراء", 0, 7)).toBe(2);
    expect(index.getJoined("cl+1=", "", 0, 0)).toBe(3);
    expect(index.getJoined("b", "", 0, 0)).toBe(0);
    expect(index.getJoined("g3=", "^بغداد$", 0, 3)).toBe(5);
    // A slice one letter short or long, or the right letters under another prefix, is not a name.
    for (const [prefix, value, from, to] of [
      ["c=", "بغداد", 0, 4],
      ["c=", "بغدادي", 0, 6],
      ["n=", "بغداد", 1, 5],
      ["w=", "x", 0, 0],
      ["", "w=x", 0, 3],
    ] as const) {
      expect(index.getJoined(prefix, value, from, to)).toBe(index.get(prefix + value.slice(from, to)) ?? -1);
    }
    expect(index.getJoined("", "w=x", 0, 3)).toBe(4);
    expect(index.getJoined("w=", "x", 0, 0)).toBe(-1);
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

describe("SpanTable", () => {
  // Keys are spans of one text, as the name lists are read: "حسن" twice, a two-word phrase.
  const text = "حسن\tw1\nشون\tw4\nحسن\tg\nالقاهرة الجديدة\n";
  const at = (s: string, from = 0) => [text.indexOf(s, from), text.indexOf(s, from) + s.length] as const;

  it("finds spans by value, OR-ing or replacing a key added twice", () => {
    const t = SpanTable.create(text, 8);
    t.add(...at("حسن"), 1, "or");
    t.add(...at("شون"), 2, "or");
    t.add(...at("حسن", 5), 4, "or");
    t.add(...at("القاهرة"), 8, "set");
    t.add(...at("القاهرة الجديدة"), 16, "set");
    expect(t.get("حسن")).toBe(5);
    expect(t.get("شون")).toBe(2);
    expect(t.get("القاهرة")).toBe(8);
    expect(t.get("القاهرة الجديدة")).toBe(16);
    for (const other of ["", "حس", "حسنا", "الجديدة", "w1"]) expect(t.get(other)).toBeUndefined();
    expect(t.size).toBe(4);
    t.add(...at("شون"), 32, "set");
    expect(t.get("شون")).toBe(32);
    expect([...t.entries()].map(([k]) => k)).toEqual(["حسن", "شون", "القاهرة", "القاهرة الجديدة"]);
  });

  it("is viewed back from its stored arrays, and refuses arrays that do not fit", () => {
    const t = SpanTable.create(text, 4);
    t.add(...at("شون"), 3, "set");
    const parts = t.parts();
    const copy = (a: Int32Array) => Int32Array.from(a);
    const viewed = SpanTable.view(text, {
      from: copy(parts.from),
      to: copy(parts.to),
      value: copy(parts.value),
      slots: copy(parts.slots),
    });
    expect(viewed?.get("شون")).toBe(3);
    expect(viewed?.get("حسن")).toBeUndefined();
    expect(SpanTable.view(text, { ...parts, to: new Int32Array(0) })).toBeNull();
    expect(SpanTable.view(text, { ...parts, slots: new Int32Array(12) })).toBeNull();
  });

  it("stops probing on a damaged table with no free slot", () => {
    const full = SpanTable.view(text, {
      from: Int32Array.of(0, 0, 0, 0, 0, 0, 0, 0),
      to: Int32Array.of(1, 1, 1, 1, 1, 1, 1, 1),
      value: new Int32Array(8),
      slots: new Int32Array(16).fill(0),
    });
    expect(full?.get("شون")).toBeUndefined();
  });
});

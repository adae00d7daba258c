import { describe, expect, it } from "vitest";
import type { Relation } from "../../../ingest/model.js";
import { mergeRelations } from "../../../ingest/relate/merge.js";

const rel = (
  type: Relation["type"],
  source: string,
  target: string,
  start: number,
  properties: Relation["properties"] = {},
): Relation => ({
  type,
  source,
  target,
  properties,
  evidence: [{ sentence: 0, start, end: start + 3, text: "abc" }],
  confidence: 0.7,
});

describe("relate: merging", () => {
  it.each([
    ["MET", "b", "a", "a", "b"],
    ["COOPERATES_WITH", "z", "m", "m", "z"],
    ["FUNDED", "z", "m", "z", "m"],
  ] as const)("%s %s→%s is stored as %s→%s", (type, s, t, es, et) => {
    const [r] = mergeRelations([rel(type, s, t, 0)]);
    expect(r).toMatchObject({ source: es, target: et });
  });

  it("drops self-relations", () => {
    expect(mergeRelations([rel("MET", "a", "a", 0), rel("LEADS", "x", "x", 5)])).toEqual([]);
  });

  it("merges both directions of a symmetric relation, unions evidence and raises confidence", () => {
    const out = mergeRelations([rel("MET", "a", "b", 0), rel("MET", "b", "a", 10), rel("MET", "a", "b", 0)]);
    expect(out).toHaveLength(1);
    expect(out[0]?.evidence.map((e) => e.start)).toEqual([0, 10]);
    expect(out[0]?.confidence).toBeCloseTo(0.75);
  });

  it.each([
    [["reported", "planned"], "planned"],
    [["planned", "done"], "done"],
    [["reported"], "reported"],
  ])("status %j → %s; first non-null property wins", (statuses, expected) => {
    const rs = statuses.map((s, i) =>
      rel("WITHDREW_FROM", "us", "iq", i * 10, { status: s, dateText: i === 0 ? null : `d${i}` }),
    );
    const [r] = mergeRelations(rs);
    expect(r?.properties.status).toBe(expected);
    if (statuses.length > 1) expect(r?.properties.dateText).toBe("d1");
  });
});

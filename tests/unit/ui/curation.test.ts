import { describe, expect, it } from "vitest";
import type { Correction } from "../../../graph-ui/src/curation/api.js";
import { describeCorrection } from "../../../graph-ui/src/curation/describe.js";
import { curationMark } from "../../../graph-ui/src/curation/marks.js";
import { edgeAttributes } from "../../../graph-ui/src/graph/build.js";
import { relationStyle } from "../../../graph-ui/src/graph/styles.js";

const edge = (properties: Record<string, unknown>) => ({
  id: "person:a|MET|person:b",
  type: "MET",
  source: "person:a",
  target: "person:b",
  properties: { count: 1, ...properties },
});

describe("curated relations are drawn distinctly", () => {
  it.each([
    [{}, null],
    [{ reviewed: true }, "reviewed"],
    [{ reviewed: true, manual: true }, "manual"],
    [{ reviewed: "yes" }, null],
  ])("marks %j as %s", (props, mark) => {
    expect(curationMark(props)).toBe(mark);
    expect(edgeAttributes(edge(props), "en").curation).toBe(mark);
  });

  it("thicker when curated; manual ones in their own colour, reviewed ones keep the type colour", () => {
    const plain = edgeAttributes(edge({}), "en");
    const reviewed = edgeAttributes(edge({ reviewed: true }), "en");
    const manual = edgeAttributes(edge({ reviewed: true, manual: true }), "en");
    expect(reviewed.size).toBeGreaterThan(plain.size);
    expect(reviewed.color).toBe(relationStyle("MET").color);
    expect(manual.color).not.toBe(relationStyle("MET").color);
  });
});

describe("describeCorrection", () => {
  const c = (kind: string, payload: Record<string, unknown>): Correction => ({
    id: "c-1-abc",
    seq: 1,
    kind,
    user: "سارة",
    at: "2026-01-01T00:00:00.000Z",
    reason: null,
    payload,
    undone: false,
  });
  it.each([
    ["en", c("merge", { survivor: "person:a", merged: ["person:b"] }), "Merge: person:b → person:a"],
    [
      "ar",
      c("merge", { survivor: "person:a", merged: ["person:b", "person:c"] }),
      "دمج: person:b، person:c → person:a",
    ],
    [
      "en",
      c("reject-relation", { type: "MET", source: "person:a", target: "person:b" }),
      "Reject relation: person:a —met→ person:b",
    ],
    ["en", c("retype", { id: "city:x", type: "Country" }), "Change type: city:x · Country"],
    ["ar", c("retype", { id: "city:x", type: "Country" }), "تغيير النوع: city:x · دولة"],
    [
      "en",
      c("split", { from: "person:a", forms: ["أبو علي", "علي"], target: "person:curated-1" }),
      "Split: أبو علي، علي: person:a → person:curated-1",
    ],
    ["en", c("set-property", { id: "city:x", key: "qid", value: "Q42" }), "Set property: city:x · qid = Q42"],
    ["en", c("set-property", { id: "city:x", key: "note", value: null }), "Set property: city:x · note = ∅"],
    ["en", c("future-kind", {}), "future-kind"],
  ] as const)("%s %j", (lang, correction, text) => {
    expect(describeCorrection(lang, correction)).toBe(text);
  });

  it("names entities the graph still has, and keeps the ids of those it lost", () => {
    const names: Record<string, string> = { "person:a": "جو بايدن" };
    const merge = c("merge", { survivor: "person:a", merged: ["person:b"] });
    expect(describeCorrection("ar", merge, (id) => names[id] ?? id)).toBe("دمج: person:b → جو بايدن");
  });
});

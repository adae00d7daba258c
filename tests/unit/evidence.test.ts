import { describe, expect, it } from "vitest";
import { edgeProperties, evidenceLists, type EvidenceRow } from "../../ingest/evidence.js";

// Two articles' Evidence nodes for one FUNDED relationship, in arrival order; the second gave an amount.
const rows: EvidenceRow[] = [
  {
    articleId: "a:1",
    publishedAt: "2021-01-10",
    sentenceIds: ["a:1:0"],
    evidence: ["one"],
    evidenceStart: [0],
    evidenceEnd: [3],
    amounts: null,
    currencies: null,
  },
  {
    articleId: "a:2",
    publishedAt: "2021-03-15",
    sentenceIds: ["a:2:0", "a:2:4"],
    evidence: ["two", "three"],
    evidenceStart: [1, 2],
    evidenceEnd: [4, 5],
    amounts: [5e6, 0],
    currencies: ["USD", ""],
  },
];
const stored = {
  count: 3,
  articleCount: 2,
  firstSeen: "2021-01-10",
  lastSeen: "2021-03-15",
  key: "k",
  seq: 2,
};

describe("edge properties from per-article evidence", () => {
  it("concatenates the lists in arrival order and pads amounts for articles without one", () => {
    expect(evidenceLists(rows)).toEqual({
      sentenceIds: ["a:1:0", "a:2:0", "a:2:4"],
      evidence: ["one", "two", "three"],
      evidenceStart: [0, 1, 2],
      evidenceEnd: [3, 4, 5],
      amounts: [0, 5e6, 0],
      currencies: ["", "USD", ""],
    });
    expect(evidenceLists(rows.slice(0, 1))).not.toHaveProperty("amounts");
  });

  it("keeps the stored aggregates, adds articleIds, hides the storage keys; lists only when asked", () => {
    const props = edgeProperties(stored, rows, { lists: false, windowed: false });
    expect(props).toEqual({
      count: 3,
      articleCount: 2,
      firstSeen: "2021-01-10",
      lastSeen: "2021-03-15",
      articleIds: ["a:1", "a:2"],
    });
    expect(edgeProperties(stored, rows, { lists: true, windowed: false })).toMatchObject({
      sentenceIds: ["a:1:0", "a:2:0", "a:2:4"],
    });
  });

  it("recounts a window's evidence, and gives null when none of it is in the window", () => {
    expect(edgeProperties(stored, rows.slice(1), { lists: true, windowed: true })).toMatchObject({
      count: 2,
      articleIds: ["a:2"],
      sentenceIds: ["a:2:0", "a:2:4"],
      evidence: ["two", "three"],
      firstSeen: "2021-03-15",
      lastSeen: "2021-03-15",
    });
    expect(edgeProperties(stored, [], { lists: false, windowed: true })).toBeNull();
  });

  it("keeps a relationship with nothing in the window when asked, counted there: nothing", () => {
    expect(edgeProperties(stored, [], { lists: true, windowed: true, keepEmpty: true })).toEqual({
      count: 0,
      articleCount: 2,
      firstSeen: null,
      lastSeen: null,
      articleIds: [],
      sentenceIds: [],
      evidence: [],
      evidenceStart: [],
      evidenceEnd: [],
    });
  });
});

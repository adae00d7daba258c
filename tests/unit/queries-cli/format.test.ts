import { describe, expect, it } from "vitest";
import type { CypherResult } from "../../../ingest/model.js";
import {
  cellText,
  csvField,
  displayWidth,
  formatCsv,
  formatTable,
  readableColumns,
  truncate,
} from "../../../ingest/queries/format.js";

const node = (name: string, id = name) => ({
  elementId: `4:x:${id}`,
  labels: ["Entity", "Person"],
  properties: { id, name },
});
const rel = (type: string) => ({
  elementId: "5:x:1",
  type,
  startNodeElementId: "4:x:a",
  endNodeElementId: "4:x:b",
  properties: {},
});

const result = (columns: string[], rows: Record<string, unknown>[]): CypherResult => ({
  columns,
  rows,
  graph: { nodes: [], edges: [] },
  truncated: false,
  elapsedMs: 3,
});

describe("displayWidth", () => {
  it.each([
    ["abc", 3],
    ["جو بايدن", 8],
    ["جُو بَايدن", 8], // harakat take no column
    ["\u200fبايدن\u200e", 5], // RLM / LRM marks take none
    ["北京", 4],
    ["", 0],
  ])("%s → %i", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("truncates by width with an ellipsis", () => {
    expect(truncate("مصطفى الكاظمي", 6)).toBe("مصطفى…");
    expect(truncate("short", 10)).toBe("short");
  });
});

describe("cellText", () => {
  it.each([
    [null, ""],
    [25000000, "25000000"],
    [["a", "b"], "a; b"],
    [node("جو بايدن"), "جو بايدن"],
    [rel("MET"), "[MET]"],
    [
      {
        start: node("A"),
        end: node("B"),
        length: 1,
        segments: [{ start: node("A"), relationship: rel("LEADS"), end: node("B") }],
      },
      "A -[LEADS]- B",
    ],
    [{ source: "x", type: "MET" }, '{"source":"x","type":"MET"}'],
  ])("%j → %s", (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe("readableColumns", () => {
  it("leaves out columns holding only graph elements, keeps readable ones", () => {
    const r = result(
      ["name", "node", "rels", "mixed"],
      [
        { name: "x", node: node("x"), rels: [rel("MET")], mixed: "text" },
        { name: "y", node: null, rels: [], mixed: node("y") },
      ],
    );
    expect(readableColumns(r)).toEqual(["name", "mixed"]);
  });

  it("keeps everything when every column is graph-only (e.g. RETURN n)", () => {
    expect(readableColumns(result(["n"], [{ n: node("x") }]))).toEqual(["n"]);
  });
});

describe("formatTable", () => {
  it("aligns Arabic cells: the separators sit at the same display column on every line", () => {
    const text = formatTable(
      result(
        ["person", "met", "date"],
        [
          { person: "مصطفى الكاظمي", met: "جو بايدن", date: "2021-07-26" },
          { person: "جُو بَايدن", met: "Iraq", date: null },
        ],
      ),
    );
    const lines = text.split("\n").slice(0, 4);
    const columnsOf = (line: string): number[] => {
      const out: number[] = [];
      let col = 0;
      for (const ch of line) {
        if (ch === "|" || ch === "+") out.push(col);
        col += displayWidth(ch);
      }
      return out;
    };
    const expected = columnsOf(lines[0] ?? "");
    expect(expected).toHaveLength(2);
    for (const line of lines.slice(1)) expect(columnsOf(line)).toEqual(expected);
    expect(text).toContain("2 rows, 3 ms");
  });

  it("says how many graph columns it hid and whether rows were truncated", () => {
    const text = formatTable({ ...result(["name", "n"], [{ name: "x", n: node("x") }]), truncated: true });
    expect(text).toMatch(/1 row \(truncated at the row limit\), 3 ms; 1 graph column not shown/);
  });
});

describe("CSV", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['he said "no"', '"he said ""no"""'],
    ["two\nlines", '"two\nlines"'],
    [" padded", '" padded"'],
    ["بايدن، الكاظمي", "بايدن، الكاظمي"], // the Arabic comma is not a separator
  ])("%j → %s", (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it("writes a header and CRLF rows, lists joined, graph columns left out", () => {
    const csv = formatCsv(
      result(
        ["giver", "amount", "evidence", "node"],
        [{ giver: "التحالف الدولي", amount: 25000000, evidence: ["s1, with comma", "s2"], node: node("x") }],
      ),
    );
    expect(csv).toBe('giver,amount,evidence\r\nالتحالف الدولي,25000000,"s1, with comma; s2"\r\n');
  });
});

import Graph from "graphology";
import write from "graphology-gexf/browser/writer";
import type { Attributes } from "graphology-types";
import type { KgGraph } from "../graph/build.js";

export interface ExportFile {
  filename: string;
  mime: string;
  body: string;
}

const xml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );

/**
 * RFC 4180: quote when needed. Text starting with =, +, -, @, tab or CR is prefixed with an
 * apostrophe so spreadsheets do not run it as a formula (OWASP CSV injection); numbers are data,
 * not formulas, so -1.93 stays a number a spreadsheet can sum.
 */
export function csvCell(v: unknown): string {
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "bigint" || typeof v === "boolean") return String(v);
  let s = v === null || v === undefined ? "" : Array.isArray(v) ? v.join("|") : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvRow = (cells: unknown[]): string => cells.map(csvCell).join(",");

export function toCsv(graph: KgGraph): ExportFile[] {
  const nodes = [csvRow(["id", "type", "name", "nameEn", "aliases", "degree", "x", "y"])];
  graph.forEachNode((id, a) =>
    nodes.push(csvRow([id, a.entityType, a.name, a.nameEn, a.aliases, graph.degree(id), a.x, a.y])),
  );
  const edges = [csvRow(["id", "source", "type", "target", "count", "role", "amount", "currency"])];
  graph.forEachEdge((id, a, s, t) =>
    edges.push(csvRow([id, s, a.relType, t, a.count, a.role, a.amount, a.currency])),
  );
  // BOM so Excel opens Arabic as UTF-8.
  return [
    {
      filename: "rawabit-nodes.csv",
      mime: "text/csv;charset=utf-8",
      body: `\ufeff${nodes.join("\r\n")}\r\n`,
    },
    {
      filename: "rawabit-edges.csv",
      mime: "text/csv;charset=utf-8",
      body: `\ufeff${edges.join("\r\n")}\r\n`,
    },
  ];
}

export function toJson(graph: KgGraph): ExportFile[] {
  return [
    {
      filename: "rawabit-graph.json",
      mime: "application/json",
      body: JSON.stringify(graph.export(), null, 2),
    },
  ];
}

/**
 * GEXF 1.3 by graphology-gexf: the drawn graph with positions, sizes and colours (viz), typed
 * attributes, Arabic labels; undirected edges for symmetric relations (drawn as lines).
 */
export function toGexf(graph: KgGraph): ExportFile[] {
  const g = new Graph({ type: "mixed", multi: true });
  g.replaceAttributes({ creator: "Rawabit" });
  graph.forEachNode((id, a) => {
    const [r, gr, b] = hexToRgb(a.color);
    g.addNode(id, {
      label: a.name,
      attributes: { type: a.entityType, nameEn: a.nameEn },
      viz: { x: a.x, y: a.y, size: a.size, color: `rgb(${r},${gr},${b})` },
    });
  });
  graph.forEachEdge((id, a, s, t) => {
    const attrs = {
      label: a.relType,
      weight: a.count,
      attributes: { type: a.relType, count: a.count, ...(a.role ? { role: a.role } : {}) },
    };
    if (a.type === "line") g.addUndirectedEdgeWithKey(id, s, t, attrs);
    else g.addDirectedEdgeWithKey(id, s, t, attrs);
  });
  const element = (_key: string, attrs: Attributes) => attrs;
  const body = write(g, { version: "1.3", pedantic: true, formatNode: element, formatEdge: element });
  return [{ filename: "rawabit-graph.gexf", mime: "application/gexf+xml", body }];
}

export function toGraphml(graph: KgGraph): ExportFile[] {
  const keys: [string, "node" | "edge", string][] = [
    ["name", "node", "string"],
    ["nameEn", "node", "string"],
    ["type", "node", "string"],
    ["x", "node", "double"],
    ["y", "node", "double"],
    ["relType", "edge", "string"],
    ["count", "edge", "int"],
    ["role", "edge", "string"],
  ];
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([k, f, t]) => `<key id="${f[0]}_${k}" for="${f}" attr.name="${k}" attr.type="${t}"/>`),
    '<graph id="rawabit" edgedefault="directed">',
  ];
  const data = (f: string, k: string, v: unknown) =>
    v === null || v === undefined ? "" : `<data key="${f}_${k}">${xml(String(v))}</data>`;
  graph.forEachNode((id, a) =>
    out.push(
      `<node id="${xml(id)}">${data("n", "name", a.name)}${data("n", "nameEn", a.nameEn)}${data("n", "type", a.entityType)}${data("n", "x", a.x)}${data("n", "y", a.y)}</node>`,
    ),
  );
  graph.forEachEdge((id, a, s, t) =>
    out.push(
      `<edge id="${xml(id)}" source="${xml(s)}" target="${xml(t)}"${a.type === "line" ? ' directed="false"' : ""}>${data("e", "relType", a.relType)}${data("e", "count", a.count)}${data("e", "role", a.role)}</edge>`,
    ),
  );
  out.push("</graph>", "</graphml>");
  return [{ filename: "rawabit-graph.graphml", mime: "application/graphml+xml", body: out.join("\n") }];
}

function hexToRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m
    ? [parseInt(m[1] ?? "0", 16), parseInt(m[2] ?? "0", 16), parseInt(m[3] ?? "0", 16)]
    : [128, 128, 128];
}

export interface Exporter {
  id: "json" | "gexf" | "graphml" | "csv";
  label: string;
  serialize: (graph: KgGraph) => ExportFile[];
}

export const EXPORTERS = [
  { id: "gexf", label: "GEXF", serialize: toGexf },
  { id: "graphml", label: "GraphML", serialize: toGraphml },
  { id: "json", label: "JSON", serialize: toJson },
  { id: "csv", label: "CSV", serialize: toCsv },
] as const satisfies readonly Exporter[];

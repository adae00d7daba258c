import type { CypherResult } from "../model.js";

/** Output formats of `kg query` and `kg cypher`: a registry, so adding one is one entry. */
export const OUTPUT_FORMATS = {
  table: (result: CypherResult) => formatTable(result),
  json: (result: CypherResult) => `${JSON.stringify(result, null, 2)}\n`,
  csv: (result: CypherResult) => formatCsv(result),
} as const satisfies Record<string, (result: CypherResult) => string>;

export type OutputFormat = keyof typeof OUTPUT_FORMATS;

export function isOutputFormat(value: string): value is OutputFormat {
  return Object.hasOwn(OUTPUT_FORMATS, value);
}

const MAX_CELL_WIDTH = 60;

type PlainNode = { elementId: string; labels: string[]; properties: Record<string, unknown> };
type PlainRel = { elementId: string; type: string; properties: Record<string, unknown> };
type PlainPath = {
  segments: { start: PlainNode; relationship: PlainRel; end: PlainNode }[];
  start: PlainNode;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isNode = (v: unknown): v is PlainNode => isObject(v) && "elementId" in v && "labels" in v;
const isRel = (v: unknown): v is PlainRel => isObject(v) && "elementId" in v && "startNodeElementId" in v;
const isPath = (v: unknown): v is PlainPath => isObject(v) && "segments" in v && "start" in v;
const isGraphElement = (v: unknown): boolean => isNode(v) || isRel(v) || isPath(v);

/**
 * Columns that only carry graph elements (nodes, relationships, paths, or lists of them) are there
 * for drawing; tables and CSV leave them out, JSON keeps them (and the `graph` payload).
 */
export function readableColumns(result: CypherResult): string[] {
  const graphOnly = (col: string): boolean => {
    const values = result.rows.map((r) => r[col]).filter((v) => v !== null && v !== undefined);
    const flat = values.flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : [v]));
    return flat.length > 0 && flat.every(isGraphElement);
  };
  const keep = result.columns.filter((c) => !graphOnly(c));
  return keep.length > 0 ? keep : result.columns;
}

const nodeLabel = (n: PlainNode): string => {
  const { name, nameEn, title, id } = n.properties;
  return String(name ?? title ?? nameEn ?? id ?? n.elementId);
};

/** One readable line for any plain value: nodes by name, relationships by type, paths as a chain. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(cellText).join("; ");
  if (isPath(value)) {
    const steps = value.segments.map((s) => ` -[${s.relationship.type}]- ${nodeLabel(s.end)}`);
    return nodeLabel(value.start) + steps.join("");
  }
  if (isNode(value)) return nodeLabel(value);
  if (isRel(value)) return `[${value.type}]`;
  return JSON.stringify(value);
}

/**
 * Terminal columns a string occupies: combining marks (Arabic harakat), format characters
 * (bidi marks, joiners) take none, East Asian wide characters and emoji take two.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/[\p{Mn}\p{Me}\p{Cf}]/u.test(ch)) continue;
    width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Cuts to `max` columns with an ellipsis, never inside a character. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = "";
  for (const ch of text) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const pad = (text: string, width: number): string =>
  text + " ".repeat(Math.max(0, width - displayWidth(text)));

export function formatTable(result: CypherResult): string {
  const columns = readableColumns(result);
  const cells = result.rows.map((row) => columns.map((c) => cellText(row[c])));
  const hidden = result.columns.length - columns.length;
  const count = `${result.rows.length} row${result.rows.length === 1 ? "" : "s"}`;
  const footer = [
    `${count}${result.truncated ? " (truncated at the row limit)" : ""}, ${result.elapsedMs} ms`,
    hidden > 0 ? `${hidden} graph column${hidden === 1 ? "" : "s"} not shown (use --format json)` : "",
  ].filter((s) => s !== "");
  return `${renderTable(columns, cells)}\n${footer.join("; ")}\n`;
}

/** Columns padded by display width (so Arabic and wide text line up), long cells cut with "…". */
export function renderTable(columns: string[], rows: string[][]): string {
  const cells = rows.map((r) => r.map((v) => truncate(v.replace(/\s+/g, " ").trim(), MAX_CELL_WIDTH)));
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i] ?? ""))),
  );
  const line = (values: string[]): string =>
    values
      .map((v, i) => pad(v, widths[i] ?? 0))
      .join(" | ")
      .trimEnd();
  return [line(columns), widths.map((w) => "-".repeat(w)).join("-+-"), ...cells.map(line), ""].join("\n");
}

/** RFC 4180: fields with a comma, quote, CR or LF (or edge spaces) are quoted, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(result: CypherResult): string {
  const columns = readableColumns(result);
  const lines = [columns, ...result.rows.map((row) => columns.map((c) => cellText(row[c])))];
  return lines.map((fields) => fields.map(csvField).join(",")).join("\r\n") + "\r\n";
}

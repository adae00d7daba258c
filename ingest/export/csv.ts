import { EDGE_FIRST, flatValue, NODE_FIRST, propertyKeys, type ExportGraph } from "./graph.js";

/** RFC 4180: a field with a comma, quote, line break or edge whitespace is quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

const row = (fields: string[]): string => fields.map(csvField).join(",");
const table = (header: string[], rows: string[][]): string =>
  [row(header), ...rows.map(row)].join("\r\n") + "\r\n";

export function nodesCsv(graph: ExportGraph): string {
  const keys = propertyKeys(graph.nodes, NODE_FIRST);
  return table(
    ["id", "labels", ...keys],
    graph.nodes.map((n) => [n.id, n.labels.join(":"), ...keys.map((k) => flatValue(n.properties[k]))]),
  );
}

export function edgesCsv(graph: ExportGraph): string {
  const keys = propertyKeys(graph.edges, EDGE_FIRST);
  return table(
    ["id", "source", "target", "type", ...keys],
    graph.edges.map((e) => [
      e.id,
      e.source,
      e.target,
      e.type,
      ...keys.map((k) => flatValue(e.properties[k])),
    ]),
  );
}

/**
 * One-file CSV: the edge list with each end's name and type, which spreadsheet users and Gephi's
 * edge-table import read directly. Entities without any relationship are only in nodes.csv (the
 * folder form of the export).
 */
export function edgeListCsv(graph: ExportGraph): string {
  const byId = new Map(graph.nodes.map((n) => [n.id, n.properties]));
  const keys = propertyKeys(graph.edges, EDGE_FIRST);
  const end = (id: string): string[] => [id, flatValue(byId.get(id)?.name), flatValue(byId.get(id)?.type)];
  return table(
    ["source", "source_name", "source_type", "type", "target", "target_name", "target_type", ...keys],
    graph.edges.map((e) => [
      ...end(e.source),
      e.type,
      ...end(e.target),
      ...keys.map((k) => flatValue(e.properties[k])),
    ]),
  );
}

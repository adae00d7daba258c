import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";
import { InputError } from "../errors.js";
import { edgeProperties, type EvidenceRow } from "../evidence.js";
import { ENTITY_TYPES, RELATION_TYPES } from "../model.js";
import { edgeListCsv, edgesCsv, nodesCsv } from "./csv.js";
import { toGexf } from "./gexf.js";
import type { ExportEdge, ExportFilter, ExportGraph, ExportNode } from "./graph.js";
import { toGraphml } from "./graphml.js";
import { jsonExportChunks } from "./stream.js";

export type { ExportFilter, ExportGraph } from "./graph.js";

export interface ExportFile {
  name: string;
  body: string;
}

export interface ExportResult {
  contentType: string;
  filename: string;
  body: string;
  /** The files written when the output is a folder (CSV: nodes.csv and edges.csv). */
  files: ExportFile[];
}

interface Exporter {
  format: string;
  contentType: string;
  extension: string;
  body: (graph: ExportGraph) => string;
  files?: (graph: ExportGraph) => ExportFile[];
}

/** Export formats; adding one is one entry. */
export const EXPORTERS = [
  {
    format: "json",
    contentType: "application/json; charset=utf-8",
    extension: "json",
    body: (graph) => `${JSON.stringify({ format: "rawabit-graph", version: 1, ...graph }, null, 2)}\n`,
  },
  {
    format: "graphml",
    contentType: "application/graphml+xml; charset=utf-8",
    extension: "graphml",
    body: toGraphml,
  },
  { format: "gexf", contentType: "application/gexf+xml; charset=utf-8", extension: "gexf", body: toGexf },
  {
    format: "csv",
    contentType: "text/csv; charset=utf-8",
    extension: "csv",
    body: edgeListCsv,
    files: (graph) => [
      { name: "nodes.csv", body: nodesCsv(graph) },
      { name: "edges.csv", body: edgesCsv(graph) },
    ],
  },
] as const satisfies readonly Exporter[];

export type ExportFormat = (typeof EXPORTERS)[number]["format"];
export const EXPORT_FORMATS: readonly ExportFormat[] = EXPORTERS.map((e) => e.format);

export function exporterFor(format: string): Exporter {
  const exporter = EXPORTERS.find((e) => e.format === format);
  if (!exporter) {
    throw new InputError(`export: unknown format "${format}" (use one of ${EXPORT_FORMATS.join(", ")})`);
  }
  return exporter;
}

/** Checks filter values against the model's vocabularies, so a typo is an error, not an empty file. */
export function validateFilter(filter: ExportFilter): void {
  const check = (values: string[] | undefined, allowed: readonly string[], what: string): void => {
    const bad = (values ?? []).filter((v) => !allowed.includes(v));
    if (bad.length > 0)
      throw new InputError(`export: unknown ${what} ${bad.join(", ")} (use ${allowed.join(", ")})`);
  };
  check(filter.types, ENTITY_TYPES, "entity type");
  check(filter.relations, RELATION_TYPES, "relation type");
}

const exportParams = (filter: ExportFilter) => ({
  types: filter.types?.length ? filter.types : null,
  relations: filter.relations?.length ? filter.relations : null,
  article: filter.article ?? null,
});

/** Reads the entity graph (optionally filtered) from Neo4j. */
export async function readExportGraph(db: Database, filter: ExportFilter = {}): Promise<ExportGraph> {
  validateFilter(filter);
  const params = exportParams(filter);
  const nodes = await db.read<ExportNode>(loadCypher("export/nodes"), params);
  const ids = new Set(nodes.map((n) => n.id));
  const rows = await db.read<Omit<ExportEdge, "id"> & { evidence: EvidenceRow[] }>(
    loadCypher("export/edges"),
    params,
  );
  const edges = rows
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map(({ evidence, ...e }) => ({
      id: `${e.source}|${e.type}|${e.target}`,
      ...e,
      properties: edgeProperties(e.properties, evidence, { lists: true, windowed: false }) ?? e.properties,
    }));
  return { nodes, edges };
}

/**
 * The graph as a file body.
 *
 * @example const { body, filename } = await exportGraph(db, "graphml", { types: ["Person"] });
 */
export async function exportGraph(
  db: Database,
  format: string,
  filter: ExportFilter = {},
): Promise<ExportResult> {
  const exporter = exporterFor(format);
  const graph = await readExportGraph(db, filter);
  return serialise(graph, exporter);
}

/**
 * The export as the API sends it: JSON streamed a page at a time (ingest/export/stream.ts, the same
 * bytes as exportGraph's body), the other formats whole (their headers list every property key of
 * every node and edge, so they need the whole graph first).
 *
 * @example const { body } = await exportGraphBody(db, "json"); reply.send(Readable.from(body));
 */
export async function exportGraphBody(
  db: Database,
  format: string,
  filter: ExportFilter = {},
): Promise<{ contentType: string; filename: string; body: string | AsyncIterable<string> }> {
  const exporter = exporterFor(format);
  if (exporter.format !== "json") return exportGraph(db, format, filter);
  validateFilter(filter);
  return {
    contentType: exporter.contentType,
    filename: `rawabit-graph.${exporter.extension}`,
    body: await jsonExportChunks(db, exportParams(filter)),
  };
}

export function serialise(graph: ExportGraph, exporter: Exporter): ExportResult {
  const body = exporter.body(graph);
  return {
    contentType: exporter.contentType,
    filename: `rawabit-graph.${exporter.extension}`,
    body,
    files: exporter.files?.(graph) ?? [{ name: `rawabit-graph.${exporter.extension}`, body }],
  };
}

import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";
import { edgeProperties, type EvidenceRow } from "../evidence.js";
import type { ExportEdge, ExportNode } from "./graph.js";

/** Entities per page of the streamed export (and sources per page of its relationships). */
export const EXPORT_PAGE = 1000;

type EdgeRow = Omit<ExportEdge, "id"> & { evidence: EvidenceRow[] };

/**
 * The JSON export as text chunks, laid out as `JSON.stringify({format, version, nodes, edges}, null,
 * 2)` of the whole graph (ingest/export/index.ts) and with the same content, read a page of entities at a
 * time (cypher/export/nodes-page.cypher) and then their relationships a page of sources at a time
 * (export/edges-page.cypher). Only the exported ids stay in memory, not the graph and its text: at
 * 5,000 real articles the whole export was a 12 MB string built before its first byte was sent.
 * The first page is read before this returns, so an unreachable database is an error response,
 * not a cut-off download.
 */
export async function jsonExportChunks(
  db: Database,
  params: { types: string[] | null; relations: string[] | null; article: string | null },
  page: number = EXPORT_PAGE,
): Promise<AsyncIterable<string>> {
  const readNodes = (after: string) =>
    db.read<ExportNode>(loadCypher("export/nodes-page"), { ...params, after, page });
  const first = await readNodes("");
  async function* chunks(): AsyncGenerator<string> {
    yield `{\n  "format": "rawabit-graph",\n  "version": 1,\n  "nodes": [`;
    const ids: string[] = [];
    let rows = first;
    while (rows.length > 0) {
      yield rows.map((n, i) => `${ids.length + i === 0 ? "" : ","}\n${item(n)}`).join("");
      ids.push(...rows.map((n) => n.id));
      if (rows.length < page) break;
      rows = await readNodes(ids[ids.length - 1] as string);
    }
    yield `${ids.length === 0 ? "" : "\n  "}],\n  "edges": [`;
    const exported = new Set(ids);
    let edges = 0;
    for (let from = 0; from < ids.length; from += page) {
      const found = await db.read<EdgeRow>(loadCypher("export/edges-page"), {
        ...params,
        sources: ids.slice(from, from + page),
      });
      const kept = found
        .filter((e) => exported.has(e.source) && exported.has(e.target))
        .map(({ evidence, ...e }) => ({
          id: `${e.source}|${e.type}|${e.target}`,
          ...e,
          properties:
            edgeProperties(e.properties, evidence, { lists: true, windowed: false }) ?? e.properties,
        }));
      if (kept.length === 0) continue;
      yield kept.map((e, i) => `${edges + i === 0 ? "" : ","}\n${item(e)}`).join("");
      edges += kept.length;
    }
    yield `${edges === 0 ? "" : "\n  "}]\n}\n`;
  }
  return chunks();
}

/** One element of a top-level list, as JSON.stringify(…, null, 2) indents it there. */
const item = (value: unknown): string => `    ${JSON.stringify(value, null, 2).replaceAll("\n", "\n    ")}`;

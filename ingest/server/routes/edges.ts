import { loadCypher } from "../../db/cypher-files.js";
import type { Database } from "../../db/driver.js";
import { InputError, NotFoundError } from "../../errors.js";
import type { EvidenceRecord, GraphEdge, GraphNode } from "../../model.js";
import type { RouteModule } from "../context.js";
import { edgeProperties, type EvidenceRow } from "../../evidence.js";
import { ALL_RELATIONS, evidenceRecords, nodeOf, withHighlights, type NodeRow } from "./shared.js";
import { graphEdge } from "../graph-elements.js";
import { loadWindow, parseWindow, WINDOW_QUERY, windowArticles } from "../window.js";

interface EdgeResponse {
  edge: GraphEdge;
  source: GraphNode;
  target: GraphNode;
  evidence: EvidenceRecord[];
}

/** `source|TYPE|target`; entity ids may themselves contain `|`, the relation type anchors the split. */
export function parseEdgeId(id: string): { source: string; type: string; target: string } {
  const parts = id.split("|");
  for (let i = 1; i < parts.length - 1; i++) {
    if (ALL_RELATIONS.includes(parts[i] ?? "")) {
      const source = parts.slice(0, i).join("|");
      const target = parts.slice(i + 1).join("|");
      if (source !== "" && target !== "") return { source, type: parts[i] ?? "", target };
    }
  }
  throw new InputError(`api: bad edge id "${id}" (expected "<sourceId>|<RELATION_TYPE>|<targetId>")`);
}

/** Evidence records with the two endpoints' mentions highlighted in each sentence, ordered by date. */
export async function evidenceWithHighlights(
  db: Database,
  rows: readonly EvidenceRow[],
  entityIds: string[],
): Promise<EvidenceRecord[]> {
  const evidence = evidenceRecords(rows);
  if (evidence.length === 0) return evidence;
  const highlights = await db.read<{ sentenceId: string; start: number; end: number }>(
    loadCypher("api/evidence-highlights"),
    { sentenceIds: evidence.map((e) => e.sentenceId), entityIds },
  );
  return withHighlights(evidence, highlights);
}

export const edgesRoutes: RouteModule = {
  name: "edges",
  register(app, { db }) {
    app.get<{ Params: { id: string }; Querystring: { from?: string; to?: string } }>(
      "/api/edges/:id",
      {
        schema: {
          summary:
            "One relationship with its two ends and its evidence sentences (in a time window: the evidence of its articles, counted there)",
          tags: ["graph"],
          params: {
            type: "object",
            required: ["id"],
            properties: { id: { type: "string", minLength: 3, maxLength: 1000 } },
          },
          querystring: { type: "object", properties: { ...WINDOW_QUERY } },
        },
      },
      async (req): Promise<EdgeResponse> => {
        const { source, type, target } = parseEdgeId(req.params.id);
        const window = await loadWindow(db, parseWindow(req.query.from, req.query.to));
        const [row] = await db.read<{
          properties: Record<string, unknown>;
          evidence: EvidenceRow[];
          source: NodeRow;
          target: NodeRow;
        }>(loadCypher("api/edge"), { source, type, target, articles: windowArticles(window) });
        if (!row) throw new NotFoundError(`api: no relationship "${req.params.id}"`);
        // A window with none of its evidence keeps the relationship (a 404 only for an unknown one),
        // counted there: nothing.
        const props = edgeProperties(row.properties, row.evidence, {
          lists: true,
          windowed: window !== null,
          keepEmpty: true,
        });
        return {
          edge: graphEdge(type, source, target, props ?? row.properties),
          source: nodeOf(row.source),
          target: nodeOf(row.target),
          evidence: await evidenceWithHighlights(db, row.evidence, [source, target]),
        };
      },
    );
  },
};

import { loadCypher } from "../../db/cypher-files.js";
import type { Database } from "../../db/driver.js";
import { InputError, NotFoundError } from "../../errors.js";
import type { EvidenceRecord, GraphEdge, GraphNode } from "../../model.js";
import type { RouteModule } from "../context.js";
import { ALL_RELATIONS, evidenceOf, nodeOf, withHighlights, type NodeRow } from "./shared.js";
import { graphEdge } from "../graph-elements.js";

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

/** The dates of articles (null for undated ones) by id. */
export async function articleDates(db: Database, ids: string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db.read<{ id: string; publishedAt: string | null }>(loadCypher("api/article-dates"), {
    ids: [...new Set(ids)],
  });
  return new Map(rows.map((r) => [r.id, r.publishedAt]));
}

/** Evidence with its article's date, oldest first; undated evidence last, in stored order. */
export async function datedEvidence(db: Database, evidence: EvidenceRecord[]): Promise<EvidenceRecord[]> {
  return withDates(
    evidence,
    await articleDates(
      db,
      evidence.map((e) => e.articleId),
    ),
  );
}

export function withDates(evidence: EvidenceRecord[], dates: Map<string, string | null>): EvidenceRecord[] {
  const dated = evidence.map((e) => ({ ...e, publishedAt: dates.get(e.articleId) ?? null }));
  const key = (e: EvidenceRecord): string => e.publishedAt ?? "\uffff";
  return dated.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Evidence with the two endpoints' mentions highlighted in each sentence, ordered by date. */
export async function evidenceWithHighlights(
  db: Database,
  props: Record<string, unknown>,
  entityIds: string[],
): Promise<EvidenceRecord[]> {
  const evidence = evidenceOf(props);
  if (evidence.length === 0) return evidence;
  const [highlights, dated] = await Promise.all([
    db.read<{ sentenceId: string; start: number; end: number }>(loadCypher("api/evidence-highlights"), {
      sentenceIds: evidence.map((e) => e.sentenceId),
      entityIds,
    }),
    datedEvidence(db, evidence),
  ]);
  return withHighlights(dated, highlights);
}

export const edgesRoutes: RouteModule = {
  name: "edges",
  register(app, { db }) {
    app.get<{ Params: { id: string } }>(
      "/api/edges/:id",
      {
        schema: {
          summary: "One relationship with its two ends and its evidence sentences",
          tags: ["graph"],
          params: {
            type: "object",
            required: ["id"],
            properties: { id: { type: "string", minLength: 3, maxLength: 1000 } },
          },
        },
      },
      async (req): Promise<EdgeResponse> => {
        const { source, type, target } = parseEdgeId(req.params.id);
        const [row] = await db.read<{
          properties: Record<string, unknown>;
          source: NodeRow;
          target: NodeRow;
        }>(loadCypher("api/edge"), { source, type, target });
        if (!row) throw new NotFoundError(`api: no relationship "${req.params.id}"`);
        return {
          edge: graphEdge(type, source, target, row.properties),
          source: nodeOf(row.source),
          target: nodeOf(row.target),
          evidence: await evidenceWithHighlights(db, row.properties, [source, target]),
        };
      },
    );
  },
};

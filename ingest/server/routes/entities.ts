import { loadCypher } from "../../db/cypher-files.js";
import { NotFoundError } from "../../errors.js";
import type { ArticleSummary, EntityDetail, GraphPayload, RelationView, StatementView } from "../../model.js";
import type { RouteModule } from "../context.js";
import { loadWindow, parseWindow, WINDOW_QUERY, windowArticles } from "../window.js";
import { edgeProperties, type EvidenceRow } from "../../evidence.js";
import { graphAmong } from "./graph.js";
import { ALL_RELATIONS, evidenceRecords, int, listParam, nodeOf, type NodeRow } from "./shared.js";

interface RelationRow {
  type: string;
  outgoing: boolean;
  otherId: string;
  otherName: string;
  otherNameEn: string | null;
  otherType: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  evidence: EvidenceRow[];
}

const idParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "string", minLength: 1, maxLength: 500 } },
} as const;

export const entitiesRoutes: RouteModule = {
  name: "entities",
  register(app, { db }) {
    app.get<{ Params: { id: string }; Querystring: { from?: string; to?: string } }>(
      "/api/entities/:id",
      {
        schema: {
          summary:
            "An entity with relationships by type, statements, articles, mentions (in a time window: what its articles say)",
          tags: ["entities"],
          params: idParams,
          querystring: { type: "object", properties: { ...WINDOW_QUERY } },
        },
      },
      async (req): Promise<EntityDetail> => {
        const id = req.params.id;
        const window = await loadWindow(db, parseWindow(req.query.from, req.query.to));
        const params = { id, relations: ALL_RELATIONS, limit: int(500), articles: windowArticles(window) };
        const [entityRows, relationRows, statements, articles, mentions] = await Promise.all([
          db.read<NodeRow>(loadCypher("api/entity"), params),
          db.read<RelationRow>(loadCypher("api/entity-relations"), params),
          db.read<StatementView>(loadCypher("api/entity-statements"), params),
          db.read<ArticleSummary>(loadCypher("api/entity-articles"), params),
          db.read<EntityDetail["mentions"][number]>(loadCypher("api/entity-mentions"), params),
        ]);
        const entity = entityRows[0];
        if (!entity)
          throw new NotFoundError(`api: no entity with id "${id}" (search with GET /api/search?q=...)`);
        return {
          entity: nodeOf(entity),
          relations: groupRelations(relationRows, window !== null),
          statements,
          articles,
          mentions,
        };
      },
    );

    app.get<{
      Params: { id: string };
      Querystring: {
        depth: number;
        relations?: string;
        limit: number;
        evidence: boolean;
        from?: string;
        to?: string;
      };
    }>(
      "/api/entities/:id/neighbors",
      {
        schema: {
          summary: "An entity and its neighbours within 1 or 2 hops",
          tags: ["entities"],
          params: idParams,
          querystring: {
            type: "object",
            properties: {
              depth: { type: "integer", enum: [1, 2], default: 1 },
              relations: { type: "string", description: "Comma-separated relation types" },
              limit: { type: "integer", minimum: 1, maximum: 5000, default: 500 },
              evidence: {
                type: "boolean",
                default: false,
                description: "Include each edge's evidence lists",
              },
              ...WINDOW_QUERY,
            },
          },
        },
      },
      async (req): Promise<GraphPayload> => {
        const relations = listParam(req.query.relations, ALL_RELATIONS, "relation type") ?? ALL_RELATIONS;
        const window = await loadWindow(db, parseWindow(req.query.from, req.query.to));
        const rows = await db.read<NodeRow>(loadCypher("api/neighbors"), {
          id: req.params.id,
          depth: int(req.query.depth),
          relations,
          articles: windowArticles(window),
          limit: int(req.query.limit),
        });
        if (rows.length === 0) throw new NotFoundError(`api: no entity with id "${req.params.id}"`);
        return graphAmong(db, rows, relations, null, req.query.evidence, window);
      },
    );
  },
};

/**
 * Relationships by type, each with its evidence ordered by date; `windowed`: the rows carry only a
 * time window's evidence, so each is counted there and one with none left is dropped.
 */
function groupRelations(rows: RelationRow[], windowed: boolean): Record<string, RelationView[]> {
  const grouped: Record<string, RelationView[]> = {};
  for (const r of rows) {
    const properties = edgeProperties(r.properties, r.evidence, { lists: true, windowed });
    if (properties === null) continue;
    const evidence = evidenceRecords(r.evidence);
    const view: RelationView = {
      id: `${r.source}|${r.type}|${r.target}`,
      type: r.type,
      direction: r.outgoing ? "out" : "in",
      other: { id: r.otherId, name: r.otherName, nameEn: r.otherNameEn ?? "", type: r.otherType },
      properties,
      count: typeof properties.count === "number" ? properties.count : evidence.length,
      evidence,
    };
    (grouped[r.type] ??= []).push(view);
  }
  return grouped;
}

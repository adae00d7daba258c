import { loadCypher } from "../../db/cypher-files.js";
import { ENTITY_TYPES, type GraphPayload } from "../../model.js";
import type { RouteModule } from "../context.js";
import { ALL_RELATIONS, edgeOf, int, listParam, nodeOf, type EdgeRow, type NodeRow } from "./shared.js";

interface GraphQuery {
  types?: string;
  relations?: string;
  article?: string;
  minDegree: number;
  limit: number;
}

export const graphRoutes: RouteModule = {
  name: "graph",
  register(app, { db }) {
    app.get<{ Querystring: GraphQuery }>(
      "/api/graph",
      {
        schema: {
          summary: "Entities and their relationships for the explorer",
          tags: ["graph"],
          querystring: {
            type: "object",
            properties: {
              types: {
                type: "string",
                description: `Comma-separated entity types (${ENTITY_TYPES.join(", ")})`,
              },
              relations: { type: "string", description: "Comma-separated relation types" },
              article: { type: "string", description: "Only entities and relationships of this article id" },
              minDegree: { type: "integer", minimum: 0, default: 0 },
              limit: { type: "integer", minimum: 1, maximum: 20000, default: 2000 },
            },
          },
        },
      },
      async (req): Promise<GraphPayload> => {
        const q = req.query;
        const types = listParam(q.types, ENTITY_TYPES, "entity type");
        const relations = listParam(q.relations, ALL_RELATIONS, "relation type") ?? ALL_RELATIONS;
        const article = q.article?.trim() || null;
        const nodeRows = await db.read<NodeRow>(loadCypher("api/graph-nodes"), {
          types,
          relations,
          article,
          minDegree: int(q.minDegree),
          limit: int(q.limit),
        });
        return graphAmong(db, nodeRows, relations, article);
      },
    );
  },
};

/** The payload for chosen entities: the nodes and every relationship among them. */
export async function graphAmong(
  db: Parameters<RouteModule["register"]>[1]["db"],
  nodeRows: NodeRow[],
  relations: string[],
  article: string | null = null,
): Promise<GraphPayload> {
  const ids = nodeRows.map((n) => n.id);
  const edgeRows =
    ids.length === 0
      ? []
      : await db.read<EdgeRow>(loadCypher("api/graph-edges"), { ids, relations, article });
  return { nodes: nodeRows.map(nodeOf), edges: edgeRows.map(edgeOf) };
}

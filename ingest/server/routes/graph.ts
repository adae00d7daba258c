import { loadCypher } from "../../db/cypher-files.js";
import { ENTITY_TYPES, type GraphPayload } from "../../model.js";
import type { RouteModule } from "../context.js";
import { edgeProperties, EVIDENCE_LISTS } from "../../evidence.js";
import { loadWindow, parseWindow, WINDOW_QUERY, windowArticles, type TimeWindow } from "../window.js";
import {
  ALL_RELATIONS,
  edgeOf,
  int,
  listParam,
  nodeOf,
  type EvidencedEdgeRow,
  type NodeRow,
} from "./shared.js";

interface GraphQuery {
  types?: string;
  relations?: string;
  article?: string;
  minDegree: number;
  limit: number;
  evidence: boolean;
  from?: string;
  to?: string;
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
              evidence: {
                type: "boolean",
                default: false,
                description: `Include each edge's evidence lists (${EVIDENCE_LISTS.join(", ")}); by default only its totals and articleIds`,
              },
              ...WINDOW_QUERY,
            },
          },
        },
      },
      async (req): Promise<GraphPayload> => {
        const q = req.query;
        const types = listParam(q.types, ENTITY_TYPES, "entity type");
        const relations = listParam(q.relations, ALL_RELATIONS, "relation type") ?? ALL_RELATIONS;
        const article = q.article?.trim() || null;
        const window = await loadWindow(db, parseWindow(q.from, q.to));
        // One article's entities are found from its sentences, not by testing every entity; the
        // whole graph's most connected from their stored degree when it is the one asked for.
        const query =
          article !== null
            ? "api/graph-nodes-article"
            : window === null && ALL_RELATIONS.every((r) => relations.includes(r))
              ? "api/graph-nodes-top"
              : "api/graph-nodes";
        const nodeRows = await db.read<NodeRow>(loadCypher(query), {
          types,
          relations,
          article,
          articles: windowArticles(window),
          minDegree: int(q.minDegree),
          limit: int(q.limit),
        });
        // Fewer than asked for: every entity that passes the filters, so their relationships are
        // found by the same conditions, not by thousands of ids.
        const all =
          query === "api/graph-nodes-top" && nodeRows.length < q.limit
            ? { types, minDegree: int(q.minDegree) }
            : null;
        return graphAmong(db, nodeRows, relations, article, q.evidence, window, all);
      },
    );
  },
};

/**
 * The payload for chosen entities: the nodes and every relationship among them (without evidence
 * lists unless `evidence`); in a time window, the relationships with evidence in it, counted there.
 * `all`: the nodes are every entity of these types and stored degree (graph-nodes-top.cypher
 * returned fewer than its limit), whose relationships are then all of the chosen types' relations.
 */
export async function graphAmong(
  db: Parameters<RouteModule["register"]>[1]["db"],
  nodeRows: NodeRow[],
  relations: string[],
  article: string | null = null,
  evidence = false,
  window: TimeWindow | null = null,
  all: { types: string[] | null; minDegree: unknown } | null = null,
): Promise<GraphPayload> {
  const ids = nodeRows.map((n) => n.id);
  const chosen = new Set(ids);
  const rows =
    ids.length === 0
      ? []
      : all !== null
        ? // Read apart from the nodes: an entity written in between is left out here too.
          (await db.read<EvidencedEdgeRow>(loadCypher("api/graph-edges-all"), { ...all, evidence })).filter(
            (r) => chosen.has(r.source) && chosen.has(r.target),
          )
        : await db.read<EvidencedEdgeRow>(loadCypher("api/graph-edges"), {
            ids,
            chosen: Object.fromEntries(ids.map((id) => [id, true])),
            relations,
            article,
            articles: windowArticles(window),
            evidence,
          });
  const edges = rows.flatMap(({ evidence: found, ...row }) => {
    const props = edgeProperties(row.properties, found, { lists: evidence, windowed: window !== null });
    return props === null ? [] : [edgeOf({ ...row, properties: props })];
  });
  return { nodes: nodeRows.map(nodeOf), edges };
}

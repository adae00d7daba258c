import { loadCypher } from "../../db/cypher-files.js";
import { InputError, QueryTimeoutError } from "../../errors.js";
import {
  CO_MENTION_TYPE,
  ENTITY_TYPES,
  type CoMentionPair,
  type EvidenceRecord,
  type GraphNode,
  type GraphPayload,
} from "../../model.js";
import type { RouteModule } from "../context.js";
import { graphEdge } from "../graph-elements.js";
import { isQueryTimeout } from "../readonly.js";
import { int, listParam, nodeOf, withHighlights, type NodeRow } from "./shared.js";

interface CoMentionQuery {
  entity?: string;
  article?: string;
  types?: string;
  min: number;
  limit: number;
  nodes: boolean;
}

export interface CoMentionRow {
  source: string;
  target: string;
  sentences: number;
  articles: number;
  /** Null when the ends were not asked for (`nodes=false`). */
  sourceNode: NodeRow | null;
  targetNode: NodeRow | null;
}

/** Which query answers: around one entity, within one article, or across the whole graph. */
export function coMentionQueryName(q: { entity: string | null; article: string | null }): string {
  if (q.entity !== null) return "api/co-mentions-entity";
  if (q.article !== null) return "api/co-mentions-article";
  return "api/co-mentions";
}

/** Rows as an explorer payload: each pair once, `CO_MENTIONED`, with its sentence and article counts. */
export function coMentionPayload(rows: CoMentionRow[]): GraphPayload {
  const nodes = new Map<string, GraphNode>();
  for (const r of rows) {
    if (r.sourceNode) nodes.set(r.source, nodeOf(r.sourceNode));
    if (r.targetNode) nodes.set(r.target, nodeOf(r.targetNode));
  }
  const edges = rows.map((r) =>
    graphEdge(CO_MENTION_TYPE, r.source, r.target, {
      count: r.sentences,
      sentences: r.sentences,
      articles: r.articles,
    }),
  );
  return { nodes: [...nodes.values()], edges };
}

const blankToNull = (v: string | undefined): string | null => (v?.trim() ? v.trim() : null);

export const coMentionsRoutes: RouteModule = {
  name: "co-mentions",
  register(app, { db, config }) {
    app.get<{ Querystring: CoMentionQuery }>(
      "/api/co-mentions",
      {
        schema: {
          summary:
            "Co-mention layer: entity pairs named in the same sentence, with shared sentence and article counts (computed, not typed relations)",
          tags: ["graph"],
          querystring: {
            type: "object",
            properties: {
              entity: {
                type: "string",
                maxLength: 500,
                description: "Only pairs with this entity id (its co-mentioned entities)",
              },
              article: { type: "string", maxLength: 200, description: "Only sentences of this article id" },
              types: {
                type: "string",
                description: `Comma-separated entity types of both ends (${ENTITY_TYPES.join(", ")})`,
              },
              min: {
                type: "integer",
                minimum: 1,
                maximum: 100000,
                default: 2,
                description: "Fewest shared sentences",
              },
              limit: {
                type: "integer",
                minimum: 1,
                maximum: 5000,
                default: 500,
                description: "Most pairs, strongest first",
              },
              nodes: {
                type: "boolean",
                default: true,
                description:
                  "Include the pairs' entities as nodes (the explorer, which has them, says false)",
              },
            },
          },
        },
      },
      async (req): Promise<GraphPayload> => {
        const q = req.query;
        const entity = blankToNull(q.entity);
        const article = blankToNull(q.article);
        const params = {
          entity,
          article,
          types: listParam(q.types, ENTITY_TYPES, "entity type"),
          min: int(q.min),
          limit: int(q.limit),
          nodes: q.nodes,
        };
        const rows = await db
          .read<CoMentionRow>(loadCypher(coMentionQueryName({ entity, article })), params, {
            timeoutMs: config.cypherTimeoutMs,
          })
          .catch((err: unknown) => {
            if (isQueryTimeout(err)) {
              throw new QueryTimeoutError(
                `api: co-mentions stopped after ${config.cypherTimeoutMs} ms (the time limit); narrow them with entity or article, or raise min`,
                { cause: err },
              );
            }
            throw err;
          });
        return coMentionPayload(rows);
      },
    );

    app.get<{ Querystring: { source: string; target: string; limit: number } }>(
      "/api/co-mentions/pair",
      {
        schema: {
          summary: "The sentences that name two entities together (one co-mention edge), both highlighted",
          tags: ["graph"],
          querystring: {
            type: "object",
            required: ["source", "target"],
            properties: {
              source: { type: "string", minLength: 1, maxLength: 500 },
              target: { type: "string", minLength: 1, maxLength: 500 },
              limit: {
                type: "integer",
                minimum: 1,
                maximum: 200,
                default: 20,
                description: "Most sentences",
              },
            },
          },
        },
      },
      async (req): Promise<CoMentionPair> => {
        const { source, target, limit } = req.query;
        if (source === target)
          throw new InputError("api: co-mentions need two different entities (source and target are equal)");
        const [row] = await db.read<{
          sentences: number;
          articles: number;
          evidence: Omit<EvidenceRecord, "start" | "end">[];
        }>(loadCypher("api/co-mentions-pair"), { source, target, limit: int(limit) });
        const evidence = (row?.evidence ?? []).map((e) => ({ ...e, start: 0, end: e.sentence.length }));
        const highlights =
          evidence.length === 0
            ? []
            : await db.read<{ sentenceId: string; start: number; end: number }>(
                loadCypher("api/evidence-highlights"),
                { sentenceIds: evidence.map((e) => e.sentenceId), entityIds: [source, target] },
              );
        return {
          source,
          target,
          sentences: row?.sentences ?? 0,
          articles: row?.articles ?? 0,
          evidence: withHighlights(evidence, highlights),
        };
      },
    );
  },
};

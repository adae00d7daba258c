import { z } from "zod";
import type {
  ArticleSummary,
  CoMentionPair,
  CypherResult,
  EntityDetail,
  GraphEdge,
  GraphNode,
  GraphPayload,
  Health,
  IngestReport,
  PathResult,
  SavedQuery,
  SearchHit,
} from "../../../ingest/model.js";

/** Runtime shapes of the API's JSON (ingest/model.ts). Extra fields pass; missing ones fail loudly. */
const record = z.record(z.string(), z.unknown());
/**
 * A graph item's properties: any JSON object, as `record` accepts, but checked without copying it key
 * by key (a real-corpus graph has 20k+ of them, validated before the first paint). The UI reads each
 * property through its own type guard (graph/build.ts).
 */
const properties = z.custom<Record<string, unknown>>(
  (v) => typeof v === "object" && v !== null && !Array.isArray(v),
  "expected an object",
);

export const graphNodeSchema = z.object({
  id: z.string(),
  labels: z.array(z.string()).default([]),
  type: z.string(),
  name: z.string().default(""),
  nameEn: z.string().default(""),
  properties: properties.default({}),
}) satisfies z.ZodType<GraphNode, z.ZodTypeDef, unknown>;

export const graphEdgeSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: properties.default({}),
}) satisfies z.ZodType<GraphEdge, z.ZodTypeDef, unknown>;

export const graphPayloadSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
}) satisfies z.ZodType<GraphPayload, z.ZodTypeDef, unknown>;

const evidenceSchema = z.object({
  articleId: z.string(),
  sentenceId: z.string(),
  sentence: z.string(),
  start: z.number(),
  end: z.number(),
  highlights: z.array(z.object({ start: z.number(), end: z.number() })).optional(),
  publishedAt: z.string().nullable().optional(),
});

const nullableString = z.string().nullable();
export const articleSummarySchema = z.object({
  id: z.string(),
  title: nullableString.default(null),
  url: nullableString.default(null),
  source: nullableString.default(null),
  publishedAt: nullableString.default(null),
  ingestedAt: z.string().default(""),
  entityCount: z.number().default(0),
  relationCount: z.number().default(0),
}) satisfies z.ZodType<ArticleSummary, z.ZodTypeDef, unknown>;

const personRef = z.object({ id: z.string(), name: z.string(), nameEn: z.string() });

export const entityDetailSchema = z.object({
  entity: graphNodeSchema,
  relations: z.record(
    z.string(),
    z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        direction: z.enum(["out", "in"]),
        other: z.object({ id: z.string(), name: z.string(), nameEn: z.string(), type: z.string() }),
        properties: record.default({}),
        count: z.number().default(0),
        evidence: z.array(evidenceSchema).default([]),
      }),
    ),
  ),
  statements: z
    .array(
      z.object({
        id: z.string(),
        text: z.string(),
        verb: z.string(),
        articleId: z.string(),
        sentence: nullableString.default(null),
        speaker: personRef.nullable().default(null),
        source: personRef.nullable().default(null),
        publishedAt: nullableString.default(null),
      }),
    )
    .default([]),
  articles: z.array(articleSummarySchema).default([]),
  mentions: z
    .array(
      z.object({
        articleId: z.string(),
        sentenceId: z.string(),
        sentence: z.string(),
        start: z.number(),
        end: z.number(),
      }),
    )
    .default([]),
}) satisfies z.ZodType<EntityDetail, z.ZodTypeDef, unknown>;

export const edgeDetailSchema = z.object({
  edge: graphEdgeSchema,
  source: graphNodeSchema,
  target: graphNodeSchema,
  evidence: z.array(evidenceSchema),
});
export type EdgeDetail = z.infer<typeof edgeDetailSchema>;

export const searchSchema = z.object({
  hits: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      name: z.string(),
      nameEn: z.string().default(""),
      aliases: z.array(z.string()).default([]),
      score: z.number().default(0),
    }) satisfies z.ZodType<SearchHit, z.ZodTypeDef, unknown>,
  ),
});

export const pathResultSchema = z.object({
  paths: z.array(
    z.object({
      nodes: z.array(graphNodeSchema),
      steps: z.array(
        z.object({
          from: z.string(),
          to: z.string(),
          edge: graphEdgeSchema,
          evidence: z.array(evidenceSchema),
        }),
      ),
    }),
  ),
  graph: graphPayloadSchema,
}) satisfies z.ZodType<PathResult, z.ZodTypeDef, unknown>;

export const cypherResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(record),
  graph: graphPayloadSchema.default({ nodes: [], edges: [] }),
  truncated: z.boolean().default(false),
  truncatedReason: z.enum(["rows", "bytes"]).optional(),
  elapsedMs: z.number().default(0),
}) satisfies z.ZodType<CypherResult, z.ZodTypeDef, unknown>;

const paramValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export const queriesSchema = z.object({
  queries: z.array(
    z.object({
      name: z.string(),
      title: z.string(),
      titleAr: z.string().default(""),
      description: z.string().default(""),
      descriptionAr: z.string().default(""),
      parameters: z.array(
        z.object({
          name: z.string(),
          type: z.enum(["string", "integer", "float", "boolean", "string[]"]),
          description: z.string().default(""),
          default: paramValue.nullable().optional(),
          example: paramValue.optional(),
          required: z.boolean(),
        }),
      ),
      window: z.object({ from: z.string(), to: z.string() }).optional(),
      cypher: z.string().default(""),
    }) satisfies z.ZodType<SavedQuery, z.ZodTypeDef, unknown>,
  ),
});

export const articlesSchema = z.object({ articles: z.array(articleSummarySchema) });

export const ingestReportSchema = z.object({
  articleId: z.string(),
  status: z.enum(["new", "unchanged", "replaced"]),
  entities: z.number(),
  relations: z.number(),
  statements: z.number().default(0),
  entityIds: z.array(z.string()).default([]),
  warnings: z.array(z.string()).default([]),
}) satisfies z.ZodType<IngestReport, z.ZodTypeDef, unknown>;

export const healthSchema = z.object({
  ok: z.boolean(),
  database: z.object({ reachable: z.boolean(), uri: z.string(), message: z.string().optional() }),
  counts: z.object({ articles: z.number(), entities: z.number(), relationships: z.number() }),
  version: z.string(),
}) satisfies z.ZodType<Health, z.ZodTypeDef, unknown>;

export const apiErrorSchema = z.object({
  error: z.string(),
  message: z.string().default(""),
  // entity_not_found (saved queries): which parameter, and close matches by name.
  param: z.string().optional(),
  value: z.string().optional(),
  suggestions: z
    .array(z.object({ id: z.string(), type: z.string(), name: z.string(), nameEn: z.string().default("") }))
    .optional(),
});

export const coMentionPairSchema = z.object({
  source: z.string(),
  target: z.string(),
  sentences: z.number(),
  articles: z.number(),
  evidence: z.array(evidenceSchema),
}) satisfies z.ZodType<CoMentionPair, z.ZodTypeDef, unknown>;

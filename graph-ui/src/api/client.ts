import type { z } from "zod";
import {
  apiErrorSchema,
  articlesSchema,
  coMentionPairSchema,
  cypherResultSchema,
  edgeDetailSchema,
  entityDetailSchema,
  graphPayloadSchema,
  healthSchema,
  pathResultSchema,
  queriesSchema,
  searchSchema,
} from "./guards.js";
import type { TimeWindow } from "../state/types.js";

/** Why a request failed, as the UI needs to show it: the network, the API's own error, or a bad payload. */
export type ApiFailure =
  | { kind: "unreachable"; message: string }
  | { kind: "http"; status: number; error: string; message: string; body?: z.infer<typeof apiErrorSchema> }
  | { kind: "invalid"; message: string };

export class ApiRequestError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.message);
    this.name = "ApiRequestError";
  }
}

export async function request<S extends z.ZodTypeAny>(
  schema: S,
  path: string,
  init?: RequestInit,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(`api/${path}`, { ...init, signal: signal ?? null });
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new ApiRequestError({ kind: "unreachable", message: `explorer: API unreachable (${String(err)})` });
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) {
    const parsed = apiErrorSchema.safeParse(body);
    throw new ApiRequestError({
      kind: "http",
      status: res.status,
      error: parsed.success ? parsed.data.error : `http_${res.status}`,
      message: parsed.success
        ? parsed.data.message || parsed.data.error
        : `HTTP ${res.status} from /api/${path}`,
      ...(parsed.success ? { body: parsed.data } : {}),
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiRequestError({
      kind: "invalid",
      message: `explorer: unexpected reply from /api/${path} at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? ""}`,
    });
  }
  return parsed.data;
}

export const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

export interface GraphQuery {
  types?: string[];
  relations?: string[];
  article?: string | null;
  minDegree?: number;
  limit?: number;
}

function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
}

export interface CoMentionQuery {
  article?: string | null;
  entity?: string | null;
  min?: number;
  limit?: number;
}

/** Longest path the explorer asks for, in relations; the "no path" message names it. */
export const PATH_MAX_LENGTH = 6;

export const api = {
  health: () => request(healthSchema, "health"),
  graph: (q: GraphQuery = {}) =>
    request(
      graphPayloadSchema,
      `graph${qs({
        types: q.types?.join(","),
        relations: q.relations?.join(","),
        article: q.article,
        minDegree: q.minDegree,
        limit: q.limit,
      })}`,
    ),
  /** The co-mention layer's edges only: the explorer already has the nodes. */
  coMentions: (q: CoMentionQuery = {}) =>
    request(
      graphPayloadSchema,
      `co-mentions${qs({ article: q.article, entity: q.entity, min: q.min, limit: q.limit, nodes: "false" })}`,
    ),
  coMentionPair: (source: string, target: string) =>
    request(coMentionPairSchema, `co-mentions/pair${qs({ source, target, limit: 20 })}`),
  /** In a time window, what the window's articles say of the entity (relations counted there). */
  entity: (id: string, window: TimeWindow | null = null) =>
    request(
      entityDetailSchema,
      `entities/${encodeURIComponent(id)}${qs({ from: window?.from, to: window?.to })}`,
    ),
  /** In a time window, only neighbours linked by the window's evidence. */
  neighbors: (id: string, depth: 1 | 2, window: TimeWindow | null = null) =>
    request(
      graphPayloadSchema,
      `entities/${encodeURIComponent(id)}/neighbors${qs({ depth, from: window?.from, to: window?.to })}`,
    ),
  /** In a time window, the evidence of the window's articles only (counted there; none keeps the edge). */
  edge: (id: string, window: TimeWindow | null = null) =>
    request(edgeDetailSchema, `edges/${encodeURIComponent(id)}${qs({ from: window?.from, to: window?.to })}`),
  search: (q: string, signal?: AbortSignal) =>
    request(searchSchema, `search${qs({ q, limit: 10 })}`, undefined, signal),
  /** In a time window, paths over relations with evidence in it (the window is since/until here). */
  path: (from: string, to: string, window: TimeWindow | null = null) =>
    request(
      pathResultSchema,
      `path${qs({ from, to, maxLength: PATH_MAX_LENGTH, since: window?.from, until: window?.to })}`,
    ),
  cypher: (query: string, params: Record<string, unknown> = {}) =>
    request(cypherResultSchema, "cypher", json({ query, params })),
  queries: () => request(queriesSchema, "queries"),
  runQuery: (name: string, params: Record<string, unknown>) =>
    request(cypherResultSchema, `queries/${encodeURIComponent(name)}/run`, json({ params })),
  articles: () => request(articlesSchema, "articles"),
};

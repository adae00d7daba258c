import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { RawabitError } from "../errors.js";
import type { ApiError } from "../model.js";

/** HTTP status of each typed error code (ingest/errors.ts). */
const STATUS_BY_CODE: Record<string, number> = {
  bad_input: 400,
  bad_query: 400,
  unauthorized: 401,
  forbidden_query: 403,
  private_address: 403,
  not_found: 404,
  unsupported_content: 415,
  upstream_failed: 502,
  timeout: 408,
  article_too_large: 413,
  no_arabic_text: 422,
  extraction_failed: 500,
  database_unavailable: 503,
  bad_config: 500,
};

/** Fastify's own errors (body parsing, limits, validation) with a stable code and a fix. */
const FASTIFY_ERRORS: Record<string, { status: number; error: string; message?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, error: "body_too_large" },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    error: "unsupported_media_type",
    message: "api: unsupported Content-Type; send application/json (or text/plain for POST /api/articles)",
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, error: "bad_json" },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, error: "bad_json", message: "api: the JSON body is empty" },
  FST_ERR_CTP_EMPTY_TYPE: { status: 415, error: "unsupported_media_type" },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, error: "bad_input" },
};

export class UnauthorizedError extends RawabitError {
  constructor(message: string) {
    super("unauthorized", message);
  }
}

export function toApiError(err: unknown, limitBytes: number): { status: number; body: ApiError } {
  if (err instanceof RawabitError) {
    return { status: STATUS_BY_CODE[err.code] ?? 500, body: { error: err.code, message: err.message } };
  }
  const fe = err as Partial<FastifyError> & { validation?: unknown };
  if (fe.validation) {
    return { status: 400, body: { error: "bad_input", message: `api: ${fe.message ?? "invalid request"}` } };
  }
  const known = fe.code ? FASTIFY_ERRORS[fe.code] : undefined;
  if (known) {
    const message =
      known.status === 413
        ? `api: request body is larger than ${Math.round(limitBytes / 1024 / 1024)} MB; split the input into smaller articles (the limit grows with KG_MAX_ARTICLE_BYTES)`
        : (known.message ?? `api: ${fe.message ?? "bad request"}`);
    return { status: known.status, body: { error: known.error, message } };
  }
  const status = typeof fe.statusCode === "number" && fe.statusCode >= 400 ? fe.statusCode : 500;
  if (status < 500)
    return { status, body: { error: "bad_request", message: `api: ${fe.message ?? "bad request"}` } };
  return { status, body: { error: "internal", message: "api: internal error; see the server log" } };
}

export function errorHandler(limitBytes: number) {
  return (err: unknown, request: FastifyRequest, reply: FastifyReply): void => {
    const { status, body } = toApiError(err, limitBytes);
    if (status >= 500) request.log.error({ err }, body.message);
    void reply.status(status).type("application/json; charset=utf-8").send(body);
  };
}

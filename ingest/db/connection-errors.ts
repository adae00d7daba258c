import { Neo4jError } from "neo4j-driver";
import type { Neo4jConfig } from "../config.js";
import { DatabaseError } from "../errors.js";

const START_HINT = "Start the local database with `npm run db:start`, or set NEO4J_URI to a running server.";

const REMOTE_HINT =
  "Check that the server named by NEO4J_URI is running, or unset NEO4J_URI and run `npm run db:start` for the local database.";

/** Driver messages carry the socket error; keep only the short reason a person can act on. */
const REASONS = [
  { pattern: /ECONNREFUSED/, reason: "connection refused" },
  { pattern: /ETIMEDOUT|timed? ?out/i, reason: "connection timed out" },
  { pattern: /ENOTFOUND|EAI_AGAIN/, reason: "host not found" },
  { pattern: /ECONNRESET|socket hang up|closed/i, reason: "connection closed by the server" },
] as const;

function reasonOf(err: Error): string {
  const text = `${err.message} ${String((err as { cause?: unknown }).cause ?? "")}`;
  return REASONS.find((r) => r.pattern.test(text))?.reason ?? "service unavailable";
}

/**
 * Maps connection-level failures (server down, wrong credentials, missing database) to a
 * `DatabaseError` that names the URI and the fix. Query errors (syntax, constraint violations)
 * are returned unchanged: they are the caller's to interpret.
 */
export function wrapDbError(err: unknown, cfg: Neo4jConfig): unknown {
  if (err instanceof DatabaseError) return err;
  if (!(err instanceof Error)) return err;
  const code = err instanceof Neo4jError ? err.code : ((err as { code?: unknown }).code ?? "");
  if (code === "ServiceUnavailable" || code === "SessionExpired" || code === "ECONNREFUSED") {
    return new DatabaseError(
      `database: cannot reach Neo4j at ${cfg.uri} (${reasonOf(err)}). ${cfg.local ? START_HINT : REMOTE_HINT}`,
      {
        cause: err,
      },
    );
  }
  if (code === "Neo.ClientError.Security.Unauthorized") {
    return new DatabaseError(
      `database: Neo4j at ${cfg.uri} rejected user "${cfg.user}" (wrong user or password). ` +
        "Set NEO4J_USER and NEO4J_PASSWORD to the server's credentials " +
        "(the local database uses NEO4J_PASSWORD, default in ingest/config.ts).",
      { cause: err },
    );
  }
  if (code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new DatabaseError(
      `database: Neo4j at ${cfg.uri} locked user "${cfg.user}" after too many failed logins. ` +
        "Fix NEO4J_USER/NEO4J_PASSWORD and retry in a few seconds.",
      { cause: err },
    );
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new DatabaseError(
      `database: Neo4j at ${cfg.uri} has no database "${cfg.database}". ` +
        "Set NEO4J_DATABASE to an existing database (Community edition has only `neo4j`).",
      { cause: err },
    );
  }
  return err;
}

import neo4j, { Neo4jError } from "neo4j-driver";
import { wrapDbError, type Database } from "../db/driver.js";
import { BadQueryError, ForbiddenQueryError, InputError, QueryTimeoutError } from "../errors.js";
import type { CypherResult } from "../model.js";
import { consolePool } from "./cypher-pool.js";
import { forbiddenByText } from "./readonly-guard.js";
import { READ_ONLY_DEFAULTS, type ReadOnlyOptions } from "./readonly-stream.js";

export {
  ALLOWED_PROCEDURES,
  calledProcedures,
  forbiddenByText,
  planOperators,
  planRefusal,
  stripLiterals,
} from "./readonly-guard.js";
export { closeConsolePool } from "./cypher-pool.js";
export { READ_ONLY_DEFAULTS, type ReadOnlyOptions } from "./readonly-stream.js";

const MAX_QUERY_CHARS = 100_000;

/** JSON numbers that are whole become Neo4j integers, so `LIMIT $n` and `range(0, $n)` accept them. */
export function cypherParams(params: unknown): Record<string, unknown> {
  if (params === undefined || params === null) return {};
  if (typeof params !== "object" || Array.isArray(params)) {
    throw new InputError('cypher: params must be a JSON object, e.g. {"name": "بايدن"}');
  }
  const convert = (v: unknown): unknown => {
    if (typeof v === "number" && Number.isSafeInteger(v)) return neo4j.int(v);
    if (Array.isArray(v)) return v.map(convert);
    if (v && typeof v === "object" && !neo4j.isInt(v)) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x)]));
    }
    return v;
  };
  return convert(params) as Record<string, unknown>;
}

/**
 * Runs analyst Cypher that must only read graph data: refused by its text (a statement must start
 * with a read clause; LOAD CSV, dbms/apoc and procedures outside ALLOWED_PROCEDURES are refused),
 * then by its EXPLAIN plan (read query type, no updating, command or non-allowed procedure
 * operator), then run in a READ session. It runs in a console worker (./cypher-pool.ts) so the
 * caller's event loop stays free; the server stops it after `timeoutMs`, the worker is killed
 * shortly after if Neo4j cannot interrupt it, and at most `maxRows` rows and `maxBytes` bytes are
 * read (`truncated`, `truncatedReason`).
 *
 * @example await runReadOnly(db, "MATCH (e:Entity) RETURN e LIMIT $n", { n: 5 })
 */
export async function runReadOnly(
  db: Database,
  query: unknown,
  params: unknown = {},
  opts: ReadOnlyOptions = READ_ONLY_DEFAULTS,
): Promise<CypherResult> {
  const text = validateQuery(query);
  const why = forbiddenByText(text);
  if (why) {
    throw new ForbiddenQueryError(`cypher: query refused: ${why}; only reads of graph data are allowed here`);
  }
  cypherParams(params); // a malformed params object is refused here, before any worker starts
  return consolePool(db).run(text, cloneableParams(params), opts);
}

/**
 * Neo4j Integers (saved queries convert their parameters before they get here) do not survive the
 * structured clone to the worker — they arrive as plain {low, high} maps — so they travel as
 * numbers (or strings beyond 2^53) and the worker's cypherParams makes them integers again.
 */
export function cloneableParams(params: unknown): unknown {
  if (neo4j.isInt(params)) {
    const n = params as ReturnType<typeof neo4j.int>;
    return n.inSafeRange() ? n.toNumber() : n.toString();
  }
  if (Array.isArray(params)) return params.map(cloneableParams);
  if (params && typeof params === "object") {
    return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, cloneableParams(v)]));
  }
  return params;
}

function validateQuery(query: unknown): string {
  if (typeof query !== "string" || query.trim() === "") {
    throw new InputError(
      'cypher: "query" must be a non-empty string of Cypher, e.g. "MATCH (e:Entity) RETURN e LIMIT 10"',
    );
  }
  if (query.length > MAX_QUERY_CHARS) {
    throw new InputError(`cypher: query is ${query.length} characters; the limit is ${MAX_QUERY_CHARS}`);
  }
  return query.trim();
}

/** The server stopped the transaction at its time limit (or it was terminated). */
export function isQueryTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && /TransactionTimedOut|Transaction\.Terminated/.test(err.code);
}

/** A driver error of a console run as one of Rawabit's typed errors. */
export function mapQueryError(err: unknown, db: Database, opts: ReadOnlyOptions): unknown {
  if (!(err instanceof Neo4jError)) return wrapDbError(err, db.config);
  const first = err.message.split("\n")[0] ?? err.message;
  if (isQueryTimeout(err)) {
    return new QueryTimeoutError(
      `cypher: query stopped after ${opts.timeoutMs} ms (the time limit); add a LIMIT or a tighter MATCH`,
      { cause: err },
    );
  }
  if (err.code === "Neo.ClientError.Statement.AccessMode" || /Forbidden|Security/.test(err.code)) {
    return new ForbiddenQueryError(
      `cypher: query refused by the database (${first}); only reads of graph data are allowed here`,
    );
  }
  if (err.code.startsWith("Neo.ClientError.")) {
    return new BadQueryError(`cypher: ${first}`, { cause: err });
  }
  return wrapDbError(err, db.config);
}

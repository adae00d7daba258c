import neo4j, { Neo4jError, type Record as Neo4jRecord, type Session } from "neo4j-driver";
import { toPlain, wrapDbError, type Database } from "../db/driver.js";
import { BadQueryError, ForbiddenQueryError, InputError, QueryTimeoutError } from "../errors.js";
import type { CypherResult } from "../model.js";
import { emptyFound, findElements, missingEndpoints, toGraphPayload } from "./graph-elements.js";

export interface ReadOnlyOptions {
  timeoutMs: number;
  maxRows: number;
}

export const READ_ONLY_DEFAULTS: ReadOnlyOptions = { timeoutMs: 10_000, maxRows: 5_000 };
const MAX_QUERY_CHARS = 100_000;

/**
 * Text patterns refused before the database sees the query: they either reach outside the graph
 * (files, URLs, administration) or run their own transactions, which a READ session cannot vouch for.
 */
const FORBIDDEN_TEXT = [
  { pattern: /\bLOAD\s+CSV\b/i, why: "LOAD CSV reads files and URLs" },
  { pattern: /\bdbms\s*\./i, why: "dbms.* procedures administer the server" },
  { pattern: /\bdb\s*\.\s*create/i, why: "db.create* procedures change the schema" },
  { pattern: /\bapoc\s*\./i, why: "apoc.* procedures can write and reach outside the graph" },
  {
    pattern: /\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i,
    why: "CALL { ... } IN TRANSACTIONS writes in batches",
  },
] as const;

/** Plan operators that change the graph or reach outside it (names without the `@neo4j` suffix). */
const WRITE_OPERATOR =
  /^(Create|Merge|Delete|DetachDelete|Set|Remove|LoadCSV|Foreach|TransactionForeach|TransactionApply|LockingMerge|EmptyResult)/;

/** Comments, string literals and `quoted` identifiers cannot hide keywords from the text checks. */
export function stripLiterals(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, " ");
}

/** The reason a query is refused by its text alone, or null. */
export function forbiddenByText(query: string): string | null {
  const code = stripLiterals(query);
  return FORBIDDEN_TEXT.find((f) => f.pattern.test(code))?.why ?? null;
}

/** Operator names in an EXPLAIN plan tree. */
export function planOperators(plan: unknown): string[] {
  const out: string[] = [];
  const walk = (p: unknown): void => {
    if (!p || typeof p !== "object") return;
    const { operatorType, children } = p as { operatorType?: unknown; children?: unknown };
    if (typeof operatorType === "string") out.push(operatorType.replace(/@.*$/, ""));
    if (Array.isArray(children)) children.forEach(walk);
  };
  walk(plan);
  return out;
}

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
 * Runs analyst Cypher that must not change anything: refused by text (LOAD CSV, admin and APOC
 * procedures), then by its EXPLAIN plan (query type must be read-only, no updating operator), then
 * run in a READ session so the server itself refuses any write that slipped through. The server
 * stops it after `timeoutMs`; at most `maxRows` rows are read.
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
  if (why) throw new ForbiddenQueryError(`cypher: query refused: ${why}; only read queries are allowed here`);
  const p = cypherParams(params);
  const session = db.driver.session({ database: db.config.database, defaultAccessMode: neo4j.session.READ });
  const started = performance.now();
  try {
    await checkPlan(session, text, p);
    return await execute(session, text, p, opts, started);
  } catch (err) {
    throw mapQueryError(err, db, opts);
  } finally {
    await session.close();
  }
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

async function checkPlan(session: Session, query: string, params: Record<string, unknown>): Promise<void> {
  const bare = query.replace(/^(EXPLAIN|PROFILE)\b/i, "").trim();
  const summary = await session.run(`EXPLAIN ${bare}`, params).summary();
  const writes = planOperators(summary.plan).filter((op) => WRITE_OPERATOR.test(op));
  if (summary.queryType !== "r" || writes.length > 0) {
    const detail =
      writes.length > 0
        ? `plan contains ${[...new Set(writes)].join(", ")}`
        : `query type "${summary.queryType}"`;
    throw new ForbiddenQueryError(
      `cypher: query refused: it would change the database (${detail}); only read queries are allowed here`,
    );
  }
}

async function execute(
  session: Session,
  query: string,
  params: Record<string, unknown>,
  opts: ReadOnlyOptions,
  started: number,
): Promise<CypherResult> {
  const tx = await session.beginTransaction({ timeout: opts.timeoutMs });
  try {
    const result = tx.run(query, params);
    const records: Neo4jRecord[] = [];
    let truncated = false;
    for await (const record of result) {
      if (records.length >= opts.maxRows) {
        truncated = true;
        break; // leaving the loop discards the rest of the stream on the server
      }
      records.push(record);
    }
    const columns = records[0]?.keys.map(String) ?? (await result.keys()).map(String);
    const found = emptyFound();
    for (const r of records) findElements(r.toObject(), found);
    const missing = missingEndpoints(found);
    if (missing.length > 0) {
      const ends = await tx.run("MATCH (n) WHERE elementId(n) IN $ids RETURN n", { ids: missing });
      for (const r of ends.records) findElements(r.get("n"), found);
    }
    return {
      columns,
      rows: records.map((r) => toPlain(r.toObject()) as Record<string, unknown>),
      graph: toGraphPayload(found),
      truncated,
      elapsedMs: Math.round(performance.now() - started),
    };
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
  }
}

/** The server stopped the transaction at its time limit (or it was terminated). */
export function isQueryTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && /TransactionTimedOut|Transaction\.Terminated/.test(err.code);
}

function mapQueryError(err: unknown, db: Database, opts: ReadOnlyOptions): unknown {
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
      `cypher: query refused by the database (${first}); only read queries are allowed here`,
    );
  }
  if (err.code.startsWith("Neo.ClientError.")) {
    return new BadQueryError(`cypher: ${first}`, { cause: err });
  }
  return wrapDbError(err, db.config);
}

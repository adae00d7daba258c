import neo4j, { type Session, type Transaction } from "neo4j-driver";
import { toPlain } from "../db/driver.js";
import { ForbiddenQueryError } from "../errors.js";
import type { CypherResult, TruncatedReason } from "../model.js";
import {
  emptyFound,
  findElements,
  missingEndpoints,
  toGraphPayload,
  type FoundElements,
} from "./graph-elements.js";
import { planRefusal } from "./readonly-guard.js";

export interface ReadOnlyOptions {
  /** Server-side transaction timeout; the API also stops waiting a little after it. */
  timeoutMs: number;
  /** Rows read at most before `truncated: "rows"`. */
  maxRows: number;
  /** JSON bytes of rows and graph elements at most before `truncated: "bytes"`. */
  maxBytes?: number;
}

export const READ_ONLY_DEFAULTS = {
  timeoutMs: 10_000,
  maxRows: 5_000,
  maxBytes: 16 * 1024 * 1024,
} as const satisfies Required<ReadOnlyOptions>;

/**
 * Records per PULL. Neo4j serialises a whole batch before the client asks for more, so a large
 * fetch size of 5 MB rows exhausts its direct memory; small batches keep both sides bounded.
 */
export const FETCH_SIZE = 50;

/** Transaction metadata key that lets the API find (and terminate) a console transaction. */
export const RUN_METADATA_KEY = "rawabitConsoleRun";

const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? "null");

/** Counts the response's bytes: each row, and each graph element the first time it is seen. */
class Budget {
  used = 0;
  constructor(private readonly max: number) {}

  /** Adds `value`'s cost if it fits and says whether it did. */
  take(cost: number): boolean {
    if (this.used + cost > this.max) return false;
    this.used += cost;
    return true;
  }
}

/** Bytes the graph payload gains from the elements of `raw` not yet in `found`. */
function newElementsCost(raw: unknown, found: FoundElements): { cost: number; extra: FoundElements } {
  const extra = findElements(raw, emptyFound());
  let cost = 0;
  for (const [id, n] of extra.nodes) {
    if (found.nodes.has(id)) extra.nodes.delete(id);
    else cost += jsonBytes(toPlain(n.properties)) + 100;
  }
  for (const [id, r] of extra.relationships) {
    if (found.relationships.has(id)) extra.relationships.delete(id);
    else cost += jsonBytes(toPlain(r.properties)) + 150;
  }
  return { cost, extra };
}

function merge(into: FoundElements, from: FoundElements): void {
  for (const [id, n] of from.nodes) into.nodes.set(id, n);
  for (const [id, r] of from.relationships) into.relationships.set(id, r);
}

/**
 * Checks the plan, then streams the result in small batches and stops pulling at `maxRows` rows or
 * `maxBytes` bytes (the rest is discarded on the server). Runs inside the console worker.
 */
export async function readBounded(
  session: Session,
  query: string,
  params: Record<string, unknown>,
  opts: ReadOnlyOptions,
  runId: string,
): Promise<CypherResult> {
  const started = performance.now();
  const bare = query.replace(/^(EXPLAIN|PROFILE)\b/i, "").trim();
  const summary = await session.run(`EXPLAIN ${bare}`, params).summary();
  const why = planRefusal(summary.queryType, summary.plan);
  if (why)
    throw new ForbiddenQueryError(`cypher: query refused: ${why}; only reads of graph data are allowed here`);

  const budget = new Budget(opts.maxBytes ?? READ_ONLY_DEFAULTS.maxBytes);
  const tx = await session.beginTransaction({
    timeout: opts.timeoutMs,
    metadata: { [RUN_METADATA_KEY]: runId },
  });
  try {
    const result = tx.run(query, params);
    const rows: Record<string, unknown>[] = [];
    const found = emptyFound();
    let columns: string[] | null = null;
    let truncated: TruncatedReason | null = null;
    for await (const record of result) {
      columns ??= record.keys.map(String);
      if (rows.length >= opts.maxRows) {
        truncated = "rows";
        break; // leaving the loop discards the rest of the stream on the server
      }
      const raw = record.toObject();
      const row = toPlain(raw) as Record<string, unknown>;
      const { cost, extra } = newElementsCost(raw, found);
      if (!budget.take(jsonBytes(row) + cost)) {
        truncated = "bytes";
        break;
      }
      rows.push(row);
      merge(found, extra);
    }
    columns ??= (await result.keys()).map(String);
    if ((await fetchEndpoints(tx, found, budget)) && truncated === null) truncated = "bytes";
    return {
      columns,
      rows,
      graph: toGraphPayload(found),
      truncated: truncated !== null,
      ...(truncated === null ? {} : { truncatedReason: truncated }),
      elapsedMs: Math.round(performance.now() - started),
    };
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
  }
}

/** Fetches relationship ends that were not returned, within the budget; true if it ran out. */
async function fetchEndpoints(tx: Transaction, found: FoundElements, budget: Budget): Promise<boolean> {
  const missing = missingEndpoints(found);
  if (missing.length === 0) return false;
  const ends = tx.run("MATCH (n) WHERE elementId(n) IN $ids RETURN n", { ids: missing });
  for await (const record of ends) {
    const n: unknown = record.get("n");
    if (!neo4j.isNode(n)) continue;
    if (!budget.take(jsonBytes(toPlain(n.properties)) + 100)) return true;
    found.nodes.set(n.elementId, n);
  }
  return false;
}

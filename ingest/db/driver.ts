import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Result } from "neo4j-driver";
import { neo4jConfig, type Neo4jConfig } from "../config.js";
import { DatabaseError } from "../errors.js";
import { wrapDbError } from "./connection-errors.js";
import { DEFAULT_DEADLOCK_POLICY, markDeadlock, retryDeadlocks, type DeadlockPolicy } from "./deadlock.js";
import { tuneBoltSockets } from "./bolt-socket.js";
import { toPlain } from "./plain.js";

export { toPlain } from "./plain.js";
export { wrapDbError } from "./connection-errors.js";
export type { ManagedTransaction } from "neo4j-driver";

export interface ReadOptions {
  /** Transaction timeout enforced by the server. */
  timeoutMs?: number;
  /** Stop reading after this many rows (pass limit + 1 to detect truncation). */
  maxRows?: number;
  /**
   * `false`: one attempt, no driver retries — for answers that must come at once, e.g. a health
   * check, which should say "unreachable" rather than wait out the retry window.
   */
  retry?: false;
}

export interface DatabaseOptions {
  /** How long a deadlocked write is retried (see ./deadlock.ts). */
  deadlock?: Partial<DeadlockPolicy>;
}

/**
 * Driver timeouts. A database that is down or unreachable must be reported in seconds, not after
 * the driver's defaults (60 s to acquire a connection, managed transactions retried for 30 s: an
 * API answered 503 only after 33–65 s with Neo4j killed). The retry window is short because every
 * retry the driver would make is of a connection that was just refused or lost (a single server,
 * no leader to wait for); deadlocks, the one transient error worth waiting for, are retried by
 * ./deadlock.ts with their own budget. 2 s lets the driver try three times (at ~0, 1 and 3 s).
 */
const DRIVER_TIMEOUTS = {
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 2_000,
} as const;

/**
 * Attempts of a query whose connection the pool did not hand over within
 * `connectionAcquisitionTimeout`. That timeout runs in wall time, so a thread busy for seconds —
 * the extraction models' first load in `kg ingest`, about 6 s of CPU — lets it lapse while the
 * server is answering: the batch's other writers failed their first articles with "Connection
 * acquisition timed out" (3 of 400 in a 2-process `bench:ingest:processes` run). Asked again, the
 * pool hands over the connection it was making meanwhile. A server that is down or unreachable
 * fails the connection itself (refused, or `connectionTimeout`), which is not retried here.
 */
const ACQUISITION_ATTEMPTS = 3;

/** The driver's "pool could not hand over a connection in time" (no error code of its own). */
export function isAcquisitionTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && err.message.startsWith("Connection acquisition timed out");
}

async function retryAcquisition<R>(run: () => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= ACQUISITION_ATTEMPTS || !isAcquisitionTimeout(err)) throw err;
    }
  }
}

type Params = Record<string, unknown>;

/**
 * The one way Rawabit talks to Neo4j: queries go through `executeQuery` or managed transactions
 * (the driver retries transient failures), and rows come back as plain objects.
 *
 * @example
 * const db = new Database();
 * const rows = await db.read<{ name: string }>("MATCH (e:Entity) RETURN e.name AS name LIMIT $n", { n: 5 });
 * await db.close();
 */
export class Database {
  readonly config: Neo4jConfig;
  driver: Driver;
  private connected: Promise<void> | null = null;
  private readonly deadlockPolicy: DeadlockPolicy;
  private retriedDeadlocks = 0;

  constructor(cfg: Neo4jConfig = neo4jConfig(), opts: DatabaseOptions = {}) {
    this.config = cfg;
    this.deadlockPolicy = { ...DEFAULT_DEADLOCK_POLICY, ...opts.deadlock };
    tuneBoltSockets(boltPort(cfg.uri));
    this.driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
      userAgent: "rawabit",
      ...DRIVER_TIMEOUTS,
    });
  }

  /** Deadlocked write transactions run again so far by this Database (all callers together). */
  get deadlockRetries(): number {
    return this.retriedDeadlocks;
  }

  async read<T = Record<string, unknown>>(
    cypher: string,
    params: Params = {},
    opts: ReadOptions = {},
  ): Promise<T[]> {
    await this.ensureConnected();
    const { maxRows, timeoutMs } = opts;
    if (opts.retry === false) {
      // An auto-commit transaction: the driver never retries those.
      return this.inSession("READ", async (session) =>
        collectRows<T>(
          session.run(cypher, params, timeoutMs === undefined ? {} : { timeout: timeoutMs }),
          maxRows,
        ),
      );
    }
    try {
      return await retryAcquisition(() =>
        this.driver.executeQuery(cypher, params, {
          routing: neo4j.routing.READ,
          database: this.config.database,
          ...(timeoutMs === undefined ? {} : { transactionConfig: { timeout: timeoutMs } }),
          resultTransformer: (result: Result) => collectRows<T>(result, maxRows),
        }),
      );
    } catch (err) {
      throw this.failed(err);
    }
  }

  write<T = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.writeTransaction((tx) => collectRows<T>(tx.run(cypher, params)));
  }

  /**
   * Runs `work` in a managed write transaction; rows read inside should go through `rowsOf`.
   * Deadlocks are retried after milliseconds for up to a minute (./deadlock.ts), a connection the
   * pool was late to hand over up to ACQUISITION_ATTEMPTS times, other transient failures by the
   * driver.
   */
  writeTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    return retryDeadlocks(
      () =>
        retryAcquisition(() =>
          this.inSession("WRITE", (session) =>
            session.executeWrite(async (tx) => {
              try {
                return await work(tx);
              } catch (err) {
                throw markDeadlock(err);
              }
            }),
          ),
        ),
      {
        ...this.deadlockPolicy,
        onRetry: (deadlock) => {
          this.retriedDeadlocks += 1;
          // KG_LOG_DEADLOCKS=1: each retried deadlock's message (which locks, held by whom) on
          // stderr, to find the statements that lock in different orders.
          if (process.env.KG_LOG_DEADLOCKS) console.error(`deadlock retried: ${deadlock.message}`);
        },
      },
    );
  }

  readTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    return retryAcquisition(() => this.inSession("READ", (session) => session.executeRead(work)));
  }

  /** Checks that the server answers and accepts the credentials; throws a `DatabaseError` if not. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.config.database });
    } catch (err) {
      throw this.failed(err);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async inSession<R>(
    mode: "READ" | "WRITE",
    work: (session: ReturnType<Driver["session"]>) => Promise<R>,
  ): Promise<R> {
    await this.ensureConnected();
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      // The bookmarks `executeQuery` keeps: on a cluster, a read sees the writes made before it
      // whichever way they were made.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await work(session);
    } catch (err) {
      throw this.failed(err);
    } finally {
      await session.close();
    }
  }

  /**
   * Once the database is found unreachable, the next call checks connectivity again first (one
   * attempt, no retries), so a database that went away fails every later call at once.
   */
  private failed(err: unknown): unknown {
    const wrapped = wrapDbError(err, this.config);
    if (wrapped instanceof DatabaseError) this.connected = null;
    return wrapped;
  }

  /**
   * Managed transactions retry "service unavailable" (for 2 s here); checking once up front turns a
   * database that is simply not running into an immediate, actionable error instead.
   */
  private ensureConnected(): Promise<void> {
    this.connected ??= this.verify().catch((err: unknown) => {
      this.connected = null;
      throw err;
    });
    return this.connected;
  }
}

/** Plain rows of a result, e.g. inside `writeTransaction`: `rowsOf(await tx.run(q, p))`. */
export function rowsOf<T = Record<string, unknown>>(result: { records: { toObject(): object }[] }): T[] {
  return result.records.map((r) => toPlain(r.toObject()) as T);
}

async function collectRows<T>(result: Result, maxRows = Infinity): Promise<T[]> {
  const rows: T[] = [];
  if (maxRows <= 0) return rows;
  // Leaving the loop early discards the rest of the stream on the server.
  for await (const record of result) {
    rows.push(toPlain(record.toObject()) as T);
    if (rows.length >= maxRows) break;
  }
  return rows;
}

/** The port of a bolt:// or neo4j:// URI (7687 when it names none). */
export function boltPort(uri: string): number {
  try {
    const port = new URL(uri).port;
    return port === "" ? 7687 : Number(port);
  } catch {
    return 7687;
  }
}

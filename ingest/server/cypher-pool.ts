import { randomUUID } from "node:crypto";
import { Worker } from "node:worker_threads";
import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";
import type { RawabitError } from "../errors.js";
import {
  BadQueryError,
  DatabaseError,
  ForbiddenQueryError,
  InputError,
  QueryTimeoutError,
} from "../errors.js";
import type { CypherResult } from "../model.js";
import type { ReadOnlyOptions } from "./readonly-stream.js";

export interface WorkerJob {
  id: string;
  query: string;
  params: unknown;
  opts: ReadOnlyOptions;
}

export type WorkerReply =
  { id: string; result: CypherResult } | { id: string; error: { code: string; message: string } };

/** Console queries run at once (the API keeps its own cores for everything else). */
const MAX_WORKERS = 2;
/** Queries waiting for a worker before the console answers "busy". */
const MAX_QUEUE = 32;
/** How long after the server-side timeout the API stops waiting and kills the worker. */
const GRACE_MS = 2_000;
/** Heap of one worker: far above the byte cap, far below what would hurt the API. */
const WORKER_HEAP_MB = 256;

const ENTRY = new URL("./cypher-worker.ts", import.meta.url).href;
// The server runs TypeScript through tsx; a worker needs tsx registered in its own thread.
const BOOTSTRAP = `const { workerData } = require("node:worker_threads");
import("tsx/esm/api").then(({ tsImport }) => tsImport(workerData.entry, workerData.entry));`;

const ERRORS: Record<string, new (message: string) => RawabitError> = {
  bad_input: InputError,
  bad_query: BadQueryError,
  forbidden_query: ForbiddenQueryError,
  timeout: QueryTimeoutError,
  database_unavailable: DatabaseError,
};

/** The console's answer to a query that ran past its time limit. */
function timedOut(job: WorkerJob): QueryTimeoutError {
  return new QueryTimeoutError(
    `cypher: query stopped after ${job.opts.timeoutMs} ms (the time limit); add a LIMIT, a tighter MATCH or return less`,
  );
}

interface Pending {
  job: WorkerJob;
  resolve: (r: CypherResult) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  state: "starting" | "idle" | "busy";
  current: (Pending & { timer: NodeJS.Timeout }) | null;
}

/**
 * Worker threads that run console queries, each with its own driver and a bounded heap. A query
 * that outlives its timeout by GRACE_MS (a single expression Neo4j cannot interrupt, or a huge
 * record being decoded) gets its worker killed and its server-side transaction terminated.
 */
export class ConsolePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];

  constructor(private readonly db: Database) {}

  run(query: string, params: unknown, opts: ReadOnlyOptions): Promise<CypherResult> {
    if (this.queue.length >= MAX_QUEUE) {
      return Promise.reject(
        new DatabaseError(
          `cypher: the console is busy (${MAX_WORKERS} queries running, ${this.queue.length} waiting); try again shortly`,
        ),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: randomUUID(), query, params, opts }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    for (const p of this.queue.splice(0)) p.reject(new DatabaseError("cypher: the server is shutting down"));
    await Promise.all(this.slots.splice(0).map((s) => this.kill(s)));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const idle = this.slots.find((s) => s.state === "idle");
      if (idle) this.dispatch(idle, this.queue.shift() as Pending);
      else if (this.slots.length < MAX_WORKERS) this.spawn();
      else return;
      if (!idle) return; // the new worker pumps again once it is ready
    }
  }

  private spawn(): void {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { entry: ENTRY, config: this.db.config },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.unref(); // an idle console must not keep a CLI process alive
    const slot: Slot = { worker, state: "starting", current: null };
    this.slots.push(slot);
    worker.on("message", (msg: WorkerReply | { ready: true }) => {
      if ("ready" in msg) {
        slot.state = "idle";
        this.pump();
        return;
      }
      const cur = slot.current;
      if (!cur || cur.job.id !== msg.id) return;
      this.finish(slot);
      // Neo4j checks its transaction timeout between rows, so one long expression can finish past
      // the limit, inside the grace period: the limit is the limit, the answer is a timeout.
      if ("result" in msg && msg.result.elapsedMs > cur.job.opts.timeoutMs) cur.reject(timedOut(cur.job));
      else if ("result" in msg) cur.resolve(msg.result);
      else cur.reject(new (ERRORS[msg.error.code] ?? Error)(msg.error.message));
    });
    worker.on("error", (err: Error & { code?: string }) => {
      const cur = slot.current;
      this.drop(slot);
      if (!cur) return;
      clearTimeout(cur.timer);
      void this.terminateRun(cur.job.id).finally(() =>
        cur.reject(
          err.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new BadQueryError(
                `cypher: one record of the result is too large to read (over ${WORKER_HEAP_MB} MB in memory); return fewer or smaller values, e.g. size(list) instead of the list`,
              )
            : err,
        ),
      );
    });
    worker.on("exit", () => {
      const cur = slot.current;
      this.drop(slot);
      if (cur) {
        clearTimeout(cur.timer);
        cur.reject(new DatabaseError("cypher: the console worker stopped unexpectedly; try again"));
      }
    });
  }

  private dispatch(slot: Slot, p: Pending): void {
    slot.state = "busy";
    const timer = setTimeout(() => void this.expire(slot), p.job.opts.timeoutMs + GRACE_MS);
    slot.current = { ...p, timer };
    slot.worker.postMessage(p.job);
  }

  private finish(slot: Slot): void {
    if (slot.current) clearTimeout(slot.current.timer);
    slot.current = null;
    slot.state = "idle";
    this.pump();
  }

  /** The deadline passed: the worker may be stuck decoding, so it goes, and so does the transaction. */
  private async expire(slot: Slot): Promise<void> {
    const cur = slot.current;
    if (!cur) return;
    slot.current = null;
    await this.kill(slot);
    await this.terminateRun(cur.job.id);
    cur.reject(timedOut(cur.job));
  }

  private async kill(slot: Slot): Promise<void> {
    this.drop(slot);
    await slot.worker.terminate().catch(() => undefined);
  }

  private drop(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    slot.current = null;
    this.pump();
  }

  /** Terminates the run's server-side transaction, found by the metadata the worker set. */
  private async terminateRun(runId: string): Promise<void> {
    await this.db
      .read(loadCypher("api/console-terminate"), { run: runId }, { timeoutMs: 5_000 })
      .catch(() => undefined);
  }
}

const pools = new WeakMap<Database, ConsolePool>();

/** The console pool of a database connection, created on first use. */
export function consolePool(db: Database): ConsolePool {
  let pool = pools.get(db);
  if (!pool) {
    pool = new ConsolePool(db);
    pools.set(db, pool);
  }
  return pool;
}

/** Stops the console workers of `db` (server shutdown, end of a CLI command). */
export async function closeConsolePool(db: Database): Promise<void> {
  await pools.get(db)?.close();
  pools.delete(db);
}

import { Neo4jError } from "neo4j-driver";

/**
 * Deadlocks between concurrent writers are retried here, not by the driver. Writers that create
 * relationships on the same busy entities deadlock now and then on Neo4j's internal
 * relationship-group locks — 15-20 times in a 1,000-article batch into an empty graph at
 * concurrency 8, far more when every article touches the same few relationships — and each one is
 * only a lost race: running the transaction again succeeds. The driver's own retry starts at a
 * fixed second (a second per deadlock was more than half of the writers' time in that batch, 19 s
 * of 8 writers' 34, measured) and gives up after its retry window, which failed articles of a clean
 * bulk ingest (issue 19: 25 of 2,000). So a deadlock is retried after a short wait that grows
 * exponentially to `maxDelayMs`, with jitter so that the two parties do not collide again in step,
 * for as long as `budgetMs` allows since the first attempt: a bound in time, not in tries.
 */
export interface DeadlockPolicy {
  /** Give up once this much time has passed since the transaction's first attempt. */
  budgetMs: number;
  /** The longest single wait between two attempts. */
  maxDelayMs: number;
}

export const DEFAULT_DEADLOCK_POLICY: DeadlockPolicy = { budgetMs: 60_000, maxDelayMs: 400 };

export function isDeadlock(err: unknown): err is Neo4jError {
  return err instanceof Neo4jError && err.code === "Neo.TransientError.Transaction.DeadlockDetected";
}

/** Milliseconds to wait before attempt `attempt` (1-based: the first retry is attempt 2). */
export function deadlockDelayMs(
  attempt: number,
  random: () => number = Math.random,
  maxDelayMs: number = DEFAULT_DEADLOCK_POLICY.maxDelayMs,
): number {
  const ceiling = Math.min(maxDelayMs, 10 * 2 ** (attempt - 2));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Carries a deadlock out of a managed transaction's work so that the driver, which does not know
 * this error, rolls the transaction back and gives up at once, leaving the retry to the caller.
 */
export class DeadlockRetry extends Error {
  constructor(readonly deadlock: Neo4jError) {
    super(deadlock.message, { cause: deadlock });
    this.name = "DeadlockRetry";
  }
}

/** Wraps a deadlock seen inside managed-transaction work (see DeadlockRetry); other errors pass. */
export function markDeadlock(err: unknown): unknown {
  return isDeadlock(err) ? new DeadlockRetry(err) : err;
}

export interface RetryDeadlocksOptions extends Partial<DeadlockPolicy> {
  /** Called before each retry (to count them), with the deadlock Neo4j reported. */
  onRetry?: (deadlock: Neo4jError) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

/**
 * Runs `run()` until it succeeds, fails with something other than a deadlock, or deadlocks once
 * more after `budgetMs`; then the last deadlock is thrown as it came from Neo4j. A deadlock may
 * arrive wrapped by `markDeadlock` (from inside managed-transaction work) or bare (e.g. at commit).
 */
export async function retryDeadlocks<R>(run: () => Promise<R>, opts: RetryDeadlocksOptions = {}): Promise<R> {
  const { budgetMs, maxDelayMs } = { ...DEFAULT_DEADLOCK_POLICY, ...opts };
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const started = now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      const deadlock = err instanceof DeadlockRetry ? err.deadlock : isDeadlock(err) ? err : null;
      if (deadlock === null) throw err;
      const wait = deadlockDelayMs(attempt + 1, opts.random, maxDelayMs);
      if (now() - started + wait > budgetMs) throw deadlock;
      opts.onRetry?.(deadlock);
      await sleep(wait);
    }
  }
}

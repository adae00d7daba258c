import { Neo4jError } from "neo4j-driver";

/**
 * Deadlocks between concurrent writers are retried here, after a few milliseconds, instead of by
 * the driver, whose first retry waits a fixed second (its back-off is not configurable). Writers
 * that create relationships on the same busy entities deadlock now and then on Neo4j's internal
 * relationship-group locks — 15-20 times in a 1,000-article batch into an empty graph, at
 * concurrency 8 — and a second per deadlock was more than half of the writers' time in that batch
 * (19 seconds of 8 writers' 34, measured). Each attempt waits a little longer, with jitter so that
 * the two parties do not collide again in step.
 */
export const DEADLOCK_ATTEMPTS = 10;

export function isDeadlock(err: unknown): boolean {
  return err instanceof Neo4jError && err.code === "Neo.TransientError.Transaction.DeadlockDetected";
}

/** Milliseconds to wait before attempt `attempt` (1-based: the first retry is attempt 2). */
export function deadlockDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(200, 10 * 2 ** (attempt - 2));
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

/**
 * Runs `run(mark)` until it succeeds or fails with something other than a deadlock; `mark`
 * wraps a deadlock seen inside managed-transaction work (see DeadlockRetry). After the last
 * attempt the deadlock is left to the driver's own retries.
 */
export async function retryDeadlocks<R>(
  run: (mark: (err: unknown) => unknown) => Promise<R>,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= DEADLOCK_ATTEMPTS;
    try {
      return await run((err) => (!last && isDeadlock(err) ? new DeadlockRetry(err as Neo4jError) : err));
    } catch (err) {
      if (!(err instanceof DeadlockRetry)) throw err;
      await sleep(deadlockDelayMs(attempt + 1));
    }
  }
}

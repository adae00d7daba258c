import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  DEADLOCK_ATTEMPTS,
  DeadlockRetry,
  deadlockDelayMs,
  isDeadlock,
  retryDeadlocks,
} from "../../../ingest/db/deadlock.js";

const deadlock = (): Neo4jError =>
  new Neo4jError(
    "ForsetiClient can't acquire ExclusiveLock",
    "Neo.TransientError.Transaction.DeadlockDetected",
    "",
    "",
  );
const other = (): Neo4jError =>
  new Neo4jError("lock wait timeout", "Neo.TransientError.Transaction.LockClientStopped", "", "");

/** A transaction stand-in: fails with `failures` in order, then returns "done"; counts its runs. */
function flaky(failures: Error[]): {
  run: (mark: (err: unknown) => unknown) => Promise<string>;
  runs: () => number;
} {
  let runs = 0;
  return {
    run: async (mark) => {
      const failure = failures[runs];
      runs += 1;
      if (failure) throw mark(failure);
      return "done";
    },
    runs: () => runs,
  };
}

describe("isDeadlock", () => {
  it.each([
    ["a deadlock", deadlock(), true],
    ["another transient error", other(), false],
    ["a plain error with the deadlock message", new Error("DeadlockDetected"), false],
    ["not an error", "DeadlockDetected", false],
  ])("%s → %s", (_name, err, expected) => {
    expect(isDeadlock(err)).toBe(expected);
  });
});

describe("retryDeadlocks", () => {
  it("runs again after each deadlock, waiting longer each time, until the work succeeds", async () => {
    const work = flaky([deadlock(), deadlock(), deadlock()]);
    const waits: number[] = [];
    const result = await retryDeadlocks(work.run, async (ms) => {
      waits.push(ms);
    });
    expect(result).toBe("done");
    expect(work.runs()).toBe(4);
    expect(waits).toHaveLength(3);
    expect(waits[0]).toBeLessThanOrEqual(waits[2] as number);
    for (const ms of waits) expect(ms).toBeLessThan(1000);
  });

  it("throws any other error at once, without another run", async () => {
    const work = flaky([other()]);
    await expect(retryDeadlocks(work.run, async () => {})).rejects.toMatchObject({
      code: "Neo.TransientError.Transaction.LockClientStopped",
    });
    expect(work.runs()).toBe(1);
  });

  it("hands the last attempt's deadlock to the caller unmarked (the driver's own retries take over)", async () => {
    const work = flaky(Array.from({ length: DEADLOCK_ATTEMPTS }, deadlock));
    const error = await retryDeadlocks(work.run, async () => {}).catch((err: unknown) => err);
    expect(work.runs()).toBe(DEADLOCK_ATTEMPTS);
    expect(error).not.toBeInstanceOf(DeadlockRetry);
    expect(isDeadlock(error)).toBe(true);
  });
});

describe("deadlockDelayMs", () => {
  it.each([
    [2, 0, 5],
    [2, 1, 10],
    [4, 1, 40],
    [9, 0, 100],
    [20, 1, 200],
  ])("attempt %i with random %f waits %i ms", (attempt, random, ms) => {
    expect(deadlockDelayMs(attempt, () => random)).toBe(ms);
  });
});

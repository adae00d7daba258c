import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  DeadlockRetry,
  deadlockDelayMs,
  isDeadlock,
  markDeadlock,
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

/**
 * A transaction stand-in: fails with `failures` in order (deadlocks wrapped as a managed
 * transaction's work wraps them, unless `bare`), then returns "done"; counts its runs.
 */
function flaky(failures: Error[], bare = false): { run: () => Promise<string>; runs: () => number } {
  let runs = 0;
  return {
    run: async () => {
      const failure = failures[runs];
      runs += 1;
      if (failure) throw bare ? failure : markDeadlock(failure);
      return "done";
    },
    runs: () => runs,
  };
}

/** A clock that only moves when the retry loop sleeps. */
function fakeTime(): { now: () => number; sleep: (ms: number) => Promise<void>; waits: number[] } {
  let t = 0;
  const waits: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      waits.push(ms);
      t += ms;
    },
    waits,
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
  it.each([
    ["wrapped inside transaction work", false],
    ["bare, e.g. at commit", true],
  ])(
    "runs again after each deadlock (%s), waiting longer each time, until the work succeeds",
    async (_n, bare) => {
      const work = flaky([deadlock(), deadlock(), deadlock()], bare);
      const time = fakeTime();
      let retries = 0;
      const result = await retryDeadlocks(work.run, { ...time, onRetry: () => (retries += 1) });
      expect(result).toBe("done");
      expect(work.runs()).toBe(4);
      expect(retries).toBe(3);
      expect(time.waits).toHaveLength(3);
      expect(time.waits[0]).toBeLessThanOrEqual(time.waits[2] as number);
    },
  );

  it("keeps retrying a long run of deadlocks (a bound in time, not in a few tries)", async () => {
    const work = flaky(Array.from({ length: 100 }, deadlock));
    const time = fakeTime();
    await expect(retryDeadlocks(work.run, time)).resolves.toBe("done");
    expect(work.runs()).toBe(101);
    // Each wait is short; together they stay inside the default budget.
    for (const ms of time.waits) expect(ms).toBeLessThanOrEqual(400);
    expect(time.now()).toBeLessThan(60_000);
  });

  it("gives up with the deadlock itself once the time budget is spent", async () => {
    const work = flaky(Array.from({ length: 10_000 }, deadlock));
    const time = fakeTime();
    const error = await retryDeadlocks(work.run, { ...time, budgetMs: 5_000, maxDelayMs: 100 }).catch(
      (err: unknown) => err,
    );
    expect(error).not.toBeInstanceOf(DeadlockRetry);
    expect(isDeadlock(error)).toBe(true);
    expect(time.now()).toBeLessThanOrEqual(5_000);
    expect(time.now()).toBeGreaterThan(4_800);
    expect(work.runs()).toBeGreaterThan(40);
  });

  it("throws any other error at once, without another run", async () => {
    const work = flaky([other()]);
    await expect(retryDeadlocks(work.run, fakeTime())).rejects.toMatchObject({
      code: "Neo.TransientError.Transaction.LockClientStopped",
    });
    expect(work.runs()).toBe(1);
  });
});

describe("deadlockDelayMs", () => {
  it.each([
    [2, 0, 5],
    [2, 1, 10],
    [4, 1, 40],
    [7, 0, 160],
    [9, 0, 200],
    [20, 1, 400],
    [20, 0, 200],
  ])("attempt %i with random %f waits %i ms", (attempt, random, ms) => {
    expect(deadlockDelayMs(attempt, () => random)).toBe(ms);
  });

  it("never waits longer than the policy's longest wait", () => {
    expect(deadlockDelayMs(30, () => 1, 50)).toBe(50);
  });
});

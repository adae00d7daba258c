import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { DatabaseError } from "../errors.js";
import { isProcessAlive } from "./process-info.js";

export interface LockOptions {
  /** Give up waiting for another holder after this long. */
  waitMs?: number;
}

/**
 * Runs `fn` while holding an exclusive lock file, so that two test runs or two terminals never
 * start (or build) the same Neo4j at once. A lock whose holder process has died is taken over.
 */
export async function withFileLock<T>(
  file: string,
  fn: () => Promise<T>,
  opts: LockOptions = {},
): Promise<T> {
  const waitMs = opts.waitMs ?? 15 * 60_000;
  mkdirSync(path.dirname(file), { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (tryAcquire(file)) break;
    if (Date.now() > deadline) {
      throw new DatabaseError(
        `local-neo4j: waited ${Math.round(waitMs / 1000)} s for the lock ${file} held by pid ${holderOf(file) ?? "?"}; ` +
          "if that process is gone, delete the file and retry.",
      );
    }
    await sleep(500);
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(file);
    } catch {
      // Already removed: nothing to release.
    }
  }
}

function tryAcquire(file: string): boolean {
  try {
    const fd = openSync(file, "wx");
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  const holder = holderOf(file);
  // A holder that died (or a lock written by a crash before the pid landed) is stale.
  const stale = holder === null ? Date.now() - mtimeOf(file) > 10_000 : !isProcessAlive(holder);
  if (stale) {
    try {
      unlinkSync(file);
    } catch {
      // Another waiter removed it first.
    }
  }
  return false;
}

function holderOf(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function mtimeOf(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Date.now();
  }
}

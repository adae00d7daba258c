import { readFileSync } from "node:fs";

/** True while `pid` is a live process (a zombie that was not reaped yet counts as gone). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
  const stat = procFile(pid, "stat");
  const state = stat?.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  return state !== "Z";
}

/**
 * True when `pid` runs the given Java main class. Guards against signalling an unrelated process
 * that reused the pid of a launcher that died. Without /proc (macOS) the pid file is trusted.
 */
export function processRuns(pid: number, needle: string): boolean {
  const cmdline = procFile(pid, "cmdline");
  if (cmdline === null) return isProcessAlive(pid);
  return cmdline.includes(needle);
}

/** Resident memory in MiB, or null when unknown. */
export function residentMemoryMb(pid: number): number | null {
  const status = procFile(pid, "status");
  const match = status === null ? null : /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match?.[1] === undefined ? null : Math.round(Number(match[1]) / 1024);
}

function procFile(pid: number, name: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${name}`, "utf8");
  } catch {
    return null;
  }
}

import { spawn } from "node:child_process";
import v8 from "node:v8";

/**
 * V8 old-space limit of `kg ingest`, in MB. Extraction holds 145–160 MB of live heap (its models
 * and bounded caches) however long the input, but with Node's default limit (a quarter of RAM or
 * more) V8 lets the heap grow with the allocation rate: a quiet 6,000-article run reached 683 MB of
 * RSS with that same live heap. Under this limit it collects earlier instead (README, "Scaling
 * out": RSS and CPU measured with and without it).
 */
export const INGEST_HEAP_MB = 320;

/**
 * Runs this CLI again in a child process with the old-space limit when this one has none: V8 reads
 * the limit only at start-up (`v8.setFlagsFromString` cannot lower it afterwards). Standard input,
 * output and signals pass straight through. Null when this process already runs under a limit of
 * its own (the child, or the operator's `--max-old-space-size` in `NODE_OPTIONS`), so it does the
 * work itself.
 */
export async function relaunchWithHeapCap(): Promise<number | null> {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ");
  if (/--max-old-space-size/.test(flags)) return null;
  // Already no larger (a small container): nothing to lower.
  if (v8.getHeapStatistics().heap_size_limit <= INGEST_HEAP_MB * 1024 * 1024 * 1.25) return null;
  const [script, ...args] = process.argv.slice(1);
  if (script === undefined) return null;
  const child = spawn(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${INGEST_HEAP_MB}`, script, ...args],
    { stdio: "inherit" },
  );
  // Ctrl-C reaches both (one process group): the child stops its writes and reports; this waits.
  const ignore = (): void => undefined;
  process.on("SIGINT", ignore);
  process.on("SIGTERM", () => child.kill("SIGTERM"));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

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
 * V8 young-generation semi-space of `kg ingest`'s main thread, in MB (V8's default here is 16; two
 * of them are resident). With extraction on a worker the main thread allocates little; measured
 * with the worker limits below (INGEST_WORKER_LIMITS).
 */
export const INGEST_SEMI_SPACE_MB = 8;

/**
 * Heap limits of `kg ingest`'s extraction threads (ExtractPool): the same old-space limit as the
 * main thread and half V8's default young generation (semi-spaces of 8 MB instead of 16: each
 * isolate keeps its young generation resident, ~34 MB at the default).
 */
export const INGEST_WORKER_LIMITS = { maxOldGenerationSizeMb: INGEST_HEAP_MB, maxYoungGenerationSizeMb: 24 };

/**
 * V8 flags of `kg ingest` beyond the heap limit. With V8's default background recompilation, its
 * helper threads spent 6–9 ms of CPU per real article optimising the extractor again and again
 * (/proc per-thread CPU, 300 articles through ingestBatch with one extraction thread: four V8
 * platform threads at 1.6–2.9 ms each beside the extraction thread's 10–11 ms); compiled on the
 * thread that runs the code, the helpers spend ~1.5 ms and the extraction thread ~3 ms more:
 * 25.8 → 18.4–19.8 ms of Node CPU per article. The extraction threads get it too: the ingest
 * command sets it (v8.setFlagsFromString) before it starts them, and a new isolate reads it.
 */
export const INGEST_V8_FLAGS: readonly string[] = ["--no-concurrent-recompilation"];

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
    [
      ...process.execArgv,
      `--max-old-space-size=${INGEST_HEAP_MB}`,
      `--max-semi-space-size=${INGEST_SEMI_SPACE_MB}`,
      ...INGEST_V8_FLAGS,
      script,
      ...args,
    ],
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

import { Worker, type ResourceLimits } from "node:worker_threads";
import { ExtractionError, InputError } from "../errors.js";
import type { ArticleInput, ExtractionResult } from "../model.js";
import { EXTRACTOR_VERSION, type Extractor } from "../write/extractor.js";
import type { ExtractJob, ExtractReply } from "./extract-worker.js";

export interface ExtractPoolOptions {
  /** Worker threads at most (default 1: the machine has 2 cores and the event loop needs one). */
  size?: number;
  /** The worker script; tests pass one that misbehaves. Default extract-worker.mjs. */
  worker?: URL;
  /** Extractor version reported to the writer (default EXTRACTOR_VERSION). */
  version?: string;
  /** V8 heap limits of each worker (default: Node's, those of the main thread). */
  resourceLimits?: ResourceLimits;
}

interface Pending {
  job: ExtractJob;
  resolve(result: ExtractionResult): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  /** The one job the worker is on, so a worker that dies fails exactly that request. */
  current: Pending | null;
  error: Error | null;
}

const WORKER_SCRIPT = new URL("./extract-worker.mjs", import.meta.url);

/**
 * ingest/extract on worker threads, so a large article never blocks the server's event loop (a
 * 4.9 MB article held every other request for 9-14 s). Workers start on the first article and load
 * the models once; a worker that dies fails its own request with an ExtractionError and is replaced
 * on the next one.
 *
 * @example
 * const pool = new ExtractPool();
 * await ingestArticle(db, input, { extractor: pool });
 * await pool.close();
 */
export class ExtractPool implements Extractor {
  readonly version: string;
  private readonly size: number;
  private readonly script: URL;
  private readonly limits: ResourceLimits | undefined;
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(opts: ExtractPoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? 1);
    this.script = opts.worker ?? WORKER_SCRIPT;
    this.version = opts.version ?? EXTRACTOR_VERSION;
    this.limits = opts.resourceLimits;
  }

  extract(input: ArticleInput): Promise<ExtractionResult> {
    if (this.closed) {
      return Promise.reject(new ExtractionError("ingest: the server is stopping; send the article again"));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, input }, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the workers; articles still waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) {
      p.reject(new ExtractionError("ingest: the server is stopping; send the article again"));
    }
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = [...this.slots].find((s) => s.current === null) ?? this.spawn();
      if (!slot) return;
      const next = this.queue.shift() as Pending;
      slot.current = next;
      slot.worker.postMessage(next.job);
    }
  }

  private spawn(): Slot | null {
    if (this.closed || this.slots.size >= this.size) return null;
    // Unref'd: an idle worker never keeps a finished process alive.
    const worker = new Worker(this.script, this.limits ? { resourceLimits: this.limits } : {});
    worker.unref();
    const slot: Slot = { worker, current: null, error: null };
    this.slots.add(slot);
    worker.on("message", (reply: ExtractReply) => {
      const pending = slot.current;
      if (!pending || pending.job.id !== reply.id) return;
      slot.current = null;
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(jobError(reply));
      this.dispatch();
    });
    worker.on("error", (err) => {
      slot.error = err;
    });
    worker.on("exit", (code) => {
      this.slots.delete(slot);
      const pending = slot.current;
      slot.current = null;
      if (pending) {
        const why = `exit code ${code}${slot.error ? `: ${slot.error.message}` : ""}`;
        pending.reject(
          new ExtractionError(
            `ingest: the extraction worker stopped (${why}) while extracting this article; the server is ` +
              "still up and starts a new worker for the next article — if this one stops it again, split it " +
              "or lower KG_MAX_ARTICLE_BYTES",
            { cause: slot.error ?? undefined },
          ),
        );
      }
      if (!this.closed) this.dispatch();
    });
    return slot;
  }
}

/** A job that threw: bad input stays a 400, anything else is the extractor's failure (500). */
function jobError(reply: Extract<ExtractReply, { ok: false }>): Error {
  if (reply.code === "bad_input") return new InputError(reply.message);
  return new ExtractionError(
    `ingest: extraction failed (${reply.message}); the server is still up — report the article that caused it`,
  );
}

import { parentPort } from "node:worker_threads";
import { RawabitError } from "../errors.js";
import { extract } from "../extract/index.js";
import type { ArticleInput, ExtractionResult } from "../model.js";

/** One article to extract; the worker answers with an ExtractReply of the same id. */
export interface ExtractJob {
  id: number;
  input: ArticleInput;
}

export type ExtractReply =
  | { id: number; ok: true; result: ExtractionResult }
  | { id: number; ok: false; code: string | null; message: string };

// The lexicon and tagger model load on the first job and stay for the worker's life.
parentPort?.on("message", (job: ExtractJob) => {
  let reply: ExtractReply;
  try {
    reply = { id: job.id, ok: true, result: extract(job.input) };
  } catch (err) {
    reply = {
      id: job.id,
      ok: false,
      code: err instanceof RawabitError ? err.code : null,
      message: err instanceof Error ? err.message : String(err),
    };
  }
  parentPort?.postMessage(reply);
});

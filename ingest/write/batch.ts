import type { Database } from "../db/driver.js";
import { DatabaseError } from "../errors.js";
import type { ArticleInput, IngestReport } from "../model.js";
import { ingestArticle, type IngestOptions } from "./article.js";

export interface BatchItem {
  /** Where the article came from, for messages: `news/a.txt`, `feed.jsonl:12`, `stdin`. */
  label: string;
  input: ArticleInput;
}

export type BatchResult =
  | { label: string; ok: true; report: IngestReport }
  | { label: string; ok: false; reason: string; attempted: boolean };

export interface BatchProgress {
  done: number;
  failed: number;
  total: number;
  elapsedMs: number;
}

export interface BatchOptions extends IngestOptions {
  /** Articles in flight at once (each in its own transaction). Default 4. */
  concurrency?: number;
  onProgress?: (progress: BatchProgress) => void;
}

export interface BatchReport {
  results: BatchResult[];
  counts: { new: number; unchanged: number; replaced: number; failed: number };
  elapsedMs: number;
  /** Set when the database became unreachable during the batch (the reason). */
  databaseDown: string | null;
}

/**
 * Ingests many articles, several transactions in flight, one article per transaction. A failing
 * article is reported with its reason and the others still go in; once the database itself is
 * unreachable, the articles not yet started are reported as not written instead of each waiting
 * out the driver's retries.
 */
export async function ingestBatch(
  db: Database,
  inputs: readonly (BatchItem | ArticleInput)[],
  opts: BatchOptions = {},
): Promise<BatchReport> {
  // Plain ArticleInputs (e.g. from the API) are labelled by their URL, title or position.
  const items: BatchItem[] = inputs.map((x, i) =>
    "input" in x ? x : { label: x.url ?? x.title ?? `article ${i + 1}`, input: x },
  );
  const started = Date.now();
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 4));
  const results: BatchResult[] = new Array<BatchResult>(items.length);
  let next = 0;
  let done = 0;
  let failed = 0;
  let dbDown: string | null = null;

  const finish = (index: number, result: BatchResult): void => {
    results[index] = result;
    done += 1;
    if (!result.ok) failed += 1;
    opts.onProgress?.({ done, failed, total: items.length, elapsedMs: Date.now() - started });
  };

  const worker = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) {
      const item = items[index] as BatchItem;
      if (dbDown !== null) {
        finish(index, { label: item.label, ok: false, reason: `not written: ${dbDown}`, attempted: false });
        continue;
      }
      try {
        const report = await ingestArticle(db, item.input, opts);
        finish(index, { label: item.label, ok: true, report });
      } catch (err) {
        if (err instanceof DatabaseError) dbDown ??= err.message;
        finish(index, { label: item.label, ok: false, reason: reasonOf(err), attempted: true });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));

  const counts = { new: 0, unchanged: 0, replaced: 0, failed };
  for (const r of results) if (r.ok) counts[r.report.status] += 1;
  return { results, counts, elapsedMs: Date.now() - started, databaseDown: dbDown };
}

function reasonOf(err: unknown): string {
  if (err instanceof Error) return err.message.split("\n")[0] ?? err.name;
  return String(err);
}

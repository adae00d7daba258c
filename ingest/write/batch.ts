import type { Database } from "../db/driver.js";
import { DatabaseError } from "../errors.js";
import type { ArticleInput, IngestReport } from "../model.js";
import type { IngestOptions } from "./article.js";
import { EntityTotals } from "./entity-totals.js";
import { prepareGroup, writePreparedGroup, type GroupResult, type PreparedGroup } from "./group.js";
import { BlockLookup } from "./lookup.js";
import { defaultExtractor, type Extractor } from "./extractor.js";

/**
 * Written articles between two updates of their entities' totals (cypher/write/entity-totals.cypher).
 * Each update recounts the articles of every entity it touches, and the busiest entities are in
 * every block whatever its size, so a larger block costs less per article: at 5,000 real articles
 * in the graph, 636 db hits and 0.32 transactions per article every 256 articles, 229 and 0.24
 * every 1,024. Until then a block's entities show their earlier totals.
 */
const TOTALS_EVERY = 1024;

/**
 * Articles per write transaction by default. Measured on real news (bench:ingest --corpus 2000,
 * 2 cores): one per transaction spent about a quarter of Neo4j's CPU refreshing the entity
 * full-text index at every commit that created an entity, and Node a third of its own outside
 * extraction on the driver's per-transaction round trips; 16 together cut both (cypher/README.md).
 */
export const GROUP_SIZE = 16;

/**
 * Articles in the group after the lone first article of a batch (at most groupSize): extracted
 * while the first article is written, a small group lands soon after it (bench:cold).
 */
const FIRST_GROUP = 4;

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
  /** Groups in flight at once (each written in its own transaction). Default 4. */
  concurrency?: number;
  /**
   * Articles written together in one transaction (1-64), default GROUP_SIZE. A group of new texts
   * is one statement (cypher/write/article.cypher), one commit and one refresh of the full-text
   * index instead of one per article (cypher/README.md, "How an article is written").
   */
  groupSize?: number;
  onProgress?: (progress: BatchProgress) => void;
}

export interface BatchReport {
  results: BatchResult[];
  counts: { new: number; unchanged: number; replaced: number; failed: number };
  elapsedMs: number;
  /** Set when the database became unreachable during the batch (the reason). */
  databaseDown: string | null;
  /**
   * Set when the entities' totals (counts, new aliases) of some written articles could not be
   * brought up to date; those articles stay marked and the next ingest of them finishes the job.
   */
  totalsError: string | null;
  /**
   * Deadlocked transactions that were run again (each succeeded or was retried until its time
   * budget ran out; see ingest/db/deadlock.ts). Counted on the Database, so writes made through it
   * by other callers during the batch are included.
   */
  deadlockRetries: number;
}

/**
 * Ingests many articles: consecutive articles are grouped (`groupSize`, default GROUP_SIZE) and each group is
 * written in one transaction, several groups in flight. Every article is claimed and written whole
 * inside its group's transaction. A failing article is reported with its reason and the others
 * still go in (a failed group is retried one article per transaction, so the failure is pinned on
 * the right article); once the database itself is unreachable, the articles not yet started are
 * reported as not written instead of each waiting out the driver's retries.
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
  const retriesBefore = db.deadlockRetries;
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 4));
  const groupSize = Math.min(64, Math.max(1, Math.floor(opts.groupSize ?? GROUP_SIZE)));
  const results: BatchResult[] = new Array<BatchResult>(items.length);
  let next = 0;
  let done = 0;
  let failed = 0;
  let dbDown: string | null = null;
  const totals = new EntityTotals();
  let totalsError: string | null = null;
  const flushTotals = async (): Promise<void> => {
    try {
      await totals.flush(db);
    } catch (err) {
      // The articles are written; their entities' totals stay marked pending for a rerun.
      if (err instanceof DatabaseError) dbDown ??= err.message;
      totalsError ??= reasonOf(err);
    }
  };
  const lookups = new BlockLookup(
    db,
    items.map((item) => item.input),
  );

  const finish = (index: number, result: BatchResult): void => {
    results[index] = result;
    done += 1;
    if (!result.ok) failed += 1;
    opts.onProgress?.({ done, failed, total: items.length, elapsedMs: Date.now() - started });
  };
  const record = (index: number, label: string, r: GroupResult): void => {
    if (r.ok) return finish(index, { label, ok: true, report: r.report });
    if (r.err instanceof DatabaseError) {
      dbDown ??= r.err.message;
      // The connection was lost during this article's write: the commit may have landed before the
      // acknowledgement was lost, so say so rather than "not written". A rerun settles it either
      // way (a written article comes back `unchanged`).
      const reason = `not confirmed (it may or may not have been written; run again): ${reasonOf(r.err)}`;
      return finish(index, { label, ok: false, reason, attempted: true });
    }
    finish(index, { label, ok: false, reason: reasonOf(r.err), attempted: true });
  };

  /** Takes the next `size` articles (their indices). */
  const take = (size: number): number[] => {
    const from = next;
    next = Math.min(items.length, from + size);
    return Array.from({ length: next - from }, (_, k) => from + k);
  };
  /** Lookups and extraction of the articles at `indices` (writeGroup's first half). */
  const prepare = (indices: readonly number[], prepOpts: IngestOptions = opts): Promise<PreparedGroup> =>
    prepareGroup(
      db,
      indices.map((index) => (items[index] as BatchItem).input),
      prepOpts,
      indices.map((index) => opts.lookup ?? lookups.forIndex(index)),
    );
  const notWritten = (indices: readonly number[]): void => {
    for (const index of indices) {
      const label = (items[index] as BatchItem).label;
      finish(index, { label, ok: false, reason: `not written: ${dbDown}`, attempted: false });
    }
  };
  /** Writes the articles at `indices` in one transaction, extracting them first unless `prepared`. */
  const write = async (indices: readonly number[], prepared?: Promise<PreparedGroup>): Promise<void> => {
    if (dbDown !== null) return notWritten(indices);
    const group = await (prepared ?? prepare(indices));
    // Extracted while an earlier write found the database gone: not tried.
    if (prepared !== undefined && dbDown !== null) return notWritten(indices);
    const groupResults = await writePreparedGroup(db, group, opts, totals);
    groupResults.forEach((r, k) =>
      record(indices[k] as number, (items[indices[k] as number] as BatchItem).label, r),
    );
    if (totals.size >= TOTALS_EVERY) await flushTotals();
  };
  // The first article goes alone: on a just-started database its write then has the server to
  // itself instead of sharing it with `concurrency - 1` others, and waits for no group to be
  // extracted, so it lands sooner (bench:cold). The first group is smaller (FIRST_GROUP) and is
  // extracted while the first article is written, so the next articles land soon after it; the
  // rest follow in groups, in parallel.
  let head: { indices: number[]; prepared: Promise<PreparedGroup> } | null = null;
  if (concurrency > 1 && next < items.length) {
    const lone = take(1);
    const prepared = await prepare(lone);
    if (next < items.length) {
      const indices = take(Math.min(groupSize, FIRST_GROUP));
      // Each extraction waits for the event loop first: one on this thread (no ExtractPool) would
      // otherwise hold up the replies of the first article's write until all are done.
      const extractor = opts.extractor ?? (await defaultExtractor());
      const yielding: Extractor = {
        version: extractor.version,
        extract: async (input) => {
          await new Promise((resolve) => setImmediate(resolve));
          return extractor.extract(input);
        },
      };
      head = { indices, prepared: prepare(indices, { ...opts, extractor: yielding }) };
      // Awaited by the first worker; should the lone write throw first, no worker runs and a
      // rejection here must not surface as an unhandled one.
      head.prepared.catch(() => undefined);
    }
    await write(lone, Promise.resolve(prepared));
  }
  const worker = async (): Promise<void> => {
    if (head !== null) {
      const first = head;
      head = null;
      await write(first.indices, first.prepared);
    }
    while (next < items.length) await write(take(groupSize));
  };
  await Promise.all(
    Array.from(
      { length: Math.min(concurrency, (head ? 1 : 0) + Math.ceil((items.length - next) / groupSize)) },
      worker,
    ),
  );

  if (dbDown === null) await flushTotals();

  const counts = { new: 0, unchanged: 0, replaced: 0, failed };
  for (const r of results) if (r.ok) counts[r.report.status] += 1;
  return {
    results,
    counts,
    elapsedMs: Date.now() - started,
    databaseDown: dbDown,
    totalsError,
    deadlockRetries: db.deadlockRetries - retriesBefore,
  };
}

function reasonOf(err: unknown): string {
  if (err instanceof Error) return err.message.split("\n")[0] ?? err.name;
  return String(err);
}

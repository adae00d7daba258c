import os from "node:os";
import v8 from "node:v8";
import { Database } from "../../db/driver.js";
import { INGEST_V8_FLAGS, INGEST_WORKER_LIMITS } from "../heap-cap.js";
import { parseCommand, printUsage } from "../args.js";
import { migrate } from "../../db/migrate.js";
import { ExtractPool } from "../../server/extract-pool.js";
import { InputError } from "../../errors.js";
import { collectSources, stdinItems, type SourceFailure } from "../../sources/discover.js";
import { requireDate } from "../../sources/dates.js";
import { fetchArticle } from "../../sources/fetch-url.js";
import { maxArticleBytes, screenArticles } from "../../sources/validate.js";
import { UNDATED_WARNING } from "../../write/article.js";
import { ingestBatch, type BatchItem, type BatchReport } from "../../write/batch.js";
import { graphCounts } from "../../write/reset.js";
import { warmUpWrites } from "../../write/warm-up.js";
import { progressReporter } from "../progress.js";

/**
 * Extraction threads (ingest/server/extract-pool.ts) beside the writer; the main thread then only
 * builds rows and drives the writes, and extraction of the next groups overlaps the writes of the
 * ones before. One per core beyond the first, at most 2 (each holds its own models, ~150 MB).
 * Measured on real news (2 cores, Neo4j beside it, 300 articles alternating, CPU per article):
 * extracting on the main thread 23.8 ms of Node CPU, of which 14.9 on the main thread; one thread
 * 25.8 ms (main 4.9, thread 11.3), and with V8's concurrent recompilation off 18.4–19.8 ms
 * (main 3.6–4.6, thread 14–15; INGEST_V8_FLAGS): the main thread is no longer the bound and the
 * whole costs less.
 */
export const WORKERS_DEFAULT = Math.max(0, Math.min(2, os.availableParallelism() - 1));
/** Below this many articles a thread's own model load (about a second) costs more than it saves. */
const WORKERS_FROM = 50;

const USAGE = `Usage: kg ingest [options] PATH...

Ingests articles into Neo4j (migrating the schema first). PATH is a file, a folder (searched
recursively for .txt, .md, .html, .htm, .jsonl), or - for standard input.
.jsonl files hold one article a line: {"text": "...", "title"?, "url"?, "source"?, "publishedAt"?}.
An HTML page's date is read from its <meta> (article:published_time...), JSON-LD datePublished or
<time datetime>. An article with no date is stored undated (never dated today) and reported.
Articles get the API's rules: Arabic text of at most KG_MAX_ARTICLE_BYTES (default 2 MiB), no
control characters, a one-line title, an http(s) url; a refused article is reported and skipped.

Options:
  --url URL            fetch a web page and ingest its main text (repeatable; only when given)
  --date DATE          publication date (ISO, e.g. 2021-07-26) of the articles that carry none
  --concurrency N      articles written at once, each in its own transaction (default 4)
  --workers N          extraction threads beside the writer (0: extract on the main thread;
                       default ${WORKERS_DEFAULT} here: one per core beyond the first, at most 2;
                       used from ${WORKERS_FROM} articles on)
  --quiet              no progress output
  -h, --help           this help

Exit code: 0 when every article went in, 1 when any failed (the others are still ingested).`;

/** Progress is worth drawing only when there is more than a handful of articles. */
const PROGRESS_FROM = 4;

export async function run(args: string[]): Promise<number> {
  const { values, positionals, help } = parseCommand(
    "kg ingest",
    args,
    {
      url: { type: "string", multiple: true },
      concurrency: { type: "string" },
      workers: { type: "string" },
      date: { type: "string" },
      quiet: { type: "boolean" },
    },
    USAGE,
  );
  if (help) return printUsage(USAGE);
  const urls = values.url ?? [];
  if (positionals.length === 0 && urls.length === 0)
    throw new InputError(`kg ingest: give a PATH or --url\n\n${USAGE}`);
  const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new InputError(`kg ingest: --concurrency must be an integer 1-64 (got "${values.concurrency}")`);
  }
  const workers = values.workers === undefined ? WORKERS_DEFAULT : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0 || workers > 16) {
    throw new InputError(`kg ingest: --workers must be an integer 0-16 (got "${values.workers}")`);
  }

  const date = values.date === undefined ? undefined : requireDate(values.date, "--date", "kg ingest");

  // Files are read whole (and counted, for the progress bar); standard input is read as it
  // comes and written a chunk at a time, so a piped corpus of any size holds one chunk in memory.
  const streaming = positionals.includes("-");
  const unreadable: SourceFailure[] = [];
  let total = Infinity;
  let articles: AsyncIterable<BatchItem>;
  if (streaming) {
    articles = readInputs(positionals, urls, unreadable);
  } else {
    const sources = await collectSources(positionals);
    for await (const item of fetched(urls, sources.failures)) sources.items.push(item);
    unreadable.push(...sources.failures);
    total = sources.items.length;
    articles = (async function* () {
      yield* sources.items;
    })();
  }

  const db = new Database();
  const tally = new Tally();
  let pool: ExtractPool | null = null;
  let warming: Promise<unknown> | null = null;
  const show = !values.quiet && total >= PROGRESS_FROM;
  const progress = progressReporter(process.stderr);
  const started = Date.now();
  try {
    for await (const chunk of chunksOf(articles, STREAM_CHUNK)) {
      if (date !== undefined) for (const item of chunk) item.input.publishedAt ??= date;
      // The same rules as POST /api/articles; a refused article is a failure, the others go in.
      const screened = screenArticles(chunk, { maxBytes: maxArticleBytes(), owner: "ingest" });
      unreadable.push(...screened.failures);
      total -= screened.failures.length;
      if (screened.items.length === 0) continue;
      if (tally.down !== null) {
        // The database went away in an earlier chunk: the rest is not tried, each article reported.
        tally.notWritten(screened.items);
        continue;
      }
      if (warming === null) {
        await migrate(db);
        // Plans the write statements while the first article is extracted (a just-started server
        // would otherwise plan them while it waits); a failure here shows again on the real writes.
        warming = warmUpWrites(db).catch(() => undefined);
        // Threads start with the first article: a handful of articles is not worth their model load.
        if (workers > 0 && screened.items.length >= WORKERS_FROM) {
          // Read by each new isolate at its creation: the threads get it even when this process
          // was not started with it (NODE_OPTIONS set its own heap limit, heap-cap.ts).
          for (const flag of INGEST_V8_FLAGS) v8.setFlagsFromString(flag);
          pool = new ExtractPool({ size: workers, resourceLimits: INGEST_WORKER_LIMITS });
        }
      }
      const before = { done: tally.done, failed: tally.failed };
      const report = await ingestBatch(db, screened.items, {
        concurrency,
        ...(pool ? { extractor: pool } : {}),
        ...(show
          ? {
              onProgress: (p) =>
                progress.update({
                  done: before.done + p.done,
                  failed: before.failed + p.failed,
                  total,
                  elapsedMs: Date.now() - started,
                }),
            }
          : {}),
      });
      tally.add(report);
    }
    progress.end();
    await warming;
    const failures: SourceFailure[] = [...unreadable, ...tally.failures];
    // Asking a database that just went away would only wait out the driver's retries again.
    const totals = warming !== null && tally.down === null ? await graphCounts(db).catch(() => null) : null;
    console.log(summary(tally, unreadable.length, Date.now() - started, totals));
    if (tally.totalsError) {
      console.error(
        `entity totals not updated (${tally.totalsError}); the articles are written — run the same command again to finish`,
      );
    }
    if (failures.length > 0) {
      console.error(`failed (${failures.length}):`);
      for (const f of failures)
        console.error(
          `  ${f.label}: ${f.reason.startsWith(f.label) ? f.reason.slice(f.label.length + 2) : f.reason}`,
        );
    }
    return failures.length > 0 ? 1 : 0;
  } finally {
    await (pool as ExtractPool | null)?.close();
    await db.close();
  }
}

/** Articles written per ingestBatch call when reading a stream: what is held at once. */
const STREAM_CHUNK = 1_000;
/** A stream that pauses this long has the articles read so far written meanwhile. */
const STREAM_WAIT_MS = 200;

/** The articles of `paths` in order, standard input (`-`) as it arrives, then the fetched URLs. */
async function* readInputs(
  paths: readonly string[],
  urls: readonly string[],
  failures: SourceFailure[],
): AsyncGenerator<BatchItem> {
  for (const p of paths) {
    if (p !== "-") {
      const read = await collectSources([p]);
      failures.push(...read.failures);
      yield* read.items;
      continue;
    }
    try {
      yield* stdinItems(process.stdin as AsyncIterable<Uint8Array>, failures);
    } catch (err) {
      failures.push({ label: "stdin", reason: (err as Error).message });
    }
  }
  yield* fetched(urls, failures);
}

async function* fetched(urls: readonly string[], failures: SourceFailure[]): AsyncGenerator<BatchItem> {
  for (const url of urls) {
    try {
      // The operator's own command: what their machine can reach is theirs to ingest, intranet included.
      yield await fetchArticle(url, { allowPrivate: true });
    } catch (err) {
      failures.push({ label: url, reason: (err as Error).message });
    }
  }
}

/**
 * `items` in chunks of up to `size`; a chunk also ends when the next item is slow to come
 * (`waitMs`), so a feed piped in slowly is written as it arrives, not a thousand at a time.
 */
async function* chunksOf<T>(
  items: AsyncIterable<T>,
  size: number,
  waitMs = STREAM_WAIT_MS,
): AsyncGenerator<T[]> {
  const source = items[Symbol.asyncIterator]();
  let chunk: T[] = [];
  let next = source.next();
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
    const got = chunk.length === 0 ? await next : await Promise.race([next, late]);
    clearTimeout(timer);
    if (got === null) {
      // Nothing came in time: write what is here; the pending read carries on.
      yield chunk;
      chunk = [];
      continue;
    }
    if (got.done) break;
    chunk.push(got.value);
    next = source.next();
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * What the summary needs of every batch, kept as totals: a report per article (its entity ids)
 * held for a whole corpus would grow with it.
 */
class Tally {
  readonly counts = { new: 0, unchanged: 0, replaced: 0, failed: 0 };
  readonly failures: SourceFailure[] = [];
  done = 0;
  entities = 0;
  relations = 0;
  undated = 0;
  deadlockRetries = 0;
  down: string | null = null;
  totalsError: string | null = null;

  get failed(): number {
    return this.counts.failed;
  }

  add(report: BatchReport): void {
    for (const r of report.results) {
      this.done += 1;
      if (!r.ok) {
        this.counts.failed += 1;
        this.failures.push({ label: r.label, reason: r.reason });
        continue;
      }
      this.counts[r.report.status] += 1;
      if (r.report.status !== "unchanged") {
        this.entities += r.report.entities;
        this.relations += r.report.relations;
      }
      if (r.report.warnings.includes(UNDATED_WARNING)) this.undated += 1;
    }
    this.deadlockRetries += report.deadlockRetries;
    this.down ??= report.databaseDown;
    this.totalsError ??= report.totalsError;
  }

  notWritten(items: readonly BatchItem[]): void {
    for (const item of items) {
      this.done += 1;
      this.counts.failed += 1;
      this.failures.push({ label: item.label, reason: `not written: ${this.down ?? ""}` });
    }
  }
}

function summary(
  tally: Tally,
  unreadable: number,
  elapsedMs: number,
  totals: { articles: number; entities: number; relationships: number } | null,
): string {
  const c = tally.counts;
  const all = tally.done + unreadable;
  const seconds = elapsedMs / 1000;
  const rate =
    tally.done > 0 && seconds > 0
      ? ` (${seconds.toFixed(1)} s, ${(tally.done / seconds).toFixed(1)} articles/s)`
      : "";
  const lines = [
    `ingest: ${all} article${all === 1 ? "" : "s"}: ${c.new} new, ${c.unchanged} unchanged, ${c.replaced} replaced, ` +
      `${c.failed + unreadable} failed${rate}`,
    `written: ${tally.entities} entities, ${tally.relations} relationships (per article, before merging); ` +
      `deadlocks retried: ${tally.deadlockRetries}`,
  ];
  const undated = tally.undated;
  if (undated > 0) {
    lines.push(
      `undated: ${undated} article${undated === 1 ? "" : "s"} without publishedAt (give one with --date)`,
    );
  }
  if (totals) {
    lines.push(
      `graph: ${totals.articles} articles, ${totals.entities} entities, ${totals.relationships} relationships`,
    );
  }
  return lines.join("\n");
}

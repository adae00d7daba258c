import { Database } from "../../db/driver.js";
import { parseCommand, printUsage } from "../args.js";
import { migrate } from "../../db/migrate.js";
import { ExtractPool } from "../../server/extract-pool.js";
import { InputError } from "../../errors.js";
import { collectSources, type SourceFailure } from "../../sources/discover.js";
import { requireDate } from "../../sources/dates.js";
import { fetchArticle } from "../../sources/fetch-url.js";
import { maxArticleBytes, screenArticles } from "../../sources/validate.js";
import { UNDATED_WARNING } from "../../write/article.js";
import { ingestBatch, type BatchReport } from "../../write/batch.js";
import { graphCounts } from "../../write/reset.js";
import { warmUpWrites } from "../../write/warm-up.js";
import { progressReporter } from "../progress.js";

/**
 * Extraction threads (ingest/server/extract-pool.ts); the main thread then only builds rows and
 * drives the writes. Default none: with Neo4j on the same 2-core machine, Neo4j's CPU per real
 * article (41-61 ms) exceeds Node's (43 ms with extraction), so a thread adds a model load and
 * memory but no speed (400-article kg ingest runs, 2026-12). Worth it when Neo4j runs elsewhere.
 */
const WORKERS_DEFAULT = 0;
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
                       default ${WORKERS_DEFAULT}, from ${WORKERS_FROM} articles on)
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

  const sources = await collectSources(positionals);
  for (const url of urls) {
    try {
      // The operator's own command: what their machine can reach is theirs to ingest, intranet included.
      sources.items.push(await fetchArticle(url, { allowPrivate: true }));
    } catch (err) {
      sources.failures.push({ label: url, reason: (err as Error).message });
    }
  }
  if (date !== undefined) {
    for (const item of sources.items) item.input.publishedAt ??= date;
  }
  // The same rules as POST /api/articles; a refused article is a failure, the others go in.
  const screened = screenArticles(sources.items, { maxBytes: maxArticleBytes(), owner: "ingest" });
  sources.items = screened.items;
  sources.failures.push(...screened.failures);

  const db = new Database();
  // Threads start with the first article: a handful of articles is not worth their model load.
  const pool =
    workers > 0 && sources.items.length >= WORKERS_FROM ? new ExtractPool({ size: workers }) : null;
  try {
    let report: BatchReport = {
      results: [],
      counts: { new: 0, unchanged: 0, replaced: 0, failed: 0 },
      elapsedMs: 0,
      databaseDown: null,
      totalsError: null,
      deadlockRetries: 0,
    };
    if (sources.items.length > 0) {
      await migrate(db);
      // Plans the write statements while the first article is extracted (a just-started server
      // would otherwise plan them while it waits); a failure here shows again on the real writes.
      const warming = warmUpWrites(db).catch(() => undefined);
      const show = !values.quiet && sources.items.length >= PROGRESS_FROM;
      const progress = progressReporter(process.stderr);
      report = await ingestBatch(db, sources.items, {
        concurrency,
        ...(pool ? { extractor: pool } : {}),
        ...(show ? { onProgress: (p) => progress.update(p) } : {}),
      });
      progress.end();
      await warming;
    }
    const failures: SourceFailure[] = [
      ...sources.failures,
      ...report.results.flatMap((r) => (r.ok ? [] : [{ label: r.label, reason: r.reason }])),
    ];
    // Asking a database that just went away would only wait out the driver's retries again.
    const totals =
      sources.items.length > 0 && !report.databaseDown ? await graphCounts(db).catch(() => null) : null;
    console.log(summary(report, sources.failures.length, totals));
    if (report.totalsError) {
      console.error(
        `entity totals not updated (${report.totalsError}); the articles are written — run the same command again to finish`,
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
    await pool?.close();
    await db.close();
  }
}

function summary(
  report: BatchReport,
  unreadable: number,
  totals: { articles: number; entities: number; relationships: number } | null,
): string {
  const c = report.counts;
  const all = report.results.length + unreadable;
  const seconds = report.elapsedMs / 1000;
  const rate =
    seconds > 0
      ? ` (${seconds.toFixed(1)} s, ${(report.results.length / seconds).toFixed(1)} articles/s)`
      : "";
  const entities = report.results.reduce(
    (n, r) => n + (r.ok && r.report.status !== "unchanged" ? r.report.entities : 0),
    0,
  );
  const relations = report.results.reduce(
    (n, r) => n + (r.ok && r.report.status !== "unchanged" ? r.report.relations : 0),
    0,
  );
  const lines = [
    `ingest: ${all} article${all === 1 ? "" : "s"}: ${c.new} new, ${c.unchanged} unchanged, ${c.replaced} replaced, ` +
      `${c.failed + unreadable} failed${rate}`,
    `written: ${entities} entities, ${relations} relationships (per article, before merging); ` +
      `deadlocks retried: ${report.deadlockRetries}`,
  ];
  const undated = report.results.filter((r) => r.ok && r.report.warnings.includes(UNDATED_WARNING)).length;
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

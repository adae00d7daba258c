import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";
import { InputError } from "../errors.js";
import { requireDate } from "../sources/dates.js";

/**
 * A time window over article dates: `from` inclusive, `until` exclusive, both in the stored form of
 * ingest/sources/dates.ts so that they compare with `publishedAt` as strings.
 */
export interface WindowRange {
  from: string;
  until: string;
}

/**
 * The articles inside a window, with their dates: every windowed endpoint asks this once, then
 * keeps the evidence of those articles only (`$articles` in cypher/api/*.cypher; edgeProperties in
 * ingest/evidence.ts counts what is left).
 * Undated articles are never inside a window.
 */
export interface TimeWindow extends WindowRange {
  articles: Map<string, string>;
}

/** The `from`/`to` query-string properties of the windowed endpoints (checked by parseWindow). */
export const WINDOW_QUERY = {
  from: { type: "string", maxLength: 64, description: "Window start, ISO date (inclusive)" },
  to: { type: "string", maxLength: 64, description: "Window end, ISO date (inclusive: a day counts whole)" },
} as const;

/** Bounds for a window open on one side; every stored date sorts between them. */
const EARLIEST = "0000-01-01";
const LATEST = "9999-12-31T23:59:59Z";

/** The stored form of the instant one step after `date` (a day, or a second for a moment). */
function after(date: string): string {
  const next = new Date(date.length === 10 ? `${date}T00:00:00Z` : date);
  if (date.length === 10) {
    next.setUTCDate(next.getUTCDate() + 1);
    return next.toISOString().slice(0, 10);
  }
  next.setUTCSeconds(next.getUTCSeconds() + 1);
  return next.toISOString().replace(/\.\d{3}Z$/u, "Z");
}

/**
 * `from`/`to` of a query string (ISO dates, both inclusive: `to=2021-07-31` takes the whole day);
 * null when neither is given. A date that cannot be read, or a `from` after `to`, is a 400.
 *
 * @example parseWindow("2021-07-01", "2021-07-31") // { from: "2021-07-01", until: "2021-08-01" }
 */
export function parseWindow(
  from: string | undefined,
  to: string | undefined,
  names: { from: string; to: string } = { from: "from", to: "to" },
): WindowRange | null {
  const start = from === undefined || from.trim() === "" ? null : requireDate(from, names.from, "api");
  const end = to === undefined || to.trim() === "" ? null : requireDate(to, names.to, "api");
  if (start === null && end === null) return null;
  if (start !== null && end !== null && end < start) {
    throw new InputError(`api: ${names.from} (${start}) is after ${names.to} (${end}); swap them`);
  }
  return { from: start ?? EARLIEST, until: end === null ? LATEST : after(end) };
}

/** The articles of a window (null: no window, every article counts). */
export async function loadWindow(db: Database, range: WindowRange | null): Promise<TimeWindow | null> {
  if (range === null) return null;
  const rows = await db.read<{ id: string; publishedAt: string }>(loadCypher("api/window-articles"), {
    from: range.from,
    until: range.until,
  });
  return { ...range, articles: new Map(rows.map((r) => [r.id, r.publishedAt])) };
}

/** The `$articles` parameter of the windowed Cypher statements. */
export const windowArticles = (window: TimeWindow | null): string[] | null =>
  window === null ? null : [...window.articles.keys()];

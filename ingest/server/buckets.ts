import type { TimeBucket, TimelineBin } from "../model.js";

const DAY_MS = 86_400_000;
const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const msOf = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** The first day of the bucket holding `day` (YYYY-MM-DD): itself, its week's Monday, its month's 1st. */
export function bucketStart(day: string, bucket: TimeBucket): string {
  if (bucket === "day") return day;
  if (bucket === "month") return `${day.slice(0, 7)}-01`;
  const ms = msOf(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0
  return dayOf(ms - weekday * DAY_MS);
}

function nextStart(start: string, bucket: TimeBucket): string {
  if (bucket === "day") return dayOf(msOf(start) + DAY_MS);
  if (bucket === "week") return dayOf(msOf(start) + 7 * DAY_MS);
  const d = new Date(msOf(start));
  d.setUTCMonth(d.getUTCMonth() + 1);
  return dayOf(d.getTime());
}

/** Days for a bar a day wide, weeks up to about three years, months beyond. */
export function autoBucket(first: string, last: string): TimeBucket {
  const days = (msOf(last) - msOf(first)) / DAY_MS;
  return days <= 120 ? "day" : days <= 3 * 366 ? "week" : "month";
}

/**
 * Per-day counts gathered into buckets, every bucket from the first to the last present (the empty
 * ones too, so a timeline draws gaps as gaps). `evidence` is per day as well, when given.
 *
 * @example binDays([{ day: "2021-07-26", articles: 2 }], "week") // [{ start: "2021-07-26", articles: 2 }]
 */
export function binDays(
  days: { day: string; articles: number }[],
  bucket: TimeBucket,
  evidence?: Map<string, number>,
): TimelineBin[] {
  const counts = new Map<string, TimelineBin>();
  const add = (day: string, articles: number, ev: number): void => {
    const start = bucketStart(day, bucket);
    const bin = counts.get(start) ?? { start, articles: 0, ...(evidence ? { evidence: 0 } : {}) };
    bin.articles += articles;
    if (evidence) bin.evidence = (bin.evidence ?? 0) + ev;
    counts.set(start, bin);
  };
  for (const d of days) add(d.day, d.articles, 0);
  for (const [day, n] of evidence ?? []) add(day, 0, n);
  const starts = [...counts.keys()].sort();
  const first = starts[0];
  const last = starts[starts.length - 1];
  if (first === undefined || last === undefined) return [];
  const bins: TimelineBin[] = [];
  for (let s = first; s <= last; s = nextStart(s, bucket)) {
    bins.push(counts.get(s) ?? { start: s, articles: 0, ...(evidence ? { evidence: 0 } : {}) });
  }
  return bins;
}

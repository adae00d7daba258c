/**
 * Turns recognised date parts into an ISO value against the article date. Rules (kept simple and
 * predictable, so a reader can check them):
 * - a month with المقبل is its next occurrence after the article's month (same month → next year);
 *   with الماضي its previous occurrence; a bare month or day-month takes the article's year;
 * - a bare weekday is the one within ±3 days of the article date (exactly one exists); with
 *   المقبل the next one after it (1–7 days), with الماضي the last one before it;
 * - أمس / اليوم / غداً shift the article date by a day;
 * - weeks stay unresolved (value null): the model has no ISO week form.
 * Without an article date, relative dates get value null; the parts stay in the properties.
 */
import type { Properties, PropertyValue } from "../model.js";
import type { DateParts } from "./dates.js";

export interface ResolvedDate {
  value: string | null;
  properties: Properties;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
const iso = (d: Date): string =>
  `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
/** ISO weekday, Monday = 1 ... Sunday = 7. */
const isoWeekday = (d: Date): number => ((d.getUTCDay() + 6) % 7) + 1;

function monthYear(month: number, rel: DateParts["relative"], article: Date): number {
  const y = article.getUTCFullYear();
  const m = article.getUTCMonth() + 1;
  if (rel === "next") return month > m ? y : y + 1;
  if (rel === "previous") return month < m ? y : y - 1;
  return y;
}

function weekdayDate(weekday: number, rel: DateParts["relative"], article: Date): Date {
  const diff = (weekday - isoWeekday(article) + 7) % 7; // 0..6 days ahead
  if (rel === "next") return addDays(article, diff === 0 ? 7 : diff);
  if (rel === "previous") return addDays(article, diff === 0 ? -7 : diff - 7);
  return addDays(article, diff <= 3 ? diff : diff - 7);
}

function granularity(p: DateParts): string {
  if (p.day !== undefined || p.offset !== undefined || p.weekday !== undefined) return "day";
  if (p.unit === "week") return "week";
  if (p.month !== undefined || p.unit === "month") return "month";
  return "year";
}

function value(p: DateParts, article: Date | null): string | null {
  if (p.year !== undefined && p.month !== undefined && p.day !== undefined)
    return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  if (p.year !== undefined && p.month !== undefined) return `${pad(p.year, 4)}-${pad(p.month)}`;
  if (p.year !== undefined) return pad(p.year, 4);
  if (!article) return null;
  if (p.offset !== undefined) return iso(addDays(article, p.offset));
  if (p.month !== undefined) {
    const y = monthYear(p.month, p.relative, article);
    return p.day !== undefined
      ? `${pad(y, 4)}-${pad(p.month)}-${pad(p.day)}`
      : `${pad(y, 4)}-${pad(p.month)}`;
  }
  if (p.weekday !== undefined) return iso(weekdayDate(p.weekday, p.relative, article));
  const shift = p.relative === "next" ? 1 : p.relative === "previous" ? -1 : 0;
  if (p.unit === "year") return pad(article.getUTCFullYear() + shift, 4);
  if (p.unit === "month") {
    const d = new Date(Date.UTC(article.getUTCFullYear(), article.getUTCMonth() + shift, 1));
    return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}`;
  }
  return null;
}

export function resolveDate(p: DateParts, article: Date | null): ResolvedDate {
  const properties: Properties = { granularity: granularity(p) };
  const keep: [string, PropertyValue | undefined][] = [
    ["year", p.year],
    ["month", p.month],
    ["day", p.day],
    ["weekday", p.weekday],
    ["relative", p.relative],
    ["unit", p.unit],
    ["offset", p.offset],
  ];
  for (const [k, v] of keep) if (v !== undefined) properties[k] = v;
  // The qualifier nearest the date is its position (end/start/mid); an outer بحلول is a flag.
  const q = p.qualifiers;
  if (q.length > 0) properties.qualifier = q[q.length - 1] as string;
  if (q.length > 1 && q.includes("by")) properties.by = true;
  return { value: value(p, article), properties };
}

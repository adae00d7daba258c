import { InputError } from "../errors.js";

/** `2021-07-26`, `2021-07-26T10:30`, `2021-07-26 10:30:00+03:00`, `2021-07-26T07:30:00.000Z`. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/u;

/**
 * An article date in the one form the graph stores, so that dates compare as strings (the time
 * windows of the API do): `YYYY-MM-DD` for a day, `YYYY-MM-DDTHH:MM:SSZ` (UTC) for a moment.
 * A time without a zone is taken as UTC. Null when the text is not an ISO date or names no real day.
 *
 * @example normaliseDate("2021-07-26T10:30:00+03:00") // "2021-07-26T07:30:00Z"
 */
export function normaliseDate(raw: string): string | null {
  const m = ISO.exec(raw.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  const day = `${y}-${mo}-${d}`;
  const asDay = new Date(`${day}T00:00:00Z`);
  // Date rolls 2021-02-30 over to March: a day that does not come back unchanged does not exist.
  if (Number.isNaN(asDay.getTime()) || asDay.toISOString().slice(0, 10) !== day) return null;
  if (h === undefined) return day;
  const offset = zone === undefined || zone === "Z" ? "Z" : zone.replace(/^([+-]\d{2})(\d{2})$/u, "$1:$2");
  const moment = new Date(`${day}T${h}:${mi}:${s ?? "00"}${offset}`);
  if (Number.isNaN(moment.getTime())) return null;
  return moment.toISOString().replace(/\.\d{3}Z$/u, "Z");
}

/** normaliseDate for a boundary: a date that cannot be read is refused with the field's name. */
export function requireDate(raw: string, field: string, owner: string): string {
  const date = normaliseDate(raw);
  if (date === null) {
    throw new InputError(
      `${owner}: ${field} must be an ISO date such as 2021-07-26 or 2021-07-26T10:30:00Z (got "${raw.slice(0, 40)}")`,
    );
  }
  return date;
}

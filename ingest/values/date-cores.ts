/**
 * The cores of date phrases (see dates.ts). A core is a numeric date (2021/08/15, 15-08-2021),
 * [day] [شهر] month [/month] [year | relative] (15 أغسطس 2021, أكتوبر المقبل, آب/أغسطس),
 * [عام|سنة] year (عام 2014; a bare year only after a qualifier: منذ 2014), a relative period
 * (العام المقبل, هذا العام; the unit alone only after a position qualifier: نهاية العام),
 * a day word (أمس, اليوم, غداً, أول أمس) or a weekday (يوم الخميس, الاثنين المقبل).
 * Recognition only: resolve-date.ts turns the parts into an ISO value.
 */
import { lookup } from "./clitics.js";
import type { Token } from "./fold.js";
import type { DateParts } from "./dates.js";
import type { Lexicon } from "./lexicon.js";

export type Core = { next: number; parts: Omit<DateParts, "qualifiers"> };

export const word = (t: Token | undefined): string | null => (t?.kind === "word" ? t.text : null);

export function yearAt(tokens: Token[], j: number): number | null {
  const t = tokens[j];
  if (t?.kind !== "num" || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1800 && y < 2200 ? y : null;
}

export function dayAt(tokens: Token[], j: number): number | null {
  const t = tokens[j];
  if (t?.kind !== "num" || !/^\d{1,2}$/.test(t.text)) return null;
  const d = Number(t.text);
  return d >= 1 && d <= 31 ? d : null;
}

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** 2021/08/15 · 15/08/2021 · 15-8-2021 · 15.08.2021 (day before month, as Arabic news writes it). */
export function numericDate(tokens: Token[], j: number): Core | null {
  const t = tokens[j];
  if (t?.kind !== "num") return null;
  let nums: string[];
  let next: number;
  const dotted = /^(\d{1,4})\.(\d{1,2})\.(\d{1,4})$/.exec(t.text);
  if (dotted) {
    nums = dotted.slice(1);
    next = j + 1;
  } else {
    const [s1, n2, s2, n3] = [tokens[j + 1], tokens[j + 2], tokens[j + 3], tokens[j + 4]];
    const sep = s1?.text;
    if (!sep || !"/-".includes(sep) || s2?.text !== sep || n2?.kind !== "num" || n3?.kind !== "num")
      return null;
    if ([s1, n2, s2, n3].some((x) => x?.spaced)) return null;
    nums = [t.text, n2.text, n3.text];
    next = j + 5;
  }
  const [a, b, c] = nums.map(Number) as [number, number, number];
  const [y, m, d] =
    (nums[0] as string).length === 4 ? [a, b, c] : (nums[2] as string).length === 4 ? [c, b, a] : [0, 0, 0];
  return validDate(y, m, d) ? { next, parts: { year: y, month: m, day: d } } : null;
}

export function monthAt(
  tokens: Token[],
  j: number,
  lex: Lexicon,
): { month: number; next: number; needsContext: boolean; cut: number } | null {
  const w = word(tokens[j]);
  if (!w) return null;
  for (const r of [
    { stem: w, cut: 0 },
    ...["و", "ب", "ل", "ف"]
      .filter((p) => w.startsWith(p))
      .map((p) => ({ stem: w.slice(p.length), cut: p.length })),
  ]) {
    for (const form of lex.monthForms.get(r.stem) ?? []) {
      if (r.cut > 0 && (form.needsContext || r.stem.length < 3)) continue;
      if (form.tokens.slice(1).every((f, k) => tokens[j + 1 + k]?.text === f))
        return {
          month: form.month,
          next: j + form.tokens.length,
          needsContext: form.needsContext,
          cut: r.cut,
        };
    }
  }
  return null;
}

/** [day] [شهر] month [/ month | (month)] [year | relative]. */
export function monthPhrase(
  tokens: Token[],
  j: number,
  lex: Lexicon,
  licensed: boolean,
): (Core & { cut: number }) | null {
  let k = j;
  let cut = 0;
  const day = dayAt(tokens, k);
  if (day !== null) k++;
  const monthWord = word(tokens[k]);
  const viaWord = monthWord !== null && day === null ? lookup(lex.monthWords, monthWord) : null;
  if (viaWord) {
    cut = viaWord.cut;
    k++;
  }
  const m = monthAt(tokens, k, lex);
  if (!m) return null;
  if (day === null && !viaWord) cut = m.cut;
  else if (m.cut > 0) return null;
  k = m.next;
  let paired = false;
  const open = tokens[k]?.text;
  if (open === "/" || open === "(") {
    const other = monthAt(tokens, k + 1, lex);
    if (other && other.cut === 0) {
      paired = true;
      k = other.next + (open === "(" && tokens[other.next]?.text === ")" ? 1 : 0);
    }
  }
  const parts: Core["parts"] = { month: m.month };
  if (day !== null) parts.day = day;
  const year = yearAt(tokens, k);
  const rel = year === null ? lex.relative.get(word(tokens[k]) ?? "") : undefined;
  if (year !== null) {
    parts.year = year;
    k++;
  } else if (rel) {
    parts.relative = rel;
    k++;
  }
  const contextual =
    licensed || paired || day !== null || viaWord !== null || year !== null || rel !== undefined;
  if (m.needsContext && !contextual) return null;
  return { next: k, parts, cut };
}

/** عام 2014 · السنة 2020 · (after a qualifier) 2014. */
export function yearPhrase(
  tokens: Token[],
  j: number,
  lex: Lexicon,
  qualified: boolean,
): (Core & { cut: number }) | null {
  const w = word(tokens[j]);
  const yw = w ? lookup(lex.yearWords, w) : null;
  if (yw) {
    const y = yearAt(tokens, j + 1);
    return y === null ? null : { next: j + 2, parts: { year: y }, cut: yw.cut };
  }
  const y = qualified ? yearAt(tokens, j) : null;
  return y === null ? null : { next: j + 1, parts: { year: y }, cut: 0 };
}

/** العام المقبل · هذا الشهر · (after end/start/mid) العام. */
export function relativePeriod(
  tokens: Token[],
  j: number,
  lex: Lexicon,
  positioned: boolean,
): (Core & { cut: number }) | null {
  let k = j;
  let cut = 0;
  const dem = word(tokens[k]);
  const demR = dem ? lookup(lex.demonstratives, dem) : null;
  if (demR) {
    cut = demR.cut;
    k++;
  }
  const u = word(tokens[k]);
  const unit = u ? lookup(lex.units, u) : null;
  if (!unit) return null;
  if (!demR) cut = unit.cut;
  const relWord = word(tokens[k + 1]);
  const rel = relWord ? lex.relative.get(relWord) : undefined;
  if (demR) return { next: k + 1, parts: { unit: unit.entry, relative: "current" }, cut };
  if (rel) {
    const before = word(tokens[j - 1]);
    if (unit.entry === "year" && before && lex.yearNounsNotDates.has(before)) return null;
    return { next: k + 2, parts: { unit: unit.entry, relative: rel }, cut };
  }
  return positioned ? { next: k + 1, parts: { unit: unit.entry, relative: "current" }, cut } : null;
}

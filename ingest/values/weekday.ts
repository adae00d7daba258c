/**
 * Day words (أمس, اليوم, غداً, أول أمس, بعد غد) and weekdays (يوم الخميس, الاثنين المقبل,
 * الاثنين 26 يوليو 2021). The guards against ordinary-word readings live in the data files.
 */
import { lookup } from "./clitics.js";
import { type Core, dayAt, monthPhrase, word } from "./date-cores.js";
import type { Token } from "./fold.js";
import type { Lexicon, Weekday } from "./lexicon.js";

type Hit = Core & { cut: number };

function blocked(tokens: Token[], k: number, wd: Weekday): boolean {
  const prev = tokens[k - 1];
  const before = prev?.kind === "word" ? prev.text : null;
  if (before && (wd.notAfter.has(before) || wd.notAfterEndings.some((e) => before.endsWith(e)))) return true;
  const after = word(tokens[k + 1]);
  return after !== null && wd.notBefore.has(after);
}

/** [يوم|صباح|...] weekday [relative | [،] day month [year]]. */
export function weekdayAt(tokens: Token[], j: number, lex: Lexicon, licensedBefore = false): Hit | null {
  let k = j;
  let cut = 0;
  let licensed = licensedBefore;
  const lw = word(tokens[k]);
  const lic = lw ? lookup(lex.weekdayLicensors, lw) : null;
  const afterLic = lic ? word(tokens[k + 1]) : null;
  if (lic && afterLic && lex.weekdays.has(afterLic)) {
    cut = lic.cut;
    licensed = true;
    k++;
  }
  const w = word(tokens[k]);
  const wd = w ? lookup(lex.weekdays, w) : null;
  if (!wd) return null;
  if (!licensed) cut = wd.cut;
  const parts: Core["parts"] = { weekday: wd.entry.weekday };
  let next = k + 1;
  const rel = lex.relative.get(word(tokens[next]) ?? "");
  if (rel) {
    parts.relative = rel;
    next++;
    licensed = true;
  } else {
    const comma = tokens[next]?.text === "،" || tokens[next]?.text === "," ? 1 : 0;
    if (dayAt(tokens, next + comma) !== null) {
      const date = monthPhrase(tokens, next + comma, lex, true);
      if (date && date.parts.relative === undefined) {
        Object.assign(parts, date.parts);
        next = date.next;
        licensed = true;
      }
    }
  }
  if (!licensed && blocked(tokens, k, wd.entry)) return null;
  return { next, parts, cut };
}

/** أمس · اليوم · غداً · أول أمس · أمس الأول · بعد غد, optionally followed by a weekday (أمس الاثنين). */
export function dayWordAt(tokens: Token[], j: number, lex: Lexicon): Hit | null {
  const w = word(tokens[j]);
  if (!w) return null;
  let offset: number;
  let next: number;
  let cut: number;
  const prefix = lookup(lex.dayPrefixes, w);
  if (prefix && word(tokens[j + 1]) === prefix.entry.then) {
    offset = prefix.entry.offset;
    next = j + 2;
    cut = prefix.cut;
  } else {
    const dw = lookup(lex.dayWords, w);
    if (!dw) return null;
    offset = dw.entry;
    next = j + 1;
    cut = dw.cut;
    if (offset === 0 && !isToday(tokens, j, lex)) return null;
    const suffix = lex.daySuffixes.get(word(tokens[next]) ?? "");
    if (suffix && w.endsWith(suffix.after)) {
      offset = suffix.offset;
      next++;
    }
  }
  const parts: Core["parts"] = { offset };
  const wd = weekdayAt(tokens, next, lex, true);
  if (wd && wd.cut === 0 && wd.parts.relative === undefined) {
    parts.weekday = wd.parts.weekday as number;
    next = wd.next;
  }
  return { next, parts, cut };
}

/** اليوم is "today" unless a definite adjective follows (اليوم الوطني) or هذا / نفس precedes. */
function isToday(tokens: Token[], j: number, lex: Lexicon): boolean {
  const before = word(tokens[j - 1]);
  if (before && lex.todayNotAfter.has(before)) return false;
  const after = word(tokens[j + 1]);
  return !(after && after.startsWith("ال") && !lex.weekdays.has(after));
}

/**
 * Date phrases: [qualifiers] core. Qualifiers (بحلول، نهاية، مطلع، منتصف، منذ، حتى) are part of
 * the span; a leading conjunction or preposition letter (و، ب، ل) is not. Cores: date-cores.ts
 * and weekday.ts. A qualifier with no core after it is not a date (نهاية الحرب).
 */
import { lookup } from "./clitics.js";
import { type Core, monthPhrase, numericDate, relativePeriod, word, yearPhrase } from "./date-cores.js";
import type { Token } from "./fold.js";
import type { Lexicon } from "./lexicon.js";
import { dayWordAt, weekdayAt } from "./weekday.js";

export type Qualifier = "end" | "start" | "mid" | "by" | "since" | "until";
export type Relative = "next" | "previous" | "current";

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  relative?: Relative;
  unit?: "year" | "month" | "week";
  /** Day offset from the article date (أمس = -1). */
  offset?: number;
  qualifiers: Qualifier[];
}

export interface DateMatch {
  /** Folded offsets. */
  start: number;
  end: number;
  next: number;
  parts: DateParts;
}

const POSITIONS: readonly Qualifier[] = ["end", "start", "mid"];

function core(
  tokens: Token[],
  k: number,
  lex: Lexicon,
  quals: Qualifier[],
  licensed: boolean,
): (Core & { cut: number }) | null {
  const numeric = numericDate(tokens, k);
  if (numeric) return { ...numeric, cut: 0 };
  return (
    monthPhrase(tokens, k, lex, licensed) ??
    yearPhrase(tokens, k, lex, quals.length > 0) ??
    relativePeriod(
      tokens,
      k,
      lex,
      quals.some((q) => POSITIONS.includes(q)),
    ) ??
    dayWordAt(tokens, k, lex) ??
    weekdayAt(tokens, k, lex)
  );
}

/** The date phrase starting at token i, or null. */
export function dateAt(tokens: Token[], i: number, lex: Lexicon): DateMatch | null {
  const first = tokens[i];
  if (!first || first.kind === "punct") return null;
  const quals: Qualifier[] = [];
  let k = i;
  let qualCut = 0;
  for (;;) {
    const w = word(tokens[k]);
    const q = w ? lookup(lex.qualifiers, w) : null;
    if (!q) break;
    if (quals.length === 0) qualCut = q.cut;
    else if (q.cut > 0) break;
    quals.push(q.entry);
    k++;
  }
  const prev = word(tokens[i - 1]);
  const licensed = quals.length > 0 || (prev !== null && lookup(lex.monthLicensors, prev) !== null);
  const c = core(tokens, k, lex, quals, licensed);
  if (!c || (quals.length > 0 && c.cut > 0)) return null;
  const last = tokens[c.next - 1] as Token;
  return {
    start: first.start + (quals.length > 0 ? qualCut : c.cut),
    end: last.end,
    next: c.next,
    parts: { ...c.parts, qualifiers: quals },
  };
}

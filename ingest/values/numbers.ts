/**
 * Amounts: digit numbers with Arabic or Latin separators, Arabic number words, and scale words.
 * "25 مليون" → 25,000,000 · "عشرة ملايين" → 10,000,000 · "مليونا" → 2,000,000 · "نصف مليار" → 500,000,000
 * · "2 مليار و500 مليون" → 2,500,000,000.
 */
import { lookup } from "./clitics.js";
import type { Token } from "./fold.js";
import type { Lexicon } from "./lexicon.js";

/**
 * ٬ groups thousands and ٫ marks decimals; "," groups thousands only in the 1,234,567 shape
 * (otherwise it is a decimal comma, 7,32); "." is a decimal point.
 */
export function parseDigits(s: string): number | null {
  let t = s.replace(/٬/g, "").replace(/٫/g, ".");
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
  else if (/^\d+,\d+$/.test(t)) t = t.replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export interface Amount {
  value: number;
  /** Token index after the amount. */
  next: number;
  /** Characters of proclitics before the first token that are not part of the amount. */
  cut: number;
}

/** One chunk of a word number: مئتان · خمسة · خمسة عشر · عشرين. */
function wordChunk(
  tokens: Token[],
  i: number,
  lex: Lexicon,
  word: string,
): { value: number; next: number } | null {
  const hundreds = lex.hundreds.get(word);
  if (hundreds !== undefined) return { value: hundreds, next: i + 1 };
  const tens = lex.tens.get(word);
  if (tens !== undefined) return { value: tens, next: i + 1 };
  const unit = lex.units1.get(word);
  if (unit === undefined) return null;
  const after = tokens[i + 1];
  if (unit < 10 && after?.kind === "word" && lex.teen.has(after.text))
    return { value: unit + 10, next: i + 2 };
  return { value: unit, next: i + 1 };
}

/** Arabic joins units before tens (خمسة وعشرون = 25) and anything under 100 after hundreds. */
function joins(sofar: number, more: number): boolean {
  const isTens = more >= 20 && more < 100 && more % 10 === 0;
  if (sofar % 100 === 0) return more < 100;
  return sofar % 10 !== 0 && sofar % 100 < 10 && isTens;
}

/** A word number with و-joined chunks: مئة وخمسة وعشرين → 125. */
function wordNumber(tokens: Token[], i: number, lex: Lexicon): Amount | null {
  const tok = tokens[i];
  if (tok?.kind !== "word") return null;
  let first: { value: number; next: number } | null = null;
  let cut = 0;
  for (const r of [{ stem: tok.text, cut: 0 }, ...clitic(tok.text)]) {
    first = wordChunk(tokens, i, lex, r.stem);
    if (first) {
      cut = r.cut;
      break;
    }
  }
  if (!first) return null;
  let { value, next } = first;
  for (;;) {
    const t = tokens[next];
    if (t?.kind !== "word" || !t.text.startsWith("و") || t.text.length < 3) break;
    const more = wordChunk(tokens, next, lex, t.text.slice(1));
    if (!more || !joins(value, more.value)) break;
    value += more.value;
    next = more.next;
  }
  return { value, next, cut };
}

function clitic(word: string): { stem: string; cut: number }[] {
  return ["و", "ب", "ل", "وب"]
    .filter((p) => word.startsWith(p))
    .map((p) => ({ stem: word.slice(p.length), cut: p.length }));
}

/** The scale after a number (25 مليون), Arabic or Latin (25 million, 25m). */
function scaleAfter(tokens: Token[], j: number, lex: Lexicon): number | null {
  const t = tokens[j];
  if (t?.kind !== "word") return null;
  return lex.scalesAfterNumber.get(t.text) ?? lex.latinScales.get(t.text.toLowerCase()) ?? null;
}

/** A single amount group: number [scale] | fraction scale | scale alone. */
function group(tokens: Token[], i: number, lex: Lexicon): (Amount & { scale: number }) | null {
  const tok = tokens[i];
  if (!tok) return null;
  let base: Amount | null = null;
  if (tok.kind === "num") {
    const n = parseDigits(tok.text);
    if (n !== null) base = { value: n, next: i + 1, cut: 0 };
  } else if (tok.kind === "word") {
    const fraction = lookup(lex.fractions, tok.text);
    const scale = fraction ? scaleAfter(tokens, i + 1, lex) : null;
    if (fraction && scale) return { value: fraction.entry * scale, next: i + 2, cut: fraction.cut, scale };
    const alone = lookup(lex.scales, tok.text);
    if (alone)
      return {
        value: alone.entry.alone * alone.entry.value,
        next: i + 1,
        cut: alone.cut,
        scale: alone.entry.value,
      };
    base = wordNumber(tokens, i, lex);
  }
  if (!base) return null;
  const scale = scaleAfter(tokens, base.next, lex);
  if (scale === null) return { ...base, scale: 1 };
  return { value: base.value * scale, next: base.next + 1, cut: base.cut, scale };
}

/** An amount at token i, summing و-joined groups of falling scale. */
export function parseAmount(tokens: Token[], i: number, lex: Lexicon): Amount | null {
  const first = group(tokens, i, lex);
  if (!first) return null;
  let { value, next, scale } = first;
  for (;;) {
    const t = tokens[next];
    if (t?.kind !== "word" || !t.text.startsWith("و")) break;
    // "و500" is two tokens (the letter, then the digits); "وخمسمئة" is one.
    const at =
      t.text === "و" && tokens[next + 1]?.kind === "num" && !tokens[next + 1]?.spaced ? next + 1 : next;
    const more = at === next ? groupFromWord(tokens, next, lex) : group(tokens, at, lex);
    if (!more || more.scale >= scale || more.value >= scale) break;
    value += more.value;
    next = more.next;
    scale = more.scale;
  }
  return { value: Math.round(value * 100) / 100, next, cut: first.cut };
}

function groupFromWord(tokens: Token[], i: number, lex: Lexicon): (Amount & { scale: number }) | null {
  const g = group(tokens, i, lex);
  return g && g.cut === 1 ? g : null;
}

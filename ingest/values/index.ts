/**
 * Values stage: money and dates in an article, with spans into the original text.
 *
 * @example
 * extractValues("رصدت 25 مليون دولار حتى أكتوبر المقبل", { articleDate: "2021-07-26" })
 * // → money 25000000 USD "25 مليون دولار"; date "2021-10" "حتى أكتوبر المقبل" (qualifier "until")
 */
import { InputError } from "../errors.js";
import type { Value } from "../model.js";
import { lookup } from "./clitics.js";
import { dateAt } from "./dates.js";
import { fold, type Token, tokenize, toOriginal } from "./fold.js";
import { type Lexicon, lexicon } from "./lexicon.js";
import { moneyAt } from "./money.js";
import { resolveDate } from "./resolve-date.js";

export interface ValueOptions {
  /** Publication date (ISO, e.g. "2021-07-26" or a full timestamp) for resolving relative dates. */
  articleDate?: string;
}

function parseArticleDate(s: string | undefined): Date | null {
  if (s === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(s.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1)
    throw new InputError(
      `values: articleDate must be an ISO date like 2021-07-26 (got ${JSON.stringify(s)})`,
    );
  return d;
}

/**
 * Per lexicon: the first two letters (as code units, c1 · 65536 + c2) of every starter. lookup()
 * reads a word through up to eleven proclitic prefixes, slicing and hashing a string for each;
 * a reading whose first two letters begin no starter cannot be one, so most words of prose are
 * turned away without a string made (every reading lookup() tries has at least two letters).
 */
const STARTER_HEADS = new WeakMap<Lexicon, Set<number>>();

function starterHeads(lex: Lexicon): Set<number> {
  let heads = STARTER_HEADS.get(lex);
  if (!heads) {
    heads = new Set();
    for (const k of lex.starters.keys())
      if (k.length >= 2) heads.add(k.charCodeAt(0) * 65536 + k.charCodeAt(1));
    STARTER_HEADS.set(lex, heads);
  }
  return heads;
}

const ALEF = 0x627;
const LAM = 0x644;

/** Whether some proclitic reading of the word, as lookup() reads it, may be a starter. */
function mayStart(word: string, heads: Set<number>): boolean {
  // "" and the one- and two-letter prefixes of clitics.ts; a longer word than the prefix is needed.
  for (let cut = 0; cut <= 2 && word.length - cut >= 2; cut++) {
    if (heads.has(word.charCodeAt(cut) * 65536 + word.charCodeAt(cut + 1))) return true;
  }
  // لل + noun read as ال + noun: "ا" + the word from its second ل.
  for (let k = 1; k <= 2 && k < word.length; k++) {
    if (word.charCodeAt(k) === LAM && heads.has(ALEF * 65536 + LAM)) return true;
  }
  return false;
}

function canStart(t: Token, lex: Lexicon): boolean {
  if (t.kind !== "word") return t.kind === "num" || lex.symbols.has(t.text);
  return mayStart(t.text, starterHeads(lex)) && lookup(lex.starters, t.text) !== null;
}

/** Values of one piece; offsets are shifted by `base` into the whole text. */
function scanLine(text: string, base: number, article: Date | null, lex: Lexicon, out: Value[]): void {
  const folded = fold(text);
  const tokens = tokenize(folded.text);
  const span = (start: number, end: number) => {
    const [s, e] = toOriginal(folded, text, start, end);
    return { start: base + s, end: base + e, text: text.slice(s, e) };
  };
  for (let i = 0; i < tokens.length;) {
    if (!canStart(tokens[i] as Token, lex)) {
      i++;
      continue;
    }
    const money = moneyAt(tokens, i, lex);
    if (money) {
      const v: Value = {
        kind: "money",
        ...span(money.start, money.end),
        value: money.value,
        properties: money.properties,
      };
      if (money.currency) v.currency = money.currency;
      out.push(v);
      i = money.next;
      continue;
    }
    const date = dateAt(tokens, i, lex);
    if (date) {
      const r = resolveDate(date.parts, article);
      out.push({ kind: "date", ...span(date.start, date.end), value: r.value, properties: r.properties });
      i = date.next;
      continue;
    }
    i++;
  }
}

const PIECE = 50_000;
const SENTENCE_END = /[.!؟?]\s/g;

/**
 * Pieces of text that no value spans: lines, and very long lines cut after a sentence end.
 * Small pieces keep token arrays, and so memory, bounded on a 10 MB article.
 */
function* pieces(text: string): Generator<[number, number]> {
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf("\n", start);
    const lineEnd = nl === -1 ? text.length : nl;
    while (lineEnd - start > 2 * PIECE) {
      SENTENCE_END.lastIndex = start + PIECE;
      const m = SENTENCE_END.exec(text);
      if (!m || m.index >= lineEnd) break;
      yield [start, m.index + 1];
      start = m.index + 1;
    }
    if (lineEnd > start) yield [start, lineEnd];
    start = lineEnd + 1;
  }
}

export function extractValues(text: string, opts: ValueOptions = {}): Value[] {
  const article = parseArticleDate(opts.articleDate);
  const lex = lexicon();
  const out: Value[] = [];
  for (const [start, end] of pieces(text)) scanLine(text.slice(start, end), start, article, lex, out);
  return out;
}

export type { Value } from "../model.js";

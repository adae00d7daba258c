/**
 * Stage 2 of extraction: paragraphs, sentences and word tokens over the cleaned text, plus the
 * proclitic readings used for lookups (never for display, never stripping suffixes).
 */
import { isArabicLetter, isArabicMark, normalizeForMatch } from "./normalize.js";

export interface Range {
  start: number;
  end: number;
}

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  start: number;
  end: number;
  /** Text as written (cleaned). */
  text: string;
  /** Matching-normalised text. */
  norm: string;
  kind: TokenKind;
  /** Memo of readingsOf(): several patterns look at the same word. */
  readings?: Reading[];
}

/** Paragraphs: text between blank lines, trimmed. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const re = /\n[ \t\r]*\n/g;
  let from = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const to = m ? m.index : text.length;
    pushTrimmed(text, from, to, out);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Range[]): void {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  if (end > start) out.push({ start, end });
}

const OPENERS = new Set(["“", "«"]);
const CLOSERS = new Set(["”", "»"]);
const TERMINATORS = new Set([".", "!", "?", "؟", "…"]);
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

/**
 * Sentences: end at . ! ? ؟ … and at line breaks; not inside quotes, not at the point of a
 * number (7.32). A closing quote right after the terminator stays with its sentence.
 * ” also opens a quote when none is open, as Arabic typing often uses it on both sides.
 */
export function sentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  let depth = 0;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (ch === "\n") {
      pushTrimmed(text, start, i, out);
      start = i + 1;
      depth = 0;
      straight = false;
      continue;
    }
    if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch)) depth = depth > 0 ? depth - 1 : ch === "”" ? 1 : 0;
    else if (ch === '"') straight = !straight;
    else if (TERMINATORS.has(ch) && depth === 0 && !straight) {
      if (ch === "." && DIGIT.test(text[i - 1] ?? "") && DIGIT.test(text[i + 1] ?? "")) continue;
      let end = i + 1;
      while (end < text.length && TERMINATORS.has(text[end] ?? "")) end++;
      pushTrimmed(text, start, end, out);
      start = end;
      i = end - 1;
    }
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function isWordCode(code: number): boolean {
  return (
    isArabicLetter(code) ||
    isArabicMark(code) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f)
  );
}

function isDigitCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)
  );
}

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}

/** Word tokens of text[start, end): letter runs, numbers (with inner . , ٫ ٬), single punctuation. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokenKind = "punct";
    if (isWordCode(code)) {
      kind = "word";
      while (j < end && isWordCode(text.charCodeAt(j))) j++;
    } else if (isDigitCode(code)) {
      kind = "number";
      for (;;) {
        while (j < end && isDigitCode(text.charCodeAt(j))) j++;
        const sep = text[j];
        if (
          (sep === "." || sep === "," || sep === "٫" || sep === "٬") &&
          j + 1 < end &&
          isDigitCode(text.charCodeAt(j + 1))
        ) {
          j++;
          continue;
        }
        break;
      }
    } else if (code >= 0xd800 && code <= 0xdbff && j < end) {
      j++;
    }
    const surface = text.slice(i, j);
    out.push({
      start: i,
      end: j,
      text: surface,
      norm: kind === "word" ? normalizeForMatch(surface) : surface,
      kind,
    });
    i = j;
  }
  return out;
}

/** One way to read a word for lookup: `key` after stripping `prefix` letters of proclitics. */
export interface Reading {
  key: string;
  /** Normalised letters before the span: stripped و ف ب ك ل, but never the لل of a word. */
  prefix: number;
  /** The reading looked through لل (للعراق → العراق, للبنان → لبنان); the span keeps the لل. */
  restoredArticle: boolean;
}

const MIN_STEM = 2;

/**
 * Readings of a normalised word, the word itself first: conjunction (و ف), then preposition
 * (ب ك ل; لل → ال or ل + ل...). Which one is right is decided by what the lexicon knows.
 * @example readings("وللعراق") → وللعراق, للعراق, العراق, لعراق
 */
export function readings(norm: string): Reading[] {
  const out: Reading[] = [{ key: norm, prefix: 0, restoredArticle: false }];
  const bases: Reading[] = [out[0] as Reading];
  const first = norm[0];
  if ((first === "و" || first === "ف") && norm.length > MIN_STEM + 1) {
    const r = { key: norm.slice(1), prefix: 1, restoredArticle: false };
    out.push(r);
    bases.push(r);
  }
  for (const b of bases) {
    const w = b.key;
    if (w.startsWith("لل") && w.length > MIN_STEM + 2) {
      out.push({ key: "ا" + w.slice(1), prefix: b.prefix, restoredArticle: true });
    }
    // لل is also ل before a word that starts with ل (للبنان = ل + لبنان). Either way a span
    // keeps the لل, so every reading of one written word starts at the same place.
    if ((w[0] === "ب" || w[0] === "ك" || w[0] === "ل") && w.length > MIN_STEM + 1) {
      const doubled = w.startsWith("لل");
      out.push({ key: w.slice(1), prefix: doubled ? b.prefix : b.prefix + 1, restoredArticle: doubled });
    }
  }
  return out;
}

/** readings(t.norm), computed once per token. */
export function readingsOf(t: Token): Reading[] {
  t.readings ??= readings(t.norm);
  return t.readings;
}

/** The word without its article, for nisba and name lookups: العراقية → عراقية. */
export function withoutArticle(key: string): string | null {
  return key.startsWith("ال") && key.length >= MIN_STEM + 3 ? key.slice(2) : null;
}

/** Index in `surface` after skipping `letters` normalised letters (diacritics ride along). */
export function surfaceOffset(surface: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < surface.length && seen < letters) {
    i++;
    seen++;
    while (i < surface.length && isArabicMark(surface.charCodeAt(i))) i++;
  }
  return i;
}

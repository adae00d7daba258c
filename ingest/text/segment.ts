/**
 * Stage 2 of extraction: word tokens over the cleaned text, plus the proclitic readings used
 * for lookups (never for display, never stripping suffixes). Paragraphs, sentences and windows
 * of sentences are in sentences.ts.
 */
import { isArabicLetter, isArabicMark, normalizeForMatch } from "./normalize.js";
import { dottedAcronymEnd } from "./sentences.js";

export { paragraphs, sentences, type Range } from "./sentences.js";

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
  /** A time of day before a time anchor (صباح أمس): a function word here, whatever it is elsewhere. */
  timeOfDay?: boolean;
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
      // بي.بي.سي: one word (dotted acronym), not three words and two stops
      if (j - i <= 3 && text.charCodeAt(j) === 0x2e) {
        const acronym = dottedAcronymEnd(text, i);
        if (acronym > 0 && acronym <= end) j = acronym;
      }
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

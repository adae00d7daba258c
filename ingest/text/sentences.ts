/**
 * Paragraphs and sentences of the cleaned text, and windows of consecutive sentences: long
 * articles are read a window at a time, so what lives at once is bounded by the window, not
 * by the article.
 */
export interface Range {
  start: number;
  end: number;
}

/** Paragraphs: text between blank lines, trimmed. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const re = /\n[ \t\r]*\n/g;
  let from = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const to = m ? m.index : text.length;
    const r = trimmed(text, from, to);
    if (r) out.push(r);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

function trimmed(text: string, start: number, end: number): Range | null {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return end > start ? { start, end } : null;
}

// Character codes: this loop visits every character of every article, and text[i] would make a
// string of each (Arabic letters are not among V8's cached one-character strings). Compared, not
// looked up in sets: three set lookups per character were most of the sentence scan.
const isOpener = (ch: number): boolean => ch === 0x201c || ch === 0xab; // “ «
const isCloser = (ch: number): boolean => ch === 0x201d || ch === 0xbb; // ” »
const RIGHT_QUOTE = 0x201d; // ”
// . ! ? ؟ …
const isTerminator = (ch: number): boolean =>
  ch === 0x2e || ch === 0x21 || ch === 0x3f || ch === 0x61f || ch === 0x2026;
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

const ARABIC_LETTER = /[\u0621-\u064a]/;

/**
 * A full stop after a one-letter Arabic word is an abbreviation, not a sentence's end: د. (Dr),
 * م. (Eng.), أ. (Mr), أ.د. (Prof.): وأكد د. X أن، د.X ... A letter after a space, a line start or
 * another such stop (أ.د).
 */
function abbreviation(text: string, i: number): boolean {
  if (!ARABIC_LETTER.test(text[i - 1] ?? "")) return false;
  const before = text[i - 2];
  if (before !== undefined && before !== "." && !/\s/.test(before)) return false;
  // The next word must follow on the same line (a sentence ending in a lone letter is no abbreviation),
  // after a space or written on the stop (د.محمد، م.خالد).
  return / [^\s]/.test(text.slice(i + 1, i + 3)) || ARABIC_LETTER.test(text[i + 1] ?? "");
}

/**
 * A full stop inside a dotted acronym written in Arabic letters, with no space around its stops:
 * بي.بي.سي (BBC), سي.إن.إن (CNN), إف.بي.آي (FBI), أ.ف.ب (AFP). The word of letters and stops around
 * the stop has three parts or more, each of one to three letters; a sentence typed with no space
 * after its stop (انتهى.وقال) has longer words. Looks at most a few characters either side.
 */
function dottedAcronym(text: string, i: number): boolean {
  if (!ARABIC_LETTER.test(text[i - 1] ?? "") || !ARABIC_LETTER.test(text[i + 1] ?? "")) return false;
  const LIMIT = 16;
  let from = i;
  while (from > 0 && i - from < LIMIT && /[\u0621-\u064a.]/.test(text[from - 1] ?? "")) from--;
  let to = i + 1;
  while (to < text.length && to - i < LIMIT && /[\u0621-\u064a.]/.test(text[to] ?? "")) to++;
  // a trailing stop (the acronym ending its sentence: … بي.بي.سي.) is not a part
  let word = text.slice(from, to);
  if (word.endsWith(".")) word = word.slice(0, -1);
  const parts = word.split(".");
  return parts.length >= 3 && parts.every((p) => p.length >= 1 && p.length <= 3);
}

const ACRONYM = /(?:[\u0621-\u064a]{1,3}\.){2,}[\u0621-\u064a]{1,3}(?![\u0621-\u064a])/y;

/**
 * The end of a dotted acronym starting at `start` (بي.بي.سي، سي.إن.إن), with a part of two letters
 * or more (أ.ف.ب stays letters and stops, as one-letter titles are read), or -1. The tokenizer keeps
 * it one word, so no part of it is read as a name.
 */
export function dottedAcronymEnd(text: string, start: number): number {
  if (ARABIC_LETTER.test(text[start - 1] ?? "")) return -1;
  ACRONYM.lastIndex = start;
  const m = ACRONYM.exec(text);
  if (!m || !m[0].split(".").some((p) => p.length >= 2)) return -1;
  return start + m[0].length;
}

/**
 * Sentences, one at a time: end at . ! ? ؟ … and at line breaks; not inside quotes, not at the
 * point of a number (7.32). A closing quote right after the terminator stays with its sentence.
 * ” also opens a quote when none is open, as Arabic typing often uses it on both sides.
 */
export function* sentenceRanges(text: string): Generator<Range, void, undefined> {
  let start = 0;
  let depth = 0;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x0a) {
      const r = trimmed(text, start, i);
      if (r) yield r;
      start = i + 1;
      depth = 0;
      straight = false;
      continue;
    }
    if (isOpener(ch)) depth++;
    else if (isCloser(ch)) depth = depth > 0 ? depth - 1 : ch === RIGHT_QUOTE ? 1 : 0;
    else if (ch === 0x22) straight = !straight;
    else if (isTerminator(ch) && depth === 0 && !straight) {
      if (ch === 0x2e && DIGIT.test(text[i - 1] ?? "") && DIGIT.test(text[i + 1] ?? "")) continue;
      if (ch === 0x2e && abbreviation(text, i)) continue;
      if (ch === 0x2e && dottedAcronym(text, i)) continue;
      let end = i + 1;
      while (end < text.length && isTerminator(text.charCodeAt(end))) end++;
      const r = trimmed(text, start, end);
      if (r) yield r;
      start = end;
      i = end - 1;
    }
  }
  const r = trimmed(text, start, text.length);
  if (r) yield r;
}

/** All sentences of the text (see sentenceRanges). */
export function sentences(text: string): Range[] {
  return [...sentenceRanges(text)];
}

/** Characters of sentences per window; an ordinary article is a single window. */
export const WINDOW_CHARS = 100_000;

/**
 * Consecutive sentences in windows of about `limit` characters, cut at a paragraph break once
 * `limit` is reached, or anywhere between sentences at twice `limit` (one endless paragraph).
 * Windows never split a sentence, so reading window by window sees the same sentences.
 */
export function* sentenceWindows(text: string, limit = WINDOW_CHARS): Generator<Range[], void, undefined> {
  let current: Range[] = [];
  let size = 0;
  for (const s of sentenceRanges(text)) {
    const last = current[current.length - 1];
    const paragraph = last !== undefined && /\n[ \t\r]*\n/.test(text.slice(last.end, s.start));
    if (last && (size >= 2 * limit || (size >= limit && paragraph))) {
      yield current;
      current = [];
      size = 0;
    }
    current.push(s);
    size += s.end - s.start;
  }
  if (current.length > 0) yield current;
}

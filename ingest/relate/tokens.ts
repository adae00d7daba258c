import { normalizeForMatch } from "../text/normalize.js";

/** A word of a sentence, with its offsets into the original text and its lookup keys. */
export interface Token {
  start: number;
  end: number;
  raw: string;
  norm: string;
  /** Readings for lexicon lookup: as written, without و/ف, without a preposition, without ال. */
  keys: string[];
  /** Punctuation between the previous token and this one (commas, colons, quotes). */
  gap: string;
  /** Index of an argument (entity mention) covering this token, or -1. */
  arg: number;
  /** Clause-limit flags (STOP_*), set once per sentence by markStops. */
  stop: number;
}

/** What a word is made of: letters, marks, decimal digits (one code point). */
const WORD_CHAR = /^[\p{L}\p{M}\p{Nd}]$/u;
/**
 * WORD_CHAR per UTF-16 unit, asked once each (0 not yet, 1 yes, 2 no): the scan reads a table
 * instead of running a Unicode-class regex over every sentence of every sweep.
 */
const WORD_UNIT = new Uint8Array(0x10000);

/** Code units (1, or 2 for a surrogate pair) of the word character at i, else 0. */
function wordCharAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = s.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff && WORD_CHAR.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let known = WORD_UNIT[code] ?? 0;
  if (known === 0) {
    known = code >= 0xdc00 && code <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_UNIT[code] = known;
  }
  return known === 1 ? 1 : 0;
}
const CLITIC_PREP = new Set(["ب", "ل", "ك"]);
/**
 * Two-letter prepositions and negations after و/ف (وفي مصر، ومن القاهرة، ومع الوزير، ولن يكون): short,
 * yet and + the word.
 */
const SHORT_PREP = new Set(["في", "من", "عن", "مع", "لم", "لن", "لا"]);
const SPACES = /\s+/g;

function addKey(keys: string[], k: string): void {
  if (k.length >= 1 && !keys.includes(k)) keys.push(k);
}

/** Lookup readings of a normalised word, most literal first. Never strips suffixes. */
export function tokenKeys(norm: string): string[] {
  const keys: string[] = [];
  const conj = (norm.length > 3 || SHORT_PREP.has(norm.slice(1))) && (norm[0] === "و" || norm[0] === "ف");
  for (let pass = 0; pass < (conj ? 2 : 1); pass++) {
    const b = pass === 0 ? norm : norm.slice(1);
    addKey(keys, b);
    if (b.startsWith("لل") && b.length > 4) {
      addKey(keys, "ال" + b.slice(2));
      addKey(keys, b.slice(2));
    } else if (b.length > 3 && CLITIC_PREP.has(b[0] ?? "")) {
      const rest = b.slice(1);
      addKey(keys, rest);
      if (rest.startsWith("ال") && rest.length >= 4) addKey(keys, rest.slice(2));
    }
    if (b.startsWith("ال") && b.length >= 4) addKey(keys, b.slice(2));
  }
  // The accusative ending (هجوماً، اتفاقاً) and the dual (التقيا) end in ا: also look up without it.
  if (norm.length >= 5 && norm.endsWith("ا")) {
    const n = keys.length;
    for (let k = 0; k < n; k++) {
      const key = keys[k] as string;
      if (key.length >= 4 && key.endsWith("ا")) addKey(keys, key.slice(0, -1));
    }
  }
  return keys;
}

/** Words of text[start, end) with their keys. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  let prevEnd = 0;
  for (let at = 0; at < slice.length;) {
    // A word is a maximal run of word characters.
    let step = wordCharAt(slice, at);
    if (step === 0) {
      at++;
      continue;
    }
    const index = at;
    while (step > 0) {
      at += step;
      step = at < slice.length ? wordCharAt(slice, at) : 0;
    }
    const raw = slice.slice(index, at);
    const norm = normalizeForMatch(raw);
    if (norm === "") continue;
    const gap =
      index - prevEnd === 1 && slice.charCodeAt(prevEnd) === 32
        ? ""
        : slice.slice(prevEnd, index).replace(SPACES, "");
    out.push({
      start: start + index,
      end: start + index + raw.length,
      raw,
      norm,
      keys: tokenKeys(norm),
      // د. X، م. X، أ.د. X: the stop of an abbreviated degree is no break.
      gap: gap === "." && ONE_LETTER.test(out[out.length - 1]?.raw ?? "") ? "" : gap,
      stop: 0,
      arg: -1,
    });
    prevEnd = index + raw.length;
  }
  return out;
}

/** A one-letter Arabic word: an abbreviation (د. Dr, م. Eng., أ. Mr) when a stop follows it. */
const ONE_LETTER = /^[\u0621-\u064a]$/;

/** The reporting word the token is, if any; a `conjoined` form (بين) only with و/ف or a shadda on it. */
export function reporting<T extends { conjoined: boolean }>(
  t: Token,
  map: ReadonlyMap<string, T>,
): T | undefined {
  const w = lookup(t, map);
  return w && w.conjoined && !/^[وف]/.test(t.norm) && !t.raw.includes("\u0651") ? undefined : w;
}

/** True when any reading of the token is in the set. */
export function hasKey(t: Token | undefined, set: ReadonlySet<string>): boolean {
  if (!t) return false;
  for (const k of t.keys) if (set.has(k)) return true;
  return false;
}

/** The first reading of the token found in the map. */
export function lookup<T>(t: Token | undefined, map: ReadonlyMap<string, T>): T | undefined {
  if (!t) return undefined;
  for (const k of t.keys) {
    const v = map.get(k);
    if (v !== undefined) return v;
  }
  return undefined;
}

const QUOTE_MARKS = /[“”«»„"″]|\n\n/g;
const OPENERS = new Set(["“", "«", "„"]);
const CLOSERS = new Set(["”", "»"]);

/**
 * Quoted spans of the text (offsets of the content, without the marks). News mixes “ ” « » and "
 * and sometimes opens with ” too, so a mark closes whatever is open; a blank line resets.
 */
export function quoteSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open = -1;
  QUOTE_MARKS.lastIndex = 0;
  for (let m = QUOTE_MARKS.exec(text); m !== null; m = QUOTE_MARKS.exec(text)) {
    const ch = m[0];
    const i = m.index;
    if (ch === "\n\n") {
      open = -1;
      continue;
    }
    const isOpen = OPENERS.has(ch);
    const isClose = CLOSERS.has(ch);
    if (open >= 0 && !isOpen) {
      spans.push({ start: open, end: i });
      open = -1;
    } else if (!isClose || open < 0) {
      open = i + 1;
    }
  }
  return spans;
}

/** Extends a span over a closing quote mark right after it when the span opens one it does not close. */
export function balanceQuotes(text: string, start: number, end: number): number {
  let open = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i] ?? "";
    if (OPENERS.has(ch)) open++;
    else if (CLOSERS.has(ch) && open > 0) open--;
  }
  const next = text[end] ?? "";
  return open > 0 && (CLOSERS.has(next) || next === '"') ? end + 1 : end;
}

/** A quotation opens right before the word at `start`: « or “, or " after a space (a closing " sticks to the word before). */
export function opensQuote(text: string, start: number): boolean {
  const q = text[start - 1];
  if (q === "«" || q === "“") return true;
  return q === '"' && (start < 2 || /\s/.test(text[start - 2] ?? ""));
}

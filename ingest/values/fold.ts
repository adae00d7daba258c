/**
 * Folding for value recognition: the matching-normalisation of ingest/text/normalize.ts, plus a
 * map back to the original string so every span we report is a slice of the caller's text.
 * Folding drops characters (diacritics, tatweel, bidi controls) and maps others one to one.
 */

export interface Folded {
  /** The folded text (diacritics removed, أ إ آ ٱ → ا, ى → ي, ة → ه, digits → ASCII). */
  text: string;
  /** map[i] = index in the original of folded character i; map[text.length] = original length. */
  map: Int32Array;
}

export interface Token {
  kind: "word" | "num" | "punct";
  /** Folded text of the token. */
  text: string;
  /** Folded offsets. */
  start: number;
  end: number;
  /** True when whitespace separates this token from the previous one. */
  spaced: boolean;
}

function isDropped(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x061c ||
    code === 0xfeff
  );
}

function foldCode(code: number): number {
  if (code >= 0x0660 && code <= 0x0669) return 48 + code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return 48 + code - 0x06f0;
  switch (code) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
      return 0x0627; // ا
    case 0x0649: // ى
      return 0x064a; // ي
    case 0x0629: // ة
      return 0x0647; // ه
    default:
      return code;
  }
}

/**
 * UTF-16 code units to a string in one native call. It would replace a lone surrogate (U+FFFD),
 * so text with surrogates takes fromCharCode, whose chunks of spread arguments cost a tenth of
 * the values stage on real news.
 */
const UTF16 = new TextDecoder("utf-16le");

// Typed arrays and chunked decoding: a 10 MB article folds without a string or array per char.
export function fold(input: string): Folded {
  const n = input.length;
  const codes = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let j = 0;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    if (isDropped(code)) continue;
    if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
    codes[j] = foldCode(code);
    map[j++] = i;
  }
  map[j] = n;
  let text = "";
  if (!surrogates) text = UTF16.decode(codes.subarray(0, j));
  else
    for (let k = 0; k < j; k += 8192)
      text += String.fromCharCode(...codes.subarray(k, Math.min(j, k + 8192)));
  return { text, map: map.subarray(0, j + 1) };
}

/** Folds a lexicon entry (no offsets needed). */
export function foldWord(word: string): string {
  return fold(word).text;
}

/** Original [start, end) of a folded range; the end swallows trailing diacritics (غداً). */
export function toOriginal(f: Folded, original: string, start: number, end: number): [number, number] {
  const s = f.map[start] ?? original.length;
  let e = end > start ? (f.map[end - 1] ?? original.length - 1) + 1 : s;
  while (e < original.length) {
    const code = original.charCodeAt(e);
    if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) e++;
    else break;
  }
  return [s, e];
}

/** Per UTF-16 unit outside the surrogates: 1 a letter or mark (\p{L} \p{M}), 2 white space (\s), 3 other; 0 not asked yet. */
const UNIT_CLASS = new Uint8Array(0x10000);
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const WHITE = /^\s$/u;

function unitClass(code: number): number {
  let k = UNIT_CLASS[code] ?? 0;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = LETTER_OR_MARK.test(ch) ? 1 : WHITE.test(ch) ? 2 : 3;
    UNIT_CLASS[code] = k;
  }
  return k;
}

/** UTF-16 units of the code point at i (2 for a surrogate pair, else 1). */
function unitsAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= s.length) return 1;
  const low = s.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** Whether the code point at i (of `units` units) is a letter or a mark. */
function letterAt(s: string, i: number, units: number): boolean {
  const code = s.charCodeAt(i);
  if (units === 1) return code < 0xd800 || code > 0xdfff ? unitClass(code) === 1 : false;
  return LETTER_OR_MARK.test(s.slice(i, i + 2));
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isNumberSep(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x066b || code === 0x066c; // . , ٫ ٬
}

/**
 * Tokens of folded text, as /(\d+(?:[.,٫٬]\d+)*)|([\p{L}\p{M}]+)|(\S)/gu would cut it (numbers keep
 * their internal separators, 1,500 · 7.32 · ١٬٥٠٠ · ٧٫٣٢, so they parse as one token), scanned
 * with a table instead of a Unicode-class regex with a match object per token.
 */
export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  const n = folded.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const code = folded.charCodeAt(i);
    let j: number;
    let kind: Token["kind"];
    if (isDigit(code)) {
      j = i + 1;
      while (j < n && isDigit(folded.charCodeAt(j))) j++;
      while (j + 1 < n && isNumberSep(folded.charCodeAt(j)) && isDigit(folded.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isDigit(folded.charCodeAt(j))) j++;
      }
      kind = "num";
    } else {
      const units = unitsAt(folded, i);
      if (letterAt(folded, i, units)) {
        j = i + units;
        for (let u = j < n ? unitsAt(folded, j) : 0; j < n && letterAt(folded, j, u); u = unitsAt(folded, j))
          j += u;
        kind = "word";
      } else if ((code < 0xd800 || code > 0xdfff) && unitClass(code) === 2) {
        i++;
        continue;
      } else {
        j = i + units;
        kind = "punct";
      }
    }
    out.push({ kind, text: folded.slice(i, j), start: i, end: j, spaced: i > prevEnd });
    prevEnd = j;
    i = j;
  }
  return out;
}

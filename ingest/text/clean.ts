/**
 * Stage 1 of extraction: Unicode clean-up with an offset map back to the original input.
 * Removes tatweel and invisible controls (bidi marks, zero-width characters, BOM) and, for HTML,
 * markup (tags, comments, script/style bodies) with entity decoding. Every character of the
 * cleaned text remembers the span of the input it came from, so spans found on the cleaned text
 * can be reported as JavaScript indices of the ORIGINAL string.
 */
export interface CleanText {
  /** The cleaned text that later stages read. */
  text: string;
  /** Original input, kept so spans can be sliced from it. */
  input: string;
  /** origStart[i] = input index where cleaned char i begins; null when text === input. */
  origStart: Int32Array | null;
  /** origEnd[i] = input index just after cleaned char i; null when text === input. */
  origEnd: Int32Array | null;
}

export interface CleanOptions {
  html?: boolean;
}

// Tatweel, soft hyphen, zero-width and bidi controls, BOM: invisible, never part of a word.
const NEEDS_WORK = /[\u0640\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

function isDropped(code: number): boolean {
  return (
    code === 0x0640 ||
    code === 0x00ad ||
    code === 0xfeff ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069)
  );
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  laquo: "«",
  raquo: "»",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  ndash: "–",
  mdash: "—",
  hellip: "…",
};

// Block elements whose boundaries are line breaks in the text they hold.
const BLOCK_TAGS =
  /^\/?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|title)\b/i;

/**
 * Accumulates the cleaned text as slices of the input (runs), so a 10 MB article costs two
 * Int32Arrays and a handful of strings, not one string per character.
 */
class Builder {
  private pieces: string[] = [];
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private n = 0;
  private runStart = -1;
  private runEnd = -1;
  constructor(private readonly input: string) {}

  private grow(extra: number): void {
    if (this.n + extra <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.n + extra);
    const s = new Int32Array(size);
    s.set(this.starts.subarray(0, this.n));
    const e = new Int32Array(size);
    e.set(this.ends.subarray(0, this.n));
    this.starts = s;
    this.ends = e;
  }

  private flush(): void {
    if (this.runStart >= 0) this.pieces.push(this.input.slice(this.runStart, this.runEnd));
    this.runStart = -1;
  }

  /** Keeps input[i] as it is. */
  keep(i: number): void {
    this.grow(1);
    this.starts[this.n] = i;
    this.ends[this.n] = i + 1;
    this.n++;
    if (this.runStart >= 0 && this.runEnd === i) this.runEnd = i + 1;
    else {
      this.flush();
      this.runStart = i;
      this.runEnd = i + 1;
    }
  }

  /** Emits `text` (decoded entity, inserted line break) standing for input[start, end). */
  emit(text: string, start: number, end: number): void {
    this.flush();
    this.grow(text.length);
    for (let k = 0; k < text.length; k++) {
      this.starts[this.n] = start;
      this.ends[this.n] = end;
      this.n++;
    }
    this.pieces.push(text);
  }

  build(): CleanText {
    this.flush();
    return {
      text: this.pieces.join(""),
      input: this.input,
      origStart: this.starts.slice(0, this.n),
      origEnd: this.ends.slice(0, this.n),
    };
  }
}

function decodeEntity(entity: string): string | null {
  if (entity.startsWith("#x") || entity.startsWith("#X")) {
    const code = Number.parseInt(entity.slice(2), 16);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  if (entity.startsWith("#")) {
    const code = Number.parseInt(entity.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return NAMED_ENTITIES[entity.toLowerCase()] ?? null;
}

function cleanPlain(input: string): CleanText {
  if (!NEEDS_WORK.test(input)) return { text: input, input, origStart: null, origEnd: null };
  const b = new Builder(input);
  for (let i = 0; i < input.length; i++) {
    if (!isDropped(input.charCodeAt(i))) b.keep(i);
  }
  return b.build();
}

function cleanHtml(input: string): CleanText {
  const b = new Builder(input);
  let i = 0;
  while (i < input.length) {
    const ch = input[i] ?? "";
    if (ch === "<") {
      if (input.startsWith("<!--", i)) {
        const close = input.indexOf("-->", i + 4);
        i = close < 0 ? input.length : close + 3;
        continue;
      }
      const close = input.indexOf(">", i + 1);
      if (close < 0) break;
      const tag = input.slice(i + 1, close).trim();
      const name = /^([a-z0-9]+)/i.exec(tag)?.[1]?.toLowerCase();
      if (name === "script" || name === "style") {
        // Their bodies are code, not article text.
        const closing = new RegExp(`</${name}`, "ig");
        closing.lastIndex = close + 1;
        const end = closing.exec(input)?.index ?? -1;
        const endClose = end < 0 ? -1 : input.indexOf(">", end);
        i = endClose < 0 ? input.length : endClose + 1;
        continue;
      }
      if (BLOCK_TAGS.test(tag)) b.emit("\n", i, close + 1);
      i = close + 1;
      continue;
    }
    if (ch === "&") {
      const semi = input.indexOf(";", i + 1);
      if (semi > i + 1 && semi - i <= 12) {
        const decoded = decodeEntity(input.slice(i + 1, semi));
        if (decoded !== null) {
          if (!isDropped(decoded.charCodeAt(0))) b.emit(decoded, i, semi + 1);
          i = semi + 1;
          continue;
        }
      }
    }
    if (!isDropped(input.charCodeAt(i))) b.keep(i);
    i++;
  }
  return b.build();
}

export function clean(input: string, opts: CleanOptions = {}): CleanText {
  return opts.html ? cleanHtml(input) : cleanPlain(input);
}

/** Maps a span [start, end) of the cleaned text to the original input. */
export function toOriginal(c: CleanText, start: number, end: number): { start: number; end: number } {
  if (!c.origStart || !c.origEnd) return { start, end };
  if (end <= start) {
    const at = start < c.origStart.length ? (c.origStart[start] ?? 0) : c.input.length;
    return { start: at, end: at };
  }
  return { start: c.origStart[start] ?? 0, end: c.origEnd[end - 1] ?? c.input.length };
}

/** A span of the cleaned text as a span of the original input, with the text it covers there. */
export function originalSpan(
  c: CleanText,
  start: number,
  end: number,
): { start: number; end: number; text: string } {
  const o = toOriginal(c, start, end);
  return { start: o.start, end: o.end, text: c.input.slice(o.start, o.end) };
}

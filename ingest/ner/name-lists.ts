import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { InputError } from "../errors.js";
import { SpanTable } from "./packed-index.js";
import { listKey } from "./clitics.js";
import { entryKey } from "./lexicon.js";

/**
 * Word lists derived from open name data, shipped next to the model (ingest/ner/model/) and
 * read by the tagger's features:
 * - name-words.tsv: Arabic words seen in transliterated person names (Wikidata, CC0) or in
 *   Wikipedia's Arabic→English name pairs (google/transliteration, Apache-2.0), with flags:
 *   `w` Wikidata, `g` Google, `f` usually spelt in English like a foreign (non-Arabic) name,
 *   and a digit 1–4 for how often Wikidata names use it (1 once … 4 twenty times or more).
 * - places.tsv: place names (countries-states-cities, ODbL) as lookup keys, by kind.
 * A word in them is very likely part of a name; an unseen word has no other evidence.
 */
export interface NameLists {
  /** Lookup key → flags (see above). */
  words: NameWords;
  /** The place names (phrases of lookup keys joined by spaces) by kind, as tables for matching. */
  places: PlaceList;
  /** Hash of both files, stored in the model to notice a list changed since training. */
  hash: string;
}

/** The name-word list, read in place from name-words.tsv (a Map of its 50,000 words took most of its load). */
export class NameWords {
  constructor(
    private readonly table: SpanTable,
    /** Distinct flag strings; the table's values index them. */
    private readonly flags: readonly string[],
  ) {}

  get size(): number {
    return this.table.size;
  }

  /** What the packed file stores (name-lists.bin). */
  packed(): { table: SpanTable; flags: readonly string[] } {
    return { table: this.table, flags: this.flags };
  }

  get(key: string): string | undefined {
    const id = this.table.get(key);
    return id === undefined ? undefined : this.flags[id];
  }

  *[Symbol.iterator](): Generator<[string, string]> {
    for (const [key, id] of this.table.entries()) yield [key, this.flags[id] ?? ""];
  }
}

/**
 * The place list as the matcher reads it (lookup.ts): each phrase and each of its heads with the
 * bits of the kinds ending there (MORE_PLACES when a longer phrase goes on), and every word that
 * stands after the first in some phrase. Built by hashing places.tsv in place.
 */
export interface PlaceList {
  /** Kinds in the order they first appear in the file; kind k is bit 1 << k. */
  kinds: readonly string[];
  phrases: SpanTable;
  later: SpanTable;
  /** Rows of the file. */
  rows: number;
  /** The phrases of each kind, in file order (for training and tests; the tagger never needs it). */
  byKind(): Record<string, string[]>;
}

/** The bit of a place phrase that a longer phrase continues (lookup.ts MORE). */
export const MORE_PLACES = 1 << 30;

export const NAME_WORDS_FILE = "name-words.tsv";
export const PLACES_FILE = "places.tsv";
export const PLACE_KINDS = ["country", "state", "city"] as const;

/** English spellings that Arabic names hardly ever take: p, v, x, a c not in "ch", and endings. */
const FOREIGN_SPELLING = /[pvx]|c(?!h)|(son|sky|ski|ov|ova|ev|ng|ton|ley|ez)$/;
const ARABIC_WORD = /^[\u0621-\u064a\u0671-\u06d3]{2,}$/;

function countBucket(n: number): string {
  return n >= 20 ? "4" : n >= 5 ? "3" : n >= 2 ? "2" : "1";
}

function rows(text: string, file: string, columns: number): string[][] {
  const lines = text.split(/\r?\n/).filter((l) => l !== "");
  return lines.slice(1).map((line, i) => {
    const cells = line.split("\t");
    if (cells.length < columns) {
      throw new InputError(`ner: ${file} line ${i + 2} has ${cells.length} columns, expected ${columns}`);
    }
    return cells;
  });
}

/**
 * Builds the word list from the two transliteration tables (header lines first):
 * `en ar count` (Wikidata) and `ar en` (Google).
 */
export function buildNameWords(wikidataTsv: string, googleTsv: string): Map<string, string> {
  const stats = new Map<string, { count: number; foreign: number; google: boolean }>();
  const entry = (ar: string) => {
    const key = listKey(ar.trim());
    if (!ARABIC_WORD.test(key)) return null;
    return stats.get(key) ?? stats.set(key, { count: 0, foreign: 0, google: false }).get(key) ?? null;
  };
  for (const [en = "", ar = "", count = "1"] of rows(wikidataTsv, "wikidata names", 3)) {
    const s = entry(ar);
    if (!s) continue;
    const n = Math.max(1, Number(count) || 1);
    s.count += n;
    if (FOREIGN_SPELLING.test(en.toLowerCase())) s.foreign += n;
  }
  for (const [ar = ""] of rows(googleTsv, "google names", 2)) {
    const s = entry(ar);
    if (s) s.google = true;
  }
  const words = new Map<string, string>();
  for (const [key, s] of [...stats].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let flags = "";
    if (s.count > 0) flags += "w";
    if (s.google) flags += "g";
    if (s.count > 0 && s.foreign * 2 > s.count) flags += "f";
    if (s.count > 0) flags += countBucket(s.count);
    words.set(key, flags);
  }
  return words;
}

/** Builds the place list from places.tsv (qid, name_en, name_ar, kind, …), up to four words. */
export function buildPlaces(placesTsv: string): Record<string, string[]> {
  const byKind: Record<string, Set<string>> = {};
  for (const [, , ar = "", kind = ""] of rows(placesTsv, "places", 4)) {
    if (!(PLACE_KINDS as readonly string[]).includes(kind)) continue;
    const key = entryKey(ar);
    if (!key || key.split(" ").length > 4 || !key.split(" ").every((w) => ARABIC_WORD.test(w))) continue;
    (byKind[kind] ??= new Set()).add(key);
  }
  // A name that is a country and also a city is listed under the larger kind only.
  const seen = new Set<string>();
  const out: Record<string, string[]> = {};
  for (const kind of PLACE_KINDS) {
    out[kind] = [...(byKind[kind] ?? [])].filter((k) => !seen.has(k)).sort();
    for (const k of out[kind]) seen.add(k);
  }
  return out;
}

export function formatNameWords(words: ReadonlyMap<string, string>): string {
  return "key\tflags\n" + [...words].map(([k, f]) => `${k}\t${f}`).join("\n") + "\n";
}

export function formatPlaces(places: Record<string, readonly string[]>): string {
  const lines = PLACE_KINDS.flatMap((kind) => (places[kind] ?? []).map((k) => `${kind}\t${k}`));
  return "kind\tkey\n" + lines.join("\n") + "\n";
}

const FLAGS = /^w?g?f?[1-4]?$/;

/**
 * Calls `row` with the offsets of the first two cells of each non-empty line after the header,
 * as rows() would cut them, without cutting them: the lists have 100k lines and are read at
 * every tagger load. Returns the number of rows.
 */
function eachPair(
  text: string,
  file: string,
  row: (aFrom: number, aTo: number, bFrom: number, bTo: number) => void,
): number {
  let n = 0;
  for (let pos = 0; pos < text.length;) {
    let end = text.indexOf("\n", pos);
    let lineEnd = end;
    if (end < 0) end = lineEnd = text.length;
    else if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    if (lineEnd > pos && n++ > 0) {
      const tab = text.indexOf("\t", pos);
      if (tab < 0 || tab >= lineEnd) {
        throw new InputError(`ner: ${file} line ${n} has 1 columns, expected 2`);
      }
      const next = text.indexOf("\t", tab + 1);
      row(pos, tab, tab + 1, next < 0 || next > lineEnd ? lineEnd : next);
    }
    pos = end + 1;
  }
  return Math.max(0, n - 1);
}

/** How many times `ch` occurs in `text`. */
function countOf(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

/** Lines in `text`, an upper bound on its rows. */
function lineCount(text: string): number {
  return countOf(text, "\n") + 1;
}

function readWords(text: string): NameWords {
  const table = SpanTable.create(text, lineCount(text));
  const flags: string[] = [];
  const ids = new Map<string, number>();
  eachPair(text, NAME_WORDS_FILE, (kFrom, kTo, fFrom, fTo) => {
    const f = text.slice(fFrom, fTo);
    let id = ids.get(f);
    if (id === undefined) {
      if (!FLAGS.test(f) || f === "") {
        throw new InputError(
          `ner: ${NAME_WORDS_FILE} has bad flags "${f}" for ${text.slice(kFrom, kTo)}; rebuild it`,
        );
      }
      id = flags.push(f) - 1;
      ids.set(f, id);
    }
    table.add(kFrom, kTo, id, "set");
  });
  return new NameWords(table, flags);
}

function readPlaces(text: string): PlaceList {
  // Each space makes one head and one later word.
  const spaces = countOf(text, " ");
  const phrases = SpanTable.create(text, lineCount(text) + spaces);
  const later = SpanTable.create(text, spaces);
  const kinds: string[] = [];
  const rows = eachPair(text, PLACES_FILE, (kFrom, kTo, pFrom, pTo) => {
    const kind = text.slice(kFrom, kTo);
    let k = kinds.indexOf(kind);
    if (k < 0) {
      if (!(PLACE_KINDS as readonly string[]).includes(kind)) {
        throw new InputError(`ner: ${PLACES_FILE} has unknown kind "${kind}"; rebuild it`);
      }
      k = kinds.push(kind) - 1;
    }
    phrases.add(pFrom, pTo, 1 << k, "or");
    for (let sp = text.indexOf(" ", pFrom); sp >= 0 && sp < pTo;) {
      phrases.add(pFrom, sp, MORE_PLACES, "or");
      const next = text.indexOf(" ", sp + 1);
      later.add(sp + 1, next < 0 || next > pTo ? pTo : next, 1, "or");
      sp = next;
    }
  });
  return { kinds, phrases, later, rows, byKind: () => placesByKind(text) };
}

function placesByKind(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  eachPair(text, PLACES_FILE, (kFrom, kTo, pFrom, pTo) => {
    (out[text.slice(kFrom, kTo)] ??= []).push(text.slice(pFrom, pTo));
  });
  return out;
}

export function parseNameLists(wordsText: string, placesText: string): NameLists {
  return {
    words: readWords(wordsText),
    places: readPlaces(placesText),
    hash: listsHash(wordsText, placesText),
  };
}

export function listsHash(wordsText: string | Uint8Array, placesText: string | Uint8Array): string {
  return createHash("sha256").update(wordsText).update("\0").update(placesText).digest("hex").slice(0, 16);
}

/**
 * name-lists.bin: both lists' SpanTable arrays (offsets into the two files' text), for loading
 * without parsing: an 8-byte tag and version,
 * the header length, a JSON header (the lists' hash, flag strings, kinds, section lengths), then
 * the sections, each at a multiple of 8. It is derived from the two .tsv files: written by
 * `npm run train:ner`, and again by the loader when it is missing or their hash changed.
 */
export const NAME_LISTS_BIN = "name-lists.bin";
const BIN_MAGIC = "RWNLIST1";
const TABLE_PARTS = ["from", "to", "value", "slots"] as const;
const BIN_SECTIONS = [
  ...TABLE_PARTS.map((p) => `words.${p}`),
  ...TABLE_PARTS.map((p) => `phrases.${p}`),
  ...TABLE_PARTS.map((p) => `later.${p}`),
] as const;

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

export function serializeNameLists(lists: NameLists): Buffer {
  const { table, flags } = lists.words.packed();
  const parts = {
    words: table.parts(),
    phrases: lists.places.phrases.parts(),
    later: lists.places.later.parts(),
  };
  const body = new Map<string, Uint8Array>();
  for (const [name, p] of Object.entries(parts)) {
    for (const k of TABLE_PARTS)
      body.set(`${name}.${k}`, new Uint8Array(p[k].buffer, p[k].byteOffset, p[k].byteLength));
  }
  const sections = BIN_SECTIONS.map((name) => body.get(name) ?? new Uint8Array(0));
  const head = Buffer.from(
    JSON.stringify({
      hash: lists.hash,
      flags,
      kinds: lists.places.kinds,
      rows: lists.places.rows,
      sections: sections.map((b) => b.length),
    }),
    "utf8",
  );
  let at = align8(16 + head.length);
  const offsets = sections.map((b) => {
    const start = at;
    at = align8(at + b.length);
    return start;
  });
  const out = Buffer.alloc(at);
  out.write(BIN_MAGIC, 0, "latin1");
  out.writeUInt32LE(head.length, 8);
  out.set(head, 16);
  sections.forEach((b, k) => out.set(b, offsets[k] ?? 0));
  return out;
}

interface BinHeader {
  hash: string;
  flags: string[];
  kinds: string[];
  rows: number;
  sections: number[];
}

function isBinHeader(x: unknown): x is BinHeader {
  const h = x as Partial<BinHeader> | null;
  return (
    typeof h?.hash === "string" &&
    Array.isArray(h.flags) &&
    h.flags.every((f) => typeof f === "string" && FLAGS.test(f)) &&
    Array.isArray(h.kinds) &&
    h.kinds.every((k) => (PLACE_KINDS as readonly string[]).includes(k as string)) &&
    typeof h.rows === "number" &&
    Array.isArray(h.sections) &&
    h.sections.length === BIN_SECTIONS.length &&
    h.sections.every((n) => Number.isInteger(n) && n >= 0)
  );
}

/**
 * The lists from name-lists.bin bytes over the two files' text, or null when the bytes are not for
 * lists of `hash` (the files' own) or are damaged.
 */
export function viewNameLists(
  bytes: Uint8Array,
  hash: string,
  wordsText: string,
  placesText: string,
): NameLists | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 16 || buf.toString("latin1", 0, 8) !== BIN_MAGIC) return null;
  const headEnd = 16 + buf.readUInt32LE(8);
  if (headEnd > buf.length) return null;
  let head: unknown;
  try {
    head = JSON.parse(buf.toString("utf8", 16, headEnd));
  } catch {
    return null;
  }
  if (!isBinHeader(head) || head.hash !== hash) return null;
  let at = align8(headEnd);
  const spans = new Map<string, [number, number]>();
  for (const [k, name] of BIN_SECTIONS.entries()) {
    const length = head.sections[k] ?? 0;
    spans.set(name, [at, length]);
    at = align8(at + length);
  }
  if (at > align8(buf.length)) return null;
  const ints = (name: string): Int32Array => {
    const [offset, length] = spans.get(name) ?? [0, 0];
    const start = buf.byteOffset + offset;
    if (start % 4 === 0) return new Int32Array(buf.buffer, start, length >> 2);
    return new Int32Array(buf.buffer.slice(start, start + length));
  };
  const table = (prefix: string, over: string): SpanTable | null =>
    SpanTable.view(over, {
      from: ints(`${prefix}.from`),
      to: ints(`${prefix}.to`),
      value: ints(`${prefix}.value`),
      slots: ints(`${prefix}.slots`),
    });
  const words = table("words", wordsText);
  const phrases = table("phrases", placesText);
  const later = table("later", placesText);
  if (!words || !phrases || !later) return null;
  const { flags } = head;
  return {
    words: new NameWords(words, flags),
    places: { kinds: head.kinds, phrases, later, rows: head.rows, byKind: () => placesByKind(placesText) },
    hash,
  };
}

/**
 * Reads the shipped lists from a folder; null when they are absent (the features stay off).
 * Reads name-lists.bin when it was made from these very files (same hash), else parses the two
 * files and writes name-lists.bin for the next load (best effort).
 */
export function readNameLists(dir: string): NameLists | null {
  const wordsFile = path.join(dir, NAME_WORDS_FILE);
  const placesFile = path.join(dir, PLACES_FILE);
  if (!existsSync(wordsFile) || !existsSync(placesFile)) return null;
  const wordsBytes = readFileSync(wordsFile);
  const placesBytes = readFileSync(placesFile);
  const hash = listsHash(wordsBytes, placesBytes);
  const wordsText = wordsBytes.toString("utf8");
  const placesText = placesBytes.toString("utf8");
  const binFile = path.join(dir, NAME_LISTS_BIN);
  if (existsSync(binFile)) {
    const viewed = viewNameLists(readFileSync(binFile), hash, wordsText, placesText);
    if (viewed) return viewed;
  }
  const lists = parseNameLists(wordsText, placesText);
  writeNameListsBin(dir, lists);
  return lists;
}

/** Writes name-lists.bin beside the lists (through a temporary file); false when it cannot. */
export function writeNameListsBin(dir: string, lists: NameLists): boolean {
  const file = path.join(dir, NAME_LISTS_BIN);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, serializeNameLists(lists));
    renameSync(tmp, file);
    return true;
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing to clean
    }
    return false;
  }
}

/** Per-word flags → features: membership, source, foreign spelling, frequency bucket. */
export function nameWordFeatures(flags: string | undefined): string[] {
  if (flags === undefined) return [];
  const out = ["nw"];
  for (const ch of flags) out.push("nw=" + ch);
  return out;
}

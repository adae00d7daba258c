import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { InputError } from "../errors.js";
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
  words: Map<string, string>;
  /** Kind (country, state, city) → phrase keys, words joined by spaces. */
  places: Record<string, string[]>;
  /** Hash of both files, stored in the model to notice a list changed since training. */
  hash: string;
}

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
 * Calls `row` with the first two cells of each non-empty line after the header, as rows() would
 * give them, without building a cell array per line: the lists have 100k lines and are read at
 * every tagger load.
 */
function eachPair(text: string, file: string, row: (a: string, b: string) => void): void {
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
      row(text.slice(pos, tab), text.slice(tab + 1, next < 0 || next > lineEnd ? lineEnd : next));
    }
    pos = end + 1;
  }
}

export function parseNameLists(wordsText: string, placesText: string): NameLists {
  const words = new Map<string, string>();
  eachPair(wordsText, NAME_WORDS_FILE, (key, flags) => {
    if (!FLAGS.test(flags) || flags === "") {
      throw new InputError(`ner: ${NAME_WORDS_FILE} has bad flags "${flags}" for ${key}; rebuild it`);
    }
    words.set(key, flags);
  });
  const places: Record<string, string[]> = {};
  eachPair(placesText, PLACES_FILE, (kind, key) => {
    if (!(PLACE_KINDS as readonly string[]).includes(kind)) {
      throw new InputError(`ner: ${PLACES_FILE} has unknown kind "${kind}"; rebuild it`);
    }
    (places[kind] ??= []).push(key);
  });
  return { words, places, hash: listsHash(wordsText, placesText) };
}

export function listsHash(wordsText: string, placesText: string): string {
  return createHash("sha256").update(wordsText).update("\0").update(placesText).digest("hex").slice(0, 16);
}

/** Reads the shipped lists from a folder; null when they are absent (the features stay off). */
export function readNameLists(dir: string): NameLists | null {
  const wordsFile = path.join(dir, NAME_WORDS_FILE);
  const placesFile = path.join(dir, PLACES_FILE);
  if (!existsSync(wordsFile) || !existsSync(placesFile)) return null;
  return parseNameLists(readFileSync(wordsFile, "utf8"), readFileSync(placesFile, "utf8"));
}

/** Per-word flags → features: membership, source, foreign spelling, frequency bucket. */
export function nameWordFeatures(flags: string | undefined): string[] {
  if (flags === undefined) return [];
  const out = ["nw"];
  for (const ch of flags) out.push("nw=" + ch);
  return out;
}

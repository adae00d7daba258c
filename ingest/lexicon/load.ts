/** Reading and validating the data files, and turning phrases into trie keys. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { RawabitError } from "../errors.js";
import { tokenize } from "../text/segment.js";
import type { Gloss } from "./index.js";
import type { PhraseTrie } from "./trie.js";

const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "data");

export function readData<T extends z.ZodTypeAny>(file: string, schema: T): z.infer<T> {
  return readJsonFile(path.join(DATA_DIR, file), schema);
}

/** A JSON data file anywhere (cue lists kept next to their stage), validated against its schema. */
export function readJsonFile<T extends z.ZodTypeAny>(full: string, schema: T): z.infer<T> {
  const file = path.basename(full);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(full, "utf8"));
  } catch (err) {
    throw new RawabitError("bad_lexicon", `lexicon: cannot read ${file} (${(err as Error).message})`, {
      cause: err,
    });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RawabitError(
      "bad_lexicon",
      `lexicon: ${file} is invalid at ${issue?.path.join(".")}: ${issue?.message} (fix the data file)`,
    );
  }
  return parsed.data;
}

/** Normalised token keys of a lexicon phrase. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

/** Lexicon phrases as a set of matching keys (each phrase's keys joined by a space). */
export function phraseKeySet(phrases: readonly string[]): Set<string> {
  return new Set(phrases.map((p) => phraseKeys(p).join(" ")));
}

export function addAll<T>(
  trie: PhraseTrie<T>,
  file: string,
  phrases: string[],
  value: T,
  sameAs: (a: T, b: T) => boolean,
): void {
  for (const phrase of phrases) {
    const previous = trie.add(phraseKeys(phrase), value);
    if (previous !== undefined && !sameAs(previous, value)) {
      throw new RawabitError(
        "bad_lexicon",
        `lexicon: "${phrase}" in ${file} is already an entry for another entity (remove one of them)`,
      );
    }
  }
}

export function addAllGlosses(trie: PhraseTrie<Gloss>, list: Gloss[]): void {
  for (const g of list) trie.add(phraseKeys(g.ar), g);
}

/**
 * Rows of a tab-separated data file whose first line names the columns; the header must be
 * `columns` exactly, so a reordered file fails here rather than filling the wrong fields.
 */
export function readTsv(file: string, columns: readonly string[]): string[][] {
  const rows: string[][] = [];
  eachTsvRow(file, columns, (fields) => rows.push([...fields]));
  return rows;
}

/**
 * readTsv()'s rows one at a time, in one array that the next row overwrites (`index`: the row's
 * number from 0, header and empty lines not counted): the text is scanned once, without an array
 * of lines and one of fields per line (that was most of translit.tsv's load time).
 */
export function eachTsvRow(
  file: string,
  columns: readonly string[],
  visit: (fields: readonly string[], index: number) => void,
): void {
  const full = path.join(DATA_DIR, file);
  let text: string;
  try {
    text = readFileSync(full, "utf8");
  } catch (err) {
    throw new RawabitError("bad_lexicon", `lexicon: cannot read ${file} (${(err as Error).message})`, {
      cause: err,
    });
  }
  const firstEnd = text.indexOf("\n");
  if (text.slice(0, firstEnd < 0 ? text.length : firstEnd) !== columns.join("\t")) {
    throw new RawabitError(
      "bad_lexicon",
      `lexicon: ${file} must start with the header "${columns.join(" ")}" (re-run scripts/build-lexicons.ts)`,
    );
  }
  const fields = new Array<string>(columns.length);
  let index = 0;
  // n: the line number from 0 (the header is line 0).
  for (let n = 1, at = firstEnd + 1; firstEnd >= 0 && at <= text.length; n++) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    if (end > at) {
      let count = 0;
      for (let from = at; ;) {
        const tab = text.indexOf("\t", from);
        const stop = tab < 0 || tab > end ? end : tab;
        if (count < fields.length) fields[count] = text.slice(from, stop);
        count++;
        if (stop === end) break;
        from = stop + 1;
      }
      if (count !== columns.length) {
        throw new RawabitError(
          "bad_lexicon",
          `lexicon: ${file} line ${n + 1} has ${count} fields, expected ${columns.length} (fix the data file)`,
        );
      }
      visit(fields, index++);
    }
    at = end + 1;
  }
}

/** A lexicon data error at one line of a TSV file. */
export function badRow(file: string, line: number, what: string): RawabitError {
  return new RawabitError("bad_lexicon", `lexicon: ${file} line ${line + 1}: ${what} (fix the data file)`);
}

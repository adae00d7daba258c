import { InputError } from "../errors.js";
import { isTag, type Tag } from "./tags.js";

/** A tagged sentence: words[i] has tags[i]. */
export interface LabelledSentence {
  words: string[];
  tags: Tag[];
}

/** One input line of `kg ner --conll`: a word, or a sentence break kept exactly where it was. */
export type ConllLine = { kind: "word"; word: string } | { kind: "break" };

function splitLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n|\r/);
  // A final newline ends the last line; it does not start an empty one.
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * Reads the `kg ner --conll` input: one word per line, blank (or whitespace-only) lines between
 * sentences. A line with several columns (a gold `word TAG` file) contributes its first column.
 */
export function parseConllInput(text: string): ConllLine[] {
  return splitLines(text).map((line) => {
    const word = line.trim().split(/\s+/)[0] ?? "";
    return word === "" ? { kind: "break" } : { kind: "word", word };
  });
}

/** Runs of consecutive words, in order; the tagger sees one run at a time. */
export function sentencesOf(lines: readonly ConllLine[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.kind === "word") current.push(line.word);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Writes `word TAG` per word line and keeps every break line, so the layout round-trips. */
export function formatConllOutput(lines: readonly ConllLine[], tags: readonly string[][]): string {
  const flat = tags.flat();
  let k = 0;
  let out = "";
  for (const line of lines) {
    if (line.kind === "break") out += "\n";
    else out += `${line.word} ${flat[k++] ?? "O"}\n`;
  }
  return out;
}

/** Parses a gold `word TAG` file (ANERcorp); `source` names the file in errors. */
export function parseLabelled(text: string, source: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  let current: LabelledSentence = { words: [], tags: [] };
  splitLines(text).forEach((line, n) => {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === "") {
      if (current.words.length > 0) out.push(current);
      current = { words: [], tags: [] };
      return;
    }
    const word = cols[0] ?? "";
    const tag = cols[cols.length - 1] ?? "";
    if (cols.length < 2 || !isTag(tag)) {
      throw new InputError(
        `ner: ${source}:${n + 1}: expected "word TAG" with TAG one of O, B-/I-PERS|LOC|ORG|MISC (got "${line}")`,
      );
    }
    current.words.push(word);
    current.tags.push(tag);
  });
  if (current.words.length > 0) out.push(current);
  return out;
}

import { readFileSync } from "node:fs";
import { parseCommand, printUsage } from "../args.js";
import { InputError } from "../../errors.js";
import { formatConllOutput, parseConllInput, sentencesOf } from "../../ner/conll.js";
import { loadTagger } from "../../ner/loader.js";
import { sentences, tokenize } from "../../text/segment.js";

const USAGE = `Usage: kg ner --conll FILE | kg ner FILE

Tags words with the statistical NER tagger (BIO over PERS, LOC, ORG, MISC).

  --conll FILE   FILE has one word per line, a blank line between sentences (a "word TAG"
                 gold file works too: the first column is the word). Prints "word TAG" per
                 line, keeping every blank line where it was.
  FILE           raw text: split into sentences and words, printed the same way.
  -              read standard input instead of a file.
  -h, --help     this help`;

/** Reads a file (or stdin for "-") as strict UTF-8, naming the file when it cannot. */
function readInput(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === "-" ? 0 : file);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message;
    throw new InputError(`kg ner: cannot read ${file}: ${reason}`, { cause: err });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (err) {
    throw new InputError(`kg ner: ${file} is not valid UTF-8; convert it (e.g. iconv -t UTF-8)`, {
      cause: err,
    });
  }
}

/** Raw text → the same one-word-per-line layout, a blank line after each sentence. */
function tagRawText(text: string): string {
  const words = sentences(text)
    .map((s) => tokenize(text, s.start, s.end).map((t) => t.text))
    .filter((s) => s.length > 0);
  const tags = loadTagger().tagDocument(words);
  return words.map((s, i) => s.map((w, j) => `${w} ${tags[i]?.[j] ?? "O"}\n`).join("") + "\n").join("");
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals, help } = parseCommand("kg ner", args, { conll: { type: "string" } }, USAGE);
  if (help) return printUsage(USAGE);
  const file = values.conll ?? positionals[0];
  if (file === undefined || positionals.length > (values.conll === undefined ? 1 : 0)) {
    throw new InputError(`kg ner: give exactly one FILE (or - for standard input)\n\n${USAGE}`);
  }
  const text = readInput(file);
  if (values.conll === undefined) {
    process.stdout.write(tagRawText(text));
    return 0;
  }
  const lines = parseConllInput(text);
  const words = sentencesOf(lines);
  // Loading the model is skipped for input with no words, so an empty file costs nothing.
  const tags = words.length === 0 ? [] : loadTagger().tagDocument(words);
  process.stdout.write(formatConllOutput(lines, tags));
  return 0;
}

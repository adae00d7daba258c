import { readFile } from "node:fs/promises";
import { parseCommand, printUsage } from "../args.js";
import { InputError, NotArabicError } from "../../errors.js";
import { extract } from "../../extract/index.js";
import type { Entity, ExtractionResult } from "../../model.js";
import { checkText, maxArticleBytes } from "../../sources/validate.js";
import { ENTITY_TYPES } from "../../model.js";

const USAGE = `Usage: kg extract FILE [--json] [--html] [--date YYYY-MM-DD] [--no-tagger]

Extracts entities (with every mention's offsets), relations, statements and values from one
Arabic article. FILE must be UTF-8; .html/.htm files (or --html) have their markup removed,
offsets still refer to the file's text.
  --json        print exactly one JSON document on stdout
  --date        publication date, for resolving relative dates (next October...)
  --no-tagger   rules and gazetteers only
FILE may hold at most KG_MAX_ARTICLE_BYTES (default 2 MiB); blank or non-Arabic text gives an
empty result and a warning.`;

/** Reads FILE as strict UTF-8: a wrong encoding is an error naming the file, not mojibake. */
async function readUtf8(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new InputError(
      `kg extract: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      `kg extract: ${file} is not valid UTF-8; convert it first (e.g. iconv -f WINDOWS-1256 -t UTF-8)`,
    );
  }
}

function entityLine(e: Entity): string {
  const role =
    typeof e.properties.role === "string"
      ? ` — ${e.properties.former ? "former " : ""}${e.properties.role}`
      : "";
  return `  ${e.name} (${e.nameEn})${role} ×${e.mentions.length}  [${e.id}]`;
}

function summary(r: ExtractionResult): string {
  const lines: string[] = [];
  for (const type of ENTITY_TYPES) {
    const list = r.entities.filter((e) => e.type === type);
    if (list.length === 0) continue;
    lines.push(`${type} (${list.length})`, ...list.map(entityLine));
  }
  const names = new Map(r.entities.map((e) => [e.id, e.nameEn]));
  if (r.relations.length) {
    lines.push(`Relations (${r.relations.length})`);
    for (const rel of r.relations)
      lines.push(
        `  ${names.get(rel.source) ?? rel.source} —${rel.type}→ ${names.get(rel.target) ?? rel.target}`,
      );
  }
  if (r.statements.length) {
    lines.push(`Statements (${r.statements.length})`);
    for (const s of r.statements)
      lines.push(`  ${names.get(s.speaker) ?? s.speaker} ${s.verb}: ${s.text.slice(0, 80)}`);
  }
  if (r.values.length) {
    lines.push(`Values (${r.values.length})`);
    for (const v of r.values)
      lines.push(`  ${v.kind}: ${v.text} → ${v.value ?? "?"}${v.currency ? ` ${v.currency}` : ""}`);
  }
  return lines.length ? lines.join("\n") : "No entities found.";
}

export async function run(args: string[]): Promise<number> {
  const {
    values: opts,
    positionals,
    help,
  } = parseCommand(
    "kg extract",
    args,
    {
      json: { type: "boolean" },
      html: { type: "boolean" },
      date: { type: "string" },
      "no-tagger": { type: "boolean" },
    },
    USAGE,
  );
  if (help) return printUsage(USAGE);
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new InputError(`kg extract: give exactly one FILE\n\n${USAGE}`);
  if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) {
    throw new InputError(`kg extract: --date must look like 2021-07-26 (got "${opts.date}")`);
  }
  const text = await readUtf8(file);
  // `kg extract --json` promises one JSON document per file, so only what cannot be extracted at
  // all (too large, binary) is an error; blank or non-Arabic text gives an empty result and a
  // warning on stderr — what `kg ingest` and the API refuse outright.
  try {
    checkText(text, { maxBytes: maxArticleBytes(), owner: "kg extract" });
  } catch (err) {
    if (!(err instanceof NotArabicError) && !(err instanceof InputError && text.trim() === "")) throw err;
    if (err instanceof NotArabicError) console.error(err.message);
  }
  const result = extract(text, {
    html: opts.html ?? /\.html?$/i.test(file),
    ...(opts.date ? { articleDate: opts.date } : {}),
    tagger: !opts["no-tagger"],
  });
  for (const w of result.warnings ?? []) console.error(w);
  if (opts.json) {
    const { warnings: _warnings, ...doc } = result;
    process.stdout.write(JSON.stringify(doc) + "\n");
  } else {
    console.log(summary(result));
  }
  return 0;
}

import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { BatchItem } from "../write/batch.js";
import { decodeUtf8, utf8Stream } from "./decode.js";
import { parseJsonlLine, type JsonlLine } from "./jsonl.js";
import { READERS, readerFor, SUPPORTED_EXTENSIONS, titleFromText } from "./readers.js";

export interface SourceFailure {
  label: string;
  reason: string;
}

export interface CollectedSources {
  items: BatchItem[];
  failures: SourceFailure[];
}

export interface CollectOptions {
  /** Standard input's chunks for the path `-` (default: the process's). */
  stdin?: Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
}

/** Folders that never hold articles and can be huge. */
const SKIP_DIRS = new Set(["node_modules", ".git"]);

/** Files under `dir` with a supported extension, in a stable (sorted) order. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) out.push(...(await listFiles(full)));
    } else if (entry.isFile() && readerFor(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

async function readSource(file: string, label: string, out: CollectedSources): Promise<void> {
  const reader = readerFor(file);
  if (!reader) {
    out.failures.push({
      label,
      reason: `${label}: unsupported file type (expected ${SUPPORTED_EXTENSIONS.join(", ")})`,
    });
    return;
  }
  try {
    const content = decodeUtf8(await readFile(file), label);
    for (const line of reader.read(content, label)) {
      if (line.ok) out.items.push(line.item);
      else out.failures.push({ label: line.label, reason: line.reason });
    }
  } catch (err) {
    out.failures.push({ label, reason: (err as Error).message });
  }
}

/**
 * Turns the `kg ingest` arguments into articles: files, folders (recursively), `-` for stdin.
 * Unreadable inputs become failures with a reason; the rest are still returned.
 */
export async function collectSources(paths: string[], opts: CollectOptions = {}): Promise<CollectedSources> {
  const out: CollectedSources = { items: [], failures: [] };
  for (const p of paths) {
    if (p === "-") {
      try {
        const read = await readStdinSource(opts.stdin ?? (process.stdin as AsyncIterable<Uint8Array>));
        out.items.push(...read.items);
        out.failures.push(...read.failures);
      } catch (err) {
        out.failures.push({ label: "stdin", reason: (err as Error).message });
      }
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch {
      out.failures.push({ label: p, reason: `${p}: no such file or folder` });
      continue;
    }
    if (info.isDirectory()) {
      const files = await listFiles(p);
      if (files.length === 0) {
        const exts = READERS.flatMap((r) => r.extensions).join(", ");
        out.failures.push({ label: p, reason: `${p}: folder has no ${exts} files` });
      }
      for (const file of files) await readSource(file, file, out);
    } else {
      await readSource(p, p, out);
    }
  }
  return out;
}

/**
 * Standard input is JSONL (`zcat corpus.jsonl.gz | kg ingest -`) when its first line is a JSON
 * object; article text never starts with `{`, so anything else is one article.
 */
export function looksLikeJsonl(text: string): boolean {
  const first = text.trimStart().split("\n", 1)[0]?.trim() ?? "";
  if (!first.startsWith("{") || !first.endsWith("}")) return false;
  try {
    const v: unknown = JSON.parse(first);
    return typeof v === "object" && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

/**
 * Standard input's articles as they arrive: JSONL is decoded and parsed a line at a time, so a
 * corpus piped in (`zcat corpus.jsonl.gz | kg ingest -`) is never held whole — `kg ingest` writes
 * each line's article while the rest is still coming (reading the 64 MB dev corpus at once peaked
 * at 409 MB of RSS as bytes, text and lines; holding its articles alone takes 69 MB of heap).
 * Anything else is one article, yielded at the end. Throws when the text is not UTF-8; the
 * articles yielded before that stand.
 */
export async function* stdinArticles(
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
): AsyncGenerator<JsonlLine> {
  const decode = utf8Stream("stdin");
  let pending = "";
  let jsonl: boolean | null = null;
  let lineNo = 0;
  const takeLines = function* (final: boolean): Generator<JsonlLine> {
    let from = 0;
    const lines: string[] = [];
    for (let nl = pending.indexOf("\n"); nl >= 0; nl = pending.indexOf("\n", from)) {
      lines.push(pending.slice(from, nl));
      from = nl + 1;
    }
    pending = pending.slice(from);
    if (final && pending !== "") {
      lines.push(pending);
      pending = "";
    }
    for (const raw of lines) {
      lineNo += 1;
      const line = parseJsonlLine(raw.endsWith("\r") ? raw.slice(0, -1) : raw, `stdin:${lineNo}`);
      if (line) yield line;
    }
  };
  for await (const chunk of chunks) {
    pending += decode(chunk);
    // Decided on the first line that is not blank, as looksLikeJsonl does for a whole text.
    if (jsonl === null && /\S[^\n]*\n/u.test(pending)) jsonl = looksLikeJsonl(pending);
    if (jsonl === true) yield* takeLines(false);
  }
  pending += decode();
  if (jsonl ?? looksLikeJsonl(pending)) {
    yield* takeLines(true);
  } else {
    yield { ok: true, item: { label: "stdin", input: { text: pending, title: titleFromText(pending) } } };
  }
}

/** stdinArticles' articles; each line that is not one goes to `failures` with its reason. */
export async function* stdinItems(
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  failures: SourceFailure[],
): AsyncGenerator<BatchItem> {
  for await (const line of stdinArticles(chunks)) {
    if (line.ok) yield line.item;
    else failures.push({ label: line.label, reason: line.reason });
  }
}

/** All of standard input; text that is not UTF-8 throws, and nothing of standard input is kept. */
async function readStdinSource(
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
): Promise<CollectedSources> {
  const read: CollectedSources = { items: [], failures: [] };
  for await (const item of stdinItems(chunks, read.failures)) read.items.push(item);
  return read;
}

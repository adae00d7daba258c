/**
 * The real-news corpus (../shared/data/corpus, CC BY-NC-SA 4.0, measurement only): read at run
 * time, never copied into the project. Gold files name their article by URL.
 */
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip, gunzipSync } from "node:zlib";
import { join } from "node:path";
import { z } from "zod";
import { ROOT_DIR } from "../../ingest/config.js";

export const DEFAULT_CORPUS = join(ROOT_DIR, "..", "shared", "data", "corpus", "saudinewsnet-dev.jsonl.gz");

const corpusArticle = z.object({
  url: z.string(),
  title: z.string().optional(),
  text: z.string(),
  source: z.string(),
  publishedAt: z.string().optional(),
});
export type CorpusArticle = z.infer<typeof corpusArticle>;

/** Every article of a JSONL file (gzip when the name ends in .gz), in file order. */
export function readCorpus(file: string = DEFAULT_CORPUS): CorpusArticle[] {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (err) {
    throw new Error(`eval-news: cannot read the corpus ${file} (${(err as Error).message})`);
  }
  const text = (file.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
  const out: CorpusArticle[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const parsed = corpusArticle.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`eval-news: ${file} line ${i + 1} is not an article`);
    out.push(parsed.data);
  });
  return out;
}

/** The corpus indexed by URL. */
export function corpusByUrl(file?: string): Map<string, CorpusArticle> {
  return new Map(readCorpus(file).map((a) => [a.url, a]));
}

/** One line of a corpus file: an article, or why the line is not one (1-based line number). */
export type CorpusLine = { line: number; article: CorpusArticle } | { line: number; error: string };

/** Parses one JSONL line of the corpus. */
export function parseCorpusLine(text: string, line: number): CorpusLine {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { line, error: `not JSON (${(err as Error).message})` };
  }
  const parsed = corpusArticle.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { line, error: `not an article (${issue?.path.join(".") || "line"}: ${issue?.message})` };
  }
  return { line, article: parsed.data };
}

/**
 * The lines of a JSONL file (gunzipped on the fly when the name ends in .gz), one at a time, so
 * a whole corpus never sits in memory. Blank lines are skipped; bad lines are yielded as errors.
 */
export async function* streamCorpus(file: string = DEFAULT_CORPUS): AsyncGenerator<CorpusLine> {
  const bytes = createReadStream(file);
  const input = file.endsWith(".gz") ? bytes.pipe(createGunzip()) : bytes;
  // A missing file or corrupt gzip surfaces as an error of the stream readline iterates.
  bytes.on("error", (err) => input.destroy(err));
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const text of lines) {
      n++;
      if (text.trim() !== "") yield parseCorpusLine(text, n);
    }
  } catch (err) {
    throw new Error(`eval-news: cannot read the corpus ${file} (${(err as Error).message})`, { cause: err });
  } finally {
    // A consumer that stops early (break) must not leave the file open.
    lines.close();
    input.destroy();
    bytes.destroy();
  }
}

/** The texts of the given URLs only, streamed from the corpus (URLs not in it are absent). */
export async function textsByUrl(
  urls: Set<string>,
  file: string = DEFAULT_CORPUS,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const l of streamCorpus(file)) {
    if ("article" in l && urls.has(l.article.url)) out.set(l.article.url, l.article.text);
    if (out.size === urls.size) break;
  }
  return out;
}

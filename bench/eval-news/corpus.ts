/**
 * The real-news corpus (../shared/data/corpus, CC BY-NC-SA 4.0, measurement only): read at run
 * time, never copied into the project. Gold files name their article by URL.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
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

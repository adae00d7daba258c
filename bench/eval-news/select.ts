/**
 * Which sampled articles eval:news evaluates, and loading their gold files against the corpus
 * text. The test and fresh splits are for reporting only: their misses stay hidden unless asked
 * for by name.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { prepareArticle, readGoldJson, type EvalArticle } from "../eval/harness.js";
import type { SampleEntry } from "./sample-file.js";

export const SPLITS = ["dev", "test", "fresh", "all"] as const;
export type Split = (typeof SPLITS)[number];

/**
 * The entries of one split, or the named ones (comma-separated ids, any split) when `articles`
 * is given: asking for an article by name is deliberate, so it is not filtered out by the split.
 */
export function selectEntries(
  sample: SampleEntry[],
  split: Split,
  articles?: string,
): { entries: SampleEntry[]; unknown: string[] } {
  if (articles !== undefined) {
    const ids = articles
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    const known = new Set(sample.map((s) => s.id));
    return {
      entries: sample.filter((s) => ids.includes(s.id)),
      unknown: ids.filter((id) => !known.has(id)),
    };
  }
  return { entries: sample.filter((s) => inSplit(s, split)), unknown: [] };
}

/**
 * `all` is dev + test: every article but the current fresh split (dev has grown by the folded
 * fresh draws); the fresh split is only ever scored on its own (`--split fresh`).
 */
const inSplit = (entry: SampleEntry, split: Split): boolean =>
  split === "all" ? entry.split !== "fresh" : entry.split === split;

/** Whether misses and false positives of an article may be printed (only dev's, unless asked). */
export function showDetails(entry: SampleEntry, opts: { named: boolean; misses: boolean }): boolean {
  return entry.split === "dev" || opts.named || opts.misses;
}

export const goldFile = (dir: string, id: string): string => join(dir, `${id}.gold.json`);

/** Splits the entries into those with a gold file in `dir` and those not annotated yet. */
export function withGold(
  entries: SampleEntry[],
  dir: string,
): { annotated: SampleEntry[]; skipped: SampleEntry[] } {
  const annotated = entries.filter((e) => existsSync(goldFile(dir, e.id)));
  return { annotated, skipped: entries.filter((e) => !annotated.includes(e)) };
}

export interface NewsArticle extends EvalArticle {
  entry: SampleEntry;
}

/**
 * Reads and validates the gold file of every entry against its text (by URL in `texts`).
 * Problems name the file and what is wrong with it.
 */
export function loadNewsGold(
  entries: SampleEntry[],
  dir: string,
  texts: Map<string, string>,
): { articles: NewsArticle[]; problems: string[] } {
  const articles: NewsArticle[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const label = `${entry.id}.gold.json`;
    const text = texts.get(entry.url);
    if (text === undefined) {
      problems.push(
        `${label}: its article ${entry.url} is not in the corpus; check sample.json and the corpus file`,
      );
      continue;
    }
    const json = readGoldJson(goldFile(dir, entry.id), label);
    if ("problem" in json) {
      problems.push(json.problem);
      continue;
    }
    const prepared = prepareArticle(entry.id, label, text, json.raw);
    problems.push(...prepared.problems);
    if (prepared.article) articles.push({ ...prepared.article, entry });
  }
  return { articles, problems };
}

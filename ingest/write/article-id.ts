import { createHash } from "node:crypto";
import { clean } from "../text/clean.js";

/**
 * The text an article's identity depends on: cleaned like extraction sees it (invisible controls
 * and tatweel removed) with whitespace collapsed, so re-wrapped lines are not a new version.
 */
export function normaliseForId(text: string): string {
  return clean(text.normalize("NFC")).text.replace(/\s+/gu, " ").trim();
}

/**
 * Content address of an article: the same text always gets the same id, so re-ingesting it is a no-op.
 *
 * @example articleId("نص الخبر") // "a:" + 16 hex digits
 */
export function articleId(text: string): string {
  let id = recent.get(text);
  if (id === undefined) {
    id = "a:" + createHash("sha256").update(normaliseForId(text), "utf8").digest("hex").slice(0, 16);
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
    recent.set(text, id);
  }
  return id;
}

/**
 * The ids of the last texts asked for. A batch asks for each article's id three times (its lookup
 * block, prepareArticle, buildArticleRows), and normalising and hashing a real article cost ~1 ms
 * of the main thread's ~5 per article (CPU profile of ingestBatch); the texts are held by the batch
 * meanwhile anyway. Larger than a lookup block (256) plus the groups in flight.
 */
const RECENT = 512;
const recent = new Map<string, string>();

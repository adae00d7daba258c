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
  return "a:" + createHash("sha256").update(normaliseForId(text), "utf8").digest("hex").slice(0, 16);
}

import { ConfigError, InputError, NotArabicError, TooLargeError } from "../errors.js";
import type { ArticleInput } from "../model.js";
import type { BatchItem } from "../write/batch.js";
import { requireDate } from "./dates.js";
import type { SourceFailure } from "./discover.js";

/** The environment variable that sets the largest article accepted (API and `kg ingest`). */
export const MAX_ARTICLE_ENV = "KG_MAX_ARTICLE_BYTES";

/**
 * 2 MiB of UTF-8, about a million Arabic characters: a hundred times a long news article, and a few
 * seconds of extraction on a 2-core machine (a 4.9 MB article took 9-14 s).
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

type Env = Record<string, string | undefined>;

/** KG_MAX_ARTICLE_BYTES, or the default; a value that is not a positive whole number is refused. */
export function maxArticleBytes(env: Env = process.env): number {
  const raw = env[MAX_ARTICLE_ENV]?.trim();
  if (raw === undefined || raw === "") return DEFAULT_MAX_ARTICLE_BYTES;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new ConfigError(
      `config: ${MAX_ARTICLE_ENV} must be a positive whole number of bytes (got "${raw}"), e.g. ${DEFAULT_MAX_ARTICLE_BYTES}`,
    );
  }
  return n;
}

export interface ArticleRules {
  /** Largest article text, in UTF-8 bytes. */
  maxBytes: number;
  /** Who is refusing, first word of the message: `api`, `ingest`, `kg extract`. */
  owner: string;
}

/** C0 controls other than tab, newline, form feed and carriage return never occur in articles. */
export function hasControlChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) return true;
  }
  return false;
}

/** One-line fields (title, source, url) hold no control character at all, not even a newline. */
const LINE_CONTROL = /[\p{Cc}]/u;

/** Any Arabic-script letter (digits and punctuation shared with other scripts do not count). */
const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/u;

export function hasArabicLetter(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

const WEB_SCHEMES = new Set(["http:", "https:"]);

const bytes = (n: number): string => `${n.toLocaleString("en-US")} bytes`;

/** The article text alone: what `kg extract` checks, and the first part of checkArticle. */
export function checkText(text: string, rules: ArticleRules): void {
  const { owner, maxBytes } = rules;
  if (text.trim() === "") {
    throw new InputError(
      `${owner}: article has no text (got ${text.length} characters, all blank); send the article text`,
    );
  }
  const size = Buffer.byteLength(text, "utf8");
  if (size > maxBytes) {
    throw new TooLargeError(
      `${owner}: article is ${bytes(size)}, larger than the ${bytes(maxBytes)} allowed; ` +
        `split it, or raise ${MAX_ARTICLE_ENV}`,
    );
  }
  if (hasControlChars(text)) {
    throw new InputError(
      `${owner}: article text contains control characters (binary data?); send plain UTF-8 text`,
    );
  }
  if (!hasArabicLetter(text)) {
    throw new NotArabicError(
      `${owner}: no Arabic text found in the article (${text.length} characters, not one Arabic letter); ` +
        "Rawabit extracts from Arabic news only — send the Arabic text",
    );
  }
}

/**
 * The input rules shared by POST /api/articles and `kg ingest`: non-blank text of at most
 * `maxBytes` with Arabic in it and no control characters; one-line title and source; an http(s) url;
 * a publishedAt that reads as an ISO date. Returns the input with that date normalised
 * (ingest/sources/dates.ts). Throws the error whose code becomes the HTTP status (400, 413, 422).
 *
 * @example
 * checkArticle({ text, url: "javascript:alert(1)" }, { maxBytes: 2_097_152, owner: "api" });
 * // InputError: api: url must be an http or https address (got javascript:)
 */
export function checkArticle(input: ArticleInput, rules: ArticleRules): ArticleInput {
  const { owner } = rules;
  for (const field of ["title", "source", "url"] as const) {
    const value = input[field];
    if (typeof value === "string" && LINE_CONTROL.test(value)) {
      throw new InputError(
        `${owner}: ${field} contains control characters (NUL, newline, tab...); send it as one line of text`,
      );
    }
  }
  if (input.url !== undefined) checkUrl(input.url, owner);
  checkText(input.text, rules);
  if (input.publishedAt === undefined) return input;
  return { ...input, publishedAt: requireDate(input.publishedAt, "publishedAt", owner) };
}

function checkUrl(url: string, owner: string): void {
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    throw new InputError(`${owner}: url "${url.slice(0, 100)}" is not a valid URL`);
  }
  if (!WEB_SCHEMES.has(scheme)) {
    throw new InputError(`${owner}: url must be an http or https address (got ${scheme})`);
  }
}

/**
 * `kg ingest`'s side of the rules: the articles that pass, and one failure (with its reason) for each
 * that does not, so a batch goes on without them.
 */
export function screenArticles(
  items: BatchItem[],
  rules: ArticleRules,
): { items: BatchItem[]; failures: SourceFailure[] } {
  const passed: BatchItem[] = [];
  const failures: SourceFailure[] = [];
  for (const item of items) {
    try {
      passed.push({ ...item, input: checkArticle(item.input, rules) });
    } catch (err) {
      failures.push({ label: item.label, reason: `${item.label}: ${(err as Error).message}` });
    }
  }
  return { items: passed, failures };
}

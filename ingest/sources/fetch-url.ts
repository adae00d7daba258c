import { InputError } from "../errors.js";
import type { BatchItem } from "../write/batch.js";
import { htmlToArticle } from "./html.js";

export interface FetchOptions {
  timeoutMs?: number;
  /** Largest page accepted. */
  maxBytes?: number;
}

/** Fetches a page (only when the user passes `--url`) and keeps its main text. */
export async function fetchArticle(url: string, opts: FetchOptions = {}): Promise<BatchItem> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`ingest: --url "${url}" is not a valid URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new InputError(`ingest: --url must be http or https (got ${parsed.protocol})`);
  }
  const timeoutMs = opts.timeoutMs ?? 15_000;
  let response: Response;
  try {
    response = await fetch(parsed, { signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
  } catch (err) {
    const why =
      (err as Error).name === "TimeoutError"
        ? `no answer within ${timeoutMs / 1000} s`
        : (err as Error).message;
    throw new InputError(`ingest: cannot fetch ${url} (${why})`, { cause: err });
  }
  if (!response.ok) throw new InputError(`ingest: fetching ${url} answered HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > (opts.maxBytes ?? 10 * 1024 * 1024)) {
    throw new InputError(
      `ingest: ${url} is larger than ${(opts.maxBytes ?? 10 * 1024 * 1024) / 1024 / 1024} MB`,
    );
  }
  const type = response.headers.get("content-type") ?? "";
  const body = new TextDecoder(charsetOf(type)).decode(bytes);
  const isHtml = /html|xml/iu.test(type) || /^\s*</u.test(body);
  const { title, text, publishedAt } = isHtml
    ? htmlToArticle(body)
    : { title: null, text: body, publishedAt: null };
  return {
    label: url,
    input: { text, url, ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}) },
  };
}

function charsetOf(contentType: string): string {
  const charset = /charset=([\w-]+)/iu.exec(contentType)?.[1]?.toLowerCase();
  try {
    return charset ? new TextDecoder(charset).encoding : "utf-8";
  } catch {
    return "utf-8";
  }
}

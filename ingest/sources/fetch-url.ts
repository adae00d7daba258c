import {
  InputError,
  RawabitError,
  TooLargeError,
  UnsupportedContentError,
  UpstreamError,
} from "../errors.js";
import type { BatchItem } from "../write/batch.js";
import { htmlToArticle } from "./html.js";

export interface FetchOptions {
  timeoutMs?: number;
  /** Largest page accepted. */
  maxBytes?: number;
  /** Redirects followed before giving up (each hop is checked to be http/https again). */
  maxRedirects?: number;
  /** Who asks, for error messages: `ingest: --url` (CLI) or `api: url` (HTTP). */
  owner?: string;
}

/** Content types an article can come from; a page that sends none is sniffed instead. */
const TEXT_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/iu;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function httpUrl(raw: string, owner: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new InputError(`${owner} "${raw.slice(0, 200)}" is not a valid URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new InputError(`${owner} must be http or https (got ${parsed.protocol})`);
  }
  return parsed;
}

/**
 * Fetches a page the user named (CLI `--url`, POST /api/articles/url) and keeps its main text,
 * title and date (html.ts). Refuses other schemes (400), pages over `maxBytes` (413, checked while
 * reading, not after), types that are not text (415); an unreachable host, a timeout, an HTTP error
 * or too many redirects is an UpstreamError (502).
 */
export async function fetchArticle(url: string, opts: FetchOptions = {}): Promise<BatchItem> {
  const owner = opts.owner ?? "ingest: --url";
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = opts.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(timeoutMs);
  let target = httpUrl(url, owner);
  let response: Response | null = null;
  try {
    for (let hop = 0; ; hop++) {
      response = await fetch(target, { signal, redirect: "manual" });
      const location = response.headers.get("location");
      if (!REDIRECTS.has(response.status) || location === null) break;
      await response.body?.cancel();
      if (hop >= maxRedirects) {
        throw new UpstreamError(`${owner}: ${url} redirects more than ${maxRedirects} times`);
      }
      target = httpUrl(new URL(location, target).href, `${owner} (redirect)`);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new UpstreamError(`${owner}: fetching ${url} answered HTTP ${response.status}`);
    }
    const type = response.headers.get("content-type") ?? "";
    if (type !== "" && !TEXT_TYPES.test(type)) {
      await response.body?.cancel();
      throw new UnsupportedContentError(
        `${owner}: ${url} is ${type.split(";")[0]}, not a web page or text (send HTML or plain text)`,
      );
    }
    const bytes = await readCapped(response, maxBytes, `${owner}: ${url}`);
    const body = new TextDecoder(charsetOf(type)).decode(bytes);
    const isHtml = /html/iu.test(type) || (type === "" && /^\s*</u.test(body));
    const { title, text, publishedAt } = isHtml
      ? htmlToArticle(body)
      : { title: null, text: body, publishedAt: null };
    return {
      label: url,
      input: { text, url, ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}) },
    };
  } catch (err) {
    if (err instanceof RawabitError || !(err instanceof Error)) throw err;
    const why = err.name === "TimeoutError" ? `no answer within ${timeoutMs / 1000} s` : causeOf(err);
    throw new UpstreamError(`${owner}: cannot fetch ${url} (${why})`, { cause: err });
  }
}

/** The body, stopping as soon as it passes `maxBytes` (a declared Content-Length is refused up front). */
async function readCapped(response: Response, maxBytes: number, what: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new TooLargeError(`${what} is larger than ${(maxBytes / 1024 / 1024).toFixed(1)} MB`);
  if (Number(response.headers.get("content-length") ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** undici says "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND) in `cause`. */
function causeOf(err: Error): string {
  const cause = err.cause as { code?: string; message?: string } | undefined;
  return cause?.code ?? cause?.message ?? err.message;
}

function charsetOf(contentType: string): string {
  const charset = /charset=([\w-]+)/iu.exec(contentType)?.[1]?.toLowerCase();
  try {
    return charset ? new TextDecoder(charset).encoding : "utf-8";
  } catch {
    return "utf-8";
  }
}

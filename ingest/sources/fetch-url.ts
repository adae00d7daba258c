import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import {
  InputError,
  PrivateAddressError,
  RawabitError,
  TooLargeError,
  UnsupportedContentError,
  UpstreamError,
} from "../errors.js";
import type { BatchItem } from "../write/batch.js";
import { isPrivateAddress, publicOnlyLookup } from "./address.js";
import { htmlToArticle } from "./html.js";

export interface FetchOptions {
  timeoutMs?: number;
  /** Largest page accepted. */
  maxBytes?: number;
  /** Redirects followed before giving up (each hop is checked to be http/https again). */
  maxRedirects?: number;
  /**
   * Fetch private, loopback and link-local addresses too. Off by default: a server fetching for a
   * remote user must not become their way into its own network (KG_URL_ALLOW_PRIVATE).
   */
  allowPrivate?: boolean;
  /** Who asks, for error messages: `ingest: --url` (CLI) or `api: url` (HTTP). */
  owner?: string;
}

/** Content types an article can come from; a page that sends none is sniffed instead. */
const TEXT_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/iu;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DECODERS: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: createGunzip,
  "x-gzip": createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

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
 * title and date (html.ts). Refuses other schemes (400), private addresses unless `allowPrivate`
 * (403: an IP in the URL, or the address a name resolves to when connecting, on every redirect),
 * pages over `maxBytes` (413, checked while reading, not after), types that are not text (415); an
 * unreachable host, a timeout, an HTTP error or too many redirects is an UpstreamError (502).
 */
export async function fetchArticle(url: string, opts: FetchOptions = {}): Promise<BatchItem> {
  const owner = opts.owner ?? "ingest: --url";
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const maxRedirects = opts.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(timeoutMs);
  const refuse = (host: string, address: string) =>
    new PrivateAddressError(
      `${owner}: ${url} leads to ${host === address ? address : `${host} (${address})`}, a private or local address; ` +
        "the server does not fetch those unless KG_URL_ALLOW_PRIVATE=1",
    );
  const lookup = opts.allowPrivate ? undefined : publicOnlyLookup(refuse);
  let target = httpUrl(url, owner);
  let response: IncomingMessage | null = null;
  try {
    for (let hop = 0; ; hop++) {
      if (lookup && isPrivateAddress(target.hostname)) throw refuse(target.hostname, target.hostname);
      response = await get(target, signal, lookup);
      const location = response.headers.location;
      if (!REDIRECTS.has(response.statusCode ?? 0) || location === undefined) break;
      response.destroy();
      if (hop >= maxRedirects) {
        throw new UpstreamError(`${owner}: ${url} redirects more than ${maxRedirects} times`);
      }
      target = httpUrl(new URL(location, target).href, `${owner} (redirect)`);
    }
    const status = response.statusCode ?? 0;
    if (status < 200 || status > 299) {
      response.destroy();
      throw new UpstreamError(`${owner}: fetching ${url} answered HTTP ${status}`);
    }
    const type = response.headers["content-type"] ?? "";
    if (type !== "" && !TEXT_TYPES.test(type)) {
      response.destroy();
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
    response?.destroy();
    if (err instanceof RawabitError || !(err instanceof Error)) throw err;
    const why = signal.aborted ? `no answer within ${timeoutMs / 1000} s` : causeOf(err);
    throw new UpstreamError(`${owner}: cannot fetch ${url} (${why})`, { cause: err });
  }
}

/**
 * One GET on a fresh connection (no shared keep-alive socket, so every hop goes through `lookup`);
 * resolves with the response head, the body still unread.
 */
function get(target: URL, signal: AbortSignal, lookup: ReturnType<typeof publicOnlyLookup> | undefined) {
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = send(
      target,
      {
        signal,
        agent: false,
        ...(lookup ? { lookup } : {}),
        headers: {
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
          "accept-encoding": Object.keys(DECODERS).join(", "),
          "user-agent": "Rawabit",
        },
      },
      resolve,
    );
    req.on("error", reject);
    req.end();
  });
}

/**
 * The decoded body, stopping as soon as it passes `maxBytes` (a declared Content-Length is refused
 * up front); counting after decompression keeps a small gzip bomb from growing past the cap.
 */
async function readCapped(response: IncomingMessage, maxBytes: number, what: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new TooLargeError(`${what} is larger than ${(maxBytes / 1024 / 1024).toFixed(1)} MB`);
  if (Number(response.headers["content-length"] ?? 0) > maxBytes) throw tooLarge();
  const decoder = DECODERS[(response.headers["content-encoding"] ?? "").trim().toLowerCase()];
  // pipeline, not pipe: a timeout that destroys the response must end the decoder's reading too.
  const body: Readable = decoder
    ? (pipeline(response, decoder(), () => {}) as unknown as Readable)
    : response;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      const piece = chunk as Buffer;
      size += piece.length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(piece);
    }
  } finally {
    if (body !== response) body.destroy();
  }
  return Buffer.concat(chunks, size);
}

/** Socket errors carry their reason (ECONNREFUSED, ENOTFOUND) as `code`. */
function causeOf(err: Error): string {
  return (err as NodeJS.ErrnoException).code ?? err.message;
}

function charsetOf(contentType: string): string {
  const charset = /charset=([\w-]+)/iu.exec(contentType)?.[1]?.toLowerCase();
  try {
    return charset ? new TextDecoder(charset).encoding : "utf-8";
  } catch {
    return "utf-8";
  }
}

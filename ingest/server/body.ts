import type { FastifyInstance } from "fastify";
import { InputError } from "../errors.js";
import { hasControlChars } from "../sources/validate.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decodeUtf8(buf: Buffer, what: string): string {
  try {
    return utf8.decode(buf);
  } catch {
    throw new InputError(
      `api: the ${what} is not valid UTF-8 (binary data, or text in another encoding?); send the article as UTF-8`,
    );
  }
}

/**
 * The text of a body, refusing binary data with a message a person can act on: an image or a
 * PDF posted as text would otherwise be "ingested" as mojibake.
 */
export function decodeText(buf: Buffer, what = "request body"): string {
  const text = decodeUtf8(buf, what);
  if (hasControlChars(text)) {
    throw new InputError(
      `api: the ${what} contains control characters (binary data?); send plain UTF-8 text`,
    );
  }
  return text;
}

/**
 * text/plain is read as UTF-8 text (articles). application/json is decoded strictly before
 * Fastify's own parser (kept for its prototype-poisoning checks) sees it: the default decoding
 * turns a stray 0xFF into U+FFFD, which would be stored as if the sender had written it.
 */
export function registerBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser("text/plain");
  app.addContentTypeParser("text/plain", { parseAs: "buffer" }, (_req, body, done) => {
    try {
      done(null, decodeText(body as Buffer));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (req, body, done) => {
    let text: string;
    try {
      text = decodeUtf8(body as Buffer, "JSON body");
    } catch (err) {
      done(err as Error, undefined);
      return;
    }
    parseJson(req, text, done);
  });
}

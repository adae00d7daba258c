import type { FastifyInstance } from "fastify";
import { InputError } from "../errors.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });
/** C0 controls other than tab, newline, form feed and carriage return never occur in articles. */
export function hasControlChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) return true;
  }
  return false;
}

/**
 * The text of a body, refusing binary data with a message a person can act on: an image or a
 * PDF posted as text would otherwise be "ingested" as mojibake.
 */
export function decodeText(buf: Buffer, what = "request body"): string {
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    throw new InputError(`api: the ${what} is not UTF-8 text (binary data?); send the article text as UTF-8`);
  }
  if (hasControlChars(text)) {
    throw new InputError(
      `api: the ${what} contains control characters (binary data?); send plain UTF-8 text`,
    );
  }
  return text;
}

/** text/plain is read as UTF-8 text (articles); application/json stays Fastify's own parser. */
export function registerBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser("text/plain");
  app.addContentTypeParser("text/plain", { parseAs: "buffer" }, (_req, body, done) => {
    try {
      done(null, decodeText(body as Buffer));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
}

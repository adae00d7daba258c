import type { FastifyInstance } from "fastify";
import { InputError } from "../errors.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });
/** C0 controls other than tab, newline, carriage return and form feed never occur in articles. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/;

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
  if (CONTROL.test(text)) {
    throw new InputError(`api: the ${what} contains control characters (binary data?); send plain UTF-8 text`);
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

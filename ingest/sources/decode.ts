import { InputError } from "../errors.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Strict UTF-8: a file in another encoding is refused instead of being ingested as mojibake. */
export function decodeUtf8(bytes: Uint8Array, label: string): string {
  try {
    return decoder.decode(bytes);
  } catch (err) {
    throw notUtf8(label, err);
  }
}

/**
 * The same strict decoding for text that arrives in chunks (standard input): call it with each
 * chunk, then once without one to finish; a chunk that is not UTF-8 throws as decodeUtf8 does.
 */
export function utf8Stream(label: string): (chunk?: Uint8Array) => string {
  const stream = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  return (chunk) => {
    try {
      return chunk === undefined ? stream.decode() : stream.decode(chunk, { stream: true });
    } catch (err) {
      throw notUtf8(label, err);
    }
  };
}

function notUtf8(label: string, cause: unknown): InputError {
  return new InputError(
    `ingest: ${label} is not valid UTF-8 text (convert it first, e.g. \`iconv -f WINDOWS-1256 -t UTF-8\`)`,
    { cause },
  );
}

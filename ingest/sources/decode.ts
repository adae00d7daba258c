import { InputError } from "../errors.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Strict UTF-8: a file in another encoding is refused instead of being ingested as mojibake. */
export function decodeUtf8(bytes: Uint8Array, label: string): string {
  try {
    return decoder.decode(bytes);
  } catch (err) {
    throw new InputError(
      `ingest: ${label} is not valid UTF-8 text (convert it first, e.g. \`iconv -f WINDOWS-1256 -t UTF-8\`)`,
      { cause: err },
    );
  }
}

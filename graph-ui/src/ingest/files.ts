import type { ArticleInput } from "../../../ingest/model.js";
import { decodeUtf8 } from "../../../ingest/sources/decode.js";
import { readerFor } from "../../../ingest/sources/readers.js";
import { t } from "../i18n/index.js";
import type { UiLang } from "../state/types.js";

/** One article to send, or why a file (or a JSONL line) cannot become one. */
export type FileEntry = { label: string; input: ArticleInput } | { label: string; problem: string };

/**
 * Articles in the dropped or chosen files, read by the same readers as `kg ingest`
 * (ingest/sources/readers.ts: HTML main text, title and date; JSONL one article per line with its
 * publishedAt; text with a headline title). The server validates each article again.
 */
export async function entriesOf(files: readonly File[], lang: UiLang): Promise<FileEntry[]> {
  const out: FileEntry[] = [];
  for (const file of files) {
    const reader = readerFor(file.name);
    if (!reader) {
      out.push({ label: file.name, problem: t(lang, "fileUnsupported") });
      continue;
    }
    let content: string;
    try {
      content = decodeUtf8(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch {
      out.push({ label: file.name, problem: t(lang, "fileNotUtf8") });
      continue;
    }
    for (const line of reader.read(content, file.name)) {
      out.push(
        line.ok
          ? { label: line.item.label, input: line.item.input }
          : { label: line.label, problem: line.reason },
      );
    }
  }
  return out;
}

import type { ArticleInput } from "../model.js";
import { htmlToArticle } from "./html.js";
import { parseJsonl, type JsonlLine } from "./jsonl.js";

/** How one kind of file becomes articles. Adding a format is one entry. */
export interface SourceReader {
  extensions: readonly string[];
  read(content: string, label: string): JsonlLine[];
}

const one = (label: string, input: ArticleInput): JsonlLine[] => [{ ok: true, item: { label, input } }];

/** A first line short enough to be a headline, followed by more text, is taken as the title. */
export function titleFromText(text: string): string | undefined {
  const trimmed = text.trimStart();
  const newline = trimmed.indexOf("\n");
  if (newline < 0) return undefined;
  const first = trimmed
    .slice(0, newline)
    .replace(/^#+\s*/u, "")
    .trim();
  return first !== "" && first.length <= 200 && trimmed.slice(newline).trim() !== "" ? first : undefined;
}

export const READERS = [
  {
    extensions: [".txt", ".md"],
    read: (content, label) => one(label, { text: content, title: titleFromText(content) }),
  },
  {
    extensions: [".html", ".htm"],
    read: (content, label) => {
      const { title, text, publishedAt } = htmlToArticle(content);
      return one(label, { text, ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}) });
    },
  },
  { extensions: [".jsonl"], read: (content, label) => parseJsonl(content, label) },
] as const satisfies readonly SourceReader[];

export function readerFor(file: string): SourceReader | undefined {
  const lower = file.toLowerCase();
  return READERS.find((r) => r.extensions.some((ext) => lower.endsWith(ext)));
}

export const SUPPORTED_EXTENSIONS: readonly string[] = READERS.flatMap((r) => [...r.extensions]);

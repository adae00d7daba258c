import { z } from "zod";
import { InputError } from "../errors.js";
import type { BatchItem } from "../write/batch.js";

const LINE = z
  .object({
    text: z.string().refine((t) => t.trim() !== "", "text is empty"),
    title: z.string().optional(),
    url: z.string().url().optional(),
    source: z.string().optional(),
    // Checked and normalised with the other article rules (validate.ts); null is the same as absent.
    publishedAt: z
      .string()
      .nullish()
      .transform((s) => s ?? undefined),
  })
  .strict();

export type JsonlLine = { ok: true; item: BatchItem } | { ok: false; label: string; reason: string };

/**
 * One article per non-empty line: `{text, title?, url?, source?, publishedAt?}`. A bad line is
 * reported with its `file:line` and does not stop the others.
 */
export function parseJsonl(content: string, file: string): JsonlLine[] {
  const out: JsonlLine[] = [];
  content.split(/\r?\n/u).forEach((raw, i) => {
    const line = parseJsonlLine(raw, `${file}:${i + 1}`);
    if (line) out.push(line);
  });
  return out;
}

/** One line of a JSONL file, labelled `file:line`; null for a blank line. */
export function parseJsonlLine(raw: string, label: string): JsonlLine | null {
  if (raw.trim() === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return { ok: false, label, reason: `${label}: not valid JSON (${(err as Error).message})` };
  }
  const parsed = LINE.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((x) => `${x.path.join(".") || "line"}: ${x.message}`).join("; ");
    return {
      ok: false,
      label,
      reason: `${label}: expected {text, title?, url?, source?, publishedAt?} (${issues})`,
    };
  }
  return { ok: true, item: { label, input: parsed.data } };
}

/** Throwing variant for callers that want all-or-nothing. */
export function parseJsonlStrict(content: string, file: string): BatchItem[] {
  return parseJsonl(content, file).map((line) => {
    if (!line.ok) throw new InputError(`ingest: ${line.reason}`);
    return line.item;
  });
}

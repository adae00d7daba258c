import { z } from "zod";
import { json, request } from "../api/client.js";
import { writeHeaders } from "./session.js";

/** A correction as GET /api/corrections returns it (ingest/curation/kinds.ts), checked at the boundary. */
export const correctionSchema = z.object({
  id: z.string(),
  seq: z.number(),
  kind: z.string(),
  user: z.string(),
  at: z.string(),
  reason: z.string().nullable(),
  payload: z.record(z.unknown()),
  undone: z.boolean(),
});
export type Correction = z.infer<typeof correctionSchema>;

const resultSchema = z.object({ correction: correctionSchema, articles: z.number() });
const listSchema = z.object({ corrections: z.array(correctionSchema) });

/** The request kinds the panels send (every kind but undo, which has its own route). */
export type PanelKind =
  | "merge"
  | "split"
  | "rename"
  | "retype"
  | "set-property"
  | "not-entity"
  | "reject-relation"
  | "confirm-relation"
  | "add-relation";

/** What POST /api/corrections/import answers. */
const importSchema = z.object({
  imported: z.number(),
  skipped: z.number(),
  articles: z.number(),
  /** The corrections added; the file's others were already here. */
  ids: z.array(z.string()),
});
export type ImportResult = z.infer<typeof importSchema>;

/** The file GET /api/corrections/export sends; the panel reads its list to report on an import (the server checks it whole). */
export const correctionsFileSchema = z.object({
  format: z.literal("rawabit-corrections"),
  version: z.number(),
  corrections: z.array(correctionSchema),
});
export type CorrectionsFile = z.infer<typeof correctionsFileSchema>;

/** Writes carry the write token (when the user gave one) and the user's name. */
function write(body: unknown): RequestInit {
  const init = json(body);
  return { ...init, headers: { ...(init.headers as Record<string, string>), ...writeHeaders() } };
}

export const curationApi = {
  make: (kind: PanelKind, body: Record<string, unknown>, reason: string) =>
    request(
      resultSchema,
      `corrections/${kind}`,
      write(reason.trim() === "" ? body : { ...body, reason: reason.trim() }),
    ),
  undo: (id: string) => request(resultSchema, `corrections/${encodeURIComponent(id)}/undo`, write({})),
  list: () => request(listSchema, "corrections?limit=200"),
  importFile: (file: unknown) => request(importSchema, "corrections/import", write(file)),
};

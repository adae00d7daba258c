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

/** The request kinds the panels send (the API also knows split, set-property and add-relation). */
export type PanelKind = "merge" | "rename" | "retype" | "not-entity" | "reject-relation" | "confirm-relation";

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
};

import { z } from "zod";
import type { ArticleInput } from "../../../ingest/model.js";
import { json, request } from "../api/client.js";
import { ingestReportSchema } from "../api/guards.js";
import { writeHeaders } from "../curation/session.js";

/** Writes carry the write token when the user gave one (the server asks for it with KG_API_TOKEN). */
const withToken = (init: RequestInit): RequestInit => ({
  ...init,
  headers: { ...(init.headers as Record<string, string> | undefined), ...writeHeaders() },
});

const deletedSchema = z.object({ articleId: z.string(), deleted: z.literal(true) });

/** The article writes of the explorer: paste, file, URL (fetched by the server) and delete. */
export const ingestApi = {
  article: (input: ArticleInput, signal?: AbortSignal) =>
    request(ingestReportSchema, "articles", withToken(json(input)), signal),
  url: (url: string, signal?: AbortSignal) =>
    request(ingestReportSchema, "articles/url", withToken(json({ url })), signal),
  remove: (id: string) =>
    request(deletedSchema, `articles/${encodeURIComponent(id)}`, withToken({ method: "DELETE" })),
};

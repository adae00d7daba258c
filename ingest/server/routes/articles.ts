import { z } from "zod";
import { loadCypher } from "../../db/cypher-files.js";
import { InputError, NotFoundError } from "../../errors.js";
import type { ArticleDetail, ArticleInput, ArticleSummary, IngestReport } from "../../model.js";
import { fetchArticle } from "../../sources/fetch-url.js";
import { checkArticle, DEFAULT_MAX_ARTICLE_BYTES } from "../../sources/validate.js";
import { deleteArticle } from "../../write/delete.js";
import type { RouteModule } from "../context.js";
import { int } from "./shared.js";

const MAX_FIELD = 2_000;

const articleBody = z
  .object({
    text: z.string({ required_error: "text is required", invalid_type_error: "text must be a string" }),
    title: z.string().max(MAX_FIELD).optional(),
    url: z.string().max(MAX_FIELD).url().optional(),
    source: z.string().max(MAX_FIELD).optional(),
    // Checked and normalised by checkArticle; null says "undated" as plainly as leaving it out.
    publishedAt: z
      .string()
      .max(64)
      .nullish()
      .transform((s) => s ?? undefined),
  })
  .strict();

/**
 * JSON `{text, ...}` or a text/plain body; refuses what cannot be an article with the reason
 * (ingest/sources/validate.ts: 400, 413 over `maxBytes`, 422 without Arabic text).
 */
export function articleInput(body: unknown, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): ArticleInput {
  const raw = typeof body === "string" ? { text: body } : body;
  if (raw === undefined || raw === null) {
    throw new InputError('api: empty body; send JSON {"text": "..."} or the article as text/plain');
  }
  const parsed = articleBody.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "body";
    throw new InputError(
      `api: bad article (${where}: ${issue?.message ?? "invalid"}); send {"text": "...", "title"?, "url"?, "publishedAt"?}`,
    );
  }
  const { publishedAt, ...rest } = parsed.data;
  return checkArticle(
    { ...rest, ...(publishedAt === undefined ? {} : { publishedAt }) },
    { maxBytes, owner: "api" },
  );
}

export const articlesRoutes: RouteModule = {
  name: "articles",
  register(app, { db, services, config }) {
    app.post(
      "/api/articles",
      {
        config: { write: true },
        schema: {
          summary:
            "Ingest one article (JSON or text/plain); 201 with the ingest report, 413 over KG_MAX_ARTICLE_BYTES, 422 without Arabic text",
          tags: ["articles"],
        },
      },
      async (req, reply): Promise<IngestReport> => {
        const report = await services.ingestArticle(db, articleInput(req.body, config.maxArticleBytes));
        return reply.status(201).send(report);
      },
    );

    app.post<{ Body: { url: string } }>(
      "/api/articles/url",
      {
        config: { write: true },
        schema: {
          summary:
            "Fetch a web page (http/https) on the server and ingest its main text, title and date; 201 with the ingest report, 400 bad URL, 403 private address, 413 too large, 415 not a page, 502 unreachable",
          tags: ["articles"],
          body: {
            type: "object",
            required: ["url"],
            additionalProperties: false,
            properties: { url: { type: "string", minLength: 1, maxLength: MAX_FIELD } },
          },
        },
      },
      async (req, reply): Promise<IngestReport> => {
        const item = await fetchArticle(req.body.url.trim(), {
          owner: "api: url",
          timeoutMs: config.fetchTimeoutMs,
          maxBytes: config.fetchMaxBytes,
          allowPrivate: config.fetchAllowPrivate,
        });
        const report = await services.ingestArticle(db, articleInput(item.input, config.maxArticleBytes));
        return reply.status(201).send(report);
      },
    );

    app.delete<{ Params: { id: string } }>(
      "/api/articles/:id",
      {
        config: { write: true },
        schema: {
          summary: "Delete one article; relations and entities only it supported go with it (404 if unknown)",
          tags: ["articles"],
          params: {
            type: "object",
            required: ["id"],
            properties: { id: { type: "string", minLength: 1, maxLength: 200 } },
          },
        },
      },
      async (req): Promise<{ articleId: string; deleted: true }> => {
        if (!(await deleteArticle(db, req.params.id))) {
          throw new NotFoundError(
            `api: no article with id "${req.params.id}" to delete (list them with GET /api/articles)`,
          );
        }
        return { articleId: req.params.id, deleted: true };
      },
    );

    app.get<{ Querystring: { limit: number } }>(
      "/api/articles",
      {
        schema: {
          summary: "Articles, newest first",
          tags: ["articles"],
          querystring: {
            type: "object",
            properties: { limit: { type: "integer", minimum: 1, maximum: 10000, default: 1000 } },
          },
        },
      },
      async (req): Promise<{ articles: ArticleSummary[] }> => ({
        articles: await db.read<ArticleSummary>(loadCypher("api/articles"), { limit: int(req.query.limit) }),
      }),
    );

    app.get<{ Params: { id: string } }>(
      "/api/articles/:id",
      {
        schema: {
          summary: "One article: text, sentences, mentions with offsets",
          tags: ["articles"],
          params: {
            type: "object",
            required: ["id"],
            properties: { id: { type: "string", minLength: 1, maxLength: 200 } },
          },
        },
      },
      async (req): Promise<ArticleDetail> => {
        const [row] = await db.read<ArticleDetail>(loadCypher("api/article"), { id: req.params.id });
        if (!row)
          throw new NotFoundError(
            `api: no article with id "${req.params.id}" (list them with GET /api/articles)`,
          );
        return { ...row, mentions: row.mentions.filter((m) => m !== null) };
      },
    );
  },
};

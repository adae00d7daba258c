import type { FastifyRequest } from "fastify";
import {
  CORRECTION_KINDS,
  curate,
  exportCorrections,
  importCorrections,
  listCorrections,
  type Correction,
} from "../../curation/index.js";
import { InputError } from "../../errors.js";
import type { RouteModule } from "../context.js";

/** Who made a correction: the `X-Rawabit-User` header, else the server's local user. */
export const USER_HEADER = "x-rawabit-user";
export const LOCAL_USER = "local";

function userOf(req: FastifyRequest): string {
  const raw = req.headers[USER_HEADER];
  if (typeof raw !== "string" || raw.trim() === "") return LOCAL_USER;
  try {
    // Percent-encoded, so a name in Arabic fits in a header.
    return decodeURIComponent(raw);
  } catch {
    throw new InputError(
      `api: the ${USER_HEADER} header is not valid percent-encoding (got "${raw.slice(0, 40)}")`,
    );
  }
}

const idParam = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "string", minLength: 1, maxLength: 200 } },
};

export const curationRoutes: RouteModule = {
  name: "curation",
  register(app, { db, services }) {
    app.post<{ Params: { kind: string }; Body: Record<string, unknown> & { reason?: string } }>(
      "/api/corrections/:kind",
      {
        config: { write: true },
        schema: {
          summary: `Make a correction (${CORRECTION_KINDS.filter((k) => k !== "undo").join(", ")}); 201 with the correction; the user comes from X-Rawabit-User`,
          tags: ["curation"],
          params: {
            type: "object",
            required: ["kind"],
            properties: { kind: { type: "string", enum: CORRECTION_KINDS.filter((k) => k !== "undo") } },
          },
          body: { type: "object", properties: { reason: { type: "string", maxLength: 2000 } } },
        },
      },
      async (req, reply) => {
        const { reason, ...body } = req.body;
        const result = await curate(db, req.params.kind, body, {
          user: userOf(req),
          reason: reason ?? null,
          extractor: await services.extractor(),
        });
        return reply.status(201).send(result);
      },
    );

    app.post<{ Params: { id: string }; Body: { reason?: string } | undefined }>(
      "/api/corrections/:id/undo",
      {
        config: { write: true },
        schema: {
          summary: "Undo a correction (recorded as an undo correction); 201",
          tags: ["curation"],
          params: idParam,
        },
      },
      async (req, reply) => {
        const result = await curate(
          db,
          "undo",
          { target: req.params.id },
          { user: userOf(req), reason: req.body?.reason ?? null, extractor: await services.extractor() },
        );
        return reply.status(201).send(result);
      },
    );

    app.get<{
      Querystring: { kind?: string; user?: string; entity?: string; includeUndone: boolean; limit: number };
    }>(
      "/api/corrections",
      {
        schema: {
          summary: "Corrections, newest first: who, when, what, why (filters: kind, user, entity)",
          tags: ["curation"],
          querystring: {
            type: "object",
            properties: {
              kind: { type: "string", enum: CORRECTION_KINDS },
              user: { type: "string", maxLength: 100 },
              entity: { type: "string", maxLength: 300 },
              includeUndone: { type: "boolean", default: true },
              limit: { type: "integer", minimum: 1, maximum: 10000, default: 1000 },
            },
          },
        },
      },
      async (req): Promise<{ corrections: Correction[] }> => ({
        corrections: await listCorrections(db, req.query),
      }),
    );

    app.get(
      "/api/corrections/export",
      {
        schema: {
          summary: "Every correction as one JSON file, for POST /api/corrections/import",
          tags: ["curation"],
        },
      },
      async (_req, reply) => {
        const file = await exportCorrections(db);
        return reply
          .header("content-disposition", 'attachment; filename="rawabit-corrections.json"')
          .send(file);
      },
    );

    app.post(
      "/api/corrections/import",
      {
        config: { write: true },
        schema: {
          summary: "Import an exported corrections file (those already here are skipped); 201",
          tags: ["curation"],
          body: { type: "object", required: ["format", "version", "corrections"] },
        },
      },
      async (req, reply) => {
        const result = await importCorrections(db, req.body, { extractor: await services.extractor() });
        return reply.status(201).send(result);
      },
    );
  },
};

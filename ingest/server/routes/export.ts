import { Readable } from "node:stream";
import { ENTITY_TYPES } from "../../model.js";
import type { ExportFormat, RouteModule } from "../context.js";
import { ALL_RELATIONS, listParam } from "./shared.js";

const FORMATS: ExportFormat[] = ["json", "graphml", "gexf", "csv"];

interface ExportQuery {
  format: ExportFormat;
  types?: string;
  relations?: string;
  article?: string;
}

export const exportRoutes: RouteModule = {
  name: "export",
  register(app, { db, services }) {
    app.get<{ Querystring: ExportQuery }>(
      "/api/export",
      {
        schema: {
          summary: "The graph (or a filter of it) as a file: json, graphml, gexf, csv",
          tags: ["export"],
          querystring: {
            type: "object",
            properties: {
              format: { type: "string", enum: FORMATS, default: "json" },
              types: { type: "string", description: "Comma-separated entity types" },
              relations: { type: "string", description: "Comma-separated relation types" },
              article: { type: "string", description: "Only this article id" },
            },
          },
        },
      },
      async (req, reply) => {
        const q = req.query;
        const types = listParam(q.types, ENTITY_TYPES, "entity type");
        const relations = listParam(q.relations, ALL_RELATIONS, "relation type");
        const file = await services.exportGraph(db, q.format, {
          ...(types ? { types } : {}),
          ...(relations ? { relations } : {}),
          ...(q.article ? { article: q.article } : {}),
        });
        const safeName = file.filename.replace(/[^A-Za-z0-9._-]/g, "_");
        return reply
          .header("Content-Type", file.contentType)
          .header("Content-Disposition", `attachment; filename="${safeName}"`)
          .send(typeof file.body === "string" ? file.body : Readable.from(file.body));
      },
    );
  },
};

import type { ApiError, CypherResult, SavedQuery } from "../../model.js";
import { coerceParams, findSavedQuery, loadQueryLibrary } from "../../queries/library.js";
import type { RouteModule } from "../context.js";
import { unknownEntity } from "../entity-check.js";
import { runReadOnly } from "../readonly.js";

export const queriesRoutes: RouteModule = {
  name: "queries",
  register(app, { db, config }) {
    app.get(
      "/api/queries",
      {
        schema: { summary: "The saved queries of cypher/queries/ with their parameters", tags: ["queries"] },
      },
      async (): Promise<{ queries: SavedQuery[] }> => ({ queries: loadQueryLibrary() }),
    );

    app.post<{ Params: { name: string }; Body: { params?: Record<string, unknown> } | undefined }>(
      "/api/queries/:name/run",
      {
        schema: {
          summary: "Runs one saved query (read-only) with its parameters",
          tags: ["queries"],
          params: {
            type: "object",
            required: ["name"],
            properties: { name: { type: "string", pattern: "^[A-Za-z0-9_-]+$" } },
          },
          body: { type: "object", properties: { params: { type: "object" } } },
        },
      },
      async (req, reply): Promise<CypherResult | ApiError> => {
        const query = findSavedQuery(req.params.name);
        // A window date that cannot be read is a 400 (coerceParams), not an empty answer.
        const params = coerceParams(query, req.body?.params ?? {});
        const result = await runReadOnly(db, query.cypher, params, {
          timeoutMs: config.cypherTimeoutMs,
          maxRows: config.cypherMaxRows,
          maxBytes: config.cypherMaxBytes,
        });
        if (result.rows.length > 0) return result;
        // Nothing found: say so when it is because an entity parameter names no entity at all.
        const unknown = await unknownEntity(db, query, params);
        if (unknown === null) return result;
        const close = unknown.suggestions.map((h) => `"${h.name}"`).join(", ");
        return reply.status(404).send({
          error: "entity_not_found",
          message:
            `api: ${unknown.param} "${unknown.value}" names no entity` +
            (close ? ` (close matches: ${close})` : " (no close match; try GET /api/search)"),
          ...unknown,
        });
      },
    );
  },
};

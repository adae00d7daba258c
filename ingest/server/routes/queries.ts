import type { ApiError, CypherResult, SavedQuery } from "../../model.js";
import { coerceParams, findSavedQuery, loadQueryLibrary } from "../../queries/library.js";
import { normaliseDate, requireDate } from "../../sources/dates.js";
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
        const params = coerceParams(query, req.body?.params ?? {});
        // A saved query's time window (a parameter whose example is a date, e.g. timeline's from/to;
        // shortest-paths' from/to are entities) is checked like the API's: a 400, not an empty answer.
        for (const spec of query.parameters) {
          const value = params[spec.name];
          if (typeof value === "string" && typeof spec.example === "string" && normaliseDate(spec.example)) {
            params[spec.name] = requireDate(value, spec.name, "api");
          }
        }
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

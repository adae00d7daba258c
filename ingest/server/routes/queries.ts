import type { CypherResult, SavedQuery } from "../../model.js";
import { coerceParams, findSavedQuery, loadQueryLibrary } from "../../queries/library.js";
import type { RouteModule } from "../context.js";
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
      async (req): Promise<CypherResult> => {
        const query = findSavedQuery(req.params.name);
        const params = coerceParams(query, req.body?.params ?? {});
        return runReadOnly(db, query.cypher, params, {
          timeoutMs: config.cypherTimeoutMs,
          maxRows: config.cypherMaxRows,
          maxBytes: config.cypherMaxBytes,
        });
      },
    );
  },
};

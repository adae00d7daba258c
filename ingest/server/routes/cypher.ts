import type { CypherResult } from "../../model.js";
import type { RouteModule } from "../context.js";
import { runReadOnly } from "../readonly.js";

export const cypherRoutes: RouteModule = {
  name: "cypher",
  register(app, { db, config }) {
    app.post<{ Body: { query: string; params?: Record<string, unknown> } }>(
      "/api/cypher",
      {
        schema: {
          summary: `Read-only Cypher: refused if it writes; stopped after the time limit; at most ${config.cypherMaxRows} rows`,
          tags: ["cypher"],
          body: {
            type: "object",
            required: ["query"],
            properties: {
              query: { type: "string", minLength: 1, maxLength: 100000 },
              params: { type: "object" },
            },
          },
        },
      },
      async (req): Promise<CypherResult> =>
        runReadOnly(db, req.body.query, req.body.params ?? {}, {
          timeoutMs: config.cypherTimeoutMs,
          maxRows: config.cypherMaxRows,
        }),
    );
  },
};

import type { CypherResult } from "../../model.js";
import type { RouteModule } from "../context.js";
import { closeConsolePool, runReadOnly } from "../readonly.js";

export const cypherRoutes: RouteModule = {
  name: "cypher",
  register(app, { db, config }) {
    // Console workers hold their own driver connections; they go with the server.
    app.addHook("onClose", () => closeConsolePool(db));
    app.post<{ Body: { query: string; params?: Record<string, unknown> } }>(
      "/api/cypher",
      {
        schema: {
          summary: `Read-only Cypher (reads of graph data and allow-listed procedures only): stopped after the time limit; at most ${config.cypherMaxRows} rows and ${config.cypherMaxBytes} bytes (truncated, truncatedReason)`,
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
          maxBytes: config.cypherMaxBytes,
        }),
    );
  },
};

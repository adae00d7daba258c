import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT_DIR } from "../../config.js";
import { loadCypher } from "../../db/cypher-files.js";
import type { Health } from "../../model.js";
import type { RouteModule } from "../context.js";
import { ALL_RELATIONS } from "./shared.js";

const VERSION =
  (JSON.parse(readFileSync(path.join(ROOT_DIR, "package.json"), "utf8")) as { version?: string }).version ??
  "0.0.0";

/** Counting is index-backed and fast; a server too busy to answer in this time is not healthy. */
const HEALTH_TIMEOUT_MS = 5_000;

export const healthRoutes: RouteModule = {
  name: "health",
  register(app, { db }) {
    app.get(
      "/api/health",
      { schema: { summary: "Database reachable, graph counts", tags: ["health"] } },
      async (_req, reply) => {
        const uri = db.config.uri;
        try {
          // One attempt: a health check says "unreachable" at once instead of waiting out retries.
          const [row] = await db.read<Health["counts"]>(
            loadCypher("api/health"),
            { relations: ALL_RELATIONS },
            { retry: false, timeoutMs: HEALTH_TIMEOUT_MS },
          );
          const counts = row ?? { articles: 0, entities: 0, relationships: 0 };
          return { ok: true, database: { reachable: true, uri }, counts, version: VERSION } satisfies Health;
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          const body: Health = {
            ok: false,
            database: { reachable: false, uri, message },
            counts: { articles: 0, entities: 0, relationships: 0 },
            version: VERSION,
          };
          return reply.status(503).send(body);
        }
      },
    );
  },
};

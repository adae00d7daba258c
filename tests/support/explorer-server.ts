import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { ROOT_DIR } from "../../ingest/config.js";
import type { Database } from "../../ingest/db/driver.js";
import { buildServer } from "../../ingest/server/app.js";
import type { ApiConfig } from "../../ingest/server/options.js";
import { ingestArticle } from "../../ingest/write/article.js";
import { resetDb } from "./db.js";

export interface ExplorerServer {
  url: string;
  db: Database;
  close: () => Promise<void>;
}

const UI_DIR = path.join(ROOT_DIR, "graph-ui", "dist");

export const SEED_ARTICLE = readFileSync(path.join(ROOT_DIR, "samples", "seed-article.txt"), "utf8");

/**
 * The real API + built explorer on 127.0.0.1:<random port>, over whatever the database holds.
 * Needs `npm run build:ui` first (graph-ui/dist).
 */
export async function serveExplorer(
  db: Database,
  apiToken: string | null = null,
  config: Partial<ApiConfig> = {},
): Promise<ExplorerServer> {
  if (!existsSync(path.join(UI_DIR, "index.html")))
    throw new Error(`e2e: ${UI_DIR} missing — run \`npm run build:ui\` first`);
  const app: FastifyInstance = await buildServer({
    db,
    config: { host: "127.0.0.1", port: 0, apiToken, ...config },
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === "string") throw new Error("e2e: server has no TCP address");
  return { url: `http://127.0.0.1:${address.port}/`, db, close: () => app.close() };
}

/** {@link serveExplorer} over a database holding only the seed article. */
export async function startExplorerServer(db: Database): Promise<ExplorerServer> {
  await resetDb(db);
  await ingestArticle(db, {
    text: SEED_ARTICLE,
    title: "بايدن: الشراكة الأميركية العراقية مستمرة",
    url: "https://example.org/seed",
  });
  return serveExplorer(db);
}

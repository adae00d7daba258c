import Fastify, { type FastifyInstance } from "fastify";
import type { Database } from "../db/driver.js";
import { errorHandler } from "./errors.js";
import { ExtractPool } from "./extract-pool.js";
import { registerBodyParsers } from "./body.js";
import { requireToken } from "./auth.js";
import { apiConfig, type ApiConfig } from "./options.js";
import { ROUTES } from "./routes/index.js";
import { registerStatic } from "./static.js";
import type { RouteContext, ServerServices } from "./context.js";

export interface BuildServerOptions {
  db: Database;
  config?: Partial<ApiConfig>;
  services?: Partial<ServerServices>;
  /** Fastify logger: off in tests, on for `kg serve`. */
  logger?: boolean;
}

/** Articles are extracted on `extractor`'s worker threads, never on the event loop. */
const defaultServices = (extractor: ExtractPool): ServerServices => ({
  async ingestArticle(db, input) {
    const { ingestArticle } = await import("../write/article.js");
    return ingestArticle(db, input, { extractor });
  },
  async exportGraph(db, format, filter) {
    const { exportGraphBody } = await import("../export/index.js");
    return exportGraphBody(db, format, filter);
  },
  extractor: () => Promise.resolve(extractor),
});

/**
 * The HTTP API and the explorer on one Fastify instance; not listening yet.
 *
 * @example
 * const app = await buildServer({ db: new Database() });
 * await app.listen({ host: app.apiConfig.host, port: app.apiConfig.port });
 */
export async function buildServer(opts: BuildServerOptions): Promise<FastifyInstance> {
  const config = apiConfig(process.env, opts.config);
  const pool = new ExtractPool();
  const services = { ...defaultServices(pool), ...opts.services };
  const ctx: RouteContext = { db: opts.db, config, services };
  const app = Fastify({
    logger: opts.logger ? { level: "info" } : false,
    bodyLimit: config.bodyLimit,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
  });
  app.decorate("apiConfig", config);
  app.addHook("onClose", () => pool.close());
  app.setErrorHandler(errorHandler(config.bodyLimit));
  registerBodyParsers(app);
  app.addHook("onRoute", (route) => {
    if (route.method !== "GET" && route.method !== "HEAD" && route.config?.write === true) {
      route.preHandler = [requireToken(config.apiToken)];
    }
  });
  for (const mod of ROUTES) await mod.register(app, ctx);
  await registerStatic(app, config);
  return app;
}

declare module "fastify" {
  interface FastifyInstance {
    apiConfig: ApiConfig;
  }
  interface FastifySchema {
    /** OpenAPI summary and tags; `hide` keeps a route out of /api/openapi.json. */
    summary?: string;
    tags?: string[];
    hide?: boolean;
  }
  interface FastifyContextConfig {
    /** Routes that change the graph: they require KG_API_TOKEN when it is set. */
    write?: boolean;
  }
}

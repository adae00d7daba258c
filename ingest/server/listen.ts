import type { FastifyInstance } from "fastify";
import type { Database } from "../db/driver.js";
import { buildServer } from "./app.js";
import type { ApiConfig } from "./options.js";

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** Builds the server and listens; `url` is what a person should open (never 0.0.0.0). */
export async function startServer(
  db: Database,
  config: Partial<ApiConfig> = {},
  logger = false,
): Promise<RunningServer> {
  const app = await buildServer({ db, config, logger });
  const { host, port } = app.apiConfig;
  await app.listen({ host, port });
  const address = app.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const shown = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  return { app, url: `http://${shown}:${actualPort}/`, close: () => app.close() };
}

/** Resolves on the first Ctrl-C or SIGTERM. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals): void => {
      process.off("SIGINT", on);
      process.off("SIGTERM", on);
      resolve(signal);
    };
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
  });
}

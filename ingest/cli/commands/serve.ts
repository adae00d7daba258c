import { Database } from "../../db/driver.js";
import { parseCommand, printUsage } from "../args.js";
import { InputError } from "../../errors.js";
import { startServer, untilSignal } from "../../server/listen.js";
import { apiConfig } from "../../server/options.js";

const USAGE = `Usage: kg serve [--host <address>] [--port <port>] [--quiet]

Serves the HTTP API (/api, OpenAPI at /api/openapi.json) and the built explorer (graph-ui/dist) on one port.

  --host   address to bind (default HOST or 127.0.0.1; 0.0.0.0 exposes it to the network)
  --port   port (default PORT or 8080; 0 picks a free one)
  --quiet  no request log

Environment: NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, KG_API_TOKEN (Bearer token required for writes),
CYPHER_TIMEOUT_MS (read-only Cypher time limit, default 10000).`;

export async function run(args: string[]): Promise<number> {
  const { values, help } = parseCommand(
    "kg serve",
    args,
    { host: { type: "string" }, port: { type: "string" }, quiet: { type: "boolean", default: false } },
    USAGE,
    { positionals: false },
  );
  if (help) return printUsage(USAGE);
  if (values.host !== undefined && values.host.trim() === "")
    throw new InputError("kg serve: --host is empty");
  const anyPort = values.port === "0";
  const overrides = apiConfig({
    ...process.env,
    ...(values.host ? { HOST: values.host } : {}),
    ...(values.port && !anyPort ? { PORT: values.port } : {}),
  });
  if (anyPort) overrides.port = 0;

  const db = new Database();
  try {
    await db.verify();
  } catch (err) {
    // Still serve: the explorer shows the database state from /api/health.
    console.error(`kg serve: warning: ${err instanceof Error ? err.message : String(err)}`);
  }
  const server = await startServer(db, overrides, !values.quiet);
  console.log(`Rawabit API and explorer: ${server.url}`);
  if (overrides.apiToken) console.log("Writes require Authorization: Bearer <KG_API_TOKEN>.");
  const signal = await untilSignal();
  console.log(`kg serve: ${signal}, stopping`);
  await server.close();
  await db.close();
  return 0;
}

import { neo4jConfig, type Neo4jConfig } from "../../config.js";
import { parseCommand } from "../args.js";
import { InputError } from "../../errors.js";
import { Database } from "../../db/driver.js";
import {
  ensureLocalNeo4j,
  localNeo4jStatus,
  stopLocalNeo4j,
  type LocalNeo4jOptions,
} from "../../db/local.js";
import { migrate } from "../../db/migrate.js";
import { warmUpWrites } from "../../write/warm-up.js";

const USAGE = `Usage: kg db <start|stop|status|migrate> [--port <bolt port>] [--data-dir <dir>]

  start    start the local Neo4j (or reuse the running one) and print its URI
  stop     stop the local Neo4j started by \`kg db start\` (clean shutdown by pid)
  status   running/stopped, pid, URI and resident memory
  migrate  apply cypher/schema.cypher (idempotent), give older place entities coordinates,
           move evidence lists to Evidence nodes and split persons keyed by an older chain key

  --port      Bolt port of the local instance (default NEO4J_BOLT_PORT or 7687)
  --data-dir  its store, logs and pid file (default .data/neo4j, or .data/neo4j-<port>);
              e.g. stop a test instance left behind: kg db stop --port 7688 --data-dir .data/neo4j-test-7688

With NEO4J_URI set, nothing local is started: start/status check that server instead.`;

type Where = Pick<LocalNeo4jOptions, "port" | "dataDir">;
type Action = (cfg: Neo4jConfig, where: Where) => Promise<number>;

const ACTIONS: Record<string, Action> = {
  async start(cfg, where) {
    if (!cfg.local) {
      await withDb(cfg, (db) => db.verify());
      console.log(`Neo4j reachable at ${cfg.uri} (NEO4J_URI; nothing started locally)`);
      return 0;
    }
    const started = Date.now();
    const { uri, pid, startedByUs } = await ensureLocalNeo4j(where);
    // A fresh server plans the ingest statements now, not while the first article waits.
    if (startedByUs) {
      await withDb({ ...cfg, uri }, async (db) => {
        await migrate(db);
        await warmUpWrites(db);
      });
    }
    const took = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      startedByUs ? `Neo4j started (pid ${pid}) in ${took} s` : `Neo4j already running (pid ${pid})`,
    );
    console.log(uri);
    return 0;
  },
  async stop(cfg, where) {
    if (!cfg.local) {
      console.log(`NEO4J_URI is set (${cfg.uri}): that server is not managed by kg; nothing to stop`);
      return 0;
    }
    const { wasRunning, pid } = await stopLocalNeo4j(where);
    console.log(wasRunning ? `Neo4j stopped (pid ${pid})` : "Neo4j was not running");
    return 0;
  },
  async status(cfg, where) {
    if (!cfg.local) {
      await withDb(cfg, (db) => db.verify());
      console.log(`remote: ${cfg.uri} is reachable (NEO4J_URI)`);
      return 0;
    }
    const s = localNeo4jStatus(where);
    if (!s.running) {
      console.log(`stopped  ${s.uri}  data ${s.dataDir}`);
      return 3;
    }
    const rss = s.rssMb === null ? "unknown" : `${s.rssMb} MiB`;
    console.log(`running  pid ${s.pid}  ${s.uri}  RSS ${rss}  data ${s.dataDir}  log ${s.logFile}`);
    return 0;
  },
  async migrate(cfg) {
    const { applied, located, evidence, persons, coMentions, degrees } = await withDb(cfg, (db) =>
      migrate(db),
    );
    console.log(`schema applied to ${cfg.uri}: ${applied} statements (idempotent)`);
    if (located > 0) console.log(`coordinates added to ${located} place entities`);
    console.log(
      evidence.relationships > 0
        ? `evidence moved to Evidence nodes: ${evidence.relationships} relationships, ${evidence.records} records`
        : "evidence: already one Evidence node per relationship and article",
    );
    if (persons.entities > 0)
      console.log(
        `name chains keyed again: ${persons.entities} persons, ${persons.articles} articles extracted again`,
      );
    if (coMentions > 0)
      console.log(`co-mentions stored for ${coMentions} articles written before they were kept`);
    if (degrees > 0) console.log(`degree stored on ${degrees} entities from before it was kept`);
    return 0;
  },
};

async function withDb<T>(cfg: Neo4jConfig, work: (db: Database) => Promise<T>): Promise<T> {
  const db = new Database(cfg);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

function parse(args: string[]): { action: string | undefined; help: boolean; where: Where } {
  const { positionals, values, help } = parseCommand(
    "kg db",
    args,
    { port: { type: "string" }, "data-dir": { type: "string" } },
    USAGE,
  );
  if (positionals.length > 1)
    throw new InputError(`kg db: one action expected, got "${positionals.join(" ")}"`);
  const where: Where = {};
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new InputError(`kg db: --port must be a port number 1-65535 (got "${values.port}")`);
    }
    where.port = port;
  }
  if (values["data-dir"] !== undefined) where.dataDir = values["data-dir"];
  return { action: positionals[0], help, where };
}

export async function run(args: string[]): Promise<number> {
  const { action, help, where } = parse(args);
  if (action === undefined || help) {
    console.log(USAGE);
    return help ? 0 : 2;
  }
  const handler = ACTIONS[action];
  if (!handler) throw new InputError(`kg db: unknown action "${action}"\n\n${USAGE}`);
  const cfg = neo4jConfig();
  // --port points every action, migrate included, at that local instance.
  const local =
    cfg.local && where.port !== undefined ? { ...cfg, uri: `bolt://127.0.0.1:${where.port}` } : cfg;
  return handler(local, where);
}

/**
 * `npm start`: one command from a fresh checkout to the explorer in the browser. Starts the local
 * Neo4j unless NEO4J_URI is set, applies the schema, ingests the bundled sample (a no-op when it is
 * already there), builds the UI when it is missing or stale, then serves API and UI on one port.
 * Ctrl-C stops the server and the Neo4j this script started (never one it found running).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { neo4jConfig, ROOT_DIR } from "../ingest/config.js";
import { Database } from "../ingest/db/driver.js";
import { ensureLocalNeo4j, stopLocalNeo4j } from "../ingest/db/local.js";
import { migrate } from "../ingest/db/migrate.js";
import { startServer, untilSignal } from "../ingest/server/listen.js";
import { apiConfig } from "../ingest/server/options.js";

const SAMPLE = path.join(ROOT_DIR, "samples", "seed-article.txt");
const UI_SRC = path.join(ROOT_DIR, "graph-ui", "src");
const UI_INDEX = path.join(ROOT_DIR, "graph-ui", "dist", "index.html");

const step = (msg: string): void => console.log(`▸ ${msg}`);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The UI needs a build when dist is missing or any source (or index.html) is newer than it. */
export function uiNeedsBuild(): boolean {
  if (!existsSync(UI_INDEX)) return true;
  const built = statSync(UI_INDEX).mtimeMs;
  const sources = [newestMtime(UI_SRC), statSync(path.join(ROOT_DIR, "graph-ui", "index.html")).mtimeMs];
  return sources.some((t) => t > built);
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT_DIR, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });
}

async function ingestSample(db: Database): Promise<void> {
  const text = readFileSync(SAMPLE, "utf8");
  const title = text
    .split("\n")
    .find((l) => l.trim() !== "")
    ?.trim();
  try {
    const { ingestArticle } = await import("../ingest/write/article.js");
    const report = await ingestArticle(db, { text, ...(title ? { title } : {}) });
    step(`sample article ${report.status} (${report.entities} entities, ${report.relations} relationships)`);
  } catch (err) {
    console.error(
      `  warning: the sample article was not ingested: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

async function main(): Promise<number> {
  const cfg = neo4jConfig();
  const config = apiConfig();
  // Listening from the start: Ctrl-C during startup still ends in the clean shutdown below.
  const stopped = untilSignal();
  let stopDb = async (): Promise<void> => undefined;
  if (cfg.local) {
    step(`starting the local Neo4j on ${cfg.uri} (first start takes a while)…`);
    const local = await ensureLocalNeo4j();
    step(
      local.startedByUs
        ? `Neo4j started (pid ${local.pid})`
        : `Neo4j already running (pid ${local.pid}); it will be left running`,
    );
    if (local.startedByUs) {
      stopDb = async () => {
        step("stopping Neo4j…");
        await stopLocalNeo4j();
      };
    }
  } else {
    step(`using Neo4j at ${cfg.uri} (NEO4J_URI)`);
  }
  const db = new Database(cfg);
  try {
    const { applied } = await migrate(db);
    step(`schema applied (${applied} statements)`);
    await ingestSample(db);
    // An unchanged sample wrote nothing: the server plans the write statements now instead of
    // while the user's first article waits.
    const { warmUpWrites } = await import("../ingest/write/warm-up.js");
    await warmUpWrites(db).catch(() => undefined);
    if (uiNeedsBuild()) {
      step("building the explorer UI (npm run build:ui)…");
      const code = await run("npm", ["run", "build:ui"]);
      if (code !== 0)
        console.error("  warning: the UI build failed; the API is served, / explains how to build it");
    } else {
      step("explorer UI is up to date");
    }
    const server = await startServer(db, config);
    console.log(
      `\n  Rawabit (روابط) is running:  ${server.url}\n  API: ${server.url}api/health · ${server.url}api/openapi.json\n  Press Ctrl-C to stop.\n`,
    );
    const signal = await stopped;
    step(`${signal}: stopping the server…`);
    await server.close();
    return 0;
  } finally {
    await db.close();
    await stopDb();
  }
}

process.exitCode = await main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  return 1;
});

import path from "node:path";
import type { TestProject } from "vitest/node";
import { neo4jConfig, ROOT_DIR, type Neo4jConfig } from "../../ingest/config.js";
import { ensureLocalNeo4j, stopLocalNeo4j } from "../../ingest/db/local.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConfig;
  }
}

export const DEFAULT_TEST_BOLT_PORT = 7688;

/**
 * The test database: NEO4J_TEST_URI, or a separate local instance on NEO4J_TEST_BOLT_PORT.
 * NEO4J_URI is deliberately ignored: tests wipe their database.
 */
export function testNeo4jConfig(env: Record<string, string | undefined> = process.env): Neo4jConfig {
  return neo4jConfig({
    NEO4J_URI: env.NEO4J_TEST_URI,
    NEO4J_BOLT_PORT: env.NEO4J_TEST_BOLT_PORT || String(DEFAULT_TEST_BOLT_PORT),
    NEO4J_USER: env.NEO4J_TEST_USER ?? env.NEO4J_USER,
    NEO4J_PASSWORD: env.NEO4J_TEST_PASSWORD ?? env.NEO4J_PASSWORD,
    NEO4J_DATABASE: env.NEO4J_TEST_DATABASE ?? env.NEO4J_DATABASE,
  });
}

/**
 * Vitest global setup for the integration and e2e projects. Starts (or reuses) the test Neo4j,
 * hands its config to the tests through `inject("neo4j")` and to child processes (e.g. `kg serve`)
 * through NEO4J_* variables, and stops it afterwards only if it started it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cfg = testNeo4jConfig();
  let stop = async (): Promise<void> => undefined;
  if (cfg.local) {
    const port = Number(new URL(cfg.uri).port);
    const dataDir = path.join(ROOT_DIR, ".data", `neo4j-test-${port}`);
    const started = await ensureLocalNeo4j({
      port,
      dataDir,
      password: cfg.password,
      memory: { heapMb: 512, pageCacheMb: 128 },
    });
    if (started.startedByUs) {
      stop = async () => {
        await stopLocalNeo4j({ port, dataDir });
      };
    }
  }
  project.provide("neo4j", cfg);
  Object.assign(process.env, {
    NEO4J_URI: cfg.uri,
    NEO4J_USER: cfg.user,
    NEO4J_PASSWORD: cfg.password,
    NEO4J_DATABASE: cfg.database,
  });
  return stop;
}

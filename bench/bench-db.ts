/**
 * The bench Neo4j that the database benchmarks share: bolt port `BENCH_BOLT_PORT` (default 7692) and
 * data directory `BENCH_DATA_DIR` (default `.data/neo4j-bench`), never the user's database.
 */
import path from "node:path";
import { neo4jConfig, ROOT_DIR } from "../ingest/config.js";
import { Database } from "../ingest/db/driver.js";

export function benchPort(fallback = 7692): number {
  return Number(process.env.BENCH_BOLT_PORT ?? fallback);
}

export function benchDataDir(): string {
  return path.resolve(process.env.BENCH_DATA_DIR ?? path.join(ROOT_DIR, ".data", "neo4j-bench"));
}

/** A driver for the local Neo4j on `port` (credentials and database from the environment). */
export function benchDatabase(port: number): Database {
  return new Database(neo4jConfig({ ...process.env, NEO4J_URI: "", NEO4J_BOLT_PORT: String(port) }));
}

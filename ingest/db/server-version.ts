import { ConfigError } from "../errors.js";

/**
 * The oldest Neo4j Rawabit's Cypher runs on: the writer creates labels and relationship types from
 * parameters (`CREATE (s)-[:$(row.type)]->(t)`, 5.26) and uses `OPTIONAL CALL` (5.24). From 2025
 * on Neo4j versions are calendar years (2025.01, ...), all newer than 5.26.
 */
export const MIN_VERSION = "5.26";

/** Throws a ConfigError naming the server and the fix when `version` is older than MIN_VERSION. */
export function requireServerVersion(version: string, uri: string): void {
  const [major, minor] = version.split(".").map((x) => Number.parseInt(x, 10));
  const [minMajor, minMinor] = MIN_VERSION.split(".").map(Number) as [number, number];
  if (major === undefined || minor === undefined || Number.isNaN(major) || Number.isNaN(minor)) {
    throw new ConfigError(`database: Neo4j at ${uri} reports an unreadable version "${version}"`);
  }
  if (major > minMajor || (major === minMajor && minor >= minMinor)) return;
  throw new ConfigError(
    `database: Neo4j at ${uri} is version ${version}; Rawabit needs Neo4j ${MIN_VERSION} or later. ` +
      "Unset NEO4J_URI to use the bundled local database, run `docker compose up` (neo4j:5.26-community), " +
      "or upgrade the server.",
  );
}

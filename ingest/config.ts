import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "./errors.js";

/** Repository root (this file lives in `<root>/ingest`). */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const DEFAULT_PASSWORD = "rawabit-local";
export const DEFAULT_BOLT_PORT = 7687;

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when NEO4J_URI was not set: the local embedded Neo4j is ours to start. */
  local: boolean;
}

export interface ServerConfig {
  host: string;
  port: number;
  apiToken: string | null;
}

type Env = Record<string, string | undefined>;

function portFrom(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`config: ${name} must be a port number 1-65535 (got "${raw}")`);
  }
  return port;
}

export function neo4jConfig(env: Env = process.env): Neo4jConfig {
  const uri = env.NEO4J_URI?.trim();
  const local = uri === undefined || uri === "";
  const boltPort = portFrom(env, "NEO4J_BOLT_PORT", DEFAULT_BOLT_PORT);
  return {
    uri: local ? `bolt://127.0.0.1:${boltPort}` : uri,
    user: env.NEO4J_USER?.trim() || "neo4j",
    password: env.NEO4J_PASSWORD ?? DEFAULT_PASSWORD,
    database: env.NEO4J_DATABASE?.trim() || "neo4j",
    local,
  };
}

export function serverConfig(env: Env = process.env): ServerConfig {
  return {
    host: env.HOST?.trim() || "127.0.0.1",
    port: portFrom(env, "PORT", 8080),
    apiToken: env.KG_API_TOKEN?.trim() || null,
  };
}

import path from "node:path";
import { ROOT_DIR, serverConfig, type ServerConfig } from "../config.js";
import { ConfigError } from "../errors.js";

export interface ApiConfig extends ServerConfig {
  /** Time budget of POST /api/cypher and saved queries (CYPHER_TIMEOUT_MS). */
  cypherTimeoutMs: number;
  /** Rows read at most by POST /api/cypher before `truncated: true`. */
  cypherMaxRows: number;
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  /** The built explorer, served at `/`. */
  uiDir: string;
}

type Env = Record<string, string | undefined>;

export function apiConfig(env: Env = process.env, overrides: Partial<ApiConfig> = {}): ApiConfig {
  return {
    ...serverConfig(env),
    cypherTimeoutMs: positiveInt(env, "CYPHER_TIMEOUT_MS", 10_000),
    cypherMaxRows: 5_000,
    bodyLimit: 5 * 1024 * 1024,
    uiDir: path.join(ROOT_DIR, "graph-ui", "dist"),
    ...overrides,
  };
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new ConfigError(`config: ${name} must be a positive whole number of milliseconds (got "${raw}")`);
  }
  return n;
}

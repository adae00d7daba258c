import path from "node:path";
import { ROOT_DIR, serverConfig, type ServerConfig } from "../config.js";
import { ConfigError } from "../errors.js";
import { maxArticleBytes } from "../sources/validate.js";

export interface ApiConfig extends ServerConfig {
  /** Time budget of POST /api/cypher and saved queries (CYPHER_TIMEOUT_MS). */
  cypherTimeoutMs: number;
  /** Rows read at most by POST /api/cypher before `truncated: true` (CYPHER_MAX_ROWS). */
  cypherMaxRows: number;
  /** JSON bytes of rows and graph read at most by POST /api/cypher (CYPHER_MAX_BYTES). */
  cypherMaxBytes: number;
  /** Largest article text accepted by POST /api/articles, in UTF-8 bytes (KG_MAX_ARTICLE_BYTES). */
  maxArticleBytes: number;
  /** Largest request body accepted, in bytes: room for the largest article JSON-escaped. */
  bodyLimit: number;
  /** Time budget of the page fetch of POST /api/articles/url (KG_FETCH_TIMEOUT_MS). */
  fetchTimeoutMs: number;
  /** Largest page POST /api/articles/url reads, in bytes (KG_FETCH_MAX_BYTES). */
  fetchMaxBytes: number;
  /** POST /api/articles/url may fetch private, loopback and link-local addresses (KG_URL_ALLOW_PRIVATE=1). */
  fetchAllowPrivate: boolean;
  /** The built explorer, served at `/`. */
  uiDir: string;
}

type Env = Record<string, string | undefined>;

export function apiConfig(env: Env = process.env, overrides: Partial<ApiConfig> = {}): ApiConfig {
  return {
    ...serverConfig(env),
    cypherTimeoutMs: positiveInt(env, "CYPHER_TIMEOUT_MS", 10_000),
    cypherMaxRows: positiveInt(env, "CYPHER_MAX_ROWS", 5_000, "rows"),
    cypherMaxBytes: positiveInt(env, "CYPHER_MAX_BYTES", 16 * 1024 * 1024, "bytes"),
    maxArticleBytes: maxArticleBytes(env),
    bodyLimit: bodyLimitFor(maxArticleBytes(env)),
    fetchTimeoutMs: positiveInt(env, "KG_FETCH_TIMEOUT_MS", 15_000),
    fetchMaxBytes: positiveInt(env, "KG_FETCH_MAX_BYTES", 10 * 1024 * 1024, "bytes"),
    fetchAllowPrivate: flag(env, "KG_URL_ALLOW_PRIVATE"),
    uiDir: path.join(ROOT_DIR, "graph-ui", "dist"),
    ...overrides,
  };
}

function positiveInt(env: Env, name: string, fallback: number, unit = "milliseconds"): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new ConfigError(`config: ${name} must be a positive whole number of ${unit} (got "${raw}")`);
  }
  return n;
}

/** A yes/no variable: unset, empty, `0` or `false` is no; `1` or `true` is yes; anything else is refused. */
function flag(env: Env, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase() ?? "";
  if (raw === "" || raw === "0" || raw === "false") return false;
  if (raw === "1" || raw === "true") return true;
  throw new ConfigError(`config: ${name} must be 1 or 0 (got "${env[name]}")`);
}

/**
 * Twice the article (a JSON body may escape its text) plus room for the other fields: 5 MiB for the
 * default 2 MiB article, so an article just over its limit still gets the 413 that names it.
 */
function bodyLimitFor(articleBytes: number): number {
  return 2 * articleBytes + 1024 * 1024;
}

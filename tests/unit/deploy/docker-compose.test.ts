import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT_DIR } from "../../../ingest/config.js";

// docker-compose.yml cannot run here (no Docker engine); this checks what can be checked offline:
// the structure the README promises, and Compose's own validation when the CLI is installed.
const composePath = path.join(ROOT_DIR, "docker-compose.yml");
const compose: unknown = parse(readFileSync(composePath, "utf8"));

function at(value: unknown, ...keys: string[]): unknown {
  let cur = value;
  for (const key of keys) {
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

describe("docker-compose.yml", () => {
  it("runs the official Neo4j 5.26 community image with a cypher-shell healthcheck", () => {
    expect(at(compose, "services", "neo4j", "image")).toBe("neo4j:5.26-community");
    expect(JSON.stringify(at(compose, "services", "neo4j", "healthcheck", "test"))).toContain("cypher-shell");
    expect(at(compose, "services", "neo4j", "environment", "NEO4J_AUTH")).toMatch(/NEO4J_PASSWORD/);
  });

  it("builds the app from the Dockerfile and points it at the neo4j service once healthy", () => {
    expect(at(compose, "services", "app", "build")).toBeDefined();
    expect(at(compose, "services", "app", "environment", "NEO4J_URI")).toBe("bolt://neo4j:7687");
    expect(at(compose, "services", "app", "depends_on", "neo4j", "condition")).toBe("service_healthy");
    const ports = at(compose, "services", "app", "ports");
    expect(Array.isArray(ports) && ports.every((p) => String(p).startsWith("127.0.0.1:"))).toBe(true);
  });

  const cli = ["docker-compose", "docker"].find((bin) => spawnSync(bin, ["--version"]).status === 0);
  it.runIf(cli === "docker-compose")("passes `docker-compose config`", () => {
    const out = execFileSync("docker-compose", ["-f", composePath, "config", "-q"], { encoding: "utf8" });
    expect(out.trim()).toBe("");
  });
});

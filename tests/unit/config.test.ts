import { describe, expect, it } from "vitest";
import { DEFAULT_PASSWORD, neo4jConfig, serverConfig } from "../../ingest/config.js";
import { ConfigError } from "../../ingest/errors.js";

describe("neo4jConfig", () => {
  it.each([
    [
      "no variables: the local database with the documented defaults",
      {},
      {
        uri: "bolt://127.0.0.1:7687",
        user: "neo4j",
        password: DEFAULT_PASSWORD,
        database: "neo4j",
        local: true,
      },
    ],
    [
      "NEO4J_BOLT_PORT moves the local database",
      { NEO4J_BOLT_PORT: "7700" },
      { uri: "bolt://127.0.0.1:7700", local: true },
    ],
    [
      "NEO4J_URI names another server: nothing local",
      { NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_BOLT_PORT: "7700" },
      { uri: "neo4j+s://abc.databases.neo4j.io", local: false },
    ],
    ["a blank NEO4J_URI counts as unset", { NEO4J_URI: "  " }, { uri: "bolt://127.0.0.1:7687", local: true }],
    [
      "credentials and database from the environment",
      { NEO4J_USER: " reader ", NEO4J_PASSWORD: "s3cret-pass", NEO4J_DATABASE: "news" },
      { user: "reader", password: "s3cret-pass", database: "news" },
    ],
    [
      "blank user and database fall back",
      { NEO4J_USER: "", NEO4J_DATABASE: " " },
      { user: "neo4j", database: "neo4j" },
    ],
  ])("%s", (_label, env, expected) => {
    expect(neo4jConfig(env)).toMatchObject(expected);
  });

  it.each(["0", "65536", "abc", "7687.5", "-1"])("rejects NEO4J_BOLT_PORT=%s naming the variable", (port) => {
    expect(() => neo4jConfig({ NEO4J_BOLT_PORT: port })).toThrow(ConfigError);
    expect(() => neo4jConfig({ NEO4J_BOLT_PORT: port })).toThrow(/NEO4J_BOLT_PORT must be a port number/);
  });
});

describe("serverConfig", () => {
  it.each([
    ["defaults: loopback only, no token", {}, { host: "127.0.0.1", port: 8080, apiToken: null }],
    [
      "HOST, PORT and KG_API_TOKEN",
      { HOST: "0.0.0.0", PORT: "9000", KG_API_TOKEN: " t0k " },
      { host: "0.0.0.0", port: 9000, apiToken: "t0k" },
    ],
    ["blank token means none", { KG_API_TOKEN: "  " }, { apiToken: null }],
  ])("%s", (_label, env, expected) => {
    expect(serverConfig(env)).toMatchObject(expected);
  });

  it("rejects a bad PORT", () => {
    expect(() => serverConfig({ PORT: "http" })).toThrow(/PORT must be a port number/);
  });
});

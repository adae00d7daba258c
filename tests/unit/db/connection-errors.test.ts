import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { neo4jConfig } from "../../../ingest/config.js";
import { wrapDbError } from "../../../ingest/db/connection-errors.js";
import { DatabaseError } from "../../../ingest/errors.js";

const local = neo4jConfig({});
const remote = neo4jConfig({ NEO4J_URI: "neo4j+s://team.example:7687", NEO4J_DATABASE: "news" });
// Messages as the driver words them (neo4j-driver 5.28).
const refused = new Neo4jError(
  "Failed to connect to server. Please ensure that your database is listening on the correct host and port. Caused by: connect ECONNREFUSED 127.0.0.1:7687",
  "ServiceUnavailable",
  "",
  "",
);

describe("wrapDbError", () => {
  it.each([
    [
      "a refused local connection points at db:start",
      refused,
      local,
      "database: cannot reach Neo4j at bolt://127.0.0.1:7687 (connection refused). Start the local database with `npm run db:start`",
    ],
    [
      "a refused remote connection points at NEO4J_URI",
      refused,
      remote,
      "the server named by NEO4J_URI is running",
    ],
    [
      "wrong credentials name NEO4J_USER and NEO4J_PASSWORD",
      new Neo4jError("The client is unauthorized", "Neo.ClientError.Security.Unauthorized", "", ""),
      local,
      'rejected user "neo4j" (wrong user or password). Set NEO4J_USER and NEO4J_PASSWORD',
    ],
    [
      "a missing database names NEO4J_DATABASE",
      new Neo4jError("Database does not exist", "Neo.ClientError.Database.DatabaseNotFound", "", ""),
      remote,
      'has no database "news". Set NEO4J_DATABASE',
    ],
  ])("%s", (_label, err, cfg, message) => {
    const wrapped = wrapDbError(err, cfg);
    expect(wrapped).toBeInstanceOf(DatabaseError);
    expect((wrapped as DatabaseError).message).toContain(message);
    expect((wrapped as DatabaseError).cause).toBe(err);
  });

  it.each([
    ["a syntax error", new Neo4jError("Invalid input", "Neo.ClientError.Statement.SyntaxError", "", "")],
    ["a plain Error", new Error("boom")],
    ["a non-error value", "boom"],
  ])("returns %s unchanged", (_label, err) => {
    expect(wrapDbError(err, local)).toBe(err);
  });
});

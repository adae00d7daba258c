import type { FastifyInstance } from "fastify";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../ingest/db/driver.js";
import type { CypherResult } from "../../ingest/model.js";
import { resetDb, testDb } from "../support/db.js";
import { fixtureServer, graphCounts, ingestSample } from "./api-helpers.js";

let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await ingestSample(db);
  app = await fixtureServer(db, { cypherTimeoutMs: 1500 });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

function cypher(query: string, params?: Record<string, unknown>) {
  return app.inject({ method: "POST", url: "/api/cypher", payload: params ? { query, params } : { query } });
}

describe("POST /api/cypher", () => {
  it("answers a read as a table and as graph elements", async () => {
    const res = await cypher(
      "MATCH (a:Entity {id: $id})-[r:MET]-(b:Entity) RETURN a.name AS name, r, b LIMIT $n",
      { id: "person:joe-biden", n: 5 },
    );
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<CypherResult>();
    expect(r.columns).toEqual(["name", "r", "b"]);
    expect(r.rows[0]?.name).toBe("جو بايدن");
    expect(r.truncated).toBe(false);
    // `a` was not returned, but the relationship's ends are fetched so the edge can be drawn.
    expect(r.graph.nodes.map((n) => n.id).sort()).toEqual(["person:joe-biden", "person:mustafa-al-kadhimi"]);
    expect(r.graph.edges[0]).toMatchObject({
      type: "MET",
      id: "person:joe-biden|MET|person:mustafa-al-kadhimi",
    });
  });

  it("finds graph elements inside paths, lists and maps", async () => {
    const res = await cypher(
      "MATCH p = (:Entity {id: 'person:hassan-nadhem'})-[*1..2]-(:Entity {id: 'org:isis'}) RETURN {path: p} AS m, [1] AS xs",
    );
    const r = res.json<CypherResult>();
    expect(r.graph.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(["person:hassan-nadhem", "country:iraq", "org:isis"]),
    );
    expect(r.graph.edges).toHaveLength(2);
  });

  it.each([
    ["CREATE", "CREATE (n:Entity {id: 'x'}) RETURN n"],
    ["MERGE", "MERGE (n:Entity {id: 'person:joe-biden'}) SET n.name = 'hacked' RETURN n"],
    ["DELETE", "MATCH (n:Entity) DETACH DELETE n"],
    ["SET", "MATCH (n:Entity) SET n.name = 'x' RETURN count(n)"],
    ["REMOVE", "MATCH (n:Entity) REMOVE n:Person RETURN count(n)"],
    ["FOREACH", "MATCH (n:Entity) WITH collect(n) AS ns FOREACH (x IN ns | SET x.name = 'x')"],
    ["dbms procedure", "CALL dbms.security.createUser('eve', 'secret123', false)"],
    ["dbms listing", "CALL dbms.components()"],
    ["db.createLabel", "CALL db.createLabel('Evil')"],
    ["apoc", "RETURN apoc.version()"],
    ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ["write in a subquery", "MATCH (n:Entity) CALL (n) { CREATE (:Evil {from: n.id}) } RETURN count(*)"],
    ["write in old-style subquery", "CALL { CREATE (x:Evil) RETURN x } RETURN x"],
    ["IN TRANSACTIONS", "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS"],
    ["schema command", "CREATE INDEX evil IF NOT EXISTS FOR (n:Evil) ON (n.x)"],
    ["admin command", "CREATE USER eve SET PASSWORD 'secret123'"],
    ["hidden after a comment", "MATCH (n) RETURN n // harmless\nUNION MATCH (n) DETACH DELETE n RETURN n"],
  ])("refuses %s with 403 and leaves the graph unchanged", async (_name, query) => {
    const before = await graphCounts(db);
    const res = await cypher(query);
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json<{ error: string }>().error).toBe("forbidden_query");
    expect(await graphCounts(db)).toEqual(before);
    const [biden] = await db.read<{ name: string }>(
      "MATCH (e:Entity {id: 'person:joe-biden'}) RETURN e.name AS name",
    );
    expect(biden?.name).toBe("جو بايدن");
  });

  it("relies on a READ session as the last line: the server itself refuses a write there", async () => {
    // What runReadOnly would do if the text and plan checks ever missed a write.
    const session = db.driver.session({
      database: db.config.database,
      defaultAccessMode: neo4j.session.READ,
    });
    const before = await graphCounts(db);
    try {
      const tx = await session.beginTransaction({ timeout: 1500 });
      await expect(tx.run("CREATE (:Evil) RETURN 1")).rejects.toThrow(/read|access mode/i);
    } finally {
      await session.close();
    }
    expect(await graphCounts(db)).toEqual(before);
  });

  it("keeps strings that merely mention write keywords readable", async () => {
    const res = await cypher("RETURN 'CREATE (n) // LOAD CSV' AS text, \"apoc.do\" AS other");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<CypherResult>().rows[0]?.text).toBe("CREATE (n) // LOAD CSV");
  });

  it("stops a long query at the configured timeout with 408", async () => {
    const started = Date.now();
    const res = await cypher("UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n");
    expect(res.statusCode, res.body).toBe(408);
    expect(res.json<{ error: string }>().error).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
  });

  it("stops a cartesian product at the timeout", async () => {
    const res = await cypher(
      "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b UNWIND range(1, 3000) AS c WITH a WHERE a + b + c < 0 RETURN count(*)",
    );
    expect(res.statusCode, res.body).toBe(408);
  });

  it("caps the rows at 5,000 and says it truncated", async () => {
    const res = await cypher("UNWIND range(1, 10000) AS x RETURN x");
    const r = res.json<CypherResult>();
    expect(r.rows).toHaveLength(5000);
    expect(r.truncated).toBe(true);
    expect(r.rows[4999]?.x).toBe(5000);
  });

  it.each([
    ["syntax error", { query: "MATCH (n RETURN n" }, 400, "bad_query"],
    ["empty query", { query: "" }, 400, "bad_input"],
    ["missing query", { params: {} }, 400, "bad_input"],
    ["params not an object", { query: "RETURN 1", params: [1] }, 400, "bad_input"],
    ["missing parameter", { query: "RETURN $nope AS x" }, 400, "bad_query"],
  ])("%s → %i", async (_name, payload, status, error) => {
    const res = await app.inject({ method: "POST", url: "/api/cypher", payload });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json<{ error: string }>().error).toBe(error);
  });
});

import net from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { isDeadlock } from "../../ingest/db/deadlock.js";
import { Database, rowsOf } from "../../ingest/db/driver.js";
import { loadCypher } from "../../ingest/db/cypher-files.js";
import { migrate } from "../../ingest/db/migrate.js";
import { requireServerVersion } from "../../ingest/db/server-version.js";
import { DatabaseError } from "../../ingest/errors.js";
import { useFreshDb } from "../support/db.js";

const db = useFreshDb();

describe("schema migration", () => {
  it("applies cypher/schema.cypher twice without error and creates the indexes", async () => {
    const first = await migrate(db);
    const second = await migrate(db);
    expect(second.applied).toBe(first.applied);
    const indexes = await db.read<{ name: string; type: string; state: string }>(
      "SHOW INDEXES YIELD name, type, state WHERE name IN $names RETURN name, type, state ORDER BY name",
      { names: ["article_id", "entity_id", "entity_names"] },
    );
    expect(indexes).toEqual([
      { name: "article_id", type: "RANGE", state: "ONLINE" },
      { name: "entity_id", type: "RANGE", state: "ONLINE" },
      { name: "entity_names", type: "FULLTEXT", state: "ONLINE" },
    ]);
  });
});

describe("server version", () => {
  it("reads the version of the real server, which Rawabit accepts", async () => {
    const [server] = await db.read<{ version: string; edition: string }>(loadCypher("server-version"));
    expect(server?.version).toMatch(/^5\.26\.\d+$/);
    expect(() => requireServerVersion(server?.version ?? "", db.config.uri)).not.toThrow();
  });
});

describe("schema upgrade", () => {
  it("replaces the old plain article_url index with the one-article-per-URL constraint", async () => {
    await migrate(db);
    // The schema as it was before the constraint.
    await db.write("DROP CONSTRAINT article_url_unique IF EXISTS");
    await db.write("CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url)");
    await migrate(db);
    const names = await db.read<{ name: string; owner: string | null }>(
      "SHOW INDEXES YIELD name, owningConstraint WHERE name STARTS WITH 'article_url' RETURN name, owningConstraint AS owner",
    );
    expect(names).toEqual([{ name: "article_url_unique", owner: "article_url_unique" }]);
  });
});

describe("write and read back", () => {
  const entities = [
    {
      id: "e-us",
      name: "الولايات المتحدة",
      nameEn: "United States",
      aliases: ["أمريكا", "أميركا"],
      mentions: 3,
    },
    { id: "e-gaza", name: "غزة", nameEn: "Gaza", aliases: [], mentions: 5 },
  ];

  beforeAll(async () => {
    await db.write(
      `UNWIND $rows AS row
       MERGE (e:Entity {id: row.id})
       SET e.name = row.name, e.nameEn = row.nameEn, e.aliases = row.aliases, e.searchKeys = row.aliases,
           e.mentions = row.mentions`,
      { rows: entities },
    );
    await db.write(
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       MERGE (a)-[r:RELATED_TO {type: $type}]->(b)
       SET r.confidence = $confidence, r.seenAt = datetime($seenAt), r.count = 2`,
      {
        from: "e-us",
        to: "e-gaza",
        type: "MENTIONED_WITH",
        confidence: 0.75,
        seenAt: "2024-03-01T10:00:00Z",
      },
    );
  });

  it("reads nodes back with their properties as plain values", async () => {
    const rows = await db.read<{ id: string; name: string; aliases: string[]; mentions: number }>(
      "MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.mentions AS mentions ORDER BY id",
    );
    expect(rows).toEqual([
      { id: "e-gaza", name: "غزة", aliases: [], mentions: 5 },
      { id: "e-us", name: "الولايات المتحدة", aliases: ["أمريكا", "أميركا"], mentions: 3 },
    ]);
  });

  it("returns whole nodes and relationships as plain objects", async () => {
    const [row] = await db.read("MATCH (a:Entity {id: 'e-us'})-[r]->(b) RETURN a, r, b");
    expect(row?.a).toMatchObject({ labels: ["Entity"], properties: { id: "e-us", nameEn: "United States" } });
    expect(row?.r).toMatchObject({
      type: "RELATED_TO",
      properties: { type: "MENTIONED_WITH", confidence: 0.75, count: 2, seenAt: "2024-03-01T10:00:00Z" },
    });
    const a = row?.a as { elementId: string };
    const r = row?.r as { startNodeElementId: string; endNodeElementId: string };
    expect(r.startNodeElementId).toBe(a.elementId);
    expect(r.endNodeElementId).toBe((row?.b as { elementId: string }).elementId);
  });

  it("finds an entity through the full-text index by an alias", async () => {
    const hits = await db.read<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id",
      { q: "أميركا" },
    );
    expect(hits).toEqual([{ id: "e-us" }]);
  });

  it.each([
    ["a small integer", "RETURN 42 AS v", 42],
    ["a count", "MATCH (e:Entity) RETURN count(e) AS v", 2],
    ["an integer beyond 2^53 (as a string)", "RETURN 9007199254740993 AS v", "9007199254740993"],
    ["integers inside lists and maps", "RETURN {n: [1, 2], m: {k: 3}} AS v", { n: [1, 2], m: { k: 3 } }],
    ["a float stays a float", "RETURN 1.5 AS v", 1.5],
    ["a date as ISO text", "RETURN date('2024-02-29') AS v", "2024-02-29"],
  ])("converts %s", async (_label, cypher, expected) => {
    const [row] = await db.read<{ v: unknown }>(cypher);
    expect(row?.v).toEqual(expected);
  });

  it("stops reading at maxRows", async () => {
    const rows = await db.read("UNWIND range(1, 100) AS i RETURN i", {}, { maxRows: 3 });
    expect(rows).toEqual([{ i: 1 }, { i: 2 }, { i: 3 }]);
  });

  it("aborts a read that exceeds timeoutMs on the server", async () => {
    const slow = db.read(
      "UNWIND range(1, 1000000000) AS i WITH i WHERE i < 0 RETURN count(*) AS n",
      {},
      { timeoutMs: 200 },
    );
    await expect(slow).rejects.toMatchObject({ code: expect.stringMatching(/TransactionTimedOut/) });
  });

  it("runs several statements in one managed write transaction", async () => {
    const created = await db.writeTransaction(async (tx) => {
      await tx.run("CREATE (:Probe {id: $id})", { id: "p1" });
      const result = await tx.run("MATCH (p:Probe) RETURN count(p) AS n");
      return rowsOf<{ n: number }>(result)[0]?.n;
    });
    expect(created).toBe(1);
    await db.write("MATCH (p:Probe) DELETE p");
  });
});

describe("deadlocks", () => {
  it("two writers that lock two nodes in opposite order both commit: the deadlock's victim runs again", async () => {
    await db.write("MATCH (n:DeadlockProbe) DELETE n");
    await db.write("CREATE (:DeadlockProbe {id: 'a', n: 0}), (:DeadlockProbe {id: 'b', n: 0})");
    let bothHoldOne!: () => void;
    const held = new Promise<void>((resolve) => (bothHoldOne = resolve));
    let holding = 0;
    const runs = { ab: 0, ba: 0 };
    const seen: boolean[] = [];
    const writer = (first: string, second: string, key: "ab" | "ba"): Promise<void> =>
      db.writeTransaction(async (tx) => {
        runs[key] += 1;
        await tx.run("MATCH (n:DeadlockProbe {id: $id}) SET n.n = n.n + 1", { id: first });
        holding += 1;
        if (holding === 2) bothHoldOne();
        await held;
        try {
          await tx.run("MATCH (n:DeadlockProbe {id: $id}) SET n.n = n.n + 1", { id: second });
        } catch (err) {
          seen.push(isDeadlock(err));
          throw err;
        }
      });
    await Promise.all([writer("a", "b", "ab"), writer("b", "a", "ba")]);
    // One transaction was chosen as the victim and ran a second time; both landed exactly once.
    expect(runs.ab + runs.ba).toBe(3);
    // The server's error is the one ingest/db/deadlock.ts retries at once.
    expect(seen).toEqual([true]);
    const rows = await db.read<{ id: string; n: number }>(
      "MATCH (n:DeadlockProbe) RETURN n.id AS id, n.n AS n ORDER BY id",
    );
    expect(rows).toEqual([
      { id: "a", n: 2 },
      { id: "b", n: 2 },
    ]);
    await db.write("MATCH (n:DeadlockProbe) DELETE n");
  });
});

describe("connection errors", () => {
  it("names the URI and the fix when nothing listens on the port", async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const unreachable = new Database({ ...db.config, uri });
    try {
      const error = await unreachable.read("RETURN 1").catch((err: unknown) => err);
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as Error).message).toContain(`cannot reach Neo4j at ${uri} (connection refused)`);
      expect((error as Error).message).toContain("npm run db:start");
      expect((error as Error).message).toContain("NEO4J_URI");
    } finally {
      await unreachable.close();
    }
  });

  it("names NEO4J_USER and NEO4J_PASSWORD when the password is wrong", async () => {
    const wrong = new Database({ ...db.config, password: "not-the-password" });
    try {
      const error = await wrong.verify().catch((err: unknown) => err);
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as Error).message).toMatch(/rejected user .*NEO4J_USER and NEO4J_PASSWORD/);
    } finally {
      await wrong.close();
    }
  });
});

/** A port that was free a moment ago: bind to port 0, read the port, close it. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

import { afterAll, beforeAll, inject } from "vitest";
import { Database } from "../../ingest/db/driver.js";
import { migrate } from "../../ingest/db/migrate.js";

/** A Database on the test Neo4j provided by the global setup; close it in `afterAll`. */
export function testDb(): Database {
  return new Database(inject("neo4j"));
}

/**
 * Empties the test database and re-applies the schema. Deletes in batches so a large graph does
 * not need one huge transaction; `CALL { } IN TRANSACTIONS` is not allowed in managed transactions.
 */
export async function resetDb(db: Database): Promise<void> {
  for (;;) {
    const [row] = await db.write<{ deleted: number }>(
      "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted",
    );
    if (!row || row.deleted === 0) break;
  }
  await migrate(db);
}

/**
 * The hooks most integration files share: a Database on the test Neo4j, emptied and migrated
 * (resetDb) before the file's tests and closed after them. Call it before the file registers its
 * own hooks: vitest runs after-hooks in reverse (`sequence.hooks: "stack"`, its default), so the
 * servers a file closes in its afterAll close before this database does.
 */
export function useFreshDb(): Database {
  const db = testDb();
  beforeAll(() => resetDb(db));
  afterAll(() => db.close());
  return db;
}

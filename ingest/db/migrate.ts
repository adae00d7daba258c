import { loadCypher, splitStatements } from "./cypher-files.js";
import type { Database } from "./driver.js";

/**
 * Applies `cypher/schema.cypher`. Every statement uses `IF NOT EXISTS`, so running it again is a
 * no-op; `applied` counts the statements sent, not the ones that changed the schema.
 */
export async function migrate(db: Database): Promise<{ applied: number }> {
  const statements = splitStatements(loadCypher("schema"));
  // Schema commands cannot share a transaction with each other, so each runs on its own.
  for (const statement of statements) await db.write(statement);
  // Wait for new indexes (full-text included) so a query right after migrate can use them.
  await db.write("CALL db.awaitIndexes(300)");
  return { applied: statements.length };
}

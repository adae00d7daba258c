import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";

/** Entities given their degree per transaction. */
export const DEGREE_MIGRATION_BATCH = 2000;

/**
 * Stores `degree` on entities from before it was kept (cypher/write/migrate-degree.cypher), a
 * batch per transaction until none is left. Idempotent: on an up-to-date graph it is one read
 * that finds nothing (through the entity_degree index), and a stopped run carries on. Returns the
 * number of entities given a degree.
 */
export async function migrateDegree(db: Database, batch: number = DEGREE_MIGRATION_BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.write<{ entities: number }>(loadCypher("write/migrate-degree"), { batch });
    if (!row || row.entities === 0) return total;
    total += row.entities;
  }
}

import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";

/** Relationships upgraded per transaction: their lists become a few Evidence nodes each. */
export const EVIDENCE_MIGRATION_BATCH = 200;

export interface EvidenceMigration {
  /** Relationships upgraded from evidence lists to Evidence nodes. */
  relationships: number;
  /** Evidence nodes written for them (one per relationship and article). */
  records: number;
}

/**
 * Moves evidence stored the old way (lists on each relationship, grown by every article) to one
 * `:Evidence` node per (relationship, article) — cypher/write/migrate-evidence.cypher — in batches
 * until none is left. Idempotent: on an upgraded graph it is one read that finds nothing, and a
 * run stopped half-way carries on where it stopped.
 */
export async function migrateEvidence(
  db: Database,
  batch: number = EVIDENCE_MIGRATION_BATCH,
): Promise<EvidenceMigration> {
  const total: EvidenceMigration = { relationships: 0, records: 0 };
  for (;;) {
    const [row] = await db.write<EvidenceMigration>(loadCypher("write/migrate-evidence"), { batch });
    if (!row || row.relationships === 0) return total;
    total.relationships += row.relationships;
    total.records += row.records;
  }
}

import { loadCypher, splitStatements } from "./cypher-files.js";
import type { Database } from "./driver.js";
import { DatabaseError } from "../errors.js";
import { requireServerVersion } from "./server-version.js";
import { backfillCoordinates } from "../write/coordinates.js";
import { migrateCoMentions } from "../write/migrate-co-mentions.js";
import { migrateDegree } from "../write/migrate-degree.js";
import { migrateEvidence, type EvidenceMigration } from "../write/migrate-evidence.js";
import { rekeyChains, type ChainRekeying } from "../write/rekey-chains.js";

/**
 * Checks that the server is new enough for Rawabit's Cypher (./server-version.ts), then applies
 * `cypher/schema.cypher`. Every statement uses `IF NOT EXISTS`, so running it again is a
 * no-op; `applied` counts the statements sent, not the ones that changed the schema. Then gives
 * place entities from before coordinates their `lat`/`lon`/`qid` (`located` of them), and moves
 * evidence kept as lists on relationships to Evidence nodes (`evidence`: what was moved), and
 * splits persons whose name chains were keyed the old way (`persons`: write/rekey-chains.ts), and
 * stores the co-mentions of articles written before they were kept (`coMentions`: the articles
 * added, write/migrate-co-mentions.ts) and the degree of entities from before it was kept
 * (`degrees`: the entities given one, write/migrate-degree.ts).
 */
export async function migrate(db: Database): Promise<{
  applied: number;
  located: number;
  evidence: EvidenceMigration;
  persons: ChainRekeying;
  coMentions: number;
  degrees: number;
}> {
  const version = await serverVersion(db);
  if (version !== null) requireServerVersion(version, db.config.uri);
  const statements = splitStatements(loadCypher("schema"));
  // Schema commands cannot share a transaction with each other, so each runs on its own.
  for (const statement of statements) await db.write(statement);
  // Wait for new indexes (full-text included) so a query right after migrate can use them.
  await db.write("CALL db.awaitIndexes(300)");
  const located = await backfillCoordinates(db);
  const evidence = await migrateEvidence(db);
  // After the evidence: rewritten articles are written in the new shape next to the migrated ones.
  const persons = await rekeyChains(db);
  // After the re-keying, which rewrites articles (their pairs then come from the rewrite's flush).
  const coMentions = await migrateCoMentions(db);
  return {
    applied: statements.length,
    located,
    evidence,
    persons,
    coMentions,
    degrees: await migrateDegree(db),
  };
}

/** The server's version, or null when this user may not ask (the schema statements then decide). */
async function serverVersion(db: Database): Promise<string | null> {
  try {
    const [server] = await db.read<{ version: string }>(loadCypher("server-version"));
    return server?.version ?? null;
  } catch (err) {
    if (err instanceof DatabaseError) throw err;
    return null;
  }
}

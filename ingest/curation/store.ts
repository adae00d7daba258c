/**
 * Corrections in Neo4j: reading them (and the rules they make, cached per database until the
 * CurationState version moves) and the marks step every writer runs after it commits.
 */
import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";
import type { Correction } from "./kinds.js";
import { resolveId, rulesOf, type CurationRules, type RelationMark } from "./rules.js";

interface StoredRow extends Omit<Correction, "payload"> {
  payload: string;
}

export function correctionOf(row: StoredRow): Correction {
  return { ...row, payload: JSON.parse(row.payload) as Record<string, unknown> };
}

export async function rulesVersion(db: Database): Promise<number> {
  const [row] = await db.read<{ version: number }>(loadCypher("curation/state"));
  return row?.version ?? 0;
}

export async function allCorrections(db: Database): Promise<Correction[]> {
  return (await db.read<StoredRow>(loadCypher("curation/corrections"))).map(correctionOf);
}

const cache = new WeakMap<Database, CurationRules>();

/** The rules now in force: one small read when nothing changed since the last call. */
export async function curationRules(db: Database): Promise<CurationRules> {
  const version = await rulesVersion(db);
  const known = cache.get(db);
  if (known && known.version === version) return known;
  const rules = version === 0 ? rulesOf([], 0) : rulesOf(await allCorrections(db), version);
  cache.set(db, rules);
  return rules;
}

/**
 * Sets the reviewed / manual marks of the corrections touching `entityIds` (all of them when
 * null): a rewritten article may have re-created a confirmed relationship without its mark.
 */
export async function applyMarks(
  db: Database,
  rules: CurationRules,
  entityIds: readonly string[] | null,
): Promise<void> {
  const ids = entityIds === null ? null : new Set(entityIds);
  const pick = (marks: RelationMark[]): RelationMark[] =>
    marks
      .map((m) => ({
        ...m,
        source: resolveId(rules.aliases, m.source),
        target: resolveId(rules.aliases, m.target),
      }))
      .filter((m) => ids === null || ids.has(m.source) || ids.has(m.target));
  const confirmed = pick(rules.confirmed);
  const manual = pick(rules.manual);
  if (confirmed.length + manual.length === 0) return;
  await db.write(loadCypher("curation/marks"), { confirmed, manual });
}

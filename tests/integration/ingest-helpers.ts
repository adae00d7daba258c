import type { Database, ManagedTransaction } from "../../ingest/db/driver.js";
import { edgeProperties, type EvidenceRow } from "../../ingest/evidence.js";

/** Every node and relationship with all properties, in a stable order: two dumps are equal iff the graphs are. */
export interface GraphDump {
  nodes: { key: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { key: string; properties: Record<string, unknown> }[];
}

export async function dumpGraph(db: Database): Promise<GraphDump> {
  const nodes = await db.read<GraphDump["nodes"][number]>(
    // Co-mention pairs have no id: their own key orders them (cypher/write/co-mentions.cypher).
    `MATCH (n) RETURN n.id AS key, labels(n) AS labels, properties(n) AS properties ORDER BY key, n.key`,
  );
  const relationships = await db.read<GraphDump["relationships"][number]>(
    `MATCH (a)-[r]->(b)
     RETURN a.id + " -" + type(r) + "-> " + b.id + coalesce(" @" + toString(r.start), "") AS key, properties(r) AS properties
     ORDER BY key`,
  );
  for (const n of nodes) n.labels.sort();
  return { nodes, relationships };
}

export async function countOf(
  db: Database,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<number> {
  const [row] = await db.read<{ n: number }>(cypher, params);
  return row?.n ?? 0;
}

/**
 * The relationships a MATCH binds to `r`, with the properties the API shows (ingest/evidence.ts):
 * stored aggregates plus `articleIds` and the per-sentence lists gathered from their Evidence nodes.
 */
export async function edgesWithEvidence(
  db: Database,
  match: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const rows = await db.read<{ properties: Record<string, unknown>; evidence: EvidenceRow[] }>(
    `${match}
     RETURN properties(r) AS properties,
            COLLECT { MATCH (ev:Evidence {key: r.key}) RETURN ev {.*} ORDER BY ev.seq } AS evidence`,
    params,
  );
  return rows.map((r) => edgeProperties(r.properties, r.evidence, { lists: true, windowed: false }) ?? {});
}

/** A write transaction kept open: `ran` once `work` ran in it, committed when `release` is called. */
export function holdOpen(db: Database, work: (tx: ManagedTransaction) => Promise<unknown>) {
  let held = (): void => undefined;
  let release = (): void => undefined;
  const ran = new Promise<void>((resolve) => (held = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const done = db.writeTransaction(async (tx) => {
    await work(tx);
    held();
    await released;
  });
  return { ran, release, done };
}

/** Until another transaction waits for a lock: the one the test started has reached it. */
export async function untilBlocked(db: Database): Promise<void> {
  const blocked = "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n";
  while ((await countOf(db, blocked)) === 0) await new Promise((r) => setTimeout(r, 50));
}

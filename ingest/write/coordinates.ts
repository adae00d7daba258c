import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";
import { loadPlaceGazetteer, type PlaceGazetteer } from "../lexicon/places.js";

interface Missing {
  id: string;
  type: string;
  name: string | null;
}

export interface LocatedRow {
  id: string;
  qid: string | null;
  lat: number;
  lon: number;
}

/**
 * Rows for the place entities that lack coordinates: found by entity id, else by type and Arabic
 * name when exactly one gazetteer place has both (an entity stored under an older id).
 */
export function locate(missing: Missing[], places: Pick<PlaceGazetteer, "geo" | "byName">): LocatedRow[] {
  const rows: LocatedRow[] = [];
  for (const m of missing) {
    const id = places.geo.has(m.id) ? m.id : places.byName.get(`${m.type}\t${m.name ?? ""}`);
    const point = id ? places.geo.get(id) : undefined;
    if (point) rows.push({ id: m.id, qid: point.qid, lat: point.lat, lon: point.lon });
  }
  return rows;
}

/**
 * Gives place entities written before entities carried coordinates their `lat`, `lon` and `qid`
 * from the place gazetteer (data/places-gazetteer.tsv). Reads first and loads the gazetteer only
 * when some place lacks coordinates, so on an up-to-date graph this is one indexed read.
 * @returns how many entities got coordinates
 */
export async function backfillCoordinates(db: Database): Promise<number> {
  const missing = await db.read<Missing>(loadCypher("write/coordinates-missing"));
  if (missing.length === 0) return 0;
  const rows = locate(missing, loadPlaceGazetteer());
  if (rows.length === 0) return 0;
  const [result] = await db.write<{ located: number }>(loadCypher("write/coordinates"), { rows });
  return result?.located ?? 0;
}

import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";
import type { SavedQuery, SearchHit } from "../model.js";
import { int } from "./routes/shared.js";
import { escapeLucene, searchTerms, topHits, type RawHit } from "./search-query.js";

/** Parameters a saved query resolves to an entity: the `(e:Entity {id: $x})` of its resolution block. */
export function entityParams(query: Pick<SavedQuery, "cypher">): string[] {
  return [
    ...new Set([...query.cypher.matchAll(/:Entity\s*\{\s*id:\s*\$(\w+)\s*\}/gu)].map((m) => m[1] ?? "")),
  ];
}

/**
 * Every word as a fuzzy term (up to two edits) or a prefix, any of them matching: close spellings of
 * a name that the exact resolution missed. Null when the string has no words.
 *
 * @example fuzzyLuceneQuery("بايدنن") // "بايدنن~ OR بايدنن*"
 */
export function fuzzyLuceneQuery(q: string): string | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  return terms.map((t) => `${escapeLucene(t)}~ OR ${escapeLucene(t)}*`).join(" OR ");
}

export interface UnknownEntity {
  param: string;
  value: string;
  suggestions: SearchHit[];
}

/**
 * The first entity parameter whose value names no entity, with up to `limit` close matches; null
 * when every given entity exists (a query may rightly find nothing about a known entity).
 */
export async function unknownEntity(
  db: Database,
  query: Pick<SavedQuery, "cypher">,
  params: Record<string, unknown>,
  limit = 5,
): Promise<UnknownEntity | null> {
  for (const param of entityParams(query)) {
    const value = params[param];
    if (typeof value !== "string" || value.trim() === "") continue;
    const [row] = await db.read<{ found: boolean }>(loadCypher("api/entity-resolve"), { entity: value });
    if (row?.found) continue;
    const lucene = fuzzyLuceneQuery(value);
    const raw =
      lucene === null ? [] : await db.read<RawHit>(loadCypher("api/search"), { lucene, limit: int(50) });
    const suggestions = topHits(value, raw, limit);
    return { param, value, suggestions };
  }
  return null;
}

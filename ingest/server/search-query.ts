import type { SearchHit } from "../model.js";
import { normalizeForMatch } from "../text/normalize.js";

/** Lucene's query syntax characters; escaped even though tokenising already drops most of them. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** The matching form of a search string: Arabic normalised (ي/ى, alef forms, diacritics), lower-cased. */
export function searchKey(q: string): string {
  return normalizeForMatch(q).toLowerCase().replace(/\s+/g, " ").trim();
}

/** Words as the full-text analyser sees them: letters and digits, everything else separates. */
export function searchTerms(q: string): string[] {
  return searchKey(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== "");
}

/**
 * A Lucene query where every word must match, as a whole word or as a prefix, so "باي" finds
 * بايدن and "joe bid" finds Joe Biden. Returns null when the string has no words.
 *
 * @example luceneQuery("أميركا") // "(اميركا OR اميركا*)"
 */
export function luceneQuery(q: string): string | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  return terms.map((t) => `(${escapeLucene(t)} OR ${escapeLucene(t)}*)`).join(" AND ");
}

export interface RawHit {
  id: string;
  type: string;
  name: string;
  nameEn: string;
  aliases: string[];
  searchKeys: string[];
  mentionCount: number;
  score: number;
}

/**
 * Full-text scores reward rare words, not good answers; an exact name beats a prefix, which beats
 * a word inside a longer name. Ties go to the more mentioned entity.
 */
export function rankHits(q: string, hits: RawHit[]): RawHit[] {
  const key = searchKey(q);
  const boost = (h: RawHit): number => {
    const keys = [...h.searchKeys, searchKey(h.name), searchKey(h.nameEn), ...h.aliases.map(searchKey)];
    if (keys.includes(key)) return 100;
    if (keys.some((k) => k.startsWith(key))) return 50;
    if (keys.some((k) => k.split(" ").some((w) => w.startsWith(key)))) return 20;
    return 0;
  };
  const best = new Map<string, RawHit>();
  for (const h of hits) {
    const scored = { ...h, score: Math.round((boost(h) + h.score) * 1000) / 1000 };
    const previous = best.get(h.id);
    if (!previous || previous.score < scored.score) best.set(h.id, scored);
  }
  return [...best.values()].sort(
    (a, b) => b.score - a.score || b.mentionCount - a.mentionCount || a.id.localeCompare(b.id),
  );
}

/** The best `limit` hits for `q` as the API shows them (GET /api/search, entity_not_found suggestions). */
export function topHits(q: string, hits: RawHit[], limit: number): SearchHit[] {
  return rankHits(q, hits)
    .slice(0, limit)
    .map(({ id, type, name, nameEn, aliases, score }) => ({
      id,
      type,
      name,
      nameEn: nameEn ?? "",
      aliases,
      score,
    }));
}

/**
 * How a relationship's evidence is stored, and how readers turn it back into the properties the
 * API has always shown. A relationship keeps aggregates only (`count`, `articleCount`, `firstSeen`,
 * `lastSeen`, `confidence`, `key`, `seq`); each article that supports it has one `:Evidence` node
 * (cypher/write/article.cypher) holding that article's sentence ids, texts, spans and amounts.
 * Readers collect those nodes with the relationship (`evidence` in cypher/api/*.cypher) and call
 * edgeProperties, so the per-sentence lists (`sentenceIds`, `evidence`, ...) and `articleIds`
 * keep their shape for the explorer and the exports.
 */

/** One article's evidence for one relationship, as the readers' Cypher returns an Evidence node. */
export interface EvidenceRow {
  articleId: string;
  /** Arrival order on its relationship: readers list evidence by it. */
  seq?: number | null;
  publishedAt: string | null;
  sentenceIds: string[];
  /** Sentence texts, parallel to sentenceIds (left out when the reader did not ask for them). */
  evidence?: string[] | null;
  evidenceStart?: number[] | null;
  evidenceEnd?: number[] | null;
  /** Money per sentence (0 / "" where a sentence adds none); null when the article gave no amount. */
  amounts?: number[] | null;
  currencies?: string[] | null;
}

/** The per-sentence lists of an edge's properties, parallel to `sentenceIds`. */
export const EVIDENCE_LISTS = [
  "sentenceIds",
  "evidence",
  "evidenceStart",
  "evidenceEnd",
  "amounts",
  "currencies",
] as const;

/** Storage bookkeeping on the relationship that no reader shows. */
const INTERNAL = ["key", "seq"];

/** The key that ties a relationship to its Evidence nodes (and the API's edge id). */
export const relationKey = (source: string, type: string, target: string): string =>
  `${source}|${type}|${target}`;

const list = <T>(v: T[] | null | undefined): T[] => (Array.isArray(v) ? v : []);

/** Evidence in the order it arrived (the Cypher asks for that order too; this does not rely on it). */
const inOrder = (rows: readonly EvidenceRow[]): EvidenceRow[] =>
  [...rows].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));

/**
 * A relationship's properties for the API: the stored ones with `articleIds` (its evidence's
 * articles, in arrival order) and, when `lists`, the per-sentence lists concatenated across its
 * evidence. `windowed`: the evidence given is only a time window's, so `count`, `articleIds`,
 * `firstSeen` and `lastSeen` are counted from it; null when none is left, unless `keepEmpty` (the edge
 * panel keeps a relationship with nothing in the window, as the entity panel keeps its entity).
 *
 * @example edgeProperties({ count: 2, key, seq: 2 }, rows, { lists: false, windowed: false })
 * // { count: 2, articleIds: ["a:…", "a:…"] }
 */
export function edgeProperties(
  stored: Record<string, unknown>,
  found: readonly EvidenceRow[],
  opts: { lists: boolean; windowed: boolean; keepEmpty?: boolean },
): Record<string, unknown> | null {
  if (opts.windowed && found.length === 0 && opts.keepEmpty !== true) return null;
  const evidence = inOrder(found);
  const out: Record<string, unknown> = { ...stored };
  for (const key of INTERNAL) delete out[key];
  out.articleIds = [...new Set(evidence.map((e) => e.articleId))];
  if (opts.windowed) {
    const dates = evidence.flatMap((e) => (e.publishedAt ? [e.publishedAt] : [])).sort();
    out.count = evidence.reduce((n, e) => n + list(e.sentenceIds).length, 0);
    out.firstSeen = dates[0] ?? null;
    out.lastSeen = dates[dates.length - 1] ?? null;
  }
  if (opts.lists) Object.assign(out, evidenceLists(evidence));
  return out;
}

/**
 * The per-sentence lists of a relationship, parallel to `sentenceIds`. `amounts`/`currencies`
 * exist once any article gave an amount, padded with 0 / "" for the sentences of the others.
 */
export function evidenceLists(evidence: readonly EvidenceRow[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {
    sentenceIds: [],
    evidence: [],
    evidenceStart: [],
    evidenceEnd: [],
  };
  const priced = evidence.some((e) => Array.isArray(e.amounts));
  const amounts: number[] = [];
  const currencies: string[] = [];
  for (const e of inOrder(evidence)) {
    const ids = list(e.sentenceIds);
    out.sentenceIds?.push(...ids);
    ids.forEach((_, i) => {
      out.evidence?.push(list(e.evidence)[i] ?? "");
      out.evidenceStart?.push(list(e.evidenceStart)[i] ?? 0);
      out.evidenceEnd?.push(list(e.evidenceEnd)[i] ?? 0);
      amounts.push(list(e.amounts)[i] ?? 0);
      currencies.push(list(e.currencies)[i] ?? "");
    });
  }
  if (priced) Object.assign(out, { amounts, currencies });
  return out;
}

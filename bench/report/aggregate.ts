/**
 * Corpus-wide aggregates of extraction results, kept per entity (never per article) so a whole
 * corpus fits in memory, and the report built from them. Pure: report-corpus.ts does the IO.
 */
import { ENTITY_TYPES, type ExtractionResult } from "../../ingest/model.js";
import {
  identityKey,
  SUSPICION_KINDS,
  suspectedDuplicates,
  suspicions,
  type DuplicateKind,
  type NameKnowledge,
  type SuspicionKind,
} from "./names.js";

export interface EntityAggregate {
  id: string;
  type: string;
  /** The name of its first occurrence. */
  name: string;
  nameEn: string;
  articles: number;
  mentions: number;
}

export interface CorpusAggregate {
  articles: number;
  words: number;
  extractMs: number;
  /** CPU time of extract(): on a shared machine wall time also measures the neighbours. */
  extractCpuMs: number;
  badLines: number;
  badExamples: { line: number; error: string }[];
  entities: Map<string, EntityAggregate>;
  relations: Map<string, number>;
}

const BAD_EXAMPLES = 10;

export function newAggregate(): CorpusAggregate {
  return {
    articles: 0,
    words: 0,
    extractMs: 0,
    extractCpuMs: 0,
    badLines: 0,
    badExamples: [],
    entities: new Map(),
    relations: new Map(),
  };
}

/** Adds one article's extraction (an entity counts once per article however often it occurs). */
export function addArticle(
  agg: CorpusAggregate,
  r: ExtractionResult,
  cost: { words: number; ms: number; cpuMs: number },
): void {
  agg.articles++;
  agg.words += cost.words;
  agg.extractMs += cost.ms;
  agg.extractCpuMs += cost.cpuMs;
  for (const e of r.entities) {
    const seen = agg.entities.get(e.id);
    if (seen) {
      seen.articles++;
      seen.mentions += e.mentions.length;
    } else {
      agg.entities.set(e.id, {
        id: e.id,
        type: e.type,
        name: e.name,
        nameEn: e.nameEn,
        articles: 1,
        mentions: e.mentions.length,
      });
    }
  }
  for (const rel of r.relations) agg.relations.set(rel.type, (agg.relations.get(rel.type) ?? 0) + 1);
}

export function addBadLine(agg: CorpusAggregate, line: number, error: string): void {
  agg.badLines++;
  if (agg.badExamples.length < BAD_EXAMPLES) agg.badExamples.push({ line, error });
}

const byFrequency = (a: EntityAggregate, b: EntityAggregate): number =>
  b.articles - a.articles || b.mentions - a.mentions || a.name.localeCompare(b.name);

export interface TypeStats {
  type: string;
  distinct: number;
  mentions: number;
  seenOnce: number;
  shareSeenOnce: number;
}

export interface DuplicatePair {
  type: string;
  kind: DuplicateKind;
  a: string;
  b: string;
  articles: [number, number];
}

export interface SuspiciousName {
  name: string;
  type: string;
  articles: number;
}

export interface CorpusReport {
  articles: number;
  badLines: { count: number; examples: { line: number; error: string }[] };
  entities: TypeStats[];
  top: Record<string, EntityAggregate[]>;
  duplicates: {
    /** Pairs among the `dupTop` most frequent entities of each type. */
    dupTop: number;
    pairs: DuplicatePair[];
    /** Distinct entities of each type that share their identity form with another one. */
    sameIdentityAll: Record<string, number>;
  };
  suspicious: { counts: Record<SuspicionKind, number>; examples: Record<SuspicionKind, SuspiciousName[]> };
  relations: {
    total: number;
    perArticle: number;
    byType: { type: string; count: number; perArticle: number }[];
  };
  throughput: {
    words: number;
    extractSeconds: number;
    articlesPerSecond: number;
    wordsPerSecond: number;
    wordsPerCpuSecond: number;
  };
}

function typeStats(list: EntityAggregate[], type: string): TypeStats {
  const seenOnce = list.filter((e) => e.articles === 1).length;
  return {
    type,
    distinct: list.length,
    mentions: list.reduce((n, e) => n + e.mentions, 0),
    seenOnce,
    shareSeenOnce: list.length === 0 ? 0 : seenOnce / list.length,
  };
}

function sameIdentityCount(list: EntityAggregate[]): number {
  const groups = new Map<string, number>();
  for (const e of list) groups.set(identityKey(e.name), (groups.get(identityKey(e.name)) ?? 0) + 1);
  return [...groups.values()].filter((n) => n > 1).reduce((a, b) => a + b, 0);
}

/** The report: `top` entities listed per type, duplicates looked for among the `dupTop` first. */
export function buildReport(
  agg: CorpusAggregate,
  k: NameKnowledge,
  opts: { top: number; dupTop: number; examples: number },
): CorpusReport {
  const byType = new Map<string, EntityAggregate[]>(ENTITY_TYPES.map((t) => [t, []]));
  for (const e of agg.entities.values()) {
    const list = byType.get(e.type);
    if (list) list.push(e);
    else byType.set(e.type, [e]);
  }
  const sorted = [...byType.entries()].map(([t, list]) => [t, list.sort(byFrequency)] as const);

  const pairs: DuplicatePair[] = sorted.flatMap(([type, list]) =>
    suspectedDuplicates(list.slice(0, opts.dupTop)).map(({ a, b, kind }) => ({
      type,
      kind,
      a: a.name,
      b: b.name,
      articles: [a.articles, b.articles] as [number, number],
    })),
  );

  const counts = {} as Record<SuspicionKind, number>;
  const examples = {} as Record<SuspicionKind, SuspiciousName[]>;
  for (const kind of SUSPICION_KINDS) {
    counts[kind] = 0;
    examples[kind] = [];
  }
  for (const [, list] of sorted) {
    for (const e of list) {
      for (const kind of suspicions(e.name, e.type, e.articles, k)) {
        counts[kind]++;
        examples[kind].push({ name: e.name, type: e.type, articles: e.articles });
      }
    }
  }
  // The most frequent first across types: those are the errors a reader of the graph sees.
  for (const kind of SUSPICION_KINDS)
    examples[kind] = examples[kind].sort((a, b) => b.articles - a.articles).slice(0, opts.examples);

  const totalRelations = [...agg.relations.values()].reduce((a, b) => a + b, 0);
  const per = (n: number): number => (agg.articles === 0 ? 0 : n / agg.articles);
  const seconds = agg.extractMs / 1000;
  return {
    articles: agg.articles,
    badLines: { count: agg.badLines, examples: agg.badExamples },
    entities: sorted.map(([t, list]) => typeStats(list, t)),
    top: Object.fromEntries(sorted.map(([t, list]) => [t, list.slice(0, opts.top)])),
    duplicates: {
      dupTop: opts.dupTop,
      pairs,
      sameIdentityAll: Object.fromEntries(sorted.map(([t, list]) => [t, sameIdentityCount(list)])),
    },
    suspicious: { counts, examples },
    relations: {
      total: totalRelations,
      perArticle: per(totalRelations),
      byType: [...agg.relations.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([type, count]) => ({ type, count, perArticle: per(count) })),
    },
    throughput: {
      words: agg.words,
      extractSeconds: seconds,
      articlesPerSecond: seconds === 0 ? 0 : agg.articles / seconds,
      wordsPerSecond: seconds === 0 ? 0 : agg.words / seconds,
      wordsPerCpuSecond: agg.extractCpuMs === 0 ? 0 : agg.words / (agg.extractCpuMs / 1000),
    },
  };
}

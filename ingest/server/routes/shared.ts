import neo4j, { type Integer } from "neo4j-driver";
import { InputError } from "../../errors.js";
import { evidenceLists, type EvidenceRow } from "../../evidence.js";
import { RELATION_TYPES, type EvidenceRecord, type GraphEdge, type GraphNode } from "../../model.js";
import { graphEdge, graphNode } from "../graph-elements.js";

export const ALL_RELATIONS: string[] = [...RELATION_TYPES];

/** Cypher needs integers for LIMIT; JSON numbers arrive as floats. */
export const int = (n: number): Integer => neo4j.int(Math.trunc(n));

/** `a,b,c` from a query string, each checked against the allowed values; null when absent. */
export function listParam(
  raw: string | undefined,
  allowed: readonly string[],
  name: string,
): string[] | null {
  if (raw === undefined || raw.trim() === "") return null;
  const values = raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const bad = values.filter((v) => !allowed.includes(v));
  if (bad.length > 0) {
    throw new InputError(
      `api: unknown ${name} ${bad.map((b) => `"${b}"`).join(", ")} (allowed: ${allowed.join(", ")})`,
    );
  }
  return values;
}

export interface NodeRow {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
  degree?: number;
}

export function nodeOf(row: NodeRow): GraphNode {
  const props = row.degree === undefined ? row.properties : { ...row.properties, degree: row.degree };
  return graphNode(row.id, row.labels, props);
}

export interface EdgeRow {
  source: string;
  type: string;
  target: string;
  properties: Record<string, unknown>;
}

/** A relationship as cypher/api/*.cypher return it: stored properties and its Evidence rows. */
export interface EvidencedEdgeRow extends EdgeRow {
  evidence: EvidenceRow[];
}

export function edgeOf(row: EdgeRow): GraphEdge {
  return graphEdge(row.type, row.source, row.target, row.properties);
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => String(x)) : []);
const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.map((x) => Number(x)) : []);

/** Sentence ids are `<articleId>:<index>`, and article ids contain a colon themselves. */
export function articleOfSentence(sentenceId: string): string {
  const i = sentenceId.lastIndexOf(":");
  return i > 0 ? sentenceId.slice(0, i) : sentenceId;
}

/** The evidence of an edge's per-sentence lists (sentenceIds, evidence, evidenceStart/End). */
export function evidenceOf(props: Record<string, unknown>): EvidenceRecord[] {
  const ids = strings(props.sentenceIds);
  const texts = strings(props.evidence);
  const starts = numbers(props.evidenceStart);
  const ends = numbers(props.evidenceEnd);
  return ids.map((sentenceId, i) => {
    const sentence = texts[i] ?? "";
    return {
      articleId: articleOfSentence(sentenceId),
      sentenceId,
      sentence,
      start: Number.isFinite(starts[i]) ? (starts[i] as number) : 0,
      end: Number.isFinite(ends[i]) ? (ends[i] as number) : sentence.length,
    };
  });
}

/**
 * The evidence records of a relationship's Evidence rows (ingest/evidence.ts), each with its
 * article's date, oldest first; undated evidence last, in arrival order.
 */
export function evidenceRecords(rows: readonly EvidenceRow[]): EvidenceRecord[] {
  const dates = new Map(rows.map((r) => [r.articleId, r.publishedAt ?? null]));
  const dated = evidenceOf(evidenceLists(rows)).map((e) => ({
    ...e,
    publishedAt: dates.get(e.articleId) ?? null,
  }));
  const key = (e: EvidenceRecord): string => e.publishedAt ?? "\uffff";
  return dated.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Adds mention offsets of the endpoints to each evidence record. */
export function withHighlights(
  evidence: EvidenceRecord[],
  highlights: { sentenceId: string; start: number; end: number }[],
): EvidenceRecord[] {
  return evidence.map((e) => {
    const own = highlights
      .filter((h) => h.sentenceId === e.sentenceId)
      .map(({ start, end }) => ({ start, end }));
    return own.length > 0 ? { ...e, highlights: own } : e;
  });
}

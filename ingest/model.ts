/**
 * The graph model, shared by extraction, ingest, the HTTP API and the explorer.
 * The browser imports this file with `import type` only, so no Node code reaches the bundle.
 */

export const ENTITY_TYPES = ["Person", "Organization", "Country", "City", "Location"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  "MET",
  "VISITED",
  "LEADS",
  "MEMBER_OF",
  "PART_OF",
  "LOCATED_IN",
  "COOPERATES_WITH",
  "FUNDED",
  "SUPPORTS",
  "OPPOSES",
  "SANCTIONED",
  "ATTACKED",
  "WITHDREW_FROM",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relation types whose direction carries no meaning (stored once, source id < target id). */
/** Entity properties the graph model owns: extractor properties and corrections may not set them. */
export const ENTITY_MODEL_KEYS = [
  "id",
  "type",
  "name",
  "nameEn",
  "aliases",
  "searchKeys",
  "mentionCount",
  "articleCount",
] as const;

export const SYMMETRIC_RELATIONS: readonly RelationType[] = ["MET", "COOPERATES_WITH"];

/** A span of the ORIGINAL input text, as JavaScript string indices: text === input.slice(start, end). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Mention = Span;

export type PropertyValue = string | number | boolean | string[] | number[] | null;
export type Properties = Record<string, PropertyValue>;

export interface Entity {
  /** Stable across articles: the same entity in two articles gets the same id. */
  id: string;
  type: EntityType;
  /** Arabic canonical name. */
  name: string;
  /** English label (gazetteer gloss or romanisation). */
  nameEn: string;
  aliases: string[];
  mentions: Mention[];
  properties: Properties;
}

export interface Evidence extends Span {
  /** Index of the sentence in the article (0-based). */
  sentence: number;
}

export type RelationStatus = "done" | "planned" | "reported";

export interface Relation {
  type: RelationType;
  /** Entity id. */
  source: string;
  /** Entity id. */
  target: string;
  properties: Properties;
  evidence: Evidence[];
  confidence: number;
}

export interface Statement {
  /** Entity id of the speaker. */
  speaker: string;
  /** The quoted or reported text. */
  text: string;
  start: number;
  end: number;
  /** Reporting verb as written (قال، أكد ...). */
  verb: string;
  /** Entity id of the attributed source (وفقاً لـ ...), or null. */
  source: string | null;
  /** Medium when named (e.g. "tweet"), or null. */
  medium?: string | null;
  /** Entity id of the platform the medium was published on (a tweet on Twitter → Twitter), when named. */
  platform?: string | null;
  /** Entity ids the statement mentions. */
  about?: string[];
}

export type ValueKind = "money" | "date";

export interface Value extends Span {
  kind: ValueKind;
  /** money: amount in units; date: ISO date (YYYY, YYYY-MM or YYYY-MM-DD) when resolved. */
  value: number | string | null;
  /** money: ISO currency code. */
  currency?: string;
  /** Extra detail, e.g. the granularity of a date or "end-of" qualifiers. */
  properties?: Properties;
}

export interface SentenceInfo {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface ExtractionResult {
  entities: Entity[];
  relations: Relation[];
  statements: Statement[];
  values: Value[];
  /** Sentences of the cleaned text, with offsets into the original input. */
  sentences?: SentenceInfo[];
  warnings?: string[];
}

export interface ArticleInput {
  text: string;
  title?: string;
  url?: string;
  source?: string;
  publishedAt?: string;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  entityCount: number;
  relationCount: number;
}

export interface IngestReport {
  articleId: string;
  status: "new" | "unchanged" | "replaced";
  entities: number;
  relations: number;
  statements: number;
  /** Entity ids created or changed by this article. */
  entityIds: string[];
  warnings: string[];
}

/** Graph payload served by the API for the explorer. Property values are plain JSON. */
export interface GraphNode {
  id: string;
  labels: string[];
  type: EntityType | "Article" | "Sentence" | "Statement" | string;
  name: string;
  nameEn: string;
  properties: Record<string, unknown>;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface GraphPayload {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Which cap stopped reading a console result. */
export type TruncatedReason = "rows" | "bytes";

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: GraphPayload;
  truncated: boolean;
  /** Set when `truncated`: the row cap or the byte cap. */
  truncatedReason?: TruncatedReason;
  elapsedMs: number;
}

export interface QueryParameterSpec {
  name: string;
  type: "string" | "integer" | "float" | "boolean" | "string[]";
  description: string;
  default?: string | number | boolean | string[] | null;
  example?: string | number | boolean | string[];
  required: boolean;
}

export interface SavedQuery {
  name: string;
  title: string;
  titleAr: string;
  description: string;
  descriptionAr: string;
  parameters: QueryParameterSpec[];
  /**
   * The two parameters that take a time window of article dates (`// window: from, to`; shortest-paths'
   * are `since, until`), so the API checks them as dates and the explorer fills them from the
   * timeline's window. Absent on a query the window does not apply to.
   */
  window?: { from: string; to: string };
  cypher: string;
}

export interface ApiError {
  error: string;
  message: string;
  /** `entity_not_found` (saved queries): the parameter, its value and close matches by name. */
  param?: string;
  value?: string;
  suggestions?: SearchHit[];
}

/* ---- HTTP API payloads (served by ingest/server, consumed by graph-ui) ---- */

export interface EvidenceRecord {
  articleId: string;
  sentenceId: string;
  /** Full sentence text. */
  sentence: string;
  /** Offsets of the evidence span within the sentence text (for highlighting). */
  start: number;
  end: number;
  /** Offsets of mentions of the two endpoints within the sentence text, when known. */
  highlights?: { start: number; end: number }[];
  /** The article's date (ingest/sources/dates.ts form); null when it is undated; absent when not looked up. */
  publishedAt?: string | null;
}

export interface RelationView {
  id: string;
  type: RelationType | string;
  direction: "out" | "in";
  other: { id: string; name: string; nameEn: string; type: string };
  properties: Record<string, unknown>;
  count: number;
  evidence: EvidenceRecord[];
}

export interface StatementView {
  id: string;
  text: string;
  verb: string;
  articleId: string;
  sentence: string | null;
  speaker: { id: string; name: string; nameEn: string } | null;
  source: { id: string; name: string; nameEn: string } | null;
  publishedAt: string | null;
}

export interface EntityDetail {
  entity: GraphNode;
  /** Relationships grouped by type. */
  relations: Record<string, RelationView[]>;
  statements: StatementView[];
  articles: ArticleSummary[];
  /** Sentences that mention the entity, with the mention offsets (within the sentence text). */
  mentions: { articleId: string; sentenceId: string; sentence: string; start: number; end: number }[];
}

export interface SearchHit {
  id: string;
  type: string;
  name: string;
  nameEn: string;
  aliases: string[];
  score: number;
}

/** Histogram buckets of the timeline; a week starts on Monday (ISO). */
export const TIME_BUCKETS = ["day", "week", "month"] as const;
export type TimeBucket = (typeof TIME_BUCKETS)[number];

/** One bucket of GET /api/timeline: its first day, the articles dated in it, and the selection's evidence. */
export interface TimelineBin {
  start: string;
  articles: number;
  /** Articles mentioning the chosen entity, or evidence sentences of the chosen edge (when one is chosen). */
  evidence?: number;
}

export interface TimelinePayload {
  bucket: TimeBucket;
  /** Every bucket from the first dated article to the last, empty ones included. */
  bins: TimelineBin[];
  /** Articles without a date: in no bucket and in no window. */
  undated: number;
}

export interface PathStep {
  from: string;
  to: string;
  edge: GraphEdge;
  evidence: EvidenceRecord[];
}

export interface PathResult {
  paths: { nodes: GraphNode[]; steps: PathStep[] }[];
  graph: GraphPayload;
}

/**
 * The edge type of the co-mention layer (GET /api/co-mentions): two entities named in the same
 * sentence. Computed from MENTIONS, never stored, and not a relation type; its edges carry
 * `sentences` (= `count`) and `articles`, and are oriented `source < target` (no direction).
 */
export const CO_MENTION_TYPE = "CO_MENTIONED";

/** The sentences behind one co-mention edge (GET /api/co-mentions/pair). */
export interface CoMentionPair {
  source: string;
  target: string;
  sentences: number;
  articles: number;
  evidence: EvidenceRecord[];
}

export interface ArticleDetail extends ArticleSummary {
  text: string;
  sentences: { id: string; index: number; start: number; end: number; text: string }[];
  mentions: { entityId: string; type: string; start: number; end: number; text: string }[];
}

export interface Health {
  ok: boolean;
  database: { reachable: boolean; uri: string; message?: string };
  counts: { articles: number; entities: number; relationships: number };
  version: string;
}

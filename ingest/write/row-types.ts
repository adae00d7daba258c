import type { PropertyValue } from "../model.js";

/** Rows for the `UNWIND $rows` statements of cypher/write/*.cypher: one article, one transaction. */
export interface ArticleRows {
  article: ArticleRow;
  sentences: SentenceRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  relations: RelationRow[];
  statements: StatementRow[];
}

export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  /** No date was given: the article is left out of every time window (never dated by its ingestion). */
  undated: boolean;
  lang: string;
  text: string;
  extractorVersion: string;
  entityCount: number;
  relationCount: number;
  statementCount: number;
}

export interface SentenceRow {
  id: string;
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  nameEn: string;
  aliases: string[];
  searchKeys: string[];
  /** Mentions of the entity in this article (added to `mentionCount`). */
  mentions: number;
  props: Record<string, PropertyValue>;
}

export interface MentionRow {
  sentenceId: string;
  entityId: string;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  text: string;
}

export interface RelationRow {
  source: string;
  target: string;
  type: string;
  sentenceIds: string[];
  evidence: string[];
  evidenceStart: number[];
  evidenceEnd: number[];
  /**
   * Money per evidence sentence, parallel to sentenceIds (0 / "" where that sentence adds no
   * amount: Neo4j lists cannot hold null), so a relationship seen in several articles can be summed.
   * Null when no relation of the row carries an amount.
   */
  amounts: number[] | null;
  currencies: string[] | null;
  confidence: number;
  props: Record<string, PropertyValue>;
}

export interface StatementRow {
  id: string;
  text: string;
  start: number;
  end: number;
  verb: string;
  medium: string | null;
  sentenceId: string | null;
  speaker: string;
  source: string | null;
  /** Entity id of the platform the statement was published on (a tweet on Twitter), or null. */
  platform: string | null;
  about: string[];
}

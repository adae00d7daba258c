import type { Entity, Relation, SentenceInfo, Statement, Value } from "../model.js";

export interface RelateInput {
  /** The original article text (offsets refer to it). */
  text: string;
  sentences: SentenceInfo[];
  entities: Entity[];
  values: Value[];
}

export interface RelateOutput {
  relations: Relation[];
  statements: Statement[];
}

/** Relation and statement extraction over recognised entities. */
export function relate(_input: RelateInput): RelateOutput {
  return { relations: [], statements: [] };
}

import type { EntityType, Properties } from "../model.js";
import { labelId } from "./label.js";

/**
 * A mention found by recognition, before resolution merges mentions into entities.
 * Offsets are in the CLEANED text; resolution maps them to the original input.
 */
export interface Candidate {
  start: number;
  end: number;
  sentence: number;
  type: EntityType;
  /** Stable id when recognition already knows it (gazetteer, organisation patterns). */
  id: string | null;
  name: string;
  nameEn: string;
  properties: Properties;
  /**
   * For persons: the name's parts for display (no marks), their identity keys (for surname and
   * chain resolution), and the first word as written (marks kept, for cutting a proclitic).
   */
  person?: {
    parts: string[];
    keys: string[];
    written?: string;
    /** One word the tagger alone found, with no nationality, title or trade before it (see persons.ts). */
    bare?: true;
  };
  /** A title standing for a person (الرئيس الأميركي) with no name after it. */
  titleRef?: { role: string; roleOf: string | null };
  source: "gazetteer" | "pattern" | "tagger";
  /** An organisation that is a national parliament (البرلمان، مجلس النواب), see resolve. */
  legislature?: boolean;
}

const ID_PREFIX = { Organization: "org", Location: "loc", City: "city" } as const;

/**
 * A place or body a pattern names (a club, a town, a landmark, an outlet): its id comes from its
 * English label, as every pattern-made id does (labelId), so the same name gives the same entity.
 */
export function patternCandidate(
  sentence: number,
  span: { start: number; end: number },
  type: keyof typeof ID_PREFIX,
  name: string,
  nameEn: string,
  properties: Properties = {},
): Candidate {
  const { start, end } = span;
  const id = labelId(ID_PREFIX[type], nameEn, name);
  return { start, end, sentence, type, id, name, nameEn, properties, source: "pattern" };
}

import type { EntityType, Value } from "../model.js";
import type { Arg } from "./args.js";
import type { RelateLexicon } from "./lexicon.js";
import type { Token } from "./tokens.js";

/** One sentence prepared for the relation passes. */
export interface SentenceCtx {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  args: Arg[];
  /** Values (money, dates) inside the sentence. */
  values: Value[];
}

/** What every pass may ask about the article as a whole. */
export interface ArticleCtx {
  text: string;
  lex: RelateLexicon;
  typeOf(id: string): EntityType | undefined;
  /** The speaker of the statement covering `offset`, or of the last reporting verb before it. */
  speakerAt(offset: number): string | null;
  /** True when `offset` lies inside a statement's quoted or reported text. */
  inStatement(offset: number): boolean;
  /** True for a club or team (kind "club", or a name headed by نادي/فريق/منتخب): its meetings are games. */
  isTeam(id: string): boolean;
  /** Round 42: a newspaper, a channel or a news agency (kind media, or named so): it interviews, it meets no one. */
  isMedium(id: string): boolean;
  /** The reporting verb (as written) of the statement covering `offset`, or null. */
  statementVerbAt(offset: number): string | null;
  /** The country an entity speaks for: itself, the state it leads or serves, its state. */
  countryOf(id: string): string | null;
  /** The country whose capital this city is (entity property `capital` + `country`), or null. */
  capitalOf(id: string): string | null;
  /**
   * The subject of the last verb of the previous sentence, or null: the elided actor of a sentence
   * that goes on about it (وكان في استقباله، وشنت غارات ...).
   */
  carriedSubject(): string | null;
  /**
   * The two ends of the last meeting read (الجانبان، البلدان refer
   * back to them); set by the framed relations as they are found.
   */
  parties: { pair: [string, string] | null };
  /**
   * The country named by a nisba right after an indefinite attack noun (غارة أمريكية) in the last
   * two sentences: who «الغارة استهدفت X» after it names. Set by relate() sentence by sentence.
   */
  attackAgent?: { entity: string; sentence: number } | null;
  /**
   * The person who last arrived or visited (وصل X، لدى وصوله), with the sentence: the guest a
   * reception names only by a title (وكان في استقبال خادم الحرمين الشريفين). Set by the framed relations.
   */
  arrived?: { entity: string; sentence: number } | null;
}

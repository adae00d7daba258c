import { InputError } from "../errors.js";
import type { Entity, Relation, SentenceInfo, Statement, Value } from "../model.js";
import type { ArticleCtx } from "./context.js";
import { frameRelations } from "./frames.js";
import type { SubjectMark } from "./frames.js";
import { institutionRelations, orgCountries } from "./institutions.js";
import { relateLexicon } from "./lexicon.js";
import { mergeRelations } from "./merge.js";
import { withPronouns } from "./pronouns.js";
import { spanAt } from "./search.js";
import { preparer, windows } from "./prepare.js";
import { sentenceStatements } from "./statements.js";
import type { SpeechState } from "./statements.js";
import { newTitleState, titleRelations } from "./titles.js";
import type { RoleFact } from "./titles.js";
import { resolveBareTitles } from "./bare-titles.js";
import { quoteSpans } from "./tokens.js";

export interface RelateInput {
  /** The original article text (offsets refer to it). */
  text: string;
  sentences: SentenceInfo[];
  entities: Entity[];
  values: Value[];
}

export interface RelateOptions {
  /** Characters per window of sentences (default WINDOW_CHARS); tests use small windows. */
  windowChars?: number;
}

export interface RelateOutput {
  relations: Relation[];
  statements: Statement[];
}

function checkSpans(text: string, entities: Entity[]): void {
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.start < 0 || m.end > text.length || m.start >= m.end || text.slice(m.start, m.end) !== m.text) {
        throw new InputError(
          `relate: mention ${JSON.stringify(m.text)} of entity ${e.id} does not match the text at ${m.start}-${m.end}; the entity stage must give offsets into the original text`,
        );
      }
    }
  }
}

/**
 * Relation and statement extraction over recognised entities: titles (LEADS / MEMBER_OF),
 * state institutions (PART_OF), trigger words with argument frames, reported speech.
 *
 * @example
 * relate({ text, sentences, entities, values }).relations
 * // → [{ type: "MET", source: "person:joe-biden", target: "person:mustafa-al-kadhimi", ... }]
 */
export function relate(input: RelateInput, opts: RelateOptions = {}): RelateOutput {
  checkSpans(input.text, input.entities);
  const lex = relateLexicon();
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const statements: Statement[] = [];
  const personCountry = new Map<string, string>();
  let orgCountry = new Map<string, string>();
  const typeOf = (id: string) => entities.get(id)?.type;
  const countryOf = (id: string): string | null => {
    const t = typeOf(id);
    if (t === "Country") return id;
    return (t === "Person" ? personCountry.get(id) : orgCountry.get(id)) ?? null;
  };
  const covering = (at: number) => spanAt(statements, at);
  const capitalOf = (id: string): string | null => {
    const e = entities.get(id);
    const country = e?.properties.country;
    return e?.type === "City" &&
      e.properties.capital === true &&
      typeof country === "string" &&
      typeOf(country) === "Country"
      ? country
      : null;
  };
  const ctx: ArticleCtx = {
    capitalOf,
    text: input.text,
    lex,
    typeOf,
    countryOf,
    speakerAt: (at) => covering(at)?.speaker ?? null,
    inStatement: (at) => covering(at) !== undefined,
  };
  const prepare = preparer(input, ctx);
  const parts: Relation[] = [];
  const placed = new Set<string>();
  const titleState = newTitleState();
  const roles: RoleFact[] = [];
  const titled: Relation[] = [];
  const framed: Relation[] = [];
  const subjects: SubjectMark[] = [];
  const speech: SpeechState = {
    quotes: quoteSpans(input.text),
    subjects,
    roles,
    entities,
    seen: [],
    issuers: new Map(),
    last: null,
  };
  const countryOfOrg = (id: string) => (typeOf(id) === "Country" ? id : (orgCountry.get(id) ?? null));

  // A long input is read in windows of sentences: tokens and arguments exist for one window at a
  // time, so memory stays bounded; what the passes learn (countries, roles, subjects, speakers)
  // carries forward. An ordinary article is a single window.
  windows(input.text, input.sentences, opts.windowChars).forEach((window, w) => {
    const sentences = prepare(window);
    const newParts = institutionRelations(ctx, sentences, entities, placed);
    for (const r of newParts) placed.add(r.source);
    parts.push(...newParts);
    if (w === 0 || newParts.length > 0) orgCountry = orgCountries(parts, entities, ctx);
    const titles = titleRelations(ctx, sentences, entities, countryOfOrg, titleState);
    roles.push(...titles.roles);
    resolveBareTitles(ctx, sentences, roles, entities);
    for (const r of titles.relations) {
      const c = countryOfOrg(r.target);
      if (c && !personCountry.has(r.source)) personCountry.set(r.source, c);
    }
    titled.push(...titles.relations);

    // First pass: subjects of verbs, so that an elided speaker (وقال إن ...) can be found.
    for (const c of sentences) subjects.push(...frameRelations(ctx, c).subjects);
    for (const c of sentences) statements.push(...sentenceStatements(ctx, speech, c));
    statements.sort((x, y) => x.start - y.start);
    for (const c of sentences) framed.push(...frameRelations(ctx, withPronouns(ctx, c, subjects)).relations);
  });
  return { relations: mergeRelations([...titled, ...parts, ...framed]), statements };
}

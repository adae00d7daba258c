import { InputError } from "../errors.js";
import type { Entity, Mention, Relation, SentenceInfo, Statement, Value } from "../model.js";
import { buildArgs } from "./args.js";
import type { Arg } from "./args.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import { frameRelations } from "./frames.js";
import type { SubjectMark } from "./frames.js";
import { institutionRelations, orgCountries } from "./institutions.js";
import { relateLexicon } from "./lexicon.js";
import { mergeRelations } from "./merge.js";
import { withPronouns } from "./pronouns.js";
import { spanAt } from "./search.js";
import { markStops } from "./slots.js";
import { sentenceStatements } from "./statements.js";
import type { SpeechState } from "./statements.js";
import { titleRelations } from "./titles.js";
import { resolveBareTitles } from "./bare-titles.js";
import { quoteSpans, tokenize } from "./tokens.js";

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

function prepare(input: RelateInput, ctx: ArticleCtx): SentenceCtx[] {
  const located = input.entities
    .flatMap((entity) => entity.mentions.map((mention: Mention) => ({ entity, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const values = [...input.values].sort((a, b) => a.start - b.start);
  let m = 0;
  let v = 0;
  return input.sentences.map((s) => {
    while (m < located.length && (located[m]?.mention.start ?? 0) < s.start) m++;
    const inside: typeof located = [];
    for (let k = m; k < located.length && (located[k]?.mention.start ?? 0) < s.end; k++) {
      const l = located[k];
      if (l && l.mention.end <= s.end) inside.push(l);
    }
    const tokens = tokenize(input.text, s.start, s.end);
    markStops(tokens, ctx.lex);
    const args: Arg[] = buildArgs(input.text, tokens, inside, ctx.lex);
    while (v < values.length && (values[v]?.start ?? 0) < s.start) v++;
    const inSentence: Value[] = [];
    for (let k = v; k < values.length && (values[k]?.start ?? 0) < s.end; k++) {
      const val = values[k];
      if (val && val.end <= s.end) inSentence.push(val);
    }
    return { index: s.index, start: s.start, end: s.end, tokens, args, values: inSentence };
  });
}

/**
 * Relation and statement extraction over recognised entities: titles (LEADS / MEMBER_OF),
 * state institutions (PART_OF), trigger words with argument frames, reported speech.
 *
 * @example
 * relate({ text, sentences, entities, values }).relations
 * // → [{ type: "MET", source: "person:joe-biden", target: "person:mustafa-al-kadhimi", ... }]
 */
export function relate(input: RelateInput): RelateOutput {
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
  const sentences = prepare(input, ctx);

  const parts = institutionRelations(ctx, sentences, entities);
  orgCountry = orgCountries(parts, entities, ctx);
  const countryOfOrg = (id: string) => (typeOf(id) === "Country" ? id : (orgCountry.get(id) ?? null));
  const titles = titleRelations(ctx, sentences, entities, countryOfOrg);
  resolveBareTitles(ctx, sentences, titles.roles, entities);
  for (const r of titles.relations) {
    const c = countryOfOrg(r.target);
    if (c && !personCountry.has(r.source)) personCountry.set(r.source, c);
  }

  // First pass: subjects of verbs, so that an elided speaker (وقال إن ...) can be found.
  const subjects: SubjectMark[] = sentences.flatMap((c) => frameRelations(ctx, c).subjects);
  const speech: SpeechState = {
    quotes: quoteSpans(input.text),
    subjects,
    roles: titles.roles,
    entities,
    seen: [],
    issuers: new Map(),
    last: null,
  };
  for (const c of sentences) statements.push(...sentenceStatements(ctx, speech, c));
  statements.sort((x, y) => x.start - y.start);

  const framed = sentences.flatMap((c) => frameRelations(ctx, withPronouns(ctx, c, subjects)).relations);
  return { relations: mergeRelations([...titles.relations, ...parts, ...framed]), statements };
}

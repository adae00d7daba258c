import { InputError } from "../errors.js";
import type { Entity, Relation, SentenceInfo, Statement, Value } from "../model.js";
import { bareTitleResolver } from "./bare-titles.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import { attackAgentIn, frameRelations } from "./frames.js";
import {
  institutionRelations,
  mayBeClub,
  mayBeCompany,
  mayBeInstitution,
  mayBeMedium,
  mayBeTeam,
  orgCountries,
} from "./institutions.js";
import { core, relateLexicon } from "./lexicon.js";
import { RelationMerger } from "./merge.js";
import { englishRoles } from "./role-names.js";
import { RoleLog } from "./roles.js";
import { namedPlaceRelations, placeFits, placeRelations, placesAmong, unitRelations } from "./places.js";
import {
  atVenue,
  countryAsBalad,
  governorateByHead,
  seatByHead,
  seatOfRegion,
  outskirts,
  parenthesizedPlaces,
  seatClauses,
  titledAffiliations,
  whereLies,
} from "./seats.js";
import { KEEP_CHARS, mentionIndex, sentenceReader } from "./prepare.js";
import { withBareTitles, withPronouns } from "./pronouns.js";
import { spanAt } from "./search.js";
import { sentenceStatements } from "./statements.js";
import type { SpeechState } from "./statements.js";
import {
  advisersAsMembers,
  captainsAsMembers,
  newTitleState,
  secretariesAsMembers,
  titleRelations,
  unitHeadsAsMembers,
} from "./titles.js";
import { quoteSpans } from "./tokens.js";
import { coachesNotHeads, sportsMembers } from "./sports.js";

export interface RelateInput {
  /** The original article text (offsets refer to it). */
  text: string;
  sentences: SentenceInfo[];
  entities: Entity[];
  values: Value[];
}

export interface RelateOptions {
  /**
   * Up to this many characters of sentences, prepared sentences are kept from one sweep to the
   * next (default KEEP_CHARS); beyond, each sweep prepares them again. The result does not depend
   * on it; tests force 0.
   */
  keepChars?: number;
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
  let carried: string | null = null;
  const ctx: ArticleCtx = {
    capitalOf,
    carriedSubject: () => carried,
    parties: { pair: null },
    text: input.text,
    lex,
    typeOf,
    countryOf,
    speakerAt: (at) => covering(at)?.speaker ?? null,
    inStatement: (at) => covering(at) !== undefined,
    statementVerbAt: (at) => covering(at)?.verb ?? null,
    isTeam: (id) => {
      const e = entities.get(id);
      return e?.properties.kind === "club" || lex.sportsHeads.has(core(e?.name.trim().split(/\s+/)[0] ?? ""));
    },
    isMedium: (id) => {
      const e = entities.get(id);
      if (e?.type !== "Organization") return false;
      const kind = e.properties.kind;
      if (typeof kind === "string") return MEDIA_KINDS.has(kind);
      const [head, next] = e.name.trim().split(/\s+/).map(core);
      return MEDIUM_HEAD.test(head ?? "") || (head === "وكاله" && next === "انباء");
    },
  };
  const countryOfOrg = (id: string) => (typeOf(id) === "Country" ? id : (orgCountry.get(id) ?? null));

  // The article is read in three sweeps, sentence by sentence: what a later sweep needs from the
  // whole article (institutions' countries for titles; titles for persons' countries and bare
  // titles) is complete before it starts, so no sentence depends on where the input is cut.
  // Only a short input keeps its prepared sentences between sweeps (see KEEP_CHARS).
  const index = mentionIndex(input.entities, input.values);
  const size = input.sentences.reduce((n, s) => n + s.end - s.start, 0);
  const kept: (SentenceCtx | undefined)[] | null = size <= (opts.keepChars ?? KEEP_CHARS) ? [] : null;
  const sweep = (
    want: ((e: Entity) => boolean) | null,
    visit: (c: SentenceCtx) => void,
    last = false,
  ): void => {
    const reader = sentenceReader(input.text, index, lex);
    input.sentences.forEach((s, i) => {
      let c = kept?.[i];
      if (!c) {
        if (want && !reader.mentions(s, want)) return;
        c = reader.prepare(s);
        if (kept && !last) kept[i] = c;
      }
      if (kept && last) kept[i] = undefined;
      visit(c);
    });
  };

  // 1. PART_OF of state institutions: the first evidence wins.
  const parts: Relation[] = [];
  const placed = new Set<string>();
  const institution = (e: Entity) =>
    !placed.has(e.id) &&
    (mayBeInstitution(e, lex) ||
      mayBeTeam(e, input.text, lex) ||
      mayBeCompany(e, input.text, lex) ||
      mayBeMedium(e, input.text, lex) ||
      mayBeClub(e, input.text));
  sweep(institution, (c) => {
    for (const r of institutionRelations(ctx, [c], entities, placed)) {
      placed.add(r.source);
      parts.push(r);
    }
  });
  orgCountry = orgCountries(parts, entities, ctx);

  // 2. Titles before names: LEADS / MEMBER_OF, roles for coreference, persons' countries.
  const titleState = newTitleState();
  const merger = new RelationMerger();
  // Locations too: a title may refer back to one (أمير المنطقة).
  const titled = (e: Entity) => e.type === "Person" || e.type === "Organization" || e.type === "Location";
  const speech: SpeechState = {
    quotes: quoteSpans(input.text),
    subjects: [],
    roles: new RoleLog(),
    entities,
    seen: [],
    titled: [],
    issuers: new Map(),
    last: null,
    lead: undefined,
  };
  sweep(titled, (c) => {
    const titles = titleRelations(ctx, [c], entities, countryOfOrg, titleState);
    for (const f of titles.roles) speech.roles.add(f);
    for (const r of titles.relations) {
      const country = countryOfOrg(r.target);
      if (country && !personCountry.has(r.source)) personCountry.set(r.source, country);
      merger.add(r);
    }
  });
  // Merged in the order titles, institutions, frames: the first of a relation fixes its place
  // among equal evidence starts and which properties it keeps.
  for (const r of parts) merger.add(r);
  const bareTitles = bareTitleResolver(ctx, speech.roles, entities);

  // 3. Per sentence: subjects of verbs (so that an elided speaker, وقال إن ..., is found), then
  // statements, then the framed relations, which may take a statement's speaker.
  sweep(
    null,
    (c) => {
      // An organisation or place read as its unnamed title's holder is itself again for place facts.
      const restore = bareTitles(c);
      const subjects = frameRelations(ctx, c).subjects;
      speech.subjects = subjects;
      let sorted = true;
      let speaker: string | null = null;
      for (const s of sentenceStatements(ctx, speech, c)) {
        speaker = s.speaker;
        sorted &&= statements.length === 0 || (statements.at(-1) as Statement).start <= s.start;
        statements.push(s);
      }
      // Spans are looked up by binary search; statements come in text order, this is a safeguard.
      if (!sorted) statements.sort((x, y) => x.start - y.start);
      for (const r of frameRelations(ctx, withBareTitles(ctx, withPronouns(ctx, c, subjects), speech.roles))
        .relations)
        merger.add(r);
      restore();
      for (const r of placeRelations(ctx, c, entities)) if (!atVenue(r, entities)) merger.add(r);
      for (const r of namedPlaceRelations(ctx, c, entities)) if (!atVenue(r, entities)) merger.add(r);
      for (const r of placesAmong(ctx, c)) merger.add(r);
      for (const r of seatClauses(ctx, c)) merger.add(r);
      for (const r of parenthesizedPlaces(ctx, c, entities)) merger.add(r);
      for (const r of titledAffiliations(ctx, c)) merger.add(r);
      for (const r of countryAsBalad(ctx, c)) merger.add(r);
      for (const r of governorateByHead(ctx, c, entities)) merger.add(r);
      for (const r of whereLies(ctx, c)) merger.add(r);
      for (const r of outskirts(ctx, c)) merger.add(r);
      for (const r of seatByHead(ctx, c, entities)) merger.add(r);
      for (const r of seatOfRegion(ctx, c)) merger.add(r);
      for (const r of sportsMembers(ctx, c)) merger.add(r);
      for (const r of unitRelations(ctx, c, entities)) merger.add(r);
      // وصل الأمير X إلى المنطقة. ووصل سموه ...: a person opening the sentence (after its verb, no
      // preposition) is carried when no relation or statement named a subject.
      carried = subjects.at(-1)?.entity ?? speaker ?? openingPerson(ctx, c);
      // غارة أمريكية ... الغارة استهدفت X: a strike's country is remembered for two sentences.
      const agent = attackAgentIn(ctx, c);
      if (agent) ctx.attackAgent = agent;
      else if (ctx.attackAgent && c.index - ctx.attackAgent.sentence >= 2) ctx.attackAgent = null;
    },
    true,
  );
  const relations = unitHeadsAsMembers(
    advisersAsMembers(
      secretariesAsMembers(
        captainsAsMembers(
          coachesNotHeads(signingsNotCooperation(merger.result(), ctx.isTeam), ctx.isTeam),
          ctx.isTeam,
        ),
      ),
      typeOf,
    ),
    entities,
    lex,
  );
  // Round 43: a country in nothing, nothing but a place in a sea, no place inside a smaller one,
  // no body seated in a venue whatever rule read it.
  const fitting = relations.filter((r) => placeFits(r, entities) && !atVenue(r, entities));
  return { relations: englishRoles(fitting, entities, ctx.countryOf, ctx.isTeam), statements };
}

/**
 * اتفقت إدارة نادي X مع المدرب Y: a club that agreed with a person it signed (Y MEMBER_OF X) does
 * not cooperate with him; the agreement is his contract.
 */
function signingsNotCooperation(relations: Relation[], isTeam: (id: string) => boolean): Relation[] {
  const signed = new Set(
    relations.filter((r) => r.type === "MEMBER_OF" && isTeam(r.target)).map((r) => `${r.source} ${r.target}`),
  );
  return relations.filter(
    (r) =>
      r.type !== "COOPERATES_WITH" ||
      !(signed.has(`${r.source} ${r.target}`) || signed.has(`${r.target} ${r.source}`)),
  );
}

/** How many words may stand before a sentence's opening subject (ووصل الأمير X، فيما بحث X). */
const OPENING_WORDS = 3;

/** Round 42: kinds of a medium, and the heads of a medium's name (صحيفة X، قناة X; وكالة الأنباء X). */
const MEDIA_KINDS = new Set(["media", "news-agency", "newspaper", "tv"]);
const MEDIUM_HEAD = /^(صحيفه|جريده|مجله|قناه|تلفزيون|اذاعه)$/;

/** The person a sentence opens on: its first mention, within OPENING_WORDS words, behind no preposition. */
function openingPerson(ctx: ArticleCtx, c: SentenceCtx): string | null {
  const first = c.args[0];
  if (!first || first.t0 > OPENING_WORDS || first.prep !== "" || ctx.typeOf(first.entity) !== "Person")
    return null;
  return first.entity;
}

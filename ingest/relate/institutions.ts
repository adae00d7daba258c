import type { Entity, Relation } from "../model.js";
import type { Arg } from "./args.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import { normalizeForMatch } from "../text/normalize.js";
import { core } from "./lexicon.js";
import { hasKey } from "./tokens.js";
import type { Phrase } from "./lexicon.js";
import { quoteClosed } from "./places.js";

export const NISBA_WORD = /\s(ال\S+(ي|ية|يين|يون))$/u;

/** Normalised forms a country is written with, built once per country (not once per mention). */
const formsOf = new WeakMap<Entity, Set<string>>();

/** A nisba without its feminine ending: السعودية and السعودي are one adjective. */
const masculine = (w: string): string => normalizeForMatch(w).replace(/ه$/, "");

/** The nisba of a one-word country name, masculine and definite: الصين → الصيني، تركيا → التركي. */
function nisbaOf(name: string): string {
  const stem = name.replace(/^ال/, "").replace(/[اهة]$/, "");
  return "ال" + (stem.endsWith("ي") ? stem : stem + "ي");
}

/**
 * The mention's last word is a nisba the country entity is written with, in either gender
 * (… الإيرانية → Iran; مؤسسة النقد العربي السعودي in an article that writes السعودية).
 */
export function endsWithNisbaOf(mention: string, country: Entity | undefined): boolean {
  const word = NISBA_WORD.exec(mention)?.[1];
  if (!word || !country || country.type !== "Country") return false;
  let forms = formsOf.get(country);
  if (!forms) {
    const written = [country.name, ...country.aliases, ...country.mentions.map((m) => m.text)];
    forms = new Set(written.map(masculine));
    // الولايات المتحدة الأمريكية → الأمريكي; أمريكا، الصين، تركيا → الأمريكي، الصيني، التركي.
    for (const w of written) {
      const words = normalizeForMatch(w).trim().split(/\s+/);
      const last = words.at(-1) ?? "";
      if (words.length > 1 && /^ال\S+ي$/.test(masculine(last))) forms.add(masculine(last));
      // Not مالي، جيبوتي: a name that already ends like a nisba (المالي is "financial").
      if (words.length === 1 && last.length > 2 && !last.endsWith("ي")) forms.add(nisbaOf(last));
    }
    formsOf.set(country, forms);
  }
  return forms.has(masculine(word));
}

function startsWithHead(name: string, heads: Phrase[]): boolean {
  const words = name.trim().split(/\s+/).map(core);
  return heads.some((h) => h.every((w, i) => words[i] === w));
}

/** A state institution by its entity kind when the extractor gives one, else by its head noun. */
function isStateInstitution(e: Entity, lex: ArticleCtx["lex"]): boolean {
  const kind = e.properties.kind;
  if (typeof kind === "string" && lex.excludedKinds.has(kind)) return kind === "company" && nisbaBody(e, lex);
  if (typeof kind === "string" && lex.stateKinds.has(kind)) return true;
  return startsWithHead(e.name, lex.stateHeads) || nisbaBody(e, lex);
}

/** Words that make a company national (شركة النفط الوطنية الإيرانية). */
const NATIONAL = new Set(["الوطنية", "الوطني"].map(core));
const COMPANY = core("شركة");

/**
 * Round 24: a bank or an agency (`nisbaBodyHeads`) not of the news (`nisbaBodyMedia`: وكالة
 * الأنباء X), or a company named الوطنية — the country of the nisba it carries owns it (البنك
 * الشعبي الصيني، وكالة الفضاء الأمريكية، شركة النفط الوطنية الإيرانية). Other companies are not.
 */
function nisbaBody(e: Entity, lex: ArticleCtx["lex"]): boolean {
  const words = normalizeForMatch(e.name).trim().split(/\s+/).map(core);
  if (words.length < 2) return false;
  if (lex.nisbaBodyHeads.has(words[0] ?? "")) return !lex.nisbaBodyMedia.has(words[1] ?? "");
  return words[0] === COMPANY && words.some((w) => NATIONAL.has(w));
}

/**
 * Round 24: a club's nisba inside a person's title (مدرب تشيلسي الإنجليزي X) is the club's when
 * it names the country the club is known to be of (England within the United Kingdom), or when a
 * second nisba follows it for the person (لفريق أرسنال الإنجليزي الفرنسي X). لاعب الهلال البرازيلي
 * X stays the player's nationality.
 */
function clubNisba(e: Entity, c: SentenceCtx, i: number): boolean {
  const next = c.args[i + 1];
  if (!next || !next.modifier || e.properties.kind !== "club") return false;
  const own = e.properties.country;
  if (typeof own === "string" && (next.entity === own || next.entity.startsWith(`${own}-`))) return true;
  const after = c.args[i + 2];
  return (
    after !== undefined &&
    after.nisba &&
    after.type === "Country" &&
    after.t0 === next.t1 + 1 &&
    !/[،,.:؛;“”«»"()]/.test(c.tokens[after.t0]?.gap ?? "")
  );
}

const institutionCache = new WeakMap<Entity, boolean>();

/** An organisation that may be PART_OF a state; sentences without one need no tokens for this pass. */
export function mayBeInstitution(e: Entity, lex: ArticleCtx["lex"]): boolean {
  if (e.type !== "Organization") return false;
  let yes = institutionCache.get(e);
  if (yes === undefined) {
    yes = isStateInstitution(e, lex);
    institutionCache.set(e, yes);
  }
  return yes;
}

/**
 * A team written after its head noun (فريق X الإيراني، نادي X): an organisation of no known kind
 * is a club there. Companies, media and the like keep their kind and stay out.
 */
function namedAsTeam(e: Entity, c: SentenceCtx, t0: number, lex: ArticleCtx["lex"]): boolean {
  return e.properties.kind === undefined && hasKey(c.tokens[t0 - 1], lex.sportsHeads);
}

/**
 * Round 28: a company — of the kind company, or written right after a head of `companyHeads`
 * (شركة، مجموعة) — whose country's nisba follows its name is that country's (شركة "X" الهندية،
 * مجموعة X البريطانية → PART_OF), as the gold conventions write it. Only a nisba right after the
 * name counts, not one inside it (شركة زين السعودية is the company's own name).
 */
function namedAsCompany(e: Entity, c: SentenceCtx, t0: number, lex: ArticleCtx["lex"]): boolean {
  if (e.properties.kind === "company") return true;
  return e.properties.kind === undefined && hasKey(c.tokens[t0 - 1], lex.companyHeads);
}

/** A company by its kind, or written after a company's head somewhere in the text (no kind given). */
export function mayBeCompany(e: Entity, text: string, lex: ArticleCtx["lex"]): boolean {
  if (e.type !== "Organization") return false;
  if (e.properties.kind === "company") return true;
  return (
    e.properties.kind === undefined && e.mentions.some((m) => headBefore(text, m.start, lex.companyHeads))
  );
}

/** The word before `start` (as written, or without و/ف and ل/ب) is in `heads`. */
function headBefore(text: string, start: number, heads: ReadonlySet<string>): boolean {
  const before = /(\S+)\s+["“«]?$/u.exec(text.slice(Math.max(0, start - 14), start))?.[1] ?? "";
  return [before, before.replace(/^[وف]/, ""), before.replace(/^[وف]?[لب]/, "")].some((w) =>
    heads.has(core(w)),
  );
}

/** Round 33: entity kinds of the media. */
const MEDIA_KINDS = new Set(["media", "news-agency", "newspaper", "tv"]);

/**
 * Round 33: a medium — of a media kind, or of no kind written right after a head of `mediaHeads`
 * (صحيفة «X»، قناة X) or named with one (وكالة الأنباء X). Its country's nisba right after its name,
 * or ending it, makes it that country's (PART_OF), as the gold conventions write it.
 */
function namedAsMedium(e: Entity, c: SentenceCtx, t0: number, lex: ArticleCtx["lex"]): boolean {
  const kind = e.properties.kind;
  if (typeof kind === "string") return MEDIA_KINDS.has(kind);
  return (
    hasKey(c.tokens[t0 - 1], lex.mediaHeads) || lex.mediaHeads.has(core(e.name.trim().split(/\s+/)[0] ?? ""))
  );
}

/** A medium by its kind, by the head of its name, or written after a medium's head in the text. */
export function mayBeMedium(e: Entity, text: string, lex: ArticleCtx["lex"]): boolean {
  if (e.type !== "Organization") return false;
  const kind = e.properties.kind;
  if (typeof kind === "string") return MEDIA_KINDS.has(kind);
  return (
    lex.mediaHeads.has(core(e.name.trim().split(/\s+/)[0] ?? "")) ||
    e.mentions.some((m) => headBefore(text, m.start, lex.mediaHeads))
  );
}

/**
 * Round 33: how many words of a medium's kind (`mediaAdjectives`: الإخبارية، اليومية) stand between
 * the name ending at token `t1` and the token of its nisba (0 or 1; قناة X الإخبارية التركية).
 */
function mediumAdjective(c: SentenceCtx, t0: number, t1: number, lex: ArticleCtx["lex"]): number {
  const t = c.tokens[t1 + 1];
  if (!t || t.arg >= 0 || !hasKey(t, lex.mediaAdjectives)) return 0;
  if (/[،,.:؛;“”«»"()]/.test(t.gap) && !quoteClosed(c.tokens, t0, t1 + 1)) return 0;
  return 1;
}

/**
 * Round 33: the country whose nisba ends a medium's name (وكالة الأنباء البحرينية → Bahrain): the
 * country nested there, the extractor's, or any country of the article written with that nisba.
 */
function endingNisba(
  mention: string,
  nested: string | undefined,
  given: string | undefined,
  entities: Map<string, Entity>,
): string | undefined {
  if (!NISBA_WORD.test(mention)) return undefined;
  if (nested !== undefined && endsWithNisbaOf(mention, entities.get(nested))) return nested;
  if (given !== undefined) return given;
  for (const e of entities.values()) if (e.type === "Country" && endsWithNisbaOf(mention, e)) return e.id;
  return undefined;
}

/** A masculine nisba right after a mention (ميلان الإيطالي), as written in the text. */
const MASCULINE_NISBA_AFTER = /^["”»]?\s+ال\S{2,}ي(?![\p{L}\p{M}])/u;

/** Round 33: an organisation of no kind written with a masculine nisba right after it somewhere. */
export function mayBeClub(e: Entity, text: string): boolean {
  if (e.type !== "Organization" || e.properties.kind !== undefined) return false;
  return e.mentions.some((m) => MASCULINE_NISBA_AFTER.test(text.slice(m.end, m.end + 24)));
}

/**
 * Round 33: a club the entity stage gives no kind, written without its head noun (أمام ميلان
 * الإيطالي): an organisation of no kind with a masculine country's nisba right after it, in a
 * sentence of sports (`sportsWords`: مباراة، لاعب، مدرب …), is that country's club. A feminine nisba
 * (a company, an authority) or a sentence of no sport leaves it out.
 */
function clubByContext(e: Entity, c: SentenceCtx, next: Arg | undefined, a: ArticleCtx): boolean {
  if (e.properties.kind !== undefined || !next || !next.nisba || next.type !== "Country") return false;
  if (!/ي$/.test(normalizeForMatch(a.text.slice(next.start, next.end)).trim())) return false;
  return c.tokens.some((t) => hasKey(t, a.lex.sportsWords));
}

/** An organisation written after a team's head noun somewhere in the text (no kind given). */
export function mayBeTeam(e: Entity, text: string, lex: ArticleCtx["lex"]): boolean {
  if (e.type !== "Organization" || e.properties.kind !== undefined) return false;
  return e.mentions.some((m) => {
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1] ?? "";
    // فريق، لفريق، وفريق: the word as written, then without its proclitics.
    return [before, before.replace(/^[وف]/, ""), before.replace(/^[وف]?[لب]/, "")].some((w) =>
      lex.sportsHeads.has(core(w)),
    );
  });
}

/**
 * PART_OF for state institutions named with a country's nisba (جهاز مكافحة الإرهاب العراقي →
 * Iraq). The country comes from the extractor's `properties.country`, a nisba nested in the
 * name, or a nisba written right after it. Companies (round 28) and media (round 33) only by a
 * nisba right after their name (a medium's also by one ending it); parties never qualify.
 */
export function institutionRelations(
  a: ArticleCtx,
  sentences: SentenceCtx[],
  entities: Map<string, Entity>,
  /** Institutions already placed (in earlier sentences, read one at a time): the first evidence wins. */
  done: ReadonlySet<string> = new Set(),
): Relation[] {
  const out = new Map<string, Relation>();
  for (const c of sentences) {
    c.args.forEach((arg, i) => {
      const e = entities.get(arg.entity);
      if (!e || e.type !== "Organization" || out.has(e.id) || done.has(e.id)) return;
      const company =
        !isStateInstitution(e, a.lex) &&
        !namedAsTeam(e, c, arg.t0, a.lex) &&
        namedAsCompany(e, c, arg.t0, a.lex);
      const medium =
        !company &&
        !isStateInstitution(e, a.lex) &&
        !namedAsTeam(e, c, arg.t0, a.lex) &&
        namedAsMedium(e, c, arg.t0, a.lex);
      const next = c.args[i + 1];
      const club =
        !company &&
        !medium &&
        !isStateInstitution(e, a.lex) &&
        !namedAsTeam(e, c, arg.t0, a.lex) &&
        clubByContext(e, c, next, a);
      if (!company && !medium && !club && !isStateInstitution(e, a.lex) && !namedAsTeam(e, c, arg.t0, a.lex))
        return;
      // قناة X الإخبارية التركية: a medium's nisba may follow one word of its kind.
      const skip = medium ? mediumAdjective(c, arg.t0, arg.t1, a.lex) : 0;
      const claimed = e.properties.country;
      // نادي Y، البرتغالي X / الهلال اليوناني X: a nisba set off by a comma or before a name is the
      // person's nationality, not the body's; unless it is the state the body is known to be of
      // (مدرب تشيلسي الإنجليزي X: Chelsea is English, England part of the United Kingdom).
      const ownState = (id: string) =>
        typeof claimed === "string" && (id === claimed || id.startsWith(`${claimed}-`));
      const adjacent =
        next &&
        next.nisba &&
        (!next.modifier || ownState(next.entity) || clubNisba(e, c, i)) &&
        next.t0 === arg.t1 + 1 + skip &&
        next.type === "Country" &&
        (!/[،,.:؛;“”«»"()]/.test(c.tokens[next.t0]?.gap ?? "") ||
          (skip === 0 && quoteClosed(c.tokens, arg.t0, next.t0)))
          ? next
          : undefined;
      const nested = arg.inner.find((id) => a.typeOf(id) === "Country");
      // The extractor's country counts only when this mention ends with that country's nisba.
      const given =
        typeof claimed === "string" &&
        endsWithNisbaOf(a.text.slice(arg.start, arg.end), entities.get(claimed))
          ? claimed
          : undefined;
      // وكالة الأنباء البحرينية: a medium's own name may end with the nisba.
      const ending = medium
        ? endingNisba(a.text.slice(arg.start, arg.end), nested, given, entities)
        : undefined;
      const country =
        company || club
          ? adjacent?.entity
          : medium
            ? (adjacent?.entity ?? ending)
            : (nested ?? adjacent?.entity ?? given);
      if (!country || country === e.id) return;
      const end = adjacent ? adjacent.end : arg.end;
      out.set(e.id, {
        type: "PART_OF",
        source: e.id,
        target: country,
        properties: {},
        evidence: [{ sentence: c.index, start: arg.start, end, text: a.text.slice(arg.start, end) }],
        confidence: 0.85,
      });
    });
  }
  return [...out.values()];
}

/** Country of an organisation: PART_OF target or the extractor's `properties.country`. */
export function orgCountries(
  parts: Relation[],
  entities: Map<string, Entity>,
  a: ArticleCtx,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const r of parts) map.set(r.source, r.target);
  for (const e of entities.values()) {
    const c = e.properties.country;
    if (e.type === "Organization" && !map.has(e.id) && typeof c === "string" && a.typeOf(c) === "Country")
      map.set(e.id, c);
  }
  return map;
}

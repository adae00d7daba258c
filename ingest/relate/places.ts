import type { Entity, EntityType, Relation } from "../model.js";
import type { Arg } from "./args.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import { normalizeForMatch } from "../text/normalize.js";
import { core, type RelateLexicon } from "./lexicon.js";
import { orgTailAt } from "./title-match.js";
import { hasKey, lookup } from "./tokens.js";
import type { Token } from "./tokens.js";

/** Punctuation between two mentions ends the noun phrase (مدينة X، في Y is a new circumstance). */
const BREAK = /[،,.:؛;!?؟()"“”«»\-–]/;
/**
 * Round 28: a name set off in quotes (بمدينة "X" الهولندية، ستاد «X» في Y، شركة "X" الأسترالية): the
 * quote that closes it is no break before its nisba or its place. True when the gap before token `k`
 * (right after the name) holds only a closing quote and the name's own gap opens one.
 */
export function quoteClosed(tokens: readonly Token[], t0: number, k: number): boolean {
  if (!/^\s*["”»]\s*$/.test(tokens[k]?.gap ?? "")) return false;
  // The last quote mark before it, in the name's gaps (ستاد "X" opens inside the name), opens.
  let quotes = "";
  for (let j = t0; j < k; j++) quotes += (tokens[j]?.gap ?? "").replace(/[^"“”«»]/g, "");
  return quotes.length % 2 === 1 && /["“«]$/.test(quotes);
}

/** At most this many words in an aside in parentheses after a name (مركز X (إثراء) بالظهران). */
const MAX_ASIDE = 3;

/**
 * Round 28: the token right after a short aside in parentheses that opens at token `j` (no
 * entity inside, at most MAX_ASIDE words), or -1 when there is none.
 */
function asideEnd(c: SentenceCtx, j: number, until: number, self = -1): number {
  // Round 40: the name's own second name may stand inside (عين العرب (كوباني) شمال سوريا).
  const other = (t: Token) => t.arg >= 0 && t.arg !== self;
  if (!/^\($/.test(c.tokens[j]?.gap ?? "") || other(c.tokens[j] as Token)) return -1;
  for (let k = j + 1; k <= until && k <= j + MAX_ASIDE; k++) {
    const t = c.tokens[k];
    if (!t) return -1;
    if (t.gap === ")") return k;
    if (other(t) || t.gap !== "") return -1;
  }
  return -1;
}

/** Round 40: a town's apposition by its head (بلدة X المدينة الحدودية شمال Y). */
const APPOSED_HEADS = new Set(["المدينة", "البلدة", "القرية"].map(normalizeForMatch));

/** The token after «المدينة / البلدة / القرية + one definite adjective» at `j`, or `j`. */
function appositionEnd(c: SentenceCtx, j: number, until: number): number {
  const h = c.tokens[j];
  const adj = c.tokens[j + 1];
  if (!h || !adj || j + 2 > until || h.arg >= 0 || adj.arg >= 0 || !APPOSED_HEADS.has(h.norm)) return j;
  if (!/^ال.../.test(adj.norm) || BREAK.test(adj.gap)) return j;
  return j + 2;
}

/** At most this many head words between the preposition and the place (في أقصى شمال غرب X). */
const MAX_HEADS = 3;
/** The "preposition" of a place named after a direction word alone (حي X شرق Y). */
const DIRECTION = "direction";

/** Sizes of administrative places by their head noun: a district in a town, a town in a governorate, a governorate in a region. */
const PLACE_RANK = new Map<string, number>([
  [core("حي"), 1],
  [core("قرية"), 2],
  [core("بلدة"), 2],
  [core("مدينة"), 3],
  [core("محافظة"), 4],
  [core("منطقة"), 5],
]);

/**
 * The size of a place by the head noun of its name or of any form the article writes it with (0
 * when none is a place head): round 28, ميسان written محافظة ميسان elsewhere in the article is a
 * governorate too. Gazetteer aliases do not count (شرناق is a province, whatever its alias says).
 */
function placeRank(e: Entity | undefined): number {
  if (!e) return 0;
  let best = 0;
  for (const n of [e.name, ...e.mentions.map((m) => m.text)]) {
    const w = normalizeForMatch(n.trim().split(/\s+/)[0] ?? "");
    for (const form of [w, w.replace(/^[وف]/, ""), w.replace(/^[وف]?[بل]/, "")])
      best = Math.max(best, PLACE_RANK.get(core(form)) ?? 0);
  }
  return best;
}

/** بالعاصمة الأردنية: the head of a country's capital before the country's nisba. */
const CAPITAL = new Set([core("العاصمة"), core("عاصمة")]);

/**
 * X بالعاصمة الأردنية: the place is the capital, a city of that country the article names with
 * `capital` (عمّان), else the country itself.
 */
function capitalOf(c: SentenceCtx, place: Arg, entities: Map<string, Entity>): string {
  if (place.type !== "Country" || !place.nisba || !hasKey(c.tokens[place.t0 - 1], CAPITAL))
    return place.entity;
  for (const e of entities.values())
    if (e.type === "City" && e.properties.capital === true && e.properties.country === place.entity)
      return e.id;
  return place.entity;
}

/**
 * The size of a place as the inner one of a LOCATED_IN: its head's rank, else at least a village
 * for a town (round 43: a City written without a head is never inside a district).
 */
function innerRank(e: Entity | undefined): number {
  const rank = placeRank(e);
  return rank === 0 && e?.type === "City" ? (PLACE_RANK.get(core("قرية")) ?? 0) : rank;
}

/** منطقة X بمحافظة Y: a region is not inside a governorate, nor a governorate inside a town. */
function smaller(inner: Entity | undefined, outer: Entity | undefined): boolean {
  const a = innerRank(inner);
  const b = placeRank(outer);
  return a === 0 || b === 0 || a < b;
}

/** Round 43: heads of seas, gulfs, oceans, rivers and straits (البحر المتوسط، الخليج العربي). */
const WATER_HEADS = new Set(["بحر", "خليج", "محيط", "نهر", "بحيرة", "مضيق"].map(core));

/** A place named by a body of water (its name or the article's forms of it open with a water head). */
function waterBody(e: Entity): boolean {
  return (
    e.type === "Location" &&
    [e.name, ...e.mentions.map((m) => m.text)].some((n) =>
      WATER_HEADS.has(core((n.trim().split(/\s+/)[0] ?? "").replace(/^[وف]?[بل]?(?=ال)/, ""))),
    )
  );
}

/**
 * Round 43, a last check on every LOCATED_IN of the article: a country is in nothing; a body or a
 * town is not "in" a sea, a gulf or a river (an institute named for the sea, a port on it); and a
 * place is never inside a smaller one by the size order حي < قرية / بلدة < مدينة < محافظة <
 * منطقة (الرياض في حي X is the event's place said twice, not a town inside a district).
 */
export function placeFits(r: Relation, entities: Map<string, Entity>): boolean {
  if (r.type !== "LOCATED_IN") return true;
  const source = entities.get(r.source);
  const target = entities.get(r.target);
  if (!source || !target) return true;
  if (source.type === "Country") return false;
  if (source.type !== "Location" && waterBody(target)) return false;
  if ((source.type === "City" || source.type === "Location") && target.type !== "Country")
    return smaller(source, target);
  return true;
}

/** Heads that make a town-sized name smaller than the town after it (قرية X بمدينة Y). */
const VILLAGE = new Set(["قرية", "بلدة", "حي", "قريتي", "بلدتي"].map(core));
const TOWN = new Set(["مدينة", "محافظة"].map(core));

/**
 * قرية X بمدينة Y، بلدة X في محافظة Y: a village the entity stage types as a town is in the town
 * written with its head after it (two towns side by side are not).
 */
function villageInTown(c: SentenceCtx, arg: Arg, place: Arg): boolean {
  if (arg.type !== "City" || place.type !== "City") return false;
  const before = c.tokens[arg.t0 - 1];
  const head = c.tokens[place.t0 - 1];
  const stem = (t: Token | undefined) => core((t?.norm ?? "").replace(/^[وف]?ب?/, ""));
  return before !== undefined && VILLAGE.has(stem(before)) && head !== undefined && TOWN.has(stem(head));
}

/** What may sit in which: a district in a city, a city in a region or a country, an office in a city. */
const CONTAINERS: Partial<Record<EntityType, ReadonlySet<EntityType>>> = {
  Location: new Set<EntityType>(["City", "Location", "Country"]),
  City: new Set<EntityType>(["Location", "Country"]),
  // An institution "in Y" names its seat only with a town or a district: "X in <country>" is
  // where it acts (قوات التحالف في اليمن), not where it is.
  Organization: new Set<EntityType>(["City", "Location"]),
};

/**
 * A nisba adjective is one word, and after a city it is feminine (ميلانو الإيطالية): a masculine
 * one (برشلونة الإسباني) describes a club named after the city.
 */
function nisbaFits(written: string, type: EntityType): boolean {
  const word = written.trim();
  if (/\s/.test(word)) return false;
  return type !== "City" || /[ةه]$/.test(word);
}

/** Teams, media and companies named "in Y" play, report or sell there; other bodies sit there. */
function mayHaveSeat(e: Entity | undefined, a: ArticleCtx): boolean {
  if (!e) return false;
  const kind = e.properties.kind;
  if (typeof kind === "string" && (a.lex.excludedKinds.has(kind) || kind === "club"))
    return kind !== "club" && seatOfLearning(e);
  return !headIs(e, a.lex.sportsHeads);
}

/** Round 24: heads of places of learning, which are not the state's but do sit in a town. */
const LEARNING = new Set(["جامعة", "كلية", "معهد", "أكاديمية"].map(core));

/**
 * Round 24: a university, college or institute "بـY / في Y" is there (جامعة X بالرياض، كلية X في
 * مدينة Y), whatever kind the entity stage gives it (university, intergovernmental).
 */
function seatOfLearning(e: Entity): boolean {
  return headIs(e, LEARNING);
}

function headIs(e: Entity | undefined, heads: ReadonlySet<string>): boolean {
  return heads.has(core(e?.name.trim().split(/\s+/)[0] ?? ""));
}

/** Heads of national bodies: "X بـY / في Y" names the seat of a branch, not of the body. */
const NATIONAL_HEADS = new Set(["وزارة", "وزارات"].map(core));
/** Words that make a body national (شركة المياه الوطنية، اللجنة الوطنية). */
const NATIONAL_WORDS = new Set(["الوطنية", "الوطني"].map(core));
/** Heads that with العامة name a national authority (المؤسسة العامة للتدريب، الهيئة العامة للسياحة). */
const GENERAL_HEADS = new Set(["المؤسسة", "الهيئة", "الرئاسة"].map(core));
const GENERAL = core("العامة");
/** فرع وزارة X في Y، مكتب الهيئة بـY: the branch is there, not the body it belongs to. */
const BRANCH = /^[وف]?(ب|ل)?(ال)?(فرع|فروع|مكتب|مكاتب)$/;

/**
 * A national body (a ministry, a body named الوطنية) or one named after فرع / مكتب: the place after
 * it is its branch's (وزارة الزراعة بالمنطقة Y، فرع وزارة العمل في Y), not its own seat. A branch
 * or directorate the entity stage names with the place (الإدارة العامة للتعليم بجدة) stays.
 */
export function branchSeat(c: SentenceCtx, arg: Arg, e: Entity | undefined, lex: RelateLexicon): boolean {
  if (!e) return false;
  return branchBefore(c, arg) || nationalSeat(e, lex);
}

/** A national body by its name: a ministry, المؤسسة/الهيئة العامة, a name with الوطني, a listed one. */
function nationalSeat(e: Entity, lex: RelateLexicon): boolean {
  if (headIs(e, NATIONAL_HEADS)) return true;
  const words = e.name.trim().split(/\s+/).map(core);
  // الدفاع المدني بجدة، هيئة الهلال الأحمر بمنطقة Y: a national service written without فرع.
  if (nationalBody(words, lex)) return true;
  // المؤسسة العامة للX في منطقة Y: a general authority of the state; الإدارة / المديرية العامة
  // (a region's directorate) are not among these heads.
  if (GENERAL_HEADS.has(words[0] ?? "") && words[1] === GENERAL) return true;
  return words.some((w) => NATIONAL_WORDS.has(w));
}

/** The name (core words) opens with a listed national body (`nationalBodies`): الدفاع المدني [السعودي]. */
export function nationalBody(words: string[], lex: RelateLexicon): boolean {
  return lex.nationalBodies.some((p) => p.length <= words.length && p.every((w, k) => words[k] === w));
}

/** فرع / مكتب right before the organisation: the place after it is the branch's. */
function branchBefore(c: SentenceCtx, arg: Arg): boolean {
  const before = c.tokens[arg.t0 - 1];
  return (
    before !== undefined &&
    before.arg < 0 &&
    BRANCH.test(before.norm) &&
    !/[،,.:؛;]/.test((c.tokens[arg.t0] as Token).gap)
  );
}

/** The preposition ب written on the token (بجدة، بمنطقة) with the rest being `rest`. */
function withB(t: Token, rest: (t: Token) => boolean): boolean {
  return t.norm.length > 2 && t.norm.startsWith("ب") && rest(t);
}

/** Most words of a purpose tail (للأمراض الصدرية والتنفسية). */
const MAX_PURPOSE = 3;

/**
 * Round 24: مستشفى X للولادة والأطفال بجدة، قصر X للاحتفالات والمؤتمرات بالرياض: a purpose (لل +
 * noun, then وال + noun or a definite adjective) right after a site or a body, left outside its name
 * by the entity stage. Returns the token after the tail, or `from` when there is none.
 */
function purposeTail(c: SentenceCtx, from: number, until: number): number {
  const t = c.tokens[from];
  if (!t || t.arg >= 0 || BREAK.test(t.gap) || !/^لل../.test(t.norm)) return from;
  let j = from + 1;
  for (let n = 1; j < until && n < MAX_PURPOSE; j++, n++) {
    const w = c.tokens[j] as Token;
    if (w.arg >= 0 || BREAK.test(w.gap) || !/^و?ال../.test(w.norm)) break;
  }
  return j;
}

/**
 * The container after `a` in the same noun phrase: `a` في/ب [heads] `b`, with heads such as
 * مدينة، منطقة، حي، شمال (`lex.placeHeads`). Returns null when anything else sits between.
 */
function containerAfter(c: SentenceCtx, i: number, a: ArticleCtx): { place: Arg; prep: string } | null {
  const inner = c.args[i] as Arg;
  // Round 40: a town's second name in parentheses (عين العرب (كوباني)) is read over.
  const second = c.args[i + 1];
  const again =
    second !== undefined &&
    second.entity === inner.entity &&
    (inner.type === "City" || inner.type === "Location") &&
    second.t0 === inner.t1 + 1 &&
    /^\($/.test((c.tokens[second.t0] as Token).gap);
  const next = c.args[again ? i + 2 : i + 1];
  if (!next) return null;
  const heads = a.lex.placeHeads;
  const isHead = (t: Token) => t.arg < 0 && hasKey(t, heads);
  let j = inner.t1 + 1;
  // مطار X الدولي في Y: an adjective the name left outside; not after a town (جدة التاريخية في
  // البلد names a quarter of the town, round 28).
  if (
    j < next.t0 &&
    inner.type !== "City" &&
    hasKey(c.tokens[j], a.lex.siteModifiers) &&
    !BREAK.test((c.tokens[j + 1] as Token).gap)
  )
    j++;
  // قصر X للاحتفالات والمؤتمرات بالرياض: a purpose the name left outside, before ب only.
  // مركز X (إثراء) بالظهران: a short aside in parentheses right after the name.
  const place = inner.type === "City" || inner.type === "Location";
  const aside = asideEnd(c, j, next.t0, again ? i + 1 : -1);
  if (aside > j) j = aside;
  const apposed = place ? appositionEnd(c, j, next.t0) : j;
  if (apposed > j && !BREAK.test((c.tokens[j] as Token).gap)) j = apposed;
  const tail = inner.type === "City" ? j : purposeTail(c, j, next.t0);
  if (tail > j && !withB(c.tokens[tail] as Token, () => true)) return null;
  j = tail;
  const first = c.tokens[j];
  const closed = (j === inner.t1 + 1 && quoteClosed(c.tokens, inner.t0, j)) || (aside > 0 && j === aside);
  if (!first || (BREAK.test(first.gap) && !closed)) return null;
  // ب written on the place itself (بجدة); a conjunct (X ومحافظة Y) only inherits a preposition.
  if (j === next.t0)
    return next.prep === "ب" && !next.conj && /^ب/.test(c.tokens[next.t0]?.norm ?? "")
      ? { place: next, prep: next.prep }
      : null;
  if (first.arg >= 0) return null;
  // حي X شرق Y: a direction names the larger place without a preposition.
  const direction = first.keys.includes(first.norm) && hasKey(first, a.lex.directions);
  const prep = first.norm === "في" ? "في" : withB(first, isHead) ? "ب" : direction ? DIRECTION : "";
  if (!prep) return null;
  j++;
  for (let n = 0; j < next.t0 && n <= MAX_HEADS; j++, n++) {
    const t = c.tokens[j] as Token;
    if (BREAK.test(t.gap) || !isHead(t)) return null;
  }
  const last = c.tokens[next.t0];
  return j === next.t0 && last !== undefined && !BREAK.test(last.gap) ? { place: next, prep } : null;
}

/**
 * LOCATED_IN read from the noun phrase, without a trigger word (issue 14): a place or an office
 * followed by في/ب and a larger place (مدينة X بمنطقة Y، حي X بمدينة Y، هيئة X بـY، مستشفى X في
 * مدينة Y), or a place followed by its country's nisba (مقاطعة X التركية → Turkey; an institution
 * with a nisba is PART_OF instead, see institutions.ts). Sports teams are skipped: "X في Y" is where
 * they play. A mention inside a person's title is skipped too (أمير منطقة X في ...), unless it is an
 * office written with ب and its place (مدير إدارة المرور بمنطقة Y X).
 */
export function placeRelations(a: ArticleCtx, c: SentenceCtx, entities: Map<string, Entity>): Relation[] {
  const out: Relation[] = [];
  c.args.forEach((arg, i) => {
    if (arg.pseudo || arg.nisba || (arg.modifier && arg.type !== "Organization")) return;
    const allowed = CONTAINERS[arg.type];
    if (!allowed) return;
    if (arg.type === "Organization" && !mayHaveSeat(entities.get(arg.entity), a)) return;
    // وشرق ووسط Y: a direction read as a name is a part of Y, not a place in it.
    const written = normalizeForMatch(a.text.slice(arg.start, arg.end)).replace(/^[وف]/, "");
    if (a.lex.directions.has(core(written))) return;
    const next = c.args[i + 1];
    const nisba =
      next !== undefined &&
      arg.type !== "Organization" &&
      next.nisba &&
      !next.conj &&
      nisbaFits(a.text.slice(next.start, next.end), arg.type) &&
      next.type === "Country" &&
      next.t0 === arg.t1 + 1 &&
      (!BREAK.test((c.tokens[next.t0] as Token).gap) || quoteClosed(c.tokens, arg.t0, next.t0))
        ? next
        : null;
    const found = nisba ? { place: nisba, prep: "" } : containerAfter(c, i, a);
    if (!found) return;
    const { place, prep } = found;
    // لجنة X بالخماسين في محافظة Y: the place after a body named with its own place holds that place.
    if (arg.type === "Organization" && prep !== DIRECTION) {
      const own = ownPlaceAt(a, arg, entities);
      if (own) {
        const r = ownPlaceIn(a, c, arg, own, place, entities);
        if (r) out.push(r);
        return;
      }
    }
    // مدير شرطة X بمنطقة Y: an office in a title has its seat behind ب; في may open a circumstance.
    if (arg.modifier && prep !== "ب") return;
    // Forces or a government "in Y" act there (قوات الأمن في منطقة X); "بـY" names their seat.
    if (arg.type === "Organization" && prep === "في" && headIs(entities.get(arg.entity), a.lex.transparent))
      return;
    // وزارة X بالمنطقة Y، فرع وزارة X في Y: a national body's seat there is its branch's.
    if (arg.type === "Organization" && !arg.modifier && branchSeat(c, arg, entities.get(arg.entity), a.lex))
      return;
    // مدير فرع هيئة X بعسير Y: in a title too, the place after فرع is the branch's.
    // مدير الدفاع المدني بمنطقة Y، مدير وزارة X بمنطقة Y: a national body's office there is a branch.
    if (arg.type === "Organization" && arg.modifier && branchSeat(c, arg, entities.get(arg.entity), a.lex))
      return;
    // A sea or a region "في" a city borders it; a site "بـ" a city (حي X بالدمام) is inside it,
    // and so is a mosque, a stadium or an airport "في" it, or a district east of it.
    const site = headIs(entities.get(arg.entity), a.lex.siteHeads);
    if (arg.type === "Location" && place.type === "City" && prep !== "ب" && !site) return;
    // Towns north of a city are outside it; north of a region or a country they are in it.
    if (prep === DIRECTION && place.type === "City" && !site) return;
    if (prep === DIRECTION && arg.type === "Organization") return;
    if (place.pseudo || place.entity === arg.entity) return;
    if (
      !allowed.has(place.type) &&
      !villageInTown(c, arg, place) &&
      !learningAbroad(a, arg, place, prep, entities)
    )
      return;
    // منطقة X بمحافظة Y: a region is not inside a governorate, nor a governorate inside a town.
    if (!smaller(entities.get(arg.entity), entities.get(place.entity))) return;
    // Behind في a nisba is an adjective of something else (في العاصمة السعودية …), not the place.
    if (place.type !== "Country" && place.nisba) return;
    const target = capitalOf(c, place, entities);
    if (target === arg.entity) return;
    out.push({
      type: "LOCATED_IN",
      source: arg.entity,
      target,
      properties: {},
      evidence: [
        { sentence: c.index, start: arg.start, end: place.end, text: a.text.slice(arg.start, place.end) },
      ],
      confidence: 0.75,
    });
    // بلدتي X وY في محافظة Z: places coordinated right before the last one are in Z too.
    if (!prep || prep === DIRECTION || arg.type === "Organization") return;
    for (let k = i; k > 0; k--) {
      const later = c.args[k] as Arg;
      const earlier = c.args[k - 1] as Arg;
      if (!later.conj || later.t0 !== earlier.t1 + 1 || BREAK.test((c.tokens[later.t0] as Token).gap)) break;
      if (
        !listMate(earlier, arg, place, prep, entities) ||
        earlier.pseudo ||
        earlier.nisba ||
        earlier.modifier
      )
        break;
      if (earlier.entity === target || earlier.entity === arg.entity) break;
      out.push({
        type: "LOCATED_IN",
        source: earlier.entity,
        target,
        properties: {},
        evidence: [
          {
            sentence: c.index,
            start: earlier.start,
            end: place.end,
            text: a.text.slice(earlier.start, place.end),
          },
        ],
        confidence: 0.7,
      });
    }
  });
  return out;
}

/**
 * Round 28: a university, college or institute "في / بـ" a country is there (جامعة X في هولندا), and
 * so is an embassy or a mission (`missionHeads`); other bodies "in <country>" name where they act
 * (see CONTAINERS).
 */
function learningAbroad(
  a: ArticleCtx,
  arg: Arg,
  place: Arg,
  prep: string,
  entities: Map<string, Entity>,
): boolean {
  if (arg.type !== "Organization" || place.type !== "Country" || (prep !== "في" && prep !== "ب"))
    return false;
  const e = entities.get(arg.entity);
  // السفارة السعودية في المغرب، بعثة X في Y: a mission sits in the country it is "in" too.
  return e !== undefined && (seatOfLearning(e) || headIs(e, a.lex.missionHeads));
}

/**
 * Round 28: a place listed before the last one of a list (الطائف والليث والقنفذة بمنطقة Y) shares its
 * container when it is of the same type, or a town or district the entity stage typed the other way
 * (City / Location), fits the container and is smaller than it.
 */
function listMate(earlier: Arg, last: Arg, place: Arg, prep: string, entities: Map<string, Entity>): boolean {
  if (earlier.type === last.type) return true;
  const places = new Set<EntityType>(["City", "Location"]);
  if (!places.has(earlier.type) || !places.has(last.type)) return false;
  if (!CONTAINERS[earlier.type]?.has(place.type)) return false;
  if (earlier.type === "Location" && place.type === "City" && prep !== "ب") return false;
  return smaller(entities.get(earlier.entity), entities.get(place.entity));
}

/**
 * Round 28: the town or district a body's mention ends with behind ب (لجنة التنمية بالخماسين، مكتب
 * العمل بالخرج), when the article names it as a City or Location; undefined otherwise.
 */
function ownPlaceAt(a: ArticleCtx, arg: Arg, entities: Map<string, Entity>): string | undefined {
  const words = normalizeForMatch(a.text.slice(arg.start, arg.end)).split(/\s+/);
  const names = placesByName(entities);
  for (let k = 1; k < words.length; k++) {
    const w = words[k] ?? "";
    if (w.length <= 3 || !w.startsWith("ب")) continue;
    const id = names.get([w.slice(1), ...words.slice(k + 1)].join(" "));
    if (id && id !== arg.entity) return id;
  }
  return undefined;
}

/**
 * Round 28: لجنة X بالخماسين في محافظة Y → الخماسين LOCATED_IN Y (the body itself is in its own
 * place, `namedPlaceRelations`, not in the larger one). The own place must fit the container and
 * be smaller than it.
 */
function ownPlaceIn(
  a: ArticleCtx,
  c: SentenceCtx,
  arg: Arg,
  own: string,
  place: Arg,
  entities: Map<string, Entity>,
): Relation | null {
  const inner = entities.get(own);
  if (!inner || place.pseudo || place.entity === own) return null;
  if (!CONTAINERS[inner.type]?.has(place.type)) return null;
  if (place.type !== "Country" && place.nisba) return null;
  if (!smaller(inner, entities.get(place.entity))) return null;
  return {
    type: "LOCATED_IN",
    source: own,
    target: capitalOf(c, place, entities),
    properties: {},
    evidence: [
      { sentence: c.index, start: arg.start, end: place.end, text: a.text.slice(arg.start, place.end) },
    ],
    confidence: 0.7,
  };
}

/** منها، ومنها، من بينها، أبرزها، مثل: the words that open the members of a plural right before. */
const AMONG = /^(و?منها|و?ابرزها|و?اهمها|و?بينها|مثل)$/;

/**
 * Round 28: عدة قرى بمحافظة Y منها X وZ، مدن في منطقة Y من بينها X — a plural place head
 * (`pluralPlaceHeads`) with its container behind ب / في, then منها / من بينها / أبرزها and a list of
 * towns or districts: each listed place is in Y. No punctuation but a comma before منها.
 */
export function placesAmong(a: ArticleCtx, c: SentenceCtx): Relation[] {
  const out: Relation[] = [];
  c.args.forEach((place, i) => {
    if (
      place.pseudo ||
      place.nisba ||
      (place.type !== "Location" && place.type !== "City" && place.type !== "Country")
    )
      return;
    // قرى بمحافظة Y، مناطق أخرى في محافظة Y: the plural head, one word (أخرى) at most between.
    let h = place.t0 - 1;
    const written = c.tokens[place.t0] as Token;
    const fi = c.tokens[h]?.norm === "في";
    if (fi) h--;
    else if (place.prep !== "ب" || !written.norm.startsWith("ب")) {
      // بمحافظة Y: ب written on the place's head noun.
      const before = c.tokens[h];
      if (!before || !withB(before, (t) => hasKey(t, a.lex.placeHeads))) return;
      h--;
      if (c.tokens[h + 1]?.arg !== -1) return;
    }
    if (c.tokens[h]?.norm === "اخري" || c.tokens[h]?.norm === "اخرى") h--;
    const head = c.tokens[h];
    if (!head || head.arg >= 0 || !hasKey(head, a.lex.pluralPlaceHeads)) return;
    // منها right after the container (a comma allowed before it), then the first member.
    let k = place.t1 + 1;
    if (c.tokens[k]?.norm === "من" && /^و?بينها$/.test(c.tokens[k + 1]?.norm ?? "")) k++;
    const among = c.tokens[k];
    if (!among || among.arg >= 0 || !AMONG.test(among.norm) || /[.:؛;()"“”«»]/.test(among.gap)) return;
    for (let j = i + 1; j < c.args.length; j++) {
      const x = c.args[j] as Arg;
      const first = j === i + 1;
      if (first ? x.t0 !== k + 1 : !x.conj || x.t0 !== (c.args[j - 1] as Arg).t1 + 1) break;
      if (BREAK.test((c.tokens[x.t0] as Token).gap) || x.pseudo || x.nisba) break;
      if (!CONTAINERS[x.type]?.has(place.type) || x.type === "Organization" || x.entity === place.entity)
        break;
      out.push({
        type: "LOCATED_IN",
        source: x.entity,
        target: place.entity,
        properties: {},
        evidence: [
          { sentence: c.index, start: place.start, end: x.end, text: a.text.slice(place.start, x.end) },
        ],
        confidence: 0.7,
      });
    }
  });
  return out;
}

/** Heads of natural features (جزيرة X is the island X, not a place in X). */
const FEATURE_HEADS = new Set(
  ["جزيرة", "جزر", "جبل", "جبال", "وادي", "بحيرة", "نهر", "صحراء", "شبه"].map(core),
);

/** Towns and regions of the article by each of their normalised names, built once per article. */
const placeNames = new WeakMap<Map<string, Entity>, Map<string, string>>();

function placesByName(entities: Map<string, Entity>): Map<string, string> {
  let names = placeNames.get(entities);
  if (!names) {
    names = new Map();
    const cities = new Set<string>();
    for (const e of entities.values())
      if (e.type === "City" || e.type === "Location")
        for (const n of [e.name, ...e.aliases]) {
          // بجدة: a town's name over a governorate that shares it (محافظة جدة written جدة).
          const key = normalizeForMatch(n);
          const had = names.get(key);
          if (had === undefined || e.type === "City" || !cities.has(had)) names.set(key, e.id);
          if (e.type === "City") cities.add(e.id);
        }
    placeNames.set(entities, names);
  }
  return names;
}

/** A word with ب written on it (بجدة) read without it; ل (لدول الخليج) is "of", never a seat. */
const seatWord = (w: string): string => (w.length > 3 && w.startsWith("ب") ? w.slice(1) : w);

/**
 * LOCATED_IN from a name that contains its place (issue 14): كورنيش جدة، مطار منطقة الباحة، شرطة
 * محافظة جدة، المحكمة الجزائية بجدة → the town or region the article names with those words. The
 * longest such place wins (منطقة الباحة over الباحة); a name that is only place heads before the
 * place (منطقة الرياض، جنوب الرياض) is that place, not in it; the body that governs it (إمارة
 * منطقة X) is not in it either. Teams, media and companies are skipped.
 */
export function namedPlaceRelations(
  a: ArticleCtx,
  c: SentenceCtx,
  entities: Map<string, Entity>,
): Relation[] {
  const out: Relation[] = [];
  for (const arg of c.args) {
    if (arg.pseudo || (arg.type !== "Organization" && arg.type !== "Location")) continue;
    const self = entities.get(arg.entity);
    if (arg.type === "Organization" && !mayHaveSeat(self, a)) continue;
    if (headIs(self, a.lex.governingHeads) || headIs(self, a.lex.namedForHeads)) continue;
    // حركة تركستان الشرقية، جماعة X: a movement or an armed group is named for the land it claims.
    if (headIs(self, a.lex.groupHeads)) continue;
    const words = normalizeForMatch(a.text.slice(arg.start, arg.end)).split(/\s+/);
    const names = placesByName(entities);
    let found: string | undefined;
    let behind = false;
    for (let k = 1; k < words.length && !found; k++) {
      // X ومحافظة Y: a name run on over a coordinated place is not the place of X.
      if (/^و/.test(words[k] ?? "") && a.lex.placeHeads.has(core((words[k] ?? "").slice(1)))) break;
      if (words.slice(0, k).every((w) => a.lex.placeHeads.has(core(w)))) continue;
      if ((words[k - 1] ?? "").startsWith("ل")) continue;
      for (let e = words.length; e > k && !found; e--) {
        const id = names.get([seatWord(words[k] ?? ""), ...words.slice(k + 1, e)].join(" "));
        // جزيرة X، جبل X: a natural feature named by one head and the place is that place.
        // Round 40: صحيفة الرياض، قناة دبي — a medium named head + place is titled, not seated, there.
        const head = core(words[0] ?? "");
        const feature =
          k === 1 && e === words.length && (FEATURE_HEADS.has(head) || a.lex.mediaHeads.has(head));
        if (id && id !== arg.entity && !feature) found = id;
        if (found) behind = seatWord(words[k] ?? "") !== words[k] || words[k - 1] === "في";
      }
    }
    if (!found) continue;
    // A national body's mention that runs on over its branch's place (الدفاع المدني بجدة،
    // للقوات المسلحة بالمنطقة الجنوبية), or whose name has no place at all: the place is the branch's.
    if (self && nationalSeat(self, a.lex) && !placeInName(self, entities.get(found))) continue;
    if (self && behind && nationalBody(self.name.trim().split(/\s+/).map(core), a.lex)) continue;
    out.push({
      type: "LOCATED_IN",
      source: arg.entity,
      target: found,
      properties: {},
      evidence: [
        { sentence: c.index, start: arg.start, end: arg.end, text: a.text.slice(arg.start, arg.end) },
      ],
      confidence: 0.7,
    });
  }
  return out;
}

/** The entity's own name (not only this mention) holds one of the place's names. */
function placeInName(e: Entity, place: Entity | undefined): boolean {
  if (!place) return false;
  const name = ` ${normalizeForMatch(e.name)} `;
  return [place.name, ...place.aliases].some((n) => {
    const key = normalizeForMatch(n);
    return name.includes(` ${key} `) || name.includes(` ب${key} `);
  });
}

/**
 * بالجامعة، بالوزارة right after a unit: the organisation named last before it with that head
 * noun (`coreferents` with resolve "head"), written with ب and no punctuation before it.
 */
function bodyByHead(
  a: ArticleCtx,
  c: SentenceCtx,
  k: number,
  entities: Map<string, Entity>,
): string | undefined {
  const t = c.tokens[k];
  if (!t || t.arg >= 0 || BREAK.test(t.gap) || !/^[وف]?بال/.test(t.norm)) return undefined;
  const ref = lookup(t, a.lex.coreferents);
  if (!ref || ref.resolve !== "head") return undefined;
  let best: string | undefined;
  let at = -1;
  for (const e of entities.values()) {
    if (e.type !== "Organization" || core(e.name.split(/\s+/)[0] ?? "") !== ref.head) continue;
    for (const m of e.mentions) {
      if (m.start >= t.start || m.start <= at) continue;
      best = e.id;
      at = m.start;
    }
  }
  return best;
}

/**
 * PART_OF from a unit named with its body (issue 14): إدارة X بوزارة Y، لجنة X في الاتحاد Y،
 * مكتب X بوزارة Y، كلية X بجامعة Y → the unit is part of the body. The unit's name opens with a
 * head of `unitBodies`; the body is an organisation written right after it behind ب or في, with no
 * punctuation between (إدارة X، في Y opens a circumstance).
 */
export function unitRelations(a: ArticleCtx, c: SentenceCtx, entities: Map<string, Entity>): Relation[] {
  const out: Relation[] = [];
  c.args.forEach((arg, i) => {
    if (arg.pseudo || arg.type !== "Organization") return;
    const written = normalizeForMatch(a.text.slice(arg.start, arg.end)).replace(/^[وف]/, "");
    const self = entities.get(arg.entity);
    const head = core(written.split(/\s+/)[0] ?? "");
    if (!a.lex.unitBodies.has(head) && !headIs(self, a.lex.unitBodies)) return;
    // كلية X [الجديدة] بجامعة Y: words the entity stage left off the unit's name.
    let end = arg.t1;
    while (end + 1 < c.tokens.length && orgTailAt(c.tokens, c.args, end + 1, a.lex) === i) end++;
    const next = c.args[i + 1];
    if (!next || next.t0 !== end + 1) {
      // كلية التربية بالجامعة: the body named before by its head noun.
      const body = bodyByHead(a, c, end + 1, entities);
      if (body && body !== arg.entity && mayHaveSeat(self, a)) {
        const t = c.tokens[end + 1] as Token;
        out.push({
          type: "PART_OF",
          source: arg.entity,
          target: body,
          properties: {},
          evidence: [
            { sentence: c.index, start: arg.start, end: t.end, text: a.text.slice(arg.start, t.end) },
          ],
          confidence: 0.6,
        });
        return;
      }
    }
    if (!next || next.type !== "Organization" || next.pseudo || next.nisba || next.entity === arg.entity)
      return;
    const between = next.t0 - end;
    const fi = between === 2 && c.tokens[end + 1]?.norm === "في";
    const b = between === 1 && next.prep === "ب" && /^[وف]?ب/.test(c.tokens[next.t0]?.norm ?? "");
    if (!fi && !b) return;
    // لجنة X برئاسة Y، بإشراف Y، بقيادة Y: who chairs or leads it, not a body it belongs to.
    if (b && /^[وف]?ب(رئاس|اشراف|قياد)/.test(c.tokens[next.t0]?.norm ?? "")) return;
    if (BREAK.test((c.tokens[end + 1] as Token).gap) || BREAK.test((c.tokens[next.t0] as Token).gap)) return;
    // A unit of a club or a company is still part of it; media and teams as units are not.
    if (!mayHaveSeat(self, a)) return;
    out.push({
      type: "PART_OF",
      source: arg.entity,
      target: next.entity,
      properties: {},
      evidence: [
        { sentence: c.index, start: arg.start, end: next.end, text: a.text.slice(arg.start, next.end) },
      ],
      confidence: 0.75,
    });
  });
  return out;
}

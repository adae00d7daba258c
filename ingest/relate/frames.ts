import type { Evidence, Relation, RelationType } from "../model.js";
import { stripMarks } from "../text/normalize.js";
import { isFree, standIn, type Arg } from "./args.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import type { RelateLexicon, Trigger } from "./lexicon.js";
import { core } from "./lexicon.js";
import {
  after,
  agent,
  appos,
  before,
  between,
  clauseLimits,
  coord,
  coordinated,
  group,
  guest,
  laterSubject,
  object,
  pair,
  patronised,
  person,
  prep,
  prev,
  receivers,
  receptionHost,
  relhead,
  resumedSubject,
  subject,
} from "./slots.js";
import type { SlotScope } from "./slots.js";
import { fitsEnd, fitTypes, masdarReading, negated, relationDetails } from "./details.js";
import { lastMarkBefore } from "./search.js";
import { afterTitle } from "./speakers.js";
import { balanceQuotes, hasKey, lookup, reporting } from "./tokens.js";
import type { Token } from "./tokens.js";

/** A filled slot: an entity id, and the mention when there is one in the sentence. */
interface Filler {
  entity: string;
  arg?: Arg;
}

/** How many words after a noun of struggle (مكافحة، الحرب) its enemy may be named behind a preposition. */
const NEAR_ENEMY = 3;
const CONFIDENCE = { verb: 0.8, noun: 0.7, speaker: 0.6 } as const;
const PRONOUN_COMPLEMENTIZERS = new Set(["انه", "انها", "انهم", "بانه", "بانها"]);

const prepCache = new Map<string, Set<string>>();
function prepSet(spec: string): Set<string> {
  let s = prepCache.get(spec);
  if (!s) {
    s = new Set(spec.split("|").map(core));
    prepCache.set(spec, s);
  }
  return s;
}

function speakerSlot(a: ArticleCtx, s: SlotScope, t: Trigger, at: number): Filler | undefined {
  const speaker = a.speakerAt(at);
  if (!speaker || !a.inStatement(at)) return undefined;
  if (t.kind === "verb") {
    const prev = s.tokens[s.ts - 1];
    const pronoun = prev?.keys.find((k) => PRONOUN_COMPLEMENTIZERS.has(k));
    if (t.firstPerson) return { entity: speaker };
    if (pronoun === undefined) return undefined;
    // قال X إن إيران ... وأنها تدعم Y: the pronoun agrees with whom it stands for — ـها with a state or
    // a body (never a man speaking), ـه with a person or a body (never a state, which is feminine).
    const type = a.typeOf(speaker);
    if (pronoun.endsWith("ها") && type === "Person") return undefined;
    if (pronoun.endsWith("ه") && type === "Country") return undefined;
    return { entity: speaker };
  }
  const country = a.countryOf(speaker);
  return country ? { entity: country } : undefined;
}

/**
 * A verb opening its sentence with no subject written (or a light verb before an event noun:
 * وشنت غارات على ...) goes on about the previous sentence's subject when the verb agrees with it:
 * feminine with an organisation or a country (أعلنت الوزارة ... . ووقعت اتفاقية مع ...), masculine
 * with a person (وصل الرئيس X ... . وبحث مع ...).
 */
/** A word after a verb that is no subject: a preposition, a word of time or while (وبحث مع، ووصل أمس إلى، وأكد خلال). */
const unwrittenSubject = (a: ArticleCtx, t: Token): boolean =>
  t.keys.some((k) => a.lex.prepositions.has(k) || a.lex.timeWords.has(k) || a.lex.whileWords.has(k)) ||
  (/^[وف]?(ب|ل|لل)/.test(t.norm) && !t.keys.includes(t.norm));

/** أدانت X ... في نبأ أوردته Y: a medium or a reporting verb between the verb and Y; Y only reports it. */
function reportedBetween(a: ArticleCtx, s: SlotScope, x: Arg): boolean {
  for (let k = s.te + 1; k < x.t0; k++) {
    const t = s.tokens[k] as Token;
    if (t.arg >= 0) continue;
    if (lookup(t, a.lex.media) !== undefined || reporting(t, a.lex.verbs) !== undefined) return true;
    if (hasKey(t, a.lex.sourceMarkers)) return true;
  }
  return false;
}

function carriedSubject(a: ArticleCtx, s: SlotScope, t: Trigger): Filler | undefined {
  const opens =
    t.kind === "verb" ? s.ts === 0 : s.left === 0 && s.ts <= 3 && hasKey(s.tokens[0], a.lex.supportVerbs);
  if (!opens) return undefined;
  // وصل فريق X إلى Y: a common noun right after the verb is its subject, unnamed; nothing is carried.
  const next = t.kind === "verb" ? s.tokens[1] : undefined;
  if (next && next.arg < 0 && !unwrittenSubject(a, next)) return undefined;
  const entity = a.carriedSubject();
  if (!entity) return undefined;
  const type = a.typeOf(entity);
  const verb = (s.tokens[0] as Token).norm.replace(/^[وف]/, "");
  const feminine = verb.endsWith("ت") || /^س?ت/.test(verb);
  const fits = feminine ? type === "Organization" || type === "Country" : type === "Person";
  return fits ? { entity } : undefined;
}

/**
 * Whose meeting a possessive verbal noun is (بحث X خلال استقباله Y؛ خلال لقائه Y، أكد X): the
 * clause's subject before it, else the subject of a verb of saying right after its phrase, else,
 * opening the sentence, the previous sentence's subject. The suffix gives the gender: ـه a person,
 * ـها an organisation or a country. وكان في استقباله is the reception idiom (frame person>actor).
 */
function ownerSlot(a: ArticleCtx, s: SlotScope): Filler | undefined {
  const first = s.tokens[s.ts] as Token;
  if (first.norm.startsWith("استقبال") && s.tokens[s.ts - 1]?.keys.includes("في")) return undefined;
  const person = !(s.tokens[s.te] as Token).norm.endsWith("ها");
  // وكان في استقبال الأمير X لدى وصوله مطار Y، وكان في استقباله لدى وصوله Y: the guest arrives.
  const received = receivedGuest(a, s);
  if (received) return (a.typeOf(received.entity) === "Person") === person ? received : undefined;
  const arg = before(s) ?? laterSubject(s) ?? resumedSubject(s);
  if (arg) return (a.typeOf(arg.entity) === "Person") === person ? { entity: arg.entity, arg } : undefined;
  // بحث X مع ... ، وذلك خلال استقباله Y: وذلك takes the noun back to the sentence's opening subject.
  const opener = thatIs(a, s);
  if (opener)
    return (a.typeOf(opener.entity) === "Person") === person
      ? { entity: opener.entity, arg: opener }
      : undefined;
  const sayer = speakerAround(a, s);
  if (sayer && (a.typeOf(sayer) === "Person") === person) return { entity: sayer };
  const carried = s.left === 0 ? a.carriedSubject() : null;
  return carried && (a.typeOf(carried) === "Person") === person ? { entity: carried } : undefined;
}

/** How far after a meeting word a word of condolence makes it a condolence, with no party between. */
const CONDOLENCE_REACH = 3;

/**
 * A word of condolence right after a meeting word (within three words) or between it and the party
 * met: استقبل X المعزين، تلقى X التعازي من Y.
 */
function condolence(a: ArticleCtx, tokens: Token[], te: number, ...parties: (Arg | undefined)[]): boolean {
  const after = parties.filter((p) => p && p.t0 > te).map((p) => (p as Arg).t0);
  const to = Math.max(te + CONDOLENCE_REACH, ...after);
  for (let k = te + 1; k <= Math.min(to, tokens.length - 1); k++) {
    const x = tokens[k] as Token;
    if (x.arg >= 0 && k > te + CONDOLENCE_REACH) break;
    if (x.arg < 0 && hasKey(x, a.lex.condolences)) return true;
  }
  return false;
}

/**
 * أكدت X دعمها لـY، أعلن الحزب دعمه لـY: the backer of a possessive support noun is the party named
 * before it in its clause (never one named after it: الاتحاد أعلن دعمه لـY أبلغ Z); ـها is a state or
 * a body, ـه a person or a body.
 */
function backer(a: ArticleCtx, s: SlotScope): Filler | undefined {
  const arg = before(s);
  if (!arg || arg.t1 >= s.ts) return undefined;
  // ثمنت X دعمها، أشاد X بدعمه: who praises the support is the one supported, not the backer.
  for (let k = Math.max(s.left, arg.t0 - 2); k < s.ts; k++) if (praised(s.tokens, k + 1)) return undefined;
  const type = a.typeOf(arg.entity);
  const fits = (s.tokens[s.te] as Token).norm.endsWith("ها")
    ? type === "Country" || type === "Organization"
    : type === "Person" || type === "Organization";
  return fits ? { entity: arg.entity, arg } : undefined;
}

/**
 * قتل 9 من X في هجوم لـY، مقتل عناصر من X بقصف لـY: the party the dead are of, behind من before the
 * attack noun (itself after في or with ب), in a clause that speaks of the dead or wounded before it.
 */
function dead(a: ArticleCtx, s: SlotScope): Arg | undefined {
  const first = s.tokens[s.ts] as Token;
  const by = /^[وف]?ب/.test(first.norm) && first.keys.includes(first.norm.replace(/^[وف]?ب/, ""));
  if (!by && !s.tokens[s.ts - 1]?.keys.includes(IN)) return undefined;
  const from = s.args.findLast((x) => x.t1 < s.ts && x.t0 >= s.left);
  if (!from || from.prep !== FROM_PREP || from.t1 < s.ts - (by ? 1 : 2) - DEAD_GAP) return undefined;
  for (let k = s.left; k < from.t0; k++) {
    const x = s.tokens[k] as Token;
    if (x.arg < 0 && hasKey(x, a.lex.casualtyWords)) return from;
  }
  return undefined;
}

const IN = core("في");
const L_PREP = core("ل");
/** Words of time before a war that date a clause (خلال، أثناء، إبان، منذ، قبل، بعد). */
const WAR_TIME = new Set(["منذ", "قبل", "بعد"].map(core));

function warTime(a: ArticleCtx, tok: Token | undefined): boolean {
  return (
    tok !== undefined &&
    tok.arg < 0 &&
    (hasKey(tok, a.lex.whileWords) || tok.keys.some((k) => WAR_TIME.has(k))) &&
    !tok.keys.includes(core("لدى"))
  );
}
const FROM_PREP = core("من");
/** Words allowed between the dead's party and the attack noun (عناصر X الموالية في هجوم). */
const DEAD_GAP = 2;

/** A verbal noun of arrival after a word of arrival (لدى وصوله، فور وصوله). */
const arrival = (a: ArticleCtx, s: SlotScope): boolean =>
  /^[وف]?وصول/.test((s.tokens[s.ts] as Token).norm) && hasKey(s.tokens[s.ts - 1], a.lex.arrivalWords);

/** How many sentences back the person who arrived may be the guest a reception names by a title. */
const ARRIVAL_REACH = 4;

/**
 * وصل خادم الحرمين الشريفين الملك X ... وكان في استقبال خادم الحرمين الشريفين: a guest named by a
 * title alone is the person who arrived last (a few sentences back), else the one who acted last.
 */
function titledGuest(a: ArticleCtx, s: SlotScope): Filler | undefined {
  const here = a.arrived;
  if (here && a.typeOf(here.entity) === "Person" && (s.sentence ?? 0) - here.sentence <= ARRIVAL_REACH)
    return { entity: here.entity };
  return s.actor && a.typeOf(s.actor.entity) === "Person" ? s.actor : undefined;
}

/**
 * ثم يزور Y، وينتقل بعدها إلى Z، وسيحط أولا في W: a verb of visiting that opens a part of the
 * sentence (after ثم, or joined by و after a comma) with only a place after it (over words of time
 * and of the tour's order), or a preposition of the place, continues the tour of the person who
 * visited last, a few sentences back at most. A common noun after the verb is its subject (وصلت
 * الطائرة إلى Y): nobody is carried.
 */
function touring(a: ArticleCtx, s: SlotScope): Filler | undefined {
  const verb = s.tokens[s.ts] as Token;
  const joined = /^[وف]/.test(verb.norm) && !/^وصل/.test(verb.norm) && /[،,]/.test(verb.gap);
  if (!joined && s.tokens[s.ts - 1]?.norm !== "ثم") return undefined;
  let n = s.te + 1;
  while (
    (s.tokens[n] as Token | undefined)?.arg === -1 &&
    (hasKey(s.tokens[n], a.lex.timeWords) || hasKey(s.tokens[n], a.lex.tourAdverbs))
  )
    n++;
  const next = s.tokens[n];
  if (!next) return undefined;
  if (next.arg >= 0) {
    const place = s.args.find((x) => x.t0 === n);
    if (!place || !PLACES.has(place.type)) return undefined;
  } else if (!next.keys.includes("الي") && !next.keys.includes("في")) return undefined;
  const here = a.arrived;
  if (!here || a.typeOf(here.entity) !== "Person" || (s.sentence ?? 0) - here.sentence > ARRIVAL_REACH)
    return undefined;
  return { entity: here.entity };
}

/** How many words before an arrival noun (لدى وصوله) the reception it times may open. */
const RECEPTION_BEFORE = 14;

/**
 * وكان في استقبال الأمير X لدى وصوله، وكان في استقباله عند وصوله: an arrival noun after a word of
 * arrival, in the clause of a reception, is the guest's — the person named after في استقبال, else
 * the one who acted before (a pronoun or a title with no name).
 */
function receivedGuest(a: ArticleCtx, s: SlotScope): Filler | undefined {
  if (!hasKey(s.tokens[s.ts - 1], a.lex.arrivalWords)) return undefined;
  for (let k = s.ts - 2; k >= Math.max(s.left, s.ts - RECEPTION_BEFORE); k--) {
    const t = s.tokens[k] as Token;
    if (t.arg >= 0 || !t.norm.startsWith("استقبال") || !s.tokens[k - 1]?.keys.includes("في")) continue;
    if (t.norm === "استقبال") {
      const g = guest({ ...s, ts: k - 1, te: k });
      if (g && g !== "actor") return g.t1 < s.ts ? { entity: g.entity, arg: g } : undefined;
      if (!g && !hasKey(s.tokens[k + 1], a.lex.honorificPronouns)) return undefined;
      if (g === "actor") return titledGuest(a, s);
    }
    return s.actor && a.typeOf(s.actor.entity) === "Person" ? s.actor : undefined;
  }
  return undefined;
}

/** How many words may open a sentence before its subject (فيما بحث X، وكان قد استقبل X). */
const OPENING_WORDS = 3;

/**
 * وذلك خلال استقباله / لدى لقائه right before the noun: the sentence's subject, named within its
 * first words (after a verb, no preposition), is the owner.
 */
function thatIs(a: ArticleCtx, s: SlotScope): Arg | undefined {
  const that = s.tokens[s.ts - 2];
  if (!that || that.norm !== "وذلك" || !hasKey(s.tokens[s.ts - 1], a.lex.whileWords)) return undefined;
  const first = s.args[0];
  if (!first || first.t0 > OPENING_WORDS || first.prep !== "" || first.t1 >= s.ts) return undefined;
  return first;
}

/** How many words before a possessive event noun the verb of saying it belongs to may be. */
const SAYER_REACH = 6;

/**
 * وأضاف سموه للصحفيين عقب لقائه Y إن ...: an event noun between a verb of saying and the content
 * it opens is the speaker's — the speaker of the statement that starts after it, when no other verb
 * of saying stands between.
 */
function speakerAround(a: ArticleCtx, s: SlotScope): string | undefined {
  let verb = -1;
  for (let k = s.ts - 1; k >= Math.max(0, s.ts - SAYER_REACH); k--) {
    const t = s.tokens[k] as Token;
    if (t.arg < 0 && reporting(t, a.lex.verbs) && !a.inStatement(t.start)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return undefined;
  for (let k = s.te + 1; k < s.tokens.length; k++) {
    const t = s.tokens[k] as Token;
    if (a.inStatement(t.start)) return a.speakerAt(t.start) ?? undefined;
    if (t.arg < 0 && (reporting(t, a.lex.verbs) ?? reporting(t, a.lex.participles))) return undefined;
  }
  return undefined;
}

/**
 * The two parties a word at token k stands for: الجانبان / الطرفين the two ends of the last meeting,
 * البلدان / الدولتين — or any of them for an agreement — their countries (both known and different). Stand-in arguments
 * at the word, so evidence offsets stay in the sentence.
 */
function partyArgs(a: ArticleCtx, tokens: Token[], k: number, t: Trigger): [Arg, Arg] | undefined {
  const tok = tokens[k];
  const pair = a.parties.pair;
  if (!tok || tok.arg >= 0 || !pair) return undefined;
  const word = hasKey(tok, a.lex.partyWords);
  if (!word && !hasKey(tok, a.lex.stateParties)) return undefined;
  // Agreements are between states (وشهد الزعيمان توقيع اتفاقية → their countries).
  const states = !word || t.relation !== "MET";
  // ووقع الاتحادان اتفاقية: named bodies are the parties themselves, not their countries.
  const ends = states
    ? pair.map((id) => (word && a.typeOf(id) === "Organization" ? id : a.countryOf(id)))
    : pair;
  const [x, y] = ends;
  if (!x || !y || x === y) return undefined;
  const stand = (entity: string): Arg => standIn(entity, a.typeOf(entity) ?? "Country", tok, k);
  return [stand(x), stand(y)];
}

/**
 * Round 24: X ووزارة Y والأمانات التابعة لوزارة Z — a singular التابعة / التابع / الواقعة / الواقع
 * agrees with the noun right before it: only that name is the unit or the place, not every body of
 * the list (the dual and plural forms, بلدتي X وY الواقعتين في Z, still take every conjunct).
 */
function standingAlone(t: Trigger, how: string, word: Token): boolean {
  if (t.relation !== "PART_OF" && t.relation !== "LOCATED_IN") return false;
  return how.startsWith("prev") && /^[وف]?(ال)?(تابع|واقع)[هة]?$/.test(word.norm);
}

/**
 * Round 28: قاعدة X الجوية الواقعة بمحافظة Y، ملعب X الشهير التابع لـY: one adjective the name left
 * outside (`siteModifiers`) between the name and a singular الواقعة / التابعة, no punctuation.
 */
function prevPastAdjective(a: ArticleCtx, s: SlotScope, t: Trigger): Arg | undefined {
  const word = s.tokens[s.ts];
  if (!word || !standingAlone(t, "prev", word)) return undefined;
  const adj = s.tokens[s.ts - 1];
  if (!adj || adj.arg >= 0 || !hasKey(adj, a.lex.siteModifiers)) return undefined;
  if (/[،,.:؛;()"“”«»]/.test(adj.gap + word.gap)) return undefined;
  const x = s.args.find((y) => y.t1 === s.ts - 2);
  return x &&
    !x.modifier &&
    !x.pseudo &&
    (x.type === "Location" || x.type === "City" || x.type === "Organization")
    ? x
    : undefined;
}

/**
 * Round 28: قرى X وY وZ التابعة لمحافظة W — a list of places opened by a plural head (`pluralPlaceHeads`)
 * takes a singular التابعة / الواقعة as a whole: a plural of things agrees with a feminine singular.
 */
function pluralPlaces(a: ArticleCtx, s: SlotScope, f: Filler): Filler[] | undefined {
  const place = (x: Arg | undefined) => x !== undefined && (x.type === "City" || x.type === "Location");
  if (!f.arg || !place(f.arg)) return undefined;
  // The list, towns and districts alike (the entity stage types them either way), joined by و.
  let i = s.args.indexOf(f.arg);
  const list = [f.arg];
  while (i > 0) {
    const x = s.args[i] as Arg;
    const y = s.args[i - 1] as Arg;
    if (!x.conj || !place(y) || y.pseudo || y.modifier || x.t0 !== y.t1 + 1) break;
    if (/[،,.:؛;()"“”«»]/.test((s.tokens[x.t0] as Token).gap)) break;
    list.unshift(y);
    i--;
  }
  const head = list.length > 1 ? s.tokens[(list[0] as Arg).t0 - 1] : undefined;
  if (!head || head.arg >= 0 || !hasKey(head, a.lex.pluralPlaceHeads)) return undefined;
  return list.map((x) => ({ entity: x.entity, arg: x }));
}

/** Every conjunct of a filled slot (unless the slot came paired), each as a filler of its own. */
function spread(s: SlotScope, f: Filler, paired: boolean, states = false): Filler[] {
  return f.arg && !paired ? coordinated(s, f.arg, states).map((x) => ({ entity: x.entity, arg: x })) : [f];
}

/** Round 39: relations between states and bodies, whose lists may mix the two (not meetings or visits). */
const STATE_EVENTS = new Set(["ATTACKED", "OPPOSES", "SUPPORTS", "FUNDED", "SANCTIONED", "COOPERATES_WITH"]);

/**
 * The target of a transfer verb is a club: an organisation that is a team, or one in a clause with a
 * word of sports (اللاعب، مهاجمه، الدوري، إعارة).
 */
function signsFor(a: ArticleCtx, s: SlotScope, target: string): boolean {
  if (a.typeOf(target) !== "Organization") return false;
  if (a.isTeam(target)) return true;
  return s.tokens
    .slice(s.left, s.right + 1)
    .some((x) => x.arg < 0 && (hasKey(x, a.lex.sportsWords) || hasKey(x, a.lex.sportsHeads)));
}

/** A standalone preposition among the tokens [from, to). */
function prepBetween(a: ArticleCtx, s: SlotScope, from: number, to: number): boolean {
  return s.tokens.slice(from, to).some((x) => x.arg < 0 && hasKey(x, a.lex.prepositions));
}

/** A trigger's own narrower source types, when it has them. */
function sourceFits(a: ArticleCtx, t: Trigger, source: string): boolean {
  const type = a.typeOf(source);
  return !t.sources || (type !== undefined && t.sources.has(type));
}

/**
 * Round 37: the actor of a verb left without its subject (زار X موسكو حيث التقى Y): the last subject
 * named in the same sentence, only when no complementizer or quote stands between (قال X إن الوزير
 * زار ... حيث التقى Y: the speaker is no doer).
 */
const COMPLEMENTIZER = /^[وف]?(ب)?(ان|انه|انها|إن|أن|إنه|أنه|إنها|أنها)$/;

function doer(s: SlotScope): Filler | undefined {
  const arg = s.actor?.arg;
  if (!arg || arg.t1 >= s.ts) return undefined;
  for (let k = arg.t1 + 1; k < s.ts; k++) {
    const t = s.tokens[k] as Token;
    if (/[:“”«»"]/.test(t.gap) || (t.arg < 0 && COMPLEMENTIZER.test(t.norm))) return undefined;
  }
  return s.actor;
}

function slot(
  name: string,
  a: ArticleCtx,
  s: SlotScope,
  t: Trigger,
  at: number,
  other?: Filler,
): Filler | undefined {
  let arg: Arg | undefined;
  if (name === "actor") return s.actor;
  if (name === "doer") return doer(s);
  if (name === "guest") {
    // وكان في استقبال خادم الحرمين الشريفين لدى وصوله: a title with no name is the one who arrived.
    const g = guest(s);
    if (g !== "actor") return g ? { entity: g.entity, arg: g } : undefined;
    return titledGuest(a, s);
  }
  // أكدت X دعمها لـY، وسعت X عقوباتها على Y: the party named before the possessive noun.
  if (name === "owner" && (t.relation === "SUPPORTS" || t.relation === "SANCTIONED")) return backer(a, s);
  if (name === "owner") return ownerSlot(a, s);
  if (name === "subject") {
    // التحديات التي تواجه القطاع: a verb right after a relative pronoun has the pronoun's head as
    // its subject — an entity right before it, or a common noun and no party at all (unless the
    // trigger's own frame reads the head as its object: X الذي يقوده Y).
    if (hasKey(s.tokens[s.ts - 1], a.lex.relatives) && !t.frames.some((f) => f.includes("relhead"))) {
      const head = relhead(s);
      arg = head?.t1 === s.ts - 2 ? head : undefined;
    } else arg = subject(s);
    // غارة أمريكية ... وذكر أن الغارة استهدفت X: the definite attack noun before the verb is the
    // strike named with its country's nisba just before; that country is the subject.
    if (!arg && t.relation === "ATTACKED" && t.kind === "verb" && a.attackAgent) {
      const noun = s.tokens[s.ts - 1];
      if (noun && noun.arg < 0 && /^[وف]?ال/.test(noun.norm) && hasKey(noun, a.lex.attackEvents))
        return { entity: a.attackAgent.entity };
    }
    // ثم يزور Y، وينتقل بعدها إلى Z، وسيحط أولا في W: a verb of a tour with no subject written (a
    // place right after it; a name before the comma is the earlier clause's) goes on with whoever
    // visited last.
    if (t.relation === "VISITED" && t.kind === "verb" && (!arg || PLACES.has(arg.type) || arg.t1 < s.ts)) {
      const who = touring(a, s);
      if (who) return who;
    }
    // ووصل سموه إلى Y، والتقى معاليه Y: an honorific pronoun right after the verb is the person
    // who acted last (in the sentence, else the previous sentence's subject), not a name after it.
    if (t.kind === "verb" && hasKey(s.tokens[s.te + 1], a.lex.honorificPronouns)) {
      const who = s.actor;
      return who && a.typeOf(who.entity) === "Person" ? who : undefined;
    }
    // X، وصلت سفينة إلى Y؛ أكبر سفينة تصل إلى Y: a common noun right after (or right before) a
    // verb of arrival is its subject, unnamed; X named before is not.
    let n = s.te + 1;
    while (n < s.tokens.length - 1 && hasKey(s.tokens[n], a.lex.timeWords)) n++;
    const next = n > s.te + 1 && (s.tokens[n] as Token).arg >= 0 ? undefined : s.tokens[n];
    const prevTok = s.tokens[s.ts - 1];
    const nounBefore =
      prevTok !== undefined &&
      prevTok.arg < 0 &&
      (s.tokens[s.ts] as Token).gap === "" &&
      !unwrittenSubject(a, prevTok) &&
      !hasKey(prevTok, a.lex.auxiliaries) &&
      !hasKey(prevTok, a.lex.relatives) &&
      !hasKey(prevTok, a.lex.negations) &&
      !hasKey(prevTok, a.lex.denials);
    if (
      arg &&
      arg.t1 < s.ts &&
      t.kind === "verb" &&
      t.relation === "VISITED" &&
      ((next !== undefined && next.arg < 0 && !unwrittenSubject(a, next)) ||
        (arg.t1 < s.ts - 1 && nounBefore))
    )
      return undefined;
    // حين هاجم مستوطنون منزلا: a plural in ـون right after the verb is its subject, unnamed; the
    // name before the verb is not.
    if (arg && arg.t1 < s.ts && t.kind === "verb" && unnamedPlural(s.tokens[s.te + 1])) return undefined;
    if (!arg) return carriedSubject(a, s, t);
  } else if (name === "object") {
    arg = object(
      s,
      other?.arg,
      (x) =>
        fitsEnd(a, t.relation, x.entity, "target") &&
        !reportedBetween(a, s, x) &&
        !titleComplement(a, s.tokens, x, true) &&
        !officialNisba(a, s, x),
    );
    // التقى X مع Y، وZ: a person met behind مع / ب before the object found makes that object one
    // more of a list after him (the frame with the preposition reads it), not the verb's object.
    if (arg && t.relation === "MET" && metBehindPrep(s, arg)) arg = undefined;
  } else if (name === "attacked") {
    // قام X بقصف Y، قام X بشن غارات على Y: the target follows the attack noun (its genitive or على).
    const k = attackNounAt(a, s.tokens, s.te + 1, s.right);
    if (k >= 0) {
      const at2: SlotScope = { ...s, ts: k, te: k, office: false };
      arg = after(at2) ?? prep(at2, prepSet("على|ضد"), false);
    }
  } else if (name === "after") arg = after(s);
  // الاحتلال الإسرائيلي: a nisba after the noun is its agent, not its object.
  else if (name === "gen") {
    arg = after(s);
    // لدى وصوله مطار Y، X رئيس ...: the word right after an arrival noun is its genitive, the place
    // reached, even where a title after it would take it as its complement.
    if (!arg && arrival(a, s)) {
      const x = s.args.find((y) => y.t0 === s.te + 1);
      arg = x && x.modifier && x.prep === "" && PLACES.has(x.type) ? x : undefined;
    }
    if (arg?.adjective) arg = undefined;
  } else if (name === "dead") arg = dead(a, s);
  else if (name === "genl") {
    // هجوم داعش على Y، بقصف لميليشيا X على Y: the attacker is the noun's genitive, written right after
    // it (alone or behind ل); a head between (قصف مواقع X) makes X the target.
    const x = s.args.find((y) => y.t0 === s.te + 1);
    arg = x && isFree(x) && !x.nisba && (x.prep === "" || x.prep === "ل") ? x : undefined;
  } else if (name === "nisba") {
    arg = after(s, true);
    // الهجوم الصاروخي الروسي على Y، الغارات الجوية الإسرائيلية: the attacker's nisba over one or two
    // adjectives of the attack.
    if (!arg && t.relation === "ATTACKED" && t.kind === "noun") {
      let k = s.te + 1;
      while (
        k <= s.te + 2 &&
        (s.tokens[k] as Token | undefined)?.arg === -1 &&
        hasKey(s.tokens[k], a.lex.attackAdjectives)
      )
        k++;
      const x = k > s.te + 1 ? s.args.find((y) => y.t0 === k) : undefined;
      arg = x && x.nisba && x.prep === "" && !/[،,]/.test((s.tokens[k] as Token).gap) ? x : undefined;
    }
  } else if (name === "before") {
    // مباحثات الرئيس X مع Y، زيارة الوزير إلى Y: a title right after the noun is its party, named or
    // not; an entity before the noun is not.
    if (t.kind === "noun" && t.relation !== "LEADS" && titleAfter(a, s.tokens, s.te)) return undefined;
    // طلب زيارة القوات البحرية المصرية إلى Y، هجوم المسلحين على Y: an indefinite noun in construct
    // with a definite common noun names its party there; the entity before is not it.
    if (t.kind === "noun" && GENITIVE_PARTY.has(t.relation) && genitiveNoun(a, s.tokens, s.ts, s.te))
      return undefined;
    // الهجوم الذي شنته X على Y، عمليات القصف التي شنتها X: the relative clause names the attacker.
    if (t.relation === "ATTACKED" && t.kind === "noun" && hasKey(s.tokens[s.te + 1], a.lex.relatives))
      return undefined;
    // كان X طيارا خلال حرب Y، منذ حرب Y: a war after a word of time dates the clause; X fights nobody.
    if (t.relation === "OPPOSES" && t.kind === "noun" && warTime(a, s.tokens[s.ts - 1])) return undefined;
    arg = before(s);
    // ضربات ضد تنظيم X وإن الهجمات ركزت على Y: the target of the earlier attack is not this one's
    // attacker; في تصديه لمنظمة X ... التعاون مع Y: a name behind ل / على / ضد / عن before an event
    // noun is another word's complement, not the noun's party.
    if (arg && EVENTS.has(t.relation) && t.kind === "noun" && BEFORE_PREPS.has(arg.prep)) return undefined;
    // مقتل 17 من X بقصف للتحالف: the dead named behind من before an attack noun are its victims.
    if (arg && t.relation === "ATTACKED" && t.kind === "noun" && arg.prep === "من") return undefined;
    if (!arg) return carriedSubject(a, s, t);
  } else if (name === "prev") arg = prev(s) ?? prevPastAdjective(a, s, t);
  else if (name === "relhead") arg = relhead(s);
  else if (name === "person") arg = person(s);
  else if (name === "host") arg = receptionHost(s);
  else if (name === "agent") arg = agent(s);
  else if (name === "speaker") {
    // إن X طلب زيارة القوات البحرية المصرية إلى Y: the noun's genitive visits, not the speaker's state.
    if (t.kind === "noun" && GENITIVE_PARTY.has(t.relation) && genitiveNoun(a, s.tokens, s.ts, s.te))
      return undefined;
    return speakerSlot(a, s, t, at);
  } else if (name.startsWith("prep:")) {
    // A meeting or a visit (not a transfer: تقديم مبلغ لدعم اللاجئين) stops at another event noun.
    arg = prep(s, prepSet(name.slice(5)), PERSONAL.has(t.relation));
    // لدى وصوله إلى Y: an arrival noun names its place right after it, not a title's far complement.
    if (arg && arrival(a, s) && arg.t0 > s.te + NEAR_ENEMY) arg = undefined;
    // محاربة الإرهاب ... إلى السماح للولايات المتحدة: the enemy of a struggle is named right after it.
    if (arg && t.kind === "noun" && t.relation === "OPPOSES" && arg.t0 > s.te + NEAR_ENEMY) arg = undefined;
    // قوانين مكافحة غسل الأموال للاتحاد: behind ل, the enemy is the noun's genitive, right after it;
    // a ل further on is another noun's (the laws').
    if (arg && t.kind === "noun" && t.relation === "OPPOSES" && arg.prep === L_PREP && arg.t0 > s.te + 1)
      arg = undefined;
    // اجتماع بقاعة الاجتماعات بمستشفى X: a ب not right after a meeting noun is where, not with whom.
    if (arg && t.kind === "noun" && t.relation === "MET" && arg.prep === "ب" && arg.type !== "Person") {
      // اجتماعها الطارئ بالقاهرة: a city behind ب is where they met.
      if (arg.t0 > s.te + NEAR_ENEMY - 1 || arg.type === "City") arg = undefined;
    }
  }
  return arg ? { entity: arg.entity, arg } : undefined;
}

/**
 * غارة أمريكية، ضربات جوية روسية: the country whose nisba follows an indefinite attack noun in the
 * sentence (over one adjective such as جوية), with the sentence's index; null when none.
 */
export function attackAgentIn(a: ArticleCtx, c: SentenceCtx): { entity: string; sentence: number } | null {
  let found: { entity: string; sentence: number } | null = null;
  for (let k = 0; k < c.tokens.length; k++) {
    const x = c.tokens[k] as Token;
    if (x.arg >= 0 || /^[وفبل]?ال|^لل/.test(x.norm) || !hasKey(x, a.lex.attackEvents)) continue;
    for (const g of c.args) {
      if (g.t0 !== k + 1 && g.t0 !== k + 2) continue;
      if (g.t0 === k + 2 && (c.tokens[k + 1] as Token).arg >= 0) continue;
      // An indefinite nisba (أمريكية) agrees with the indefinite noun; the args mark only ال forms.
      const word = (c.tokens[g.t0] as Token).norm;
      const nisba = g.nisba || (g.t1 === g.t0 && !/^[وف]?ال/.test(word) && /ي(ه|ين|ون)?$/.test(word));
      if (nisba && g.prep === "" && g.type === "Country") found = { entity: g.entity, sentence: c.index };
    }
  }
  return found;
}

/** Words an attack noun behind ل / ب may sit after a verb of exposure or doing (its subject between). */
const ATTACK_NOUN_REACH = 8;

/** Index of the first attack noun behind ل / ب in tokens from..to (none past an argument's reach), or -1. */
function attackNounAt(a: ArticleCtx, tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k <= Math.min(to, from + ATTACK_NOUN_REACH); k++) {
    const x = tokens[k] as Token;
    if (x.arg >= 0) continue;
    if (/^[وف]?[لب]/.test(x.norm) && hasKey(x, a.lex.attackNouns)) return k;
  }
  return -1;
}

function fill(
  a: ArticleCtx,
  s: SlotScope,
  t: Trigger,
  at: number,
): { src: Filler; tgt: Filler; how: string } | undefined {
  for (const f of t.frames) {
    let both: [Arg, Arg] | undefined;
    if (f === "between") both = between(s);
    else if (f === "pair") both = pair(s);
    else if (f === "coord") both = coord(s);
    else if (f === "appos") both = appos(s);
    else if (f === "group") both = group(s);
    if (both)
      return {
        src: { entity: both[0].entity, arg: both[0] },
        tgt: { entity: both[1].entity, arg: both[1] },
        how: f,
      };
    if (!f.includes(">")) continue;
    const [sn = "", tn = ""] = f.split(">");
    const src = slot(sn, a, s, t, at);
    const tgt = src ? slot(tn, a, s, t, at, src) : undefined;
    if (src && tgt && src.entity !== tgt.entity)
      return { src, tgt, how: sn === "speaker" || tn === "speaker" ? "speaker" : f };
  }
  return undefined;
}

/**
 * A verb is read only off a word written as its listed form, after و/ف (and with the dual's ا):
 * the article or a preposition on the word makes it a noun (القدم is no قدّم, البحث no بحث).
 */
function verbWritten(tok: Token, t: Trigger): boolean {
  const bare = tok.norm.length > t.written.length ? tok.norm.replace(/^[وف]/, "") : tok.norm;
  return bare === t.written || bare === t.written + "ا";
}

function matchAt(tokens: Token[], i: number, t: Trigger): boolean {
  for (let k = 1; k < t.phrase.length; k++) {
    const tok = tokens[i + k];
    if (!tok || tok.arg >= 0 || !tok.keys.includes(t.phrase[k] ?? "")) return false;
  }
  return true;
}

/** Subjects of verbs, for speakers left implicit later (وقال إن ...). */
export interface SubjectMark {
  offset: number;
  entity: string;
  arg?: Arg;
}

/** Relations stated by trigger words (verbs and verbal nouns) in one sentence. */
export function frameRelations(
  a: ArticleCtx,
  c: SentenceCtx,
): { relations: Relation[]; subjects: SubjectMark[] } {
  const relations: Relation[] = [];
  const subjects: SubjectMark[] = [];
  const { tokens } = c;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.arg >= 0) continue;
    let previous: Trigger[] | undefined;
    for (const key of tok.keys) {
      const list = a.lex.triggers.get(key);
      // Two readings of one word can reach the same list; keys are few, so compare with the last.
      if (!list || list === previous) continue;
      previous = list;
      for (const t of list) {
        if (!matchAt(tokens, i, t) || (t.kind === "verb" && !verbWritten(tok, t))) continue;
        // ومساعده X: a ه where the form has ة is a pronoun (his assistant), not the noun (assistance).
        if (t.taMarbuta && stripMarks(tok.raw).endsWith("ه")) continue;
        // واصل (continued) is no first-person أصل after و: a first-person form after و/ف needs its hamza.
        if (t.firstPerson && /^[وف]ا/.test(stripMarks(tok.raw))) continue;
        relations.push(...apply(a, c, i, i + t.phrase.length - 1, t, subjects));
      }
    }
  }
  return { relations, subjects };
}

/**
 * An organisation or country right after a title with no name (وصل قائد فيلق X إلى Y، استقبل سفير X):
 * the unnamed holder acts, not the organisation, so the verb has no named party there.
 */
function titleComplement(a: ArticleCtx, tokens: Token[], arg: Arg, overHead = false): boolean {
  if (arg.nisba) return false;
  const before = tokens[arg.t0 - 1];
  // أمير دولة X، أمير منطقة X: a head noun between the title and its complement (for an object).
  const title = tokens[arg.t0 - 2];
  if (
    overHead &&
    before !== undefined &&
    before.arg < 0 &&
    (bareHead(before, a.lex.complementHeads) || bareHead(before, a.lex.transparent)) &&
    title !== undefined &&
    title.arg < 0 &&
    hasKey(title, a.lex.titleWords)
  )
    return true;
  // وكيل جامعة X، نائب أمير منطقة X: a deputy's office names its body too.
  if (
    before === undefined ||
    before.arg >= 0 ||
    !(hasKey(before, a.lex.titleWords) || bareHead(before, a.lex.deputies))
  )
    return false;
  // حكومة X، قوات X stand for the country (مجلس إدارة X for the club); سفير X، أمير X do not.
  if (arg.type === "Country") return !arg.adjective && !hasKey(before, a.lex.transparent);
  // ولي عهد أبوظبي، محافظ جدة: a town after an indefinite title word is its seat (read as its
  // country by MET), not the party; الوزير جدة is no such construct.
  if (arg.type === "City" || arg.type === "Location")
    return !before.norm.replace(/^[وف]/, "").startsWith("ال");
  return arg.type === "Organization" && !hasKey(before, a.lex.transparent);
}

/**
 * A nisba closing an unnamed title before a named person (التقى X وزير الدولة الإماراتي للشؤون
 * الخارجية، Y): the title is Y's, so the country is not the object.
 */
function officialNisba(a: ArticleCtx, s: SlotScope, x: Arg): boolean {
  if (!x.adjective || !afterTitle(a, s, x)) return false;
  return s.args.some((y) => y.t0 > x.t1 && y.t0 <= s.right && y.type === "Person" && y.prep === "");
}

/** A word with no preposition written on it (دولة, not بدولة / لدولة). */
/** A head word written bare, with no و or preposition on it (دولة، الدولة; not بدولة، وأعضاء). */
const bareHead = (t: Token, heads: ReadonlySet<string>): boolean =>
  heads.has(t.norm) || (t.norm.startsWith("ال") && heads.has(t.norm.slice(2)));

/** Relations that, in a sentence about a game, describe the game: no meeting, enmity or attack. */
/** Acts of a person in office (meeting, visiting): a title's nisba is no party of them. */
const PERSONAL = new Set(["MET", "VISITED"]);

/** A country's nisba right after a title word, with no name after it (الرئيس اليمني سيلتقي). */
function titleNisba(tokens: Token[], arg: Arg, lex: RelateLexicon): boolean {
  if (!arg.nisba || arg.pseudo) return false;
  const before = tokens[arg.t0 - 1];
  return before !== undefined && before.arg < 0 && hasKey(before, lex.titleWords);
}

const SPORTS_PLAY = new Set(["MET", "OPPOSES", "ATTACKED"]);

/** How many words after a verb of giving the thing given is looked for (قدم رئيس النادي X تعازيه). */
const GESTURE_REACH = 12;

function gesture(a: ArticleCtx, tokens: Token[], te: number, right: number): boolean {
  for (let k = te + 1; k <= Math.min(right, te + GESTURE_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.arg >= 0) continue;
    const bare = t.norm.replace(/^[وف]/, "");
    if (a.lex.gestures.some((g) => bare.startsWith(g))) return true;
  }
  return false;
}

/** How many words (a name counts as none) before a trigger a word of obligation (يتعين، يجب) may stand. */
const OBLIGATION_REACH = 10;

/** يتعين أن تتعاون X مع Y في محاربة Z، يجب على X التعاون مع Y: urged in the clause before, no comma between. */
function obliged(a: ArticleCtx, tokens: Token[], ts: number): boolean {
  let words = 0;
  for (let k = ts - 1; k >= 0 && words < OBLIGATION_REACH; k--) {
    if (/[،,:؛;]/.test((tokens[k + 1] as Token).gap)) return false;
    const t = tokens[k] as Token;
    // A name counts as one word (الرئيس السوري بشار الأسد).
    if (t.arg >= 0) continue;
    words++;
    if (hasKey(t, a.lex.obligations)) return true;
  }
  return false;
}

/** A word of breaking an agreement (انتهكت، خرق، انتهاك بنود), matched at the start of the word. */
function breach(a: ArticleCtx, t: Token | undefined): boolean {
  if (!t || t.arg >= 0) return false;
  const bare = t.norm.replace(/^[وف]/, "");
  return a.lex.breachWords.some((w) => bare.startsWith(w));
}

/** How many words before a trigger a conditional (إذا، لو) may open its clause. */
const CONDITION_REACH = 8;

/** A conditional in the clause before the trigger, with no comma between (إذا توصلت X وY إلى اتفاق). */
function conditioned(a: ArticleCtx, tokens: Token[], left: number, ts: number): boolean {
  for (let k = ts - 1; k >= Math.max(left, ts - CONDITION_REACH); k--) {
    if (/[،,]/.test((tokens[k + 1] as Token).gap)) return false;
    const t = tokens[k] as Token;
    if (t.arg < 0 && hasKey(t, a.lex.conditionals)) return true;
  }
  return false;
}

/**
 * A name in brackets (تعز (جنوب اليمن) اقتحم): a dateline or an aside, no party — unless it repeats
 * the name right before the bracket (تنظيم الدولة الإسلامية (داعش): an alias).
 */
function bracketed(args: Arg[], tokens: Token[], arg: Arg): boolean {
  const next = tokens[arg.t1 + 1];
  if (next !== undefined && !next.gap.includes(")")) return false;
  for (let k = arg.t0; k >= Math.max(0, arg.t0 - 2); k--) {
    const gap = (tokens[k] as Token).gap;
    if (gap.includes("(")) return !args.some((b) => b.t1 === k - 1 && b.entity === arg.entity);
    if (gap !== "") return false;
  }
  return false;
}

/** Words that put a meeting at an event (على هامش مؤتمر، خلال القمة، في اجتماعات). */
const AT_EVENT = new Set(["هامش", "خلال", "في", "على", "اثناء", "حاشيه", "ضمن", "بعد", "قبل"]);

/** An event noun (حفل، مؤتمر، بطولة) in the three words before the target, after the verb. */
function hostedEvent(a: ArticleCtx, tokens: Token[], te: number, arg: Arg): boolean {
  for (let k = Math.max(te + 1, arg.t0 - 3); k < arg.t0; k++) {
    const t = tokens[k] as Token;
    // التقى X على هامش مؤتمر Y، خلال أعمال القمة: met at the event, not hosting it.
    const by = (tokens[k - 1] as Token).norm.replace(/^[وف]/, "");
    if (t.arg < 0 && hasKey(t, a.lex.eventNouns) && !AT_EVENT.has(by) && !/^[بل]/.test(t.norm)) return true;
  }
  return false;
}

/** بين right after the trigger (within three words) followed by two unnamed bodies (اتحادي، الوزارتين). */
function bodiesBetween(a: ArticleCtx, tokens: Token[], te: number, right: number): boolean {
  for (let k = te + 1; k <= Math.min(right, te + 3); k++) {
    const t = tokens[k] as Token;
    if (t.arg >= 0) return false;
    if (t.keys.includes("بين"))
      return hasKey(tokens[k + 1], a.lex.bodyPairs) && (tokens[k + 1] as Token).arg < 0;
  }
  return false;
}

/** The entity is the genitive of a bare request noun (طلب X، مشروع قرار X): a participle after it is the noun's. */
function requestGenitive(a: ArticleCtx, tokens: Token[], arg: Arg): boolean {
  const head = tokens[arg.t0 - 1];
  return (
    head !== undefined && head.arg < 0 && !head.norm.startsWith("ال") && hasKey(head, a.lex.requestNouns)
  );
}

const PLACES = new Set(["City", "Location", "Country"]);

/**
 * A place that only locates the target: after قرب / شرقي (over place heads: قرب بلدة X، شرقي مدينة Y), or
 * after a direction word right behind another name (مواقع لحزب X شمال Y، قرية X جنوب Y).
 */
function landmark(a: ArticleCtx, args: Arg[], tokens: Token[], arg: Arg): boolean {
  if (!PLACES.has(arg.type)) return false;
  let k = arg.t0 - 1;
  while (k >= 0 && (tokens[k] as Token).arg < 0 && hasKey(tokens[k], a.lex.placeHeads)) {
    const t = tokens[k] as Token;
    if (hasKey(t, a.lex.landmarkWords)) return true;
    if (hasKey(t, a.lex.directions)) {
      // 510 كم شمال غرب Y: a distance before the directions measures from Y.
      let j = k - 1;
      while (j >= 0 && (tokens[j] as Token).arg < 0 && hasKey(tokens[j], a.lex.directions)) j--;
      const d = tokens[j];
      if (d !== undefined && d.arg < 0 && hasKey(d, a.lex.landmarkWords)) return true;
      return args.some((b) => b.t1 === k - 1);
    }
    k--;
  }
  const t = tokens[k];
  return t !== undefined && t.arg < 0 && hasKey(t, a.lex.landmarkWords);
}

/** A person followed (over a comma and a title or two) by a supervisor title: X، المستشار، المشرف العام على. */
function supervisor(a: ArticleCtx, tokens: Token[], arg: Arg): boolean {
  for (let k = arg.t1 + 1; k <= Math.min(tokens.length - 1, arg.t1 + 5); k++) {
    const t = tokens[k] as Token;
    if (t.arg >= 0) return false;
    if (hasKey(t, a.lex.supervisorTitles)) return true;
  }
  return false;
}

/** The name behind ل right after التابعة / التابع (affiliated to): the parent body. */
/** Event relations (not the facts of a name: PART_OF, LOCATED_IN, LEADS, MEMBER_OF). */
const EVENTS = new Set([
  "ATTACKED",
  "MET",
  "VISITED",
  "OPPOSES",
  "SUPPORTS",
  "FUNDED",
  "SANCTIONED",
  "COOPERATES_WITH",
]);

/** Event nouns whose party may be a definite genitive right after them. */
const GENITIVE_PARTY = new Set(["MET", "VISITED", "ATTACKED"]);
/** Prepositions that keep a name before an event noun from being its party. */
// (Not على: عقوبات على روسيا بعد هجوم صاروخي على كييف — the sanctioned party is often the attacker.)
const BEFORE_PREPS = new Set(["ل", "ضد", "عن"]);

/**
 * زيارة القوات البحرية إلى Y: an indefinite trigger noun of one word followed right away by a definite
 * common noun (no name, title, time word or adjective of the noun) is in construct with it.
 */
function genitiveNoun(a: ArticleCtx, tokens: Token[], ts: number, te: number): boolean {
  const first = tokens[ts] as Token;
  if (ts !== te || /^[وفبل]?ال/.test(first.norm) || /^لل/.test(first.norm)) return false;
  const next = tokens[te + 1];
  // بقصف للتحالف على Y: a genitive behind ل names the attacker, even when it is no entity.
  if (next && next.arg < 0 && next.gap === "" && /^لل/.test(next.norm) && !hasKey(next, a.lex.timeWords))
    return true;
  if (!next || next.arg >= 0 || next.gap !== "" || !/^ال/.test(next.norm)) return false;
  if (hasKey(next, a.lex.titleWords) || hasKey(next, a.lex.timeWords) || hasKey(next, a.lex.honorifics))
    return false;
  // زيارة الرسمية is no Arabic; an adjective after an indefinite noun is indefinite too, but ordinal
  // and nisba-like words (الأولى، الثانية) are read as adjectives to be safe.
  return !/(يه|يين|يون|ي|ى)$/.test(next.norm);
}

/** Verbs of praise and thanks (ثمن، أشاد، شكر; any person) right before a support noun. */
const PRAISE = /^[وف]?(ثمن|ثمنت|يثمن|تثمن|اشاد|اشادت|يشيد|تشيد|شكر|شكرت|يشكر|تشكر|ثمنوا|اشادوا)$/;

function praised(tokens: Token[], ts: number): boolean {
  const t = tokens[ts - 1];
  return t !== undefined && t.arg < 0 && PRAISE.test(t.norm);
}

/** A word of direction (توجيهاته، بتوجيهات، تعليمات، أوامر) strictly between tokens i and j. */
function directedBetween(tokens: Token[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) {
    const t = tokens[k] as Token;
    if (t.arg < 0 && t.keys.some((key) => /^(توجيه|توجيهات|تعليمات|اوامر|امر)(ه|ها|هم|هما)?$/.test(key)))
      return true;
  }
  return false;
}

function affiliated(tokens: Token[], arg: Arg, lex: RelateLexicon): boolean {
  const t = tokens[arg.t0 - 1];
  if (t === undefined || t.arg >= 0 || !/^(ال)?تابع(ه|ين|ون)?$/.test(t.norm)) return false;
  // Round 37: غارات على مواقع تابعة لـY — after a bare head (مواقع، مقرات، قوات) Y is what the head stands for.
  const head = tokens[arg.t0 - 2];
  return !(head !== undefined && head.arg < 0 && hasKey(head, lex.transparent) && !/[،,.:؛;]/.test(t.gap));
}

/** في مقر X، بمقر X، داخل مقر X: the place of a meeting, not a party to it. */
function venue(tokens: Token[], arg: Arg): boolean {
  const t = tokens[arg.t0 - 1];
  if (t === undefined || t.arg >= 0) return false;
  if (/^[وف]?بمقر$/.test(t.norm)) return true;
  const p = tokens[arg.t0 - 2];
  return t.norm === "مقر" && p !== undefined && p.arg < 0 && /^[وف]?(في|داخل)$/.test(p.norm);
}

const FUNDING = new Set<RelationType>(["FUNDED", "SUPPORTS"]);
/** A fund, a programme or a campaign, behind ل / ب or bare (لصندوق دعم، برنامج رعاية، حملة إغاثة). */
const FUND_HEAD = /^[وف]?(ل|لل|ب|ال)?(صندوق|صناديق|برنامج|برامج|حمله|مبادره)$/;

/** لصندوق دعم Y، برنامج رعاية أسر Y: Y is named within two words after a fund's head noun. */
function fundFor(tokens: Token[], arg: Arg): boolean {
  for (let k = arg.t0 - 1; k >= Math.max(0, arg.t0 - 3); k--) {
    const t = tokens[k] as Token;
    if (t.arg >= 0 || (k < arg.t0 - 1 && /[،,.:؛]/.test((tokens[k + 1] as Token).gap))) return false;
    if (FUND_HEAD.test(t.norm)) return true;
  }
  return false;
}

/** Words of business around an alliance of nisbas: a consortium of companies (عقد، مشروع، مناقصة). */
const BUSINESS = /^[وف]?(ب|ل|لل|ال)?(عقد|عقود|مشروع|مشاريع|مناقصه|شركه|شركات|صفقه|تنفيذ|منفذ)$/;

/** التحالف البلجيكي الأمريكي with a word of business in the sentence: companies, not states. */
function consortium(tokens: Token[], ts: number, te: number): boolean {
  const head = (tokens[ts] as Token).norm.replace(/^[وف]?(ب|لل|ل)?(ال)?/, "");
  if (ts !== te || !/^(تحالف|ائتلاف|كونسورتيوم)$/.test(head)) return false;
  // كراكات تابعة للتحالف X Y: what belongs to an alliance makes it an owner, a body.
  const owned = tokens[ts - 1];
  if (owned !== undefined && owned.arg < 0 && /^(ال)?تابع(ه|ين|ون)?$/.test(owned.norm)) return true;
  return tokens.some((t) => t.arg < 0 && BUSINESS.test(t.norm));
}

/** Heads of bodies that are no state: organisations, factions, groups, parties, companies, militias. */
const NON_STATE =
  /^[وف]?(ب|ل|لل|ال|من)?(منظم(ه|ات)|فصائل|فصيل|جماع(ه|ات)|حرك(ه|ات)|مجموع(ه|ات)|احزاب|حزب|شرك(ه|ات)|ميليشي(ا|ات)|مليشي(ا|ات))$/;

/** منظمات فلسطينية، الفصائل الفلسطينية: a country's nisba right after a non-state body's head noun. */
function bodyNisba(tokens: Token[], arg: Arg): boolean {
  if (arg.t1 !== arg.t0) return false;
  const word = (tokens[arg.t0] as Token).norm;
  if (!arg.nisba && !/ي(ه|ين|ون)?$/.test(word)) return false;
  const head = tokens[arg.t0 - 1];
  return head !== undefined && head.arg < 0 && NON_STATE.test(head.norm);
}

/** وإن / ولو between the trigger and the name: a concessive clause with its own verb. */
function concessiveBetween(tokens: Token[], te: number, t0: number): boolean {
  for (let k = te + 1; k < t0; k++) if (/^(وان|ولو)$/.test((tokens[k] as Token).norm)) return true;
  return false;
}

/** A club (or a team) and a person: the person plays or coaches there. */
function clubAndPerson(a: ArticleCtx, [x, y]: [string, string]): boolean {
  return (a.isTeam(x) && a.typeOf(y) === "Person") || (a.isTeam(y) && a.typeOf(x) === "Person");
}

/** Titles of a sports staff or squad right before a person's name (المدرب الأرجنتيني X، اللاعب X). */
const COACH = /^[وبل]?(ال)?(مدرب|لاعب|مهاجم|مدافع|حارس)$/;

function coachTitled(tokens: Token[], args: Arg[], arg: Arg): boolean {
  if (arg.type !== "Person") return false;
  for (let k = arg.t0 - 1; k >= Math.max(0, arg.t0 - 3); k--) {
    const x = tokens[k] as Token;
    // المدرب الأرجنتيني X: a nisba between the title and the name is the person's.
    if (x.arg >= 0 && (args[x.arg] as Arg).nisba) continue;
    if (x.arg >= 0) return false;
    if (COACH.test(x.norm)) return true;
  }
  return false;
}

/** A title word (الرئيس، الوزير) right after the trigger noun, not inside a name. */
function titleAfter(a: ArticleCtx, tokens: Token[], te: number): boolean {
  const t = tokens[te + 1];
  if (t === undefined || t.arg >= 0 || t.gap !== "") return false;
  // Written bare (الرئيس), not behind a preposition (اتصالا هاتفيا بالشيخ Y: the call is with him).
  const bare = t.norm.replace(/^ال/, "");
  return a.lex.titleWords.has(t.norm) || a.lex.titleWords.has(bare);
}

/** مستوطنون، مسلحون، مجهولون: a sound masculine plural in the nominative, no name (not قانون). */
const unnamedPlural = (t: Token | undefined): boolean =>
  t !== undefined && t.arg < 0 && t.gap === "" && /^[^بل].{3,}ون$/.test(t.norm);

/** من يدعم X، من يمول ويدعم X: the trigger right after من, or after من and a verb joined to it by و. */
function askedWho(tokens: Token[], ts: number): boolean {
  const who = (t: Token | undefined): boolean => t !== undefined && t.arg < 0 && /^[وف]?من$/.test(t.norm);
  if (who(tokens[ts - 1])) return (tokens[ts] as Token).gap === "";
  const verb = tokens[ts - 1];
  return (
    verb !== undefined &&
    verb.arg < 0 &&
    /^[يت]/.test(verb.norm) &&
    (tokens[ts] as Token).norm.startsWith("و") &&
    who(tokens[ts - 2]) &&
    (tokens[ts - 1] as Token).gap === "" &&
    (tokens[ts] as Token).gap === ""
  );
}

/** The name right after a verb with an object pronoun (وصفته، أدانته) is that verb's subject. */
function describedBy(a: ArticleCtx, tokens: Token[], arg: Arg): boolean {
  const t = tokens[arg.t0 - 1];
  return t !== undefined && t.arg < 0 && hasKey(t, a.lex.describers);
}

/** A place behind ب / في right after another name (لجنة X بمحافظة Y، موقع Y بقطاع Z) only says where that is. */
function seatOf(args: Arg[], arg: Arg): boolean {
  if ((arg.prep !== "ب" && arg.prep !== "في") || arg.conj) return false;
  return args.some((b) => b.t1 === arg.t0 - 1 && b.entity !== arg.entity && !b.nisba);
}

/** Verbs of receiving guests: their object may be a list of guests set off by titles. */
const RECEIVING = new Set(["استقبل"]);

/** Words an attack noun may sit after a verb of condemning (its subject between). */
const CONDEMNED_REACH = 8;

/**
 * دانت X الهجوم الذي شنته Y على Z، ندد X بهجوم Y على Z، X تدين الغارات الإسرائيلية: a verb of
 * condemning (not of accusing or criticising) whose object is an attack opposes the attacker named
 * with that attack noun, after it (its genitive, nisba or relative clause); an attack named with no
 * attacker opposes nobody.
 */
function condemnedAttack(
  a: ArticleCtx,
  s: SlotScope,
  t: Trigger,
): { src: Filler; tgt: Filler; how: string } | undefined {
  if (t.relation !== "OPPOSES" || t.kind !== "verb" || /تهم|نتقد/.test((s.tokens[s.ts] as Token).norm))
    return undefined;
  const who = slot("subject", a, s, t, 0);
  if (!who) return undefined;
  const from = who.arg && who.arg.t0 > s.te ? who.arg.t1 + 1 : s.te + 1;
  for (let k = from; k <= Math.min(s.right, from + CONDEMNED_REACH); k++) {
    const tok = s.tokens[k] as Token;
    if (tok.arg >= 0) return undefined;
    const attack = tok.keys
      .flatMap((key) => a.lex.triggers.get(key) ?? [])
      .find((x) => x.relation === "ATTACKED" && x.kind === "noun" && x.phrase.length === 1 && !x.needsAttack);
    if (!attack) {
      if (!hasKey(tok, a.lex.condemnedDeeds)) continue;
      // استنكرت X التصريحات التي أدلى بها [نائب الرئيس العراقي] Y، الانتهاكات الإسرائيلية: the doer of the deed.
      const doer = deedDoer(a, s, k);
      if (!doer || doer.entity === who.entity) return undefined;
      return { src: who, tgt: { entity: doer.entity, arg: doer }, how: "subject>object" };
    }
    const at: SlotScope = { ...s, ts: k, te: k, right: clauseLimits(s.tokens, k, k, a.lex).right };
    // الهجوم الذي شنته Y: the subject of the verb of the relative clause, named right after it.
    // الهجوم الذي نفذه تنظيم Y: a group's head noun may stand between the verb and the name.
    const named = (x: Arg): boolean =>
      x.t0 === k + 3 || (x.t0 === k + 4 && hasKey(s.tokens[k + 3], a.lex.groupHeads));
    const rel = hasKey(s.tokens[k + 1], a.lex.relatives)
      ? s.args.find((x) => named(x) && x.prep === "" && !x.modifier && !PLACES.has(x.type))
      : undefined;
    // ندد X بالاعتداءات الإسرائيلية: an attack named with its attacker's nisba (or genitive) and no
    // target written is still that attacker's.
    const by =
      rel ??
      fill(a, at, attack, 0)?.src.arg ??
      slot("nisba", a, at, attack, 0)?.arg ??
      slot("genl", a, at, attack, 0)?.arg;
    if (!by || by.t0 <= k || by.entity === who.entity) return undefined;
    return { src: who, tgt: { entity: by.entity, arg: by }, how: "subject>object" };
  }
  return undefined;
}

/** Words between a deed's relative verb and its doer: a title of up to five words (نائب رئيس الجمهورية). */
const DOER_REACH = 5;
/** بها، به، فيها: the relative's pronoun after its verb (أدلى بها، قام به). */
const RESUMPTIVE = /^(ب|في)(ه|ها|هم|هما)$/;
/**
 * Verbs of doing or saying in a deed's relative clause (أدلى، ارتكب، نفذ، قام، أطلق، شن، مارس، اقترف،
 * ادعى، تبنى), past or present, with their pronoun: their subject did it. Not شهد، تعرض، استهدف، هز:
 * there the name after the verb is the place or the victim (الجريمة التي شهدتها X).
 */
const DEED_VERB = /^[يتن]?(ادلي|دلي|ارتكب|رتكب|نفذ|قام|قوم|اطلق|طلق|شن|مارس|اقترف|قترف|ادعي|دعي|تبني|تبنا)/;

/**
 * Round 39: the doer of a deed a verb of condemning names (`condemnedDeeds`): a party's nisba right
 * after the noun (الانتهاكات الإسرائيلية), or the subject of its relative clause — right after the
 * verb and its pronoun, after a group's head, or a person after his title (التصريحات التي أدلى بها
 * نائب الرئيس العراقي Y). Never a place, never a name behind a preposition.
 */
function deedDoer(a: ArticleCtx, s: SlotScope, k: number): Arg | undefined {
  const next = s.tokens[k + 1];
  if (next === undefined || k + 1 > s.right) return undefined;
  const fits = (x: Arg): boolean =>
    x.prep === "" && !x.modifier && x.type !== "City" && x.type !== "Location";
  if (next.arg >= 0) {
    const x = s.args[next.arg] as Arg;
    return x.nisba && x.t0 === k + 1 && fits(x) && next.gap === "" ? x : undefined;
  }
  if (!hasKey(next, a.lex.relatives)) return undefined;
  const verb = s.tokens[k + 2];
  if (verb === undefined || verb.arg >= 0 || !DEED_VERB.test(verb.norm)) return undefined;
  let j = k + 3;
  if (RESUMPTIVE.test(s.tokens[j]?.norm ?? "")) j++;
  let titled = false;
  for (let n = 0; j <= s.right && n <= DOER_REACH; j++, n++) {
    const tok = s.tokens[j] as Token;
    if (tok.arg >= 0) {
      const x = s.args[tok.arg] as Arg;
      // نائب رئيس الجمهورية العراقية Y: the country's nisba inside the title is the person's.
      if (titled && x.nisba) continue;
      if (!fits(x)) return undefined;
      return !titled || x.type === "Person" ? x : undefined;
    }
    if (n === 0 && hasKey(tok, a.lex.groupHeads)) continue;
    if (hasKey(tok, a.lex.titleWords)) {
      titled = true;
      continue;
    }
    return undefined;
  }
  return undefined;
}

const WITH = core("مع");
const BY = core("ب");

/** Round 42: a number written in digits (تستهدف 3000 أسرة). */
const DIGITS = /^[0-9٠-٩][0-9٠-٩.,،]*$/;

/**
 * Round 42: واجه / تواجه X صعوبة، مواجهة التحديات: a hardship (`hardships`) right after the word of
 * confronting or its subject (or after one word more) is what is faced; no opponent is fought.
 */
function hardshipFaced(a: ArticleCtx, s: SlotScope, ts: number, te: number): boolean {
  const tokens = s.tokens;
  if (!/واجه/.test((tokens[ts] as Token).norm)) return false;
  // تواجه شركة X تحديات: the subject may stand between the verb and the hardship.
  const subject = s.args.find((x) => x.t0 === te + 1);
  const from = subject ? subject.t1 : te;
  return [from + 1, from + 2].some((k) => {
    const t = tokens[k];
    return t !== undefined && t.arg < 0 && hasKey(t, a.lex.hardships);
  });
}

/**
 * Round 42: تستهدف الحملة 3000 أسرة، برنامج يستهدف الأسر المحتاجة: a campaign, a programme or aid
 * (`campaignNouns`) right before or after the verb, or the people it serves (`aidTargets`, after a
 * number or not) right after it: the word «targets» whom the aid reaches; nobody is attacked.
 */
function aidAimed(a: ArticleCtx, tokens: Token[], ts: number, te: number): boolean {
  if (!/ستهدف/.test((tokens[ts] as Token).norm)) return false;
  const free = (k: number): Token | undefined => {
    const t = tokens[k];
    return t !== undefined && t.arg < 0 ? t : undefined;
  };
  if ([ts - 2, ts - 1, te + 1, te + 2].some((k) => hasKey(free(k), a.lex.campaignNouns))) return true;
  const first = free(te + 1);
  if (first === undefined) return false;
  return (
    hasKey(first, a.lex.aidTargets) || (DIGITS.test(first.norm) && hasKey(free(te + 2), a.lex.aidTargets))
  );
}

/** Round 42: السابق، المخلوع، الراحل: words of a title after its head (الرئيس السابق X). */
const TITLE_TAIL = /^(ال)?(سابق|مخلوع|راحل|اسبق)$/;

/**
 * Round 42: the walk back from a name over its title (للرئيس السابق X، مع وزير الخارجية الأسبق X):
 * the index of the first word before the title, or of the word right before the name.
 */
function beforeTitle(a: ArticleCtx, args: Arg[], tokens: Token[], arg: Arg): number {
  let k = arg.t0 - 1;
  for (let n = 0; k >= 0 && n < 4; n++, k--) {
    const t = tokens[k] as Token;
    if (t.arg >= 0 && (args[t.arg] as Arg).nisba) continue;
    if (t.arg >= 0) break;
    if (!hasKey(t, a.lex.titleWords) && !TITLE_TAIL.test(t.norm.replace(/^[وف]?(ل|لل|ب)?/, ""))) break;
  }
  return k;
}

/**
 * Round 42: شنه X وقوات موالية لـY، ينفذه X بالتنسيق مع Y: a name after a word of a partner
 * (`allyWords`: بالتنسيق مع, or a participle of loyalty after a head joined by و), or behind مع (which
 * no frame of an attack reads), fights on X's side; it is neither the attacker nor the target. Over
 * the name's title.
 */
function partnerOf(a: ArticleCtx, args: Arg[], tokens: Token[], arg: Arg, attack: boolean): boolean {
  const k = beforeTitle(a, args, tokens, arg);
  const t = tokens[k];
  if (t === undefined || t.arg >= 0) return false;
  if (hasKey(t, a.lex.allyWords)) {
    // بالتنسيق مع Y is a partner always; موالية لـY only in a list joined to the doer (X وقوات موالية لـY),
    // not after a target's head (قصف مواقع القوات الموالية لـY: Y's forces are hit).
    if (/^[وف]?بالت|^[وف]?بالاشتراك/.test(t.norm)) return true;
    const head = tokens[k - 1];
    return head !== undefined && head.arg < 0 && head.norm.startsWith("و") && !hasKey(head, a.lex.allyWords);
  }
  if (!/^[وف]?مع$/.test(t.norm) && !(k === arg.t0 - 1 && arg.prep === WITH)) return false;
  return attack || hasKey(tokens[k - 1], a.lex.allyWords);
}

/**
 * Round 42: وصل جثمان الشهيد X إلى Y: a dead man's body (`bodyWords`) within three words before his
 * name (over his titles) arrives; he visits nothing.
 */
function bodyOf(a: ArticleCtx, tokens: Token[], arg: Arg): boolean {
  for (let k = arg.t0 - 1; k >= Math.max(0, arg.t0 - 4); k--) {
    const t = tokens[k] as Token;
    if (t.arg >= 0) return false;
    if (hasKey(t, a.lex.bodyWords)) return true;
  }
  return false;
}

/** Round 42: مستشفى X الواقع بحي Y: a place behind ب / في right after a participle of location. */
function sitedAt(a: ArticleCtx, tokens: Token[], arg: Arg): boolean {
  if (arg.prep !== BY && arg.prep !== IN) return false;
  const t = tokens[arg.t0 - 1];
  return t !== undefined && t.arg < 0 && hasKey(t, a.lex.sitedWords);
}

/** قاعدة X الجوية، قاعدة عسكرية: an article that names a base with the indefinite word. */
const BASE_NAMED = /(^|[^\u0621-\u064a])[وفبل]?قاعدة\s+[^\s]/;

/**
 * Round 42 (an entity-stage confusion, fixed for events only): «القاعدة» alone (not تنظيم القاعدة)
 * in an article that names a base (قاعدة X الجوية) is that base, not al-Qaeda: no party of an event.
 */
function baseNotGroup(a: ArticleCtx, tokens: Token[], arg: Arg): boolean {
  if (arg.t0 !== arg.t1) return false;
  if ((tokens[arg.t0] as Token).norm.replace(/^[وف]?(ب|ل|لل)?/, "") !== "القاعده") return false;
  const before = tokens[arg.t0 - 1];
  if (
    before !== undefined &&
    /^[وف]?(ل|ب|لل)?(ال)?(تنظيم|عناصر|مسلحي|مقاتلي|زعيم|قيادي|فرع)$/.test(before.norm)
  )
    return false;
  return BASE_NAMED.test(a.text);
}

/** A person behind مع / ب between the trigger and `arg` (التقى X مع Y، ووزير ... Z). */
function metBehindPrep(s: SlotScope, arg: Arg): boolean {
  return s.args.some(
    (x) => x.t0 > s.te && x.t1 < arg.t0 && x.type === "Person" && (x.prep === WITH || x.prep === BY),
  );
}

/** Frames whose two slots are filled one by one: each may stand for a coordinated list. */
const PAIRED = new Set(["between", "pair", "coord", "group", "appos"]);

function apply(
  a: ArticleCtx,
  c: SentenceCtx,
  ts: number,
  te: number,
  t: Trigger,
  subjects: SubjectMark[],
): Relation[] {
  const { left, right } = clauseLimits(c.tokens, ts, te, a.lex);
  const first = c.tokens[ts] as Token;
  const lo = (c.tokens[left] as Token).start;
  const mark = lastMarkBefore(subjects, first.start, lo);
  const verbSubject = mark?.arg && !mark.arg.relInner ? mark.arg : undefined;
  const before = lastMarkBefore(subjects, first.start, c.start);
  const carried = a.carriedSubject();
  const actor = before
    ? { entity: before.entity, arg: before.arg }
    : carried
      ? { entity: carried }
      : undefined;
  const s: SlotScope = {
    tokens: c.tokens,
    args: c.args,
    lex: a.lex,
    ts,
    te,
    left,
    right,
    verbSubject,
    actor,
    parties: (k) => partyArgs(a, c.tokens, k, t),
    office: t.relation === "LEADS",
    sentence: c.index,
  };
  const last = c.tokens[te] as Token;
  if (negated(a, s, t) || masdarReading(a, s, t)) return [];
  // بمساعدة X، بمشاركة X: X assists or takes part; no support or aid is stated.
  if (t.kind === "noun" && hasKey(first, a.lex.companions)) return [];
  // للقوات المساعدة، القوات المساندة: after a definite noun the word is an adjective (auxiliary).
  if (
    t.relation === "SUPPORTS" &&
    t.kind === "noun" &&
    /^[وف]?ال(مساعد|مساند)/.test(first.norm) &&
    /^[وف]?(ال|لل|بال)/.test(c.tokens[ts - 1]?.norm ?? "") &&
    (c.tokens[ts - 1] as Token).arg < 0 &&
    !/[،,.:؛;]/.test(first.gap)
  )
    return [];
  // سداد قسط قرض: a loan repaid is no funding.
  if (
    t.relation === "FUNDED" &&
    t.kind === "noun" &&
    [1, 2, 3].some((k) => hasKey(c.tokens[ts - k], a.lex.repayments))
  )
    return [];
  // هجوما حادا على X، الهجوم الإعلامي على X: words, not arms.
  if (t.relation === "ATTACKED" && [1, 2].some((k) => hasKey(c.tokens[te + k], a.lex.verbalAttacks)))
    return [];
  // يصل إجمالي عدد الوجهات إلى 115، عدد الزوار يصل إلى: a quantity amounts to a number; no arrival.
  if (
    t.relation === "VISITED" &&
    t.kind === "verb" &&
    [c.tokens[ts - 2], c.tokens[ts - 1], c.tokens[te + 1], c.tokens[te + 2]].some(
      (x) => x !== undefined && x.arg < 0 && hasKey(x, a.lex.amountWords),
    )
  )
    return [];
  // الرحلة المتجهة إلى Y: a definite participle describes a noun; only متوجهاً after a named subject is his journey.
  if (
    t.relation === "VISITED" &&
    t.kind === "noun" &&
    /^(متوجه|متجه)/.test(t.written) &&
    /^[وف]?(ال|لل|بال)/.test(first.norm)
  )
    return [];
  // الاتفاقية الموقعة بين اتحادي الكرة في البلدين: two bodies left unnamed are the parties, not their states.
  if (t.relation === "COOPERATES_WITH" && t.kind === "noun" && bodiesBetween(a, c.tokens, te, right))
    return [];
  // وزارة الشؤون الخارجية والتعاون الإسبانية: a word of an organisation's name run on past its mention.
  if (
    t.relation === "COOPERATES_WITH" &&
    t.kind === "noun" &&
    first.norm.startsWith("و") &&
    c.args.some((x) => x.t1 === ts - 1 && x.type === "Organization") &&
    c.args.some((x) => x.t0 === te + 1 && x.adjective)
  )
    return [];
  // وبالتعاون مع Y: the phrase of the agent (frame agent) reads it; the bare noun's party before it
  // (الذي ينظمه كرسي X بجامعة Z، وبالتعاون مع Y) would be any name behind a preposition.
  if (
    t.relation === "COOPERATES_WITH" &&
    t.kind === "noun" &&
    !t.frames.some((f) => f.startsWith("agent")) &&
    /^[وف]?بال/.test(first.norm) &&
    c.tokens[te + 1]?.keys.includes("مع") === true
  )
    return [];
  // انتهكت X اتفاقية وقف إطلاق النار الموقعة مع Y: an agreement broken is no cooperation now.
  if (
    t.relation === "COOPERATES_WITH" &&
    t.kind === "noun" &&
    [1, 2, 3].some((k) => breach(a, c.tokens[ts - k]))
  )
    return [];
  // إذا توصلت X وY إلى اتفاق، لو التقى X Y: a condition in the clause before the trigger, no event.
  if (conditioned(a, c.tokens, left, ts)) return [];
  // يتعين أن تتعاون X مع Y، يجب على X التعاون مع Y: urged, not done.
  if (obliged(a, c.tokens, ts)) return [];
  // قدم تعازيه، قدم شكره، قدم استقالته، قدم ورقة عمل: no transfer, whatever aid is named after it.
  if (t.relation === "FUNDED" && t.kind === "verb" && gesture(a, c.tokens, te, right)) return [];
  // من يمول ويدعم X: a verb right after the interrogative من (over a verb joined to it) has no named subject.
  if (t.kind === "verb" && askedWho(c.tokens, ts)) return [];
  // بحث عن، يبحث عن: a search, not talks.
  if (t.relation === "MET" && t.kind === "verb" && c.tokens[te + 1]?.norm === "عن") return [];
  // In sports news اللقاء is the match, استضاف hosts a game and مواجهة / هزم / هجوم are play.
  // وكان في استقباله، واستقبله X: a reception is a meeting in sports news too.
  const reception = t.frames.includes("person>actor") || t.frames.includes("host>guest");
  if (SPORTS_PLAY.has(t.relation) && !reception && c.tokens.some((x) => hasKey(x, a.lex.sportsWords)))
    return [];
  // انتقل المهاجم X إلى روما: in sports news a player's move is a transfer to a club, no journey.
  if (
    t.relation === "VISITED" &&
    t.ar === "انتقل" &&
    c.tokens.some((x) => x.arg < 0 && hasKey(x, a.lex.sportsWords))
  )
    return [];
  // Round 42: تواجه X صعوبة في ...: a hardship faced, no opponent.
  if (t.relation === "OPPOSES" && hardshipFaced(a, s, ts, te)) return [];
  // Round 42: تستهدف الحملة 3000 أسرة: a campaign or aid «targets» whom it serves; no attack.
  if (t.relation === "ATTACKED" && aidAimed(a, c.tokens, ts, te)) return [];
  const found = fill(a, s, t, first.start) ?? condemnedAttack(a, s, t);
  if (!found) return [];
  let { src, tgt } = found;
  // تعز (اليمن) اقتحم مسلحون ...: a dateline or an aside in brackets is no party.
  if ([src, tgt].some((f) => f.arg && bracketed(c.args, c.tokens, f.arg))) return [];
  // الرئيس اليمني سيلتقي X: the unnamed holder of the title meets or visits, not his country.
  if (PERSONAL.has(t.relation) && [src, tgt].some((f) => f.arg && titleNisba(c.tokens, f.arg, a.lex)))
    return [];
  if (t.kind === "verb" && found.how.startsWith("subject") && src.arg)
    subjects.push({ offset: first.start, entity: src.entity, arg: src.arg });
  if (found.how === "subject>relhead" && src.arg) src.arg.relInner = true;
  // استقبل X المعزين في وفاة Y، ومنهم Z؛ قدم X واجب العزاء لـZ: condolences are no meeting.
  if (t.relation === "MET" && condolence(a, c.tokens, te, tgt.arg, src.arg)) return [];
  // استضاف X حفل جمعية Y، تستضيف X مؤتمر Y: X hosts Y's event; nobody is met.
  if (t.relation === "MET" && t.kind === "verb" && tgt.arg && hostedEvent(a, c.tokens, te, tgt.arg))
    return [];
  // وكان طلب X المدعوم من Y: the participle agrees with the request, which Y backs; X backs nothing.
  if (found.how.endsWith(">prev") && tgt.arg && requestGenitive(a, c.tokens, tgt.arg)) return [];
  // المشروع ... الأمريكية والمدعوم من Y: a nisba before the participle describes another noun.
  if (
    found.how.endsWith(">prev") &&
    t.relation === "SUPPORTS" &&
    tgt.arg &&
    (tgt.arg.nisba || tgt.arg.adjective)
  )
    return [];
  const cue = [c.tokens[ts - 1], c.tokens[ts - 2]].some((x) => hasKey(x, a.lex.needCues));
  if (cue && t.kind === "noun" && !found.how.endsWith(">prev")) [src, tgt] = [tgt, src];
  // X بمساندة Y، X بدعم Y: X acts with Y's backing — Y supports X (قامت X بدعم Y is X's own act).
  const bare = first.norm.replace(/^[وف]/, "");
  const by = bare.startsWith("ب") && first.keys.includes(bare.slice(1));
  const did = c.tokens[ts - 1]?.norm.replace(/^[وف]/, "").match(/^(قام|قامت|يقوم|تقوم|ستقوم|سيقوم)$/);
  if (t.relation === "SUPPORTS" && t.kind === "noun" && found.how === "before>after" && by && !did)
    [src, tgt] = [tgt, src];
  // وثمنت X دعم Y، أشاد X بدعم Y: who praises the support is the one supported.
  else if (
    t.relation === "SUPPORTS" &&
    t.kind === "noun" &&
    found.how === "before>after" &&
    praised(c.tokens, ts)
  )
    [src, tgt] = [tgt, src];
  // تعرض X لقصف من Y، قام X بقصف Y: the verb is an attack only with an attack noun behind ل / ب
  // right after it (or after its subject), and the party named after that noun (من Y; the object).
  if (t.needsAttack) {
    const k = attackNounAt(a, c.tokens, te + 1, right);
    const later = found.how.startsWith("prep") ? src.arg : tgt.arg;
    if (k < 0 || !later || later.t0 <= k) return [];
  }
  const props = relationDetails(a, c, s, t);
  if (!props) return [];
  const status = props.status;
  let confidence: number = found.how === "speaker" ? CONFIDENCE.speaker : CONFIDENCE[t.kind];
  if (status === "reported") confidence -= 0.05;

  // المدعوم من حزب الله وحركة أمل: every conjunct of a filled slot takes the relation.
  const paired = PAIRED.has(found.how);
  const out: Relation[] = [];
  // وكان في استقباله X رئيس ...، وY والي ...، ووزير ... Z: every host of the list met the guest.
  const sources = standingAlone(t, found.how, first)
    ? (pluralPlaces(a, s, src) ?? [src])
    : reception && src.arg && /^(person|host)>/.test(found.how)
      ? receivers(s, src.arg).map((x) => ({ entity: x.entity, arg: x }))
      : spread(s, src, paired, STATE_EVENTS.has(t.relation));
  // استقبل X الشيخ Y، ومدير فرع ... Z: every guest of the list set off by titles was received.
  // التقى X مع وزير ... Y، ووزير ... Z: the people met behind مع form the same list (round 39).
  const listed =
    t.relation === "MET" &&
    ((t.kind === "verb" && RECEIVING.has(t.ar) && found.how.endsWith(">object")) ||
      (tgt.arg?.prep === WITH && tgt.arg.type === "Person" && /prep:[^>]*$/.test(found.how)));
  const targets =
    listed && tgt.arg
      ? receivers(s, tgt.arg).map((y) => ({ entity: y.entity, arg: y }))
      : spread(s, tgt, paired, STATE_EVENTS.has(t.relation));
  for (const x of sources) {
    for (const y of targets) {
      // دعم اللاجئين السوريين: the nisba of people helped names who they are; only aid goes to them.
      if (t.relation !== "FUNDED" && y.arg && hasKey(c.tokens[y.arg.t0 - 1], a.lex.beneficiaries)) continue;
      if (x.arg && titleComplement(a, c.tokens, x.arg)) continue;
      // رسالة الرئيس اليمني ... لإدخال المساعدات للشعب اليمني: a country's own people or bodies
      // do not fund it (the aid is asked for, not given).
      if (t.relation === "FUNDED" && a.typeOf(y.entity) === "Country" && a.countryOf(x.entity) === y.entity)
        continue;
      // لتوجيهات الملك X بتقديم مساعدات لـY: who directs the aid does not give it; the body that gives does.
      if (t.relation === "FUNDED" && x.arg && patronised(s, x.arg)) continue;
      // سلمت هيئة X التابعة لـY، هاجم X في منطقة Z التابعة لمحافظة Y: Y is the body or the place
      // the name before belongs to, not who receives or is hit.
      if (EVENTS.has(t.relation) && y.arg && affiliated(c.tokens, y.arg, a.lex)) continue;
      // Round 42: «القاعدة» alone where the article names a base (قاعدة X الجوية) is the base.
      if ([x, y].some((f) => f.arg && baseNotGroup(a, c.tokens, f.arg))) continue;
      // Round 42: شنه X وقوات موالية لـY، X بالتنسيق مع Y: a partner of the attack, on neither end.
      if (
        (t.relation === "ATTACKED" || t.relation === "OPPOSES") &&
        [x, y].some((f) => f.arg && partnerOf(a, c.args, c.tokens, f.arg, t.relation === "ATTACKED"))
      )
        continue;
      // Round 42: وصل جثمان الشهيد X إلى Y: the body arrives; the dead visit nothing.
      if (t.relation === "VISITED" && x.arg && bodyOf(a, c.tokens, x.arg)) continue;
      // Round 42: تفقد X مستشفى Z الواقع بحي Y، قصف مبنى Z الكائن في Y: Y only locates Z.
      if ((t.relation === "VISITED" || t.relation === "ATTACKED") && y.arg && sitedAt(a, c.tokens, y.arg))
        continue;
      // Round 42: التقت وكالة الأنباء X الدكتور Y: a medium interviews; nobody meets.
      if (t.relation === "MET" && (a.isMedium(x.entity) || a.isMedium(y.entity))) continue;
      // على توجيهاته بتقديم المساعدات لـY: who directs the aid does not give it.
      if (t.relation === "FUNDED" && x.arg && directedBetween(c.tokens, x.arg.t1, ts)) continue;
      // في هجوم وصفته X بأنه إرهابي: the name after a verb with an object pronoun is that verb's subject.
      if ([x, y].some((f) => f.arg && describedBy(a, c.tokens, f.arg))) continue;
      // تفقدت لجنة X بمحافظة Y، وصل X موقع Y بقطاع Z: a place behind ب / في right after another name is its seat.
      if (t.relation === "VISITED" && y.arg && seatOf(c.args, y.arg)) continue;
      // قصف ثكنة قرب بلدة X شرقي Y، غارات على مواقع لحزب X شمال Y: Y only locates the target.
      if (t.relation === "ATTACKED" && y.arg && landmark(a, c.args, c.tokens, y.arg)) continue;
      // X المشرف العام على المركز ... بالتعاون مع Y: X acts for the centre; the centre cooperates.
      if (found.how.startsWith("agent") && x.arg && supervisor(a, c.tokens, x.arg)) continue;
      if (y.arg && titleComplement(a, c.tokens, y.arg)) continue;
      // استقبل X في مقر Y Z، بمقر Y: the body whose headquarters hosts the meeting is its venue.
      if (t.relation === "MET" && [x, y].some((f) => f.arg && venue(c.tokens, f.arg))) continue;
      // تبرع X لصندوق دعم Y، برنامج رعاية Y: the fund or the programme gets the gift; Y is whom it serves.
      if (FUNDING.has(t.relation) && y.arg && fundFor(c.tokens, y.arg)) continue;
      // تحالف بلجيكي أمريكي فاز بعقد، التحالف الإماراتي البلجيكي المنفذ للمشروع: a business consortium of
      // companies of those countries, not two states cooperating.
      if (t.relation === "COOPERATES_WITH" && found.how.endsWith("pair") && consortium(c.tokens, ts, te))
        continue;
      // منظمات فلسطينية، فصائل عراقية، شركات أمريكية: a nisba after a body that is no state names whose
      // the body is; the state does nothing.
      if ([x, y].some((f) => f.arg && bodyNisba(c.tokens, f.arg))) continue;
      // استهدفت X وإن شملت Y: past a concessive وإن, Y belongs to the verb after it.
      if (t.kind === "verb" && y.arg && y.arg.t0 > te && concessiveBetween(c.tokens, te, y.arg.t0)) continue;
      // هاجم الكاتب X السعودية، شن X في مقابلة هجوماً على قطر: a person attacks a state in words.
      const verbal =
        t.relation === "ATTACKED" && a.typeOf(x.entity) === "Person" && a.typeOf(y.entity) === "Country";
      const type: RelationType = verbal ? "OPPOSES" : t.relation;
      const typed = fitTypes(a, type, x.entity, y.entity);
      if (!typed || !sourceFits(a, t, typed[0])) continue;
      // ضم النادي اللاعب X، انتقل X إلى Y: a player joins a club, never a state or a place.
      if (t.needsSport && !signsFor(a, s, typed[1])) continue;
      if (t.needsTeam && !a.isTeam(typed[1])) continue;
      // ضمت النجم اليوناني بناء على توصية المدرب X: past a preposition the person is another's.
      if (t.needsSport && found.how.startsWith("person") && x.arg && prepBetween(a, s, s.te + 1, x.arg.t0))
        continue;
      // وقع نادي X عقدا مع اللاعب Y، اتفق X مع Y: a club and a player or coach: a contract, no cooperation.
      if (t.relation === "COOPERATES_WITH" && clubAndPerson(a, typed)) continue;
      // اتفق الاتحاد مع المدرب X: a body and a coach or player it hires: a contract, no cooperation.
      if (
        t.relation === "COOPERATES_WITH" &&
        [x, y].some((f) => f.arg && coachTitled(c.tokens, c.args, f.arg))
      )
        continue;
      // يلتقي X ثم Y، هزم X Y: two clubs meet and beat each other on the pitch.
      if (SPORTS_PLAY.has(t.relation) && (a.isTeam(typed[0]) || a.isTeam(typed[1]))) continue;
      // تلتقي X مع Y with two countries: their teams play (their leaders meet, and are named).
      if (t.relation === "MET" && t.kind === "verb" && typed.every((id) => a.typeOf(id) === "Country"))
        continue;
      const ends = [first.start, last.end, x.arg?.start, x.arg?.end, y.arg?.start, y.arg?.end];
      const nums = ends.filter((n): n is number => n !== undefined);
      const start = Math.min(...nums);
      const end = balanceQuotes(a.text, start, Math.max(...nums));
      const evidence: Evidence = { sentence: c.index, start, end, text: a.text.slice(start, end) };
      if (t.relation === "MET") a.parties.pair = typed;
      if (t.relation === "VISITED" && a.typeOf(typed[0]) === "Person")
        a.arrived = { entity: typed[0], sentence: c.index };
      out.push({
        type,
        source: typed[0],
        target: typed[1],
        properties: verbal ? { ...props, trigger: `${props.trigger as string} (in words)` } : { ...props },
        evidence: [evidence],
        confidence,
      });
    }
  }
  return out;
}

import type { Entity, EntityType, Mention } from "../model.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { RelateLexicon } from "./lexicon.js";
import { core } from "./lexicon.js";
import { titleEndingAt, unitTitleBefore } from "./title-match.js";
import { hasKey, lookup, opensQuote } from "./tokens.js";
import type { Token } from "./tokens.js";

/** An entity mention seen as a possible argument of a relation. */
export interface Arg {
  entity: string;
  type: EntityType;
  start: number;
  end: number;
  /** First and last token index in the sentence. */
  t0: number;
  t1: number;
  /** Core of the preposition governing the mention ("من", "ل"...), or "". */
  prep: string;
  /** Joined by و to what precedes it. */
  conj: boolean;
  /** A country adjective (الأميركي) rather than a name. */
  nisba: boolean;
  /** Written like a nisba, even when that is the name itself (السعودية). */
  adjective: boolean;
  /** Part of a person's title (الرئيس الأميركي جو بايدن): not an argument of verbs. */
  modifier: boolean;
  /** Entities of mentions nested inside this one (a nisba inside an organisation's name). */
  inner: string[];
  /** Subject of a relative clause (التحالف الذي تقوده واشنطن): skipped when looking back. */
  relInner: boolean;
  /** A stand-in (بلاده), not a mention. */
  pseudo: boolean;
}

/**
 * A stand-in argument at token `k` (بلاده، الجانبان): `entity` is who the word stands for; it is
 * not a mention, so rules that want a written name skip it (`pseudo`).
 */
export function standIn(
  entity: string,
  type: EntityType,
  tok: Token,
  k: number,
  prep = "",
  conj = false,
): Arg {
  return {
    entity,
    type,
    start: tok.start,
    end: tok.end,
    t0: k,
    t1: k,
    prep,
    conj,
    nisba: false,
    adjective: false,
    modifier: false,
    inner: [],
    relInner: false,
    pseudo: true,
  };
}

const NISBA_END = /(ي|يه|يين|يون|يان|يتين)$/;

function stripClitics(n: string): { rest: string; prep: string; conj: boolean } {
  let rest = n;
  let conj = false;
  if (rest.length > 3 && (rest[0] === "و" || rest[0] === "ف")) {
    conj = rest[0] === "و";
    rest = rest.slice(1);
  }
  if (rest.startsWith("لل") && rest.length > 4) return { rest: "ال" + rest.slice(2), prep: "ل", conj };
  const first = rest[0] ?? "";
  if ((first === "ب" || first === "ل" || first === "ك") && rest.startsWith("ال", 1)) {
    return { rest: rest.slice(1), prep: first, conj };
  }
  return { rest, prep: "", conj };
}

/**
 * Proclitics written inside a mention (للولايات المتحدة، بالعراق). A leading و/ب/ل that belongs to
 * the name itself (وكالة الأنباء) stays: stripping must leave one of the entity's names, or the
 * mention must not be one as written.
 */
function cliticsOf(e: Entity, norm: string): { rest: string; prep: string; conj: boolean } {
  const own = stripClitics(norm);
  if (own.rest === norm) return own;
  const names = new Set([e.name, ...e.aliases].map(normalizeForMatch));
  return names.has(own.rest) || !names.has(norm) ? own : { rest: norm, prep: "", conj: false };
}

function isNisba(e: Entity, stem: string): boolean {
  if (e.type !== "Country" && e.type !== "City") return false;
  if (!stem.startsWith("ال") || !NISBA_END.test(stem)) return false;
  return stem !== normalizeForMatch(e.name);
}

/** Token index containing offset, by binary search. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Token;
    if (t.end <= offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else return mid;
  }
  return lo;
}

/**
 * The preposition governing a mention, looking back over what belongs to its noun phrase: heads
 * like قوات، شمال (من قوات التحالف، في شمال العراق) and, for a person, the title before the name
 * (مع نظيره المصري سامح شكري).
 */
const BEFORE = core("قبل");
const FROM = core("من");
/** The preposition of the agent of a passive (من قبل X), a key of its own. */
export const BY_AGENT = core("من قبل");

function governingPrep(tokens: Token[], args: Arg[], arg: Arg, lex: RelateLexicon): string {
  const person = arg.type === "Person";
  for (let j = arg.t0 - 1, skipped = 0; j >= 0 && skipped <= (person ? 6 : 3); j--, skipped++) {
    let t = tokens[j] as Token;
    if (/[،,.:؛;]/.test((tokens[j + 1] as Token).gap)) return "";
    // مدير الشراكة في جامعة Y X: في belongs to the unit's title; read on from the title's start.
    const owner = t.arg >= 0 ? (args[t.arg] as Arg) : undefined;
    const unit = person && owner?.modifier ? unitTitleBefore(tokens, owner.t0, owner.prep, lex) : undefined;
    if (unit) {
      j = unit.first;
      t = tokens[j] as Token;
    }
    // محمد علي وسامي: a word of another name (علي) is no preposition (على).
    const key = t.arg >= 0 ? undefined : t.keys.find((k) => lex.prepositions.has(k));
    // السفير الياباني لدى الأردن X: لدى governs the envoy's host, part of X's title, not X.
    if (key === "لدي" && person && j < arg.t0 - 1) continue;
    // استُهدفت Y من قبل X: من قبل before a name is the agent of a passive ("by"), not "before".
    if (
      key === BEFORE &&
      j > 0 &&
      t.norm === BEFORE &&
      (tokens[j - 1]?.arg ?? 0) < 0 &&
      tokens[j - 1]?.keys.includes(FROM)
    )
      return BY_AGENT;
    if (key !== undefined) {
      const venue = key === "في" || key === "ب" ? destination(tokens, j, lex) : "";
      return venue || (key === "في" ? headPrep(tokens, j, lex, arg.type) || key : key);
    }
    // A nisba describing the place after it (إلى العاصمة القطرية الدوحة) belongs to its phrase.
    const inModifier = t.arg >= 0 && (args[t.arg] as Arg).modifier;
    const partOfName =
      inModifier ||
      (person &&
        (hasKey(t, lex.titleWords) ||
          hasKey(t, lex.honorifics) ||
          hasKey(t, lex.counterparts) ||
          lookup(t, lex.titleModifiers) !== undefined));
    if (!partOfName && (t.arg >= 0 || !hasKey(t, lex.transparent))) return "";
    // A head with its own preposition (للنازحين السوريين، لمواقع الجماعة) governs what follows,
    // and so does a title's (اتصالاً هاتفياً بأمير الكويت الشيخ X، برقية للرئيس X).
    const clitic = t.arg < 0 ? cliticOf(t, lex) || (person ? cliticOf(t, lex, lex.titleWords) : "") : "";
    // ...unless it is a genitive ل after another head (على مواقع لتنظيم X → على).
    const genitive = clitic === "ل" && j > 0 && hasKey(tokens[j - 1], lex.transparent);
    // وزير الدولة لشؤون الدفاع بدولة قطر اللواء X: a head before the title's complement is in the title.
    const next = tokens[j + 1];
    const inTitle =
      person &&
      t.arg < 0 &&
      cliticOf(t, lex) !== "" &&
      next !== undefined &&
      next.arg >= 0 &&
      (args[next.arg] as Arg).modifier;
    if (clitic && !genitive && !inTitle) return clitic;
  }
  return "";
}

/**
 * Round 37: على مواقع تابعة للحوثيين — تابعة / التابعة ("belonging to") between a
 * transparent head and a genitive ل passes the head's على / ضد on (as على مواقع للحوثيين does).
 */
const AFFILIATED = /^(ال)?تابع[هة]?$/;
const AGAINST = new Set([core("على"), core("ضد")]);

function affiliatedHeadPrep(tokens: Token[], args: Arg[], a: Arg, lex: RelateLexicon): string {
  // ل on the name (للحوثيين) or on a head of its own (لتنظيم X).
  const own = tokens[a.t0 - 1];
  const k = own && own.arg < 0 && cliticOf(own, lex) === "ل" ? a.t0 - 1 : a.t0;
  const link = tokens[k - 1];
  const head = tokens[k - 2];
  if (!link || !head || link.arg >= 0 || head.arg >= 0 || !AFFILIATED.test(link.norm)) return "";
  if (
    !hasKey(head, lex.transparent) ||
    /[،,.:؛;]/.test(link.gap) ||
    /[،,.:؛;]/.test((tokens[k] as Token).gap)
  )
    return "";
  const outer = governingPrep(tokens, args, { ...a, t0: k - 1 }, lex);
  return AGAINST.has(outer) ? outer : "";
}

/**
 * A venue one goes to, with up to two words of its own, before في/ب (وصل X إلى مقر البعثة في Y،
 * زيارته لمستشفيات الشريط الحدودي بـY): Y is the destination and takes إلى/ل; "" otherwise.
 */
const TO = core("إلى");
const PLACE_TYPES = new Set(["Country", "City", "Location"]);

function destination(tokens: Token[], fi: number, lex: RelateLexicon): string {
  for (let j = fi - 1; j >= Math.max(0, fi - 3); j--) {
    const t = tokens[j] as Token;
    if (t.arg >= 0 || /[،,.:؛;]/.test((tokens[j + 1] as Token).gap)) return "";
    if (!hasKey(t, lex.venueHeads)) continue;
    if (cliticOf(t, lex, lex.venueHeads) === "ل") return "ل";
    const before = tokens[j - 1];
    return before && before.arg < 0 && before.keys.includes(TO) ? TO : "";
  }
  return "";
}

/**
 * The preposition of a head right before في (غارات على مواقع في X، عقوبات على ثلاثة مسؤولين في X):
 * X is what the head stands for, so it takes the head's preposition; "" when there is none.
 */
function headPrep(tokens: Token[], fi: number, lex: RelateLexicon, type?: string): string {
  const head = tokens[fi - 1];
  if (!head || head.arg >= 0 || !hasKey(head, lex.transparent) || /[،,.:؛;]/.test((tokens[fi] as Token).gap))
    return "";
  // ضد التنظيم في العراق: the place is where the group is, not what the head stands for.
  if (PLACE_TYPES.has(type ?? "") && hasKey(head, lex.groupHeads)) return "";
  const own = cliticOf(head, lex);
  if (own) return own;
  for (let j = fi - 2, skipped = 0; j >= 0 && skipped <= 2; j--, skipped++) {
    const t = tokens[j] as Token;
    if (t.arg >= 0 || /[،,.:؛;]/.test((tokens[j + 1] as Token).gap)) return "";
    const key = t.keys.find((k) => lex.prepositions.has(k));
    if (key !== undefined) return key === "في" ? "" : key;
    if (!hasKey(t, lex.quantifiers) && !/^[0-9٠-٩]+$/.test(t.norm)) return "";
  }
  return "";
}

/** The preposition written on a transparent head (للنازحين → ل, لمواقع → ل) or on one of `heads`, or "". */
function cliticOf(t: Token, lex: RelateLexicon, heads: ReadonlySet<string> = lex.transparent): string {
  const head = t.keys.find((k) => heads.has(k));
  if (head === undefined) return "";
  const b = /^[وف]/.test(t.norm) && !t.keys.includes(t.norm.slice(1)) ? t.norm : t.norm.replace(/^[وف]/, "");
  if (b === "لل" + head || b === "ل" + head) return "ل";
  return b === "ب" + head || b === "بال" + head ? "ب" : "";
}

/**
 * Mentions that are no argument whatever the entity stage made of them: a religious formula
 * (حفظه الله) and a place name inside a person's name chain (فيصل بن تركي، الأمير تركي بن محمد).
 */
function notAnArgument(
  entity: Entity,
  mention: Mention,
  tokens: Token[],
  t0: number,
  t1: number,
  lex: RelateLexicon,
): boolean {
  const norm = normalizeForMatch(mention.text).replace(/^[وف](?=\S{3})/, "");
  for (const f of lex.formulae) if (norm === f || (f.includes(" ") && norm.endsWith(" " + f))) return true;
  if (entity.type !== "Country" && entity.type !== "City") return false;
  const before = tokens[t0 - 1];
  // 5 ملايين دولار أمريكي: the nisba names the currency.
  if (
    hasKey(before, lex.currencies) &&
    /ي$|يه$|ية$/.test(norm) &&
    !/[،,.:؛;]/.test((tokens[t0] as Token).gap)
  )
    return true;
  const after = tokens[t1 + 1];
  const joined = (t: Token | undefined, next: Token | undefined) =>
    t !== undefined && next !== undefined && !/[،,.:؛;“”«»"()]/.test(next.gap);
  if (joined(before, tokens[t0]) && hasKey(before, lex.nameLinks)) return true;
  if (joined(after, after) && hasKey(after, lex.nameLinks)) return true;
  // الأمير تركي: an indefinite nisba right after a definite title is a given name, unlike the
  // country after a title in construct (رئيس مالي).
  return (
    !norm.startsWith("ال") &&
    /ي$/.test(norm) &&
    joined(before, tokens[t0]) &&
    /^[وف]?ال/.test(before?.norm ?? "") &&
    hasKey(before, lex.titleWords)
  );
}

interface Located {
  entity: Entity;
  mention: Mention;
}

/** Arguments of one sentence, in text order; marks tokens with the argument covering them. */
export function buildArgs(text: string, tokens: Token[], mentions: Located[], lex: RelateLexicon): Arg[] {
  const sorted = [...mentions].sort(
    (a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end,
  );
  const args: Arg[] = [];
  for (const { entity, mention } of sorted) {
    const outer = args[args.length - 1];
    if (outer && mention.start < outer.end) {
      if (mention.end <= outer.end && entity.id !== outer.entity) outer.inner.push(entity.id);
      continue;
    }
    const t0 = tokenAt(tokens, mention.start);
    const t1 = Math.max(t0, tokenAt(tokens, mention.end - 1));
    const tok = tokens[t0];
    if (!tok) continue;
    if (notAnArgument(entity, mention, tokens, t0, t1, lex)) continue;
    const prefix = normalizeForMatch(text.slice(tok.start, Math.max(tok.start, mention.start)));
    const own = cliticsOf(entity, normalizeForMatch(mention.text));
    let prep = own.prep;
    let conj = own.conj || prefix.startsWith("و");
    const pre = prefix.replace(/^[وف]/, "");
    if (!prep && pre.length === 1 && (pre === "ب" || pre === "ل" || pre === "ك")) prep = pre;
    if (!conj && t0 > 0 && (tokens[t0 - 1] as Token).norm === "و") conj = true;
    args.push({
      entity: entity.id,
      type: entity.type,
      start: mention.start,
      end: mention.end,
      t0,
      t1,
      prep: prep ? core(prep) : "",
      conj,
      nisba: isNisba(entity, own.rest),
      adjective:
        (entity.type === "Country" || entity.type === "City") &&
        own.rest.startsWith("ال") &&
        NISBA_END.test(own.rest),
      modifier: false,
      inner: [],
      relInner: false,
      pseudo: false,
    });
  }
  args.forEach((a, i) => {
    for (let t = a.t0; t <= a.t1; t++) if (tokens[t]) (tokens[t] as Token).arg = i;
  });
  markModifiers(args, tokens, lex, text);
  for (const a of args) {
    // A genitive ل after a head (على مواقع للحوثيين) keeps the head's preposition.
    const head = tokens[a.t0 - 1];
    if (a.prep === "ل" && head && head.arg < 0 && !/[،,.:؛;]/.test((tokens[a.t0] as Token).gap)) {
      const outer = hasKey(head, lex.transparent) ? governingPrep(tokens, args, a, lex) : "";
      if (outer) a.prep = outer;
    }
    if (!a.prep) a.prep = governingPrep(tokens, args, a, lex);
    if (a.prep === "ل") a.prep = affiliatedHeadPrep(tokens, args, a, lex) || a.prep;
    // في العراق وسوريا: a place joined by و right after another takes that place's preposition.
    const prev = args[args.indexOf(a) - 1];
    if (
      !a.prep &&
      a.conj &&
      prev?.prep &&
      prev.t1 === a.t0 - 1 &&
      PLACE_TYPES.has(a.type) &&
      PLACE_TYPES.has(prev.type)
    )
      a.prep = prev.prep;
    // زيارته لمستشفيات الشريط الحدودي بجازان: ب written on the place after a venue.
    else if (a.prep === "ب") a.prep = destination(tokens, a.t0, lex) || a.prep;
  }
  return args;
}

/**
 * Countries and organisations inside a person's title (الرئيس الأميركي جو بايدن، المتحدث باسم
 * مجلس الوزراء حسن ناظم) describe the person; verbs take the person, not them, as argument.
 */
function markModifiers(args: Arg[], tokens: Token[], lex: RelateLexicon, text: string): void {
  for (let i = args.length - 2; i >= 0; i--) {
    const a = args[i] as Arg;
    const next = args[i + 1] as Arg;
    if (a.type === "Person") continue;
    // العاصمة البريطانية لندن: the nisba describes the place named right after it.
    if (a.nisba && next.t0 === a.t1 + 1 && (next.type === "City" || next.type === "Location")) {
      a.modifier = true;
      continue;
    }
    if (next.type !== "Person" && !next.modifier) continue;
    // Between the complement and the name: a preposition, a title word, or modifiers and
    // honorifics (مدير مطار Y بالإنابة المهندس X).
    let adjacent = true;
    for (let t = a.t1 + 1; adjacent && t < next.t0; t++) {
      const w = tokens[t] as Token;
      // سفير اليابان لدى المملكة X: the host country of an envoy, even unrecognised.
      if (w.norm === "لدي" && t + 2 === next.t0 && (tokens[t + 1] as Token).arg < 0) break;
      // رئيس هيئة Y الفريق أول ركن X، قائد Y العميد البحري X: a rank of several words.
      if (next.type === "Person" && rankUntil(tokens, t, next.t0, lex)) break;
      // نائب الرئيس اليمني رئيس مجلس الوزراء X: a second title may follow the nisba.
      adjacent =
        lookup(w, lex.titleModifiers) !== undefined ||
        hasKey(w, lex.honorifics) ||
        // أمير منطقة Y صاحب السمو الملكي الأمير X: a courtesy title after honorifics.
        // رئيس مجلس X الشيخ الدكتور Y: honorifics may follow the courtesy title.
        (next.type === "Person" &&
          hasKey(w, lex.courtesyTitles) &&
          honorificsUntil(tokens, t + 1, next.t0, lex)) ||
        (a.nisba && next.type === "Person" && hasKey(w, lex.titleWords)) ||
        (next.t0 - a.t1 === 2 && (hasKey(w, lex.prepositions) || hasKey(w, lex.titleWords))) ||
        // السفير الياباني لدى المملكة X: the nisba before the envoy's host country.
        (a.nisba && next.modifier && w.norm === "لدي" && t + 1 === next.t0);
    }
    // Honorifics may run to four words (صاحب السمو الملكي الأمير); other words to three.
    const courtly = (t: number) => hasKey(tokens[t], lex.honorifics) || hasKey(tokens[t], lex.courtesyTitles);
    let between = 0;
    for (let t = a.t1 + 1; t < next.t0; t++) if (!courtly(t)) between++;
    if (!adjacent || next.t0 - a.t1 > 6 || (between > 0 && next.t0 - a.t1 > 4)) continue;
    const unit = a.type === "Organization" && unitTitleBefore(tokens, a.t0, a.prep, lex) !== undefined;
    let titled = a.nisba || unit;
    // A word of a name is no title (الأمير فهد بن سلطان لدى وصوله مطار Y Z: سلطان titles nothing).
    for (let t = a.t0 - 1; !titled && t >= Math.max(0, a.t0 - 3); t--)
      titled =
        hasKey(tokens[t], lex.titleWords) && !args.some((x) => x.type === "Person" && x.t0 <= t && x.t1 >= t);
    // وزير الخارجية السعودي، X: a comma may set the name off a title's complement.
    const gap = (tokens[next.t0] as Token).gap;
    // رئيس نادي X "Y": a name set in quotes after its title.
    const quoted =
      next.type === "Person" && /^["“«]$/.test(gap) && opensQuote(text, (tokens[next.t0] as Token).start);
    // وزير الخارجية السعودي، وX: a name joined by و after the comma is the list's next item.
    if (
      (/[.:؛;“”«»"]/.test(gap) && !quoted) ||
      (/[،,]/.test(gap) && (next.type !== "Person" || !titled || next.conj))
    )
      continue;
    a.modifier = titled;
  }
  for (let i = 1; i < args.length; i++) markTitleChainBody(args, i, tokens, lex);
}

// Words of a title chain after a name besides title words (ولي ولي العهد النائب الثاني لرئيس).
const CHAIN_WORDS = new Set(["العهد", "الاول", "الثاني", "الثالث"]);
// Tokens a title chain may run between the name and a body named in it.
const MAX_CHAIN = 8;

/**
 * X ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع: a body named inside the title chain
 * after a person's name (right after a title word, only title words between the name and it)
 * describes the person, as a complement before the name does.
 */
function markTitleChainBody(args: Arg[], i: number, tokens: Token[], lex: RelateLexicon): void {
  const a = args[i] as Arg;
  const prev = args[i - 1] as Arg;
  if (a.type !== "Organization" || prev.type !== "Person" || a.t0 - prev.t1 > MAX_CHAIN) return;
  if (!hasKey(tokens[a.t0 - 1], lex.titleWords)) return;
  for (let t = prev.t1 + 1; t < a.t0; t++) {
    const w = tokens[t] as Token;
    if (HARD_PUNCT.test(w.gap)) return;
    if (!hasKey(w, lex.titleWords) && !CHAIN_WORDS.has(w.norm) && lookup(w, lex.titleModifiers) === undefined)
      return;
  }
  a.modifier = true;
}

// Punctuation that ends a title chain.
const HARD_PUNCT = /[.:؛;“”«»"،,()]/;

/**
 * A military rank of several words (الفريق أول، العميد البحري، المقدم الركن) starts at token
 * `from`, honorifics only between it and the name at `to`.
 */
function rankUntil(tokens: Token[], from: number, to: number, lex: RelateLexicon): boolean {
  for (let end = from + 1; end < to && end <= from + 2; end++) {
    const m = titleEndingAt(tokens, end, lex);
    if (m && m.first === from && !m.title.complementRequired && m.title.relation === "MEMBER_OF")
      return honorificsUntil(tokens, end + 1, to, lex);
  }
  return false;
}

/** Tokens from..to-1 are all honorifics (الدكتور، المهندس), none at all included. */
function honorificsUntil(tokens: Token[], from: number, to: number, lex: RelateLexicon): boolean {
  for (let t = from; t < to; t++) if (!hasKey(tokens[t], lex.honorifics)) return false;
  return true;
}

/** Arguments that can fill a verb's or noun's slot. */
export const isFree = (a: Arg): boolean => !a.modifier;

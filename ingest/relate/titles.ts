import type { Entity, Relation } from "../model.js";
import { normalizeForMatch } from "../text/normalize.js";
import { core } from "./lexicon.js";
import type { Arg } from "./args.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import type { RelateLexicon, TitleEntry } from "./lexicon.js";
import { endsWithNisbaOf, NISBA_WORD } from "./institutions.js";
import { branchSeat } from "./places.js";
import { orgTailAt, titleEndingAt, unitTitleBefore } from "./title-match.js";
import { hasKey, lookup, opensQuote, reporting } from "./tokens.js";
import type { Token } from "./tokens.js";

/** Roles read from titles, for coreference (المتحدث → the spokesperson named before). */
export interface RoleFact {
  person: string;
  role: string;
  target: string;
  offset: number;
}

const MAX_BACK = 9;
/** Words that may sit between a title and its complement: باسم، لـ، لدى. */
const LINKS = new Set(["باسم", "ل", "لدي"]);
/** بقيادة، لقيادة: "at the command of" a force, written between a title and the force. */
const COMMAND = /^[بل]قياده$/;

interface TitleMatch {
  title: TitleEntry;
  start: number;
  former: boolean;
  /** Entities named inside the title, nearest to the title first. */
  of: string[];
  /** The organisation or place the complement is in (رئيس لجنة X في الغرفة Y المهندس Z → Y). */
  within?: string;
}

/** The country a title like خادم الحرمين الشريفين names, when the article names that country. */
type ImpliedOf = (title: TitleEntry) => string | undefined;

const PUNCT = /[،,.:؛;“”«»"]/;

/** نائب وزير الخارجية: a deputy belongs to what the title heads, with the role "Deputy ...". */
/** Ordinals after a deputy word (النائب الأول، النائب الثاني), normalised. */
const ORDINALS = new Map([
  ["الاول", "First"],
  ["الثاني", "Second"],
  ["الثالث", "Third"],
]);

function asDeputy(title: TitleEntry): TitleEntry {
  const { implied: _implied, ...rest } = title;
  return { ...rest, en: `Deputy ${title.en}`, relation: "MEMBER_OF", deputy: true };
}

/** The deputy word right before a title's first token, joined to it, or -1. */
function deputyAt(c: SentenceCtx, first: number, lex: ArticleCtx["lex"]): number {
  const t = c.tokens[first - 1];
  return t && t.arg < 0 && hasKey(t, lex.deputies) && !PUNCT.test((c.tokens[first] as Token).gap)
    ? first - 1
    : -1;
}

/** الفريق before a nisba or after another title (مدرب الفريق X) is the team, not a rank. */
function teamNotRank(
  c: SentenceCtx,
  title: TitleEntry,
  first: number,
  of: string[],
  lex: ArticleCtx["lex"],
): boolean {
  if (title.phrase.length !== 1 || !lex.teamRanks.has(core(title.phrase[0] ?? ""))) return false;
  const before = c.tokens[first - 1];
  return of.length > 0 || hasKey(before, lex.titleWords) || hasKey(before, lex.complementHeads);
}

/** The written form of the token starting at an offset (a title: للرئيس). */
const tokenNorm = (c: SentenceCtx, at: number): string => c.tokens.find((t) => t.start === at)?.norm ?? "";

/**
 * A title that names the state itself (خادم الحرمين الشريفين): the person it stands before leads
 * that state; a deputy or a titled holder of it (نائب / مستشار خادم الحرمين الشريفين) belongs to it.
 */
function impliedTitle(
  a: ArticleCtx,
  c: SentenceCtx,
  implied: { title: TitleEntry; first: number },
  state: string,
  former: boolean,
): TitleMatch {
  const { first } = implied;
  const at = (i: number) => (c.tokens[i] as Token).start;
  const holder = titleEndingAt(c.tokens, first - 1, a.lex);
  if (holder && !holder.title.implied && !PUNCT.test((c.tokens[first] as Token).gap)) {
    const title: TitleEntry = { ...holder.title, relation: "MEMBER_OF" };
    return { title, start: at(holder.first), former, of: [state] };
  }
  const deputy = deputyAt(c, first, a.lex);
  if (deputy >= 0) return { title: asDeputy(implied.title), start: at(deputy), former, of: [state] };
  return { title: implied.title, start: at(first), former, of: [state] };
}

/**
 * A one-word title with a possessive pronoun (رئيسها، محافظها، مدربه) and the organisation or
 * country the pronoun stands for: the nearest one named before it in the sentence, with no person
 * between (a person's مدربه is his coach, not a club's). `feminineRead`: the word is also a
 * feminine title (مدربه = مدربة), which the pronoun reading overrides only with an antecedent.
 */
function possessiveTitle(
  a: ArticleCtx,
  c: SentenceCtx,
  pos: number,
): { title: TitleEntry; antecedent: string; feminineRead: boolean } | undefined {
  const tok = c.tokens[pos] as Token;
  const parts = /^(\S{3,}?)(ها|هم|ه)$/.exec(tok.norm.replace(/^[وف](?=\S{4})/, ""));
  const base = parts?.[1];
  if (!base) return undefined;
  const title = (a.lex.titles.get(base) ?? []).find(
    (t) => t.phrase.length === 1 && t.phrase[0] === base && !t.implied,
  );
  if (!title) return undefined;
  for (let i = c.args.length - 1; i >= 0; i--) {
    const arg = c.args[i] as Arg;
    if (arg.t1 >= pos) continue;
    // مهاجمه X ومدافعه Y: the name just before the conjunction is a fellow player, not the antecedent.
    if (arg.type === "Person" && arg.t1 === pos - 1 && /^و/.test(tok.norm)) continue;
    if (arg.type === "Person") return undefined;
    if ((arg.type === "Organization" || arg.type === "Country") && !arg.nisba && !arg.pseudo)
      return { title, antecedent: arg.entity, feminineRead: parts?.[2] === "ه" };
  }
  return undefined;
}

/** An organisation or place written with في/ب after a title's complement: where the complement is. */
const withinArg = (arg: Arg): boolean =>
  (arg.prep === "في" || arg.prep === "ب") &&
  !arg.nisba &&
  (arg.type === "Organization" || arg.type === "City" || arg.type === "Location");

/** The organisation a title names before its home (رئيس لجنة X في الغرفة Y): a complement. */
const chainHead = (arg: Arg): boolean =>
  arg.type === "Organization" && (arg.prep === "" || arg.prep === "ل") && !arg.nisba;

/** فرع (بفرع، لفرع) right before an organisation. */
const BRANCH_WORD = /^[وف]?(ب|ل)?(ال)?فرع$/;

/**
 * مدير فرع مكتب العمل بخيبر: an organisation written right after فرع whose own mention ends in
 * its place (a ب word after a definite word inside the mention) is the branch itself.
 */
function ownBranch(c: SentenceCtx, arg: Arg): boolean {
  if (!BRANCH_WORD.test(c.tokens[arg.t0 - 1]?.norm ?? "")) return false;
  for (let k = arg.t0 + 1; k <= arg.t1; k++) {
    const t = c.tokens[k] as Token;
    const prev = c.tokens[k - 1] as Token;
    if (/^ب(ال)?\S{2,}$/.test(t.norm) && /^(ال|[وف]ال)/.test(prev.norm) && !PUNCT.test(t.gap)) return true;
  }
  return false;
}

/** The head noun of a state's formal name: دولة، مملكة، جمهورية، سلطنة. */
const STATE_HEAD = /^(دول|مملك|جمهوري|سلطن)[ةه]$/;

/**
 * مجلس النواب في [مملكة] Y: the index of في when a state (`arg`, optionally after its head noun)
 * stands behind it right after a body that can be a title's complement; -1 otherwise.
 */
function stateHomeAt(c: SentenceCtx, arg: Arg): number {
  let k = arg.t0 - 1;
  const head = c.tokens[k];
  if (head && head.arg < 0 && STATE_HEAD.test(head.norm) && !PUNCT.test((c.tokens[k + 1] as Token).gap)) k--;
  const fi = c.tokens[k];
  if (!fi || fi.norm !== "في" || PUNCT.test((c.tokens[k + 1] as Token).gap) || PUNCT.test(fi.gap)) return -1;
  const body = c.tokens[k - 1];
  const owner = body && body.arg >= 0 ? c.args[body.arg] : undefined;
  return owner && owner.t1 === k - 1 && chainHead(owner) ? k : -1;
}

/** Most words of a portfolio written after a title's complement (للشؤون الصحية والبيئية). */
const MAX_PORTFOLIO_TAIL = 4;

/** لشؤون (normalised لشوون): a portfolio's opening word besides a definite noun behind لل. */
const AFFAIRS = /^لش[ؤوئ]ون$/;

/**
 * للشؤون الوقائية، للدراسات والإشراف ending at token `k`: a ل + definite word, then definite words
 * or their و-conjuncts, right after an organisation or a place (no nisba): the portfolio of a title
 * of that body, or right after a word naming a body (`orgNoun`: مدير عام السجون للتخطيط). Returns
 * the complement's argument index (-1 for such a word) and the portfolio's first token.
 */
function portfolioTail(
  c: SentenceCtx,
  k: number,
  lex: RelateLexicon,
  orgNoun?: (t: Token) => string | undefined,
): { arg: number; first: number } | undefined {
  for (let j = k; j > k - MAX_PORTFOLIO_TAIL && j > 0; j--) {
    const t = c.tokens[j] as Token;
    // لشؤون الكهرباء (round 41): "for the affairs of" opens a portfolio as لل does.
    const opener = t.norm.startsWith("لل") || AFFAIRS.test(t.norm);
    if (t.arg >= 0 || t.stop !== 0 || PUNCT.test(t.gap) || !(opener || /^و?ال../.test(t.norm)))
      return undefined;
    if (hasKey(t, lex.titleWords) || courteous(t, lex) || lookup(t, lex.titleModifiers) !== undefined)
      return undefined;
    if (!opener) continue;
    const prev = c.tokens[j - 1] as Token;
    const arg = prev.arg >= 0 ? c.args[prev.arg] : undefined;
    const body =
      arg && !arg.nisba && arg.t1 === j - 1 && (arg.type === "Organization" || arg.type === "Location");
    if (body) return { arg: prev.arg, first: j };
    // مساعد مدير عام السجون للتخطيط X: a body named by its field word (directorateOf), no argument.
    return prev.arg < 0 && orgNoun?.(prev) !== undefined ? { arg: -1, first: j } : undefined;
  }
  return undefined;
}

/**
 * Walks back from a person mention over modifiers, nisbas and linking words to a title. A title
 * with a portfolio after its complement (وكيل وزارة X للشؤون الوقائية، مدير إدارة X للعمليات) holds
 * a part of the body: it is a member of it, never its head.
 */
function titleBefore(
  a: ArticleCtx,
  c: SentenceCtx,
  /** First token of the name. */
  name: number,
  countryOfOrg: (id: string) => string | null,
  previous?: TitleEntry,
  orgNoun?: (t: Token) => string | undefined,
  impliedOf?: ImpliedOf,
): TitleMatch | undefined {
  const walk = { portfolio: false };
  const m = titleWalk(a, c, name, countryOfOrg, walk, previous, orgNoun, impliedOf);
  return m && walk.portfolio ? { ...m, title: { ...m.title, relation: "MEMBER_OF", unit: true } } : m;
}

/** The name at token `name` is followed by a comma (and more words): «، X، ...» sets it off. */
function closedApposition(c: SentenceCtx, name: number): boolean {
  const arg = c.args[(c.tokens[name] as Token).arg];
  // ، وX، : a name joined by و is the next item of a list, not an apposition.
  if (!arg || arg.type !== "Person" || arg.conj || /^و/.test((c.tokens[name] as Token).raw)) return false;
  const next = c.tokens[arg.t1 + 1];
  return next !== undefined && /^\s*[،,]\s*$/.test(next.gap);
}

/** A preposition with a pronoun for the body named before: بها، لها، فيها، به، له. */
const PRONOUN_PREP = /^(?:ب|ل|في)(?:ها|ه)$/;

/**
 * The title before «وTITLE … بها» when the token at `pos` is such a pronoun: the first of two
 * titles joined by و, the second's complement the first's organisation (المتحدث الرسمي لأمانة Y
 * ومدير إدارة العلاقات بها X → X's title is the first, of Y).
 */
function pronounJoined(a: ArticleCtx, c: SentenceCtx, pos: number): TitleMatch | undefined {
  const tok = c.tokens[pos] as Token;
  if (tok.arg >= 0 || !PRONOUN_PREP.test(tok.norm)) return undefined;
  for (let k = pos - 1; k >= 1 && pos - k <= 4; k--) {
    const t = c.tokens[k] as Token;
    if (PUNCT.test(t.gap) || PUNCT.test((c.tokens[k + 1] as Token).gap)) return undefined;
    // The second title's own unit may be an entity (ومدير إدارة العلاقات بها).
    if (t.arg >= 0 || !/^و/.test(t.norm)) continue;
    const owner = c.args[(c.tokens[k - 1] as Token).arg];
    if (!owner || owner.type !== "Organization") return undefined;
    // The second title starts at و (its unit words may follow it up to the pronoun).
    let second = false;
    for (let e = k; e < pos && !second; e++) second = titleEndingAt(c.tokens, e, a.lex)?.first === k;
    if (!second) return undefined;
    const first = titleEndingAt(c.tokens, owner.t0 - 1, a.lex);
    if (!first || first.title.implied || PUNCT.test((c.tokens[owner.t0] as Token).gap)) return undefined;
    const deputy = deputyAt(c, first.first, a.lex);
    return {
      title: deputy >= 0 ? asDeputy(first.title) : first.title,
      start: (c.tokens[deputy >= 0 ? deputy : first.first] as Token).start,
      former: false,
      of: [owner.entity],
    };
  }
  return undefined;
}

function titleWalk(
  a: ArticleCtx,
  c: SentenceCtx,
  name: number,
  countryOfOrg: (id: string) => string | null,
  walk: { portfolio: boolean },
  previous?: TitleEntry,
  orgNoun?: (t: Token) => string | undefined,
  impliedOf?: ImpliedOf,
): TitleMatch | undefined {
  const of: string[] = [];
  let former = false;
  /** A player's modifier (الدولي، المحترف) was skipped: only a sports title may follow. */
  let player = false;
  let within: { entity: string; width: number; hops: number } | undefined;
  /** The organisation whose left-off words were just skipped (its argument index), or -1. */
  let tailed = -1;
  /** The complement a portfolio was just skipped back to (its argument index), or -1. */
  let portfolio = -1;
  for (let pos = name - 1; pos >= 0 && name - pos <= MAX_BACK + (within?.width ?? 0);) {
    const tok = c.tokens[pos] as Token;
    const argIndex = tok.arg;
    const arg = argIndex >= 0 ? c.args[argIndex] : undefined;
    const gap = (c.tokens[pos + 1] as Token).gap;
    // مدير الإعلام بإمارة منطقة Y، X: a comma may set the name off its title's complement.
    // رئيس اللجنة الوطنية، الدكتور X: honorifics only between the comma and the name.
    // المتحدث الإعلامي للدفاع المدني بالإنابة، X، ...: a name set off by commas on both sides is
    // an apposition of the title before it, whatever ends the title.
    const commaOk =
      (arg?.modifier === true || closedApposition(c, name)) &&
      /^\s*[،,]\s*$/.test(gap) &&
      c.tokens.slice(pos + 1, name).every((t) => courteous(t, a.lex));
    // مدرب الفريق "X": a name set in quotes right after its title.
    const quoted =
      pos === name - 1 && /^["“«]$/.test(gap) && opensQuote(a.text, (c.tokens[name] as Token).start);
    if (/[،,.:؛;“”«»"]/.test(gap) && !commaOk && !quoted) return undefined;
    // رئيس لجنة X في الغرفة التجارية بجدة المهندس Y: the complement's home (the nearest to the
    // complement of at most two), then the complement.
    if (
      arg &&
      !arg.modifier &&
      (within?.hops ?? 0) < 2 &&
      of.length === 0 &&
      arg.t1 === pos &&
      withinArg(arg)
    ) {
      const from = c.tokens[arg.t0 - 1]?.norm === "في" ? arg.t0 - 1 : arg.t0;
      const hops = (within?.hops ?? 0) + 1;
      within = { entity: arg.entity, width: (within?.width ?? 0) + arg.t1 - from + 1, hops };
      pos = from - 1;
      continue;
    }
    // رئيس مجلس النواب في مملكة Y X: a state behind في (and its head noun) after a body is the
    // body's home; the body is the title's complement. Only when a body stands right before في.
    const home =
      arg?.type === "Country" && of.length === 0 && within === undefined ? stateHomeAt(c, arg) : -1;
    if (arg && home >= 0) {
      within = { entity: arg.entity, width: arg.t1 - home + 1, hops: 1 };
      pos = home - 1;
      continue;
    }
    // وزير الخارجية بدولة قطر X: the state behind ب and its head noun is the title's complement.
    const state = c.tokens[arg ? arg.t0 - 1 : -1];
    if (
      arg?.type === "Country" &&
      of.length === 0 &&
      within === undefined &&
      state !== undefined &&
      state.arg < 0 &&
      /^[وف]?ب/.test(state.norm) &&
      hasKey(state, a.lex.transparent) &&
      !PUNCT.test((c.tokens[arg.t0] as Token).gap)
    ) {
      of.unshift(arg.entity);
      pos = arg.t0 - 2;
      continue;
    }
    const complement =
      arg !== undefined &&
      (arg.modifier ||
        (argIndex === portfolio && (chainHead(arg) || arg.type === "Location")) ||
        (within !== undefined && of.length === 0 && chainHead(arg)) ||
        (argIndex === tailed && chainHead(arg)));
    if (arg && complement) {
      // مدير إدارة التطوير بشركة Y X: the title of a unit of the organisation, a member of it.
      const unit =
        arg.type === "Organization" ? unitTitleBefore(c.tokens, arg.t0, arg.prep, a.lex) : undefined;
      if (unit) {
        const { implied: _implied, ...rest } = unit.title;
        // مدير فرع مكتب العمل بخيبر X: the branch itself is the entity (its place is in its name).
        const branch = rest.relation === "LEADS" && unit.first < arg.t0 - 1 && ownBranch(c, arg);
        return {
          title: branch ? rest : { ...rest, relation: "MEMBER_OF", unit: true },
          start: (c.tokens[unit.first] as Token).start,
          former,
          of: [arg.entity, ...of],
          within: within?.entity,
        };
      }
      // A title may run into the complement's name (رئيس مجلس الوزراء العراقي): try it first.
      for (let end = arg.t1; end >= arg.t0; end--) {
        const m = titleEndingAt(c.tokens, end, a.lex);
        if (m && m.first < arg.t0) {
          const country = countryOfOrg(arg.entity);
          const deputy = deputyAt(c, m.first, a.lex);
          return {
            title: deputy >= 0 ? asDeputy(m.title) : m.title,
            start: (c.tokens[deputy >= 0 ? deputy : m.first] as Token).start,
            former,
            of: [...(country ? [country] : []), ...of],
          };
        }
      }
      of.unshift(arg.entity, ...arg.inner);
      pos = arg.t0 - 1;
      continue;
    }
    if (arg) return undefined;
    // عميد عمادة X [المستمر] بجامعة Y الدكتور Z: words the entity stage left off the complement.
    const tailOf = orgTailAt(c.tokens, c.args, pos, a.lex);
    if (tailOf >= 0) {
      tailed = tailOf;
      pos--;
      continue;
    }
    // وكيل أمين منطقة Y للدراسات والإشراف المهندس X: a portfolio after the complement.
    const span = of.length === 0 && within === undefined ? portfolioTail(c, pos, a.lex, orgNoun) : undefined;
    if (span) {
      portfolio = span.arg;
      walk.portfolio = true;
      pos = span.first - 1;
      continue;
    }
    // السفيرة الأمريكية في الأمم المتحدة X، رئيس لجنة Y في المجلس Z X: an organisation behind في
    // is where the office sits; the title's complement is written before في.
    if (
      tok.norm === "في" &&
      within === undefined &&
      of.length > 0 &&
      a.typeOf(of[0] ?? "") === "Organization" &&
      (c.tokens[pos - 1]?.arg ?? -1) >= 0
    ) {
      within = { entity: of[0] as string, width: name - pos, hops: 1 };
      of.length = 0;
      pos--;
      continue;
    }
    // مسؤولة بوزارة الصحة تدعى X، مسؤول في الشركة يدعى X: "called" between the title and the name.
    if (pos === name - 1 && /^[يت](دعي|سمي)$/.test(tok.norm)) {
      pos--;
      continue;
    }
    // سفير اليابان لدى المملكة X: an envoy's host country, even unrecognised, sits before the name.
    if (pos === name - 1 && c.tokens[pos - 1]?.norm === "لدي") {
      pos -= 2;
      continue;
    }
    // المتحدث الرسمي لأمانة Y ومدير إدارة العلاقات بها X: a second title whose complement is a
    // pronoun (بها، لها) joins the first; the name holds the first title of Y.
    const joined = of.length === 0 && within === undefined ? pronounJoined(a, c, pos) : undefined;
    if (joined) return { ...joined, former };
    if (hasKey(tok, a.lex.counterparts)) {
      // نظيره الفرنسي إيمانويل ماكرون: the title of the other party, of another country.
      return previous && of.length > 0 ? { title: previous, start: tok.start, former, of } : undefined;
    }
    const m = titleEndingAt(c.tokens, pos, a.lex);
    // محافظها الدكتور X، ومدربه X: a title with a possessive pronoun is of the body named before;
    // a sports title's nisba is the player's nationality (مدافعه البرازيلي X).
    const nationality = of.length > 0 && of.every((id) => a.typeOf(id) === "Country");
    const possessed = of.length === 0 || nationality ? possessiveTitle(a, c, pos) : undefined;
    const own = possessed && (of.length === 0 || possessed.title.sports === true) ? possessed : undefined;
    if (own && (!m || (m.title.complementRequired && own.feminineRead)))
      return { title: own.title, start: tok.start, former, of: [own.antecedent], within: within?.entity };
    // مهاجمه الدولي X، المحترف البرازيلي X: a player's modifiers stand only after a sports title.
    if (player && !(m?.title.sports === true)) return undefined;
    if (m) {
      if (teamNotRank(c, m.title, m.first, of, a.lex)) {
        // مدرب الفريق X: the team is the club named before, when there is one.
        const team = of.length === 0 ? orgNoun?.(tok) : undefined;
        if (!team) return undefined;
        of.unshift(team);
        pos--;
        continue;
      }
      const state = m.title.implied ? impliedOf?.(m.title) : undefined;
      if (state) return impliedTitle(a, c, m, state, former);
      // سفير خادم الحرمين الشريفين لدى Y X: a title naming its own state is never of another one.
      if (m.title.implied) return undefined;
      const deputy = deputyAt(c, m.first, a.lex);
      if (deputy >= 0)
        return {
          title: asDeputy(m.title),
          start: (c.tokens[deputy] as Token).start,
          former,
          of,
          within: within?.entity,
        };
      // مسؤول في وزارة X يدعى Y، عضو بمجلس X Y: a member's body written behind في/ب is its complement.
      const member =
        of.length === 0 && within !== undefined && within.hops === 1 && m.title.relation === "MEMBER_OF";
      const found = {
        title: m.title,
        start: (c.tokens[m.first] as Token).start,
        former,
        of: member && within ? [within.entity] : of,
        within: member ? undefined : within?.entity,
      };
      if (of.length > 0 || m.first === 0) return found;
      // A bare title may follow a fuller one (العاهل الأردني الملك عبد الله): prefer the fuller one.
      const outer = titleBefore(a, c, m.first, countryOfOrg, undefined, orgNoun, impliedOf);
      // وزير الدفاع صاحب السمو الملكي الأمير X: the minister's title is the role, not "Prince".
      const courtesy = m.title.phrase.length === 1 && a.lex.courtesyTitles.has(core(m.title.phrase[0] ?? ""));
      if (outer && outer.of.length === 0 && courtesy && !outer.title.implied)
        return { ...outer, former: outer.former || former };
      if (!outer || outer.of.length === 0) return found;
      // استقبل خادم الحرمين الشريفين الأمير X: the king's title is not X's unless X is a king too.
      if (outer.title.implied && m.title.relation !== "LEADS") return found;
      return { title: outer.title, start: outer.start, former: outer.former || former, of: outer.of };
    }
    // المديرة العامة للصندوق X: the organisation named before, by its head noun.
    const org = orgNoun?.(tok);
    if (org) {
      // الناطق الإعلامي بفرع الهيئة X: the title of a unit of the organisation named by its head noun.
      const prep = /^[وف]?ب/.test(tok.norm) ? "ب" : /^[وف]?ل/.test(tok.norm) ? "ل" : "";
      // A place may follow it (بفرع الهيئة بمنطقة Y): where the unit is, not the organisation.
      const places = of.every((e) => a.typeOf(e) === "City" || a.typeOf(e) === "Location");
      const unit =
        places && of.length <= 1 && !titleEndingAt(c.tokens, pos - 1, a.lex)
          ? unitTitleBefore(c.tokens, pos, prep, a.lex)
          : undefined;
      // مدير الشؤون الصحية بالمحافظة X: a unit "in the governorate" is no member of a place.
      if (unit && !unit.title.implied && a.typeOf(org) === "Organization") {
        return {
          title: { ...unit.title, relation: "MEMBER_OF", unit: true },
          start: (c.tokens[unit.first] as Token).start,
          former,
          of: [org],
        };
      }
      of.unshift(org);
      pos--;
      continue;
    }
    // وزير الخدمة المدنية X: a minister of a portfolio the title list does not know.
    const minister = portfolioTitle(c, pos, a.lex);
    if (minister) {
      const deputy = deputyAt(c, minister.first, a.lex);
      const title = deputy >= 0 ? asDeputy(minister.title) : minister.title;
      const start = (c.tokens[deputy >= 0 ? deputy : minister.first] as Token).start;
      return { title, start, former, of, within: within?.entity };
    }
    const flag = lookup(tok, a.lex.titleModifiers);
    if (flag === "former") former = true;
    else if (
      flag === undefined &&
      !tok.keys.some((k) => LINKS.has(k)) &&
      !hasKey(tok, a.lex.complementHeads) &&
      !hasKey(tok, a.lex.honorifics) &&
      // الناطق الإعلامي بقيادة حرس الحدود X: the command of a force, the force is the complement.
      !(COMMAND.test(tok.norm) && of.length > 0 && a.typeOf(of[0] ?? "") === "Organization")
    ) {
      if (!hasKey(tok, a.lex.playerModifiers)) return undefined;
      player = true;
    }
    pos--;
  }
  return undefined;
}

/**
 * The organisation a definite head noun stands for (للصندوق → the last "صندوق ..." named before),
 * by the first word of its name or its kind; undefined when none was named.
 */
/** How many organisation mentions back a head noun (الوزارة) may reach. */
const HEAD_WINDOW = 200;

/** What the title pass remembers from earlier sentences; passed on when sentences are read one at a time. */
export interface TitleState {
  lastTarget: Map<string, string>;
  orgs: Arg[];
  /** Organisations of the article by the cores of their name's words, built on first use. */
  names?: { id: string; words: string[] }[];
  /** Countries of the article by each of their normalised names, built on first use. */
  countries?: Map<string, string>;
  /** The one country the article names, or null (none or several), found on first use. */
  sole?: string | null;
  /** The country the article calls المملكة / البلاد, or null, found on first use. */
  home?: string | null;
  /** Organisations and places of the article by their normalised names, built on first use. */
  bodies?: Map<string, string>;
  /** The one team the article names, or null (none or several), found on first use. */
  team?: string | null;
  /** Each person's last title before a name, for نظيره in a later sentence (مع نظيره السعودي Y). */
  titleOf: Map<string, TitleEntry>;
}

/**
 * First words of a government office of two words or more: رئيس الوزراء، وزير المالية. Not the
 * king or the crown prince (الملك سلمان in an article naming only Yemen is not Yemen's), nor
 * الرئيس alone (a club's too).
 */
const STATE_OFFICES = new Set(["رئيس", "رئيسه", "وزير", "وزيره"]);

/**
 * وقال وزير المالية X in an article that names one country only: the minister is that
 * country's (confidence 0.6).
 */
function soleCountry(
  title: TitleEntry,
  entities: Map<string, Entity>,
  state: TitleState,
): string | undefined {
  if (!STATE_OFFICES.has(normalizeForMatch(title.phrase[0] ?? "")) || title.phrase.length < 2)
    return undefined;
  return onlyCountry(entities, state);
}

/** The one country the article names, if it names exactly one. */
function onlyCountry(entities: Map<string, Entity>, state: TitleState): string | undefined {
  if (state.sole === undefined) {
    const countries = [...entities.values()].filter((e) => e.type === "Country");
    state.sole = countries.length === 1 ? (countries[0]?.id ?? null) : null;
  }
  return state.sole ?? undefined;
}

export const newTitleState = (): TitleState => ({ lastTarget: new Map(), orgs: [], titleOf: new Map() });

/**
 * The article's home country: the one country a home word (المملكة، البلاد) is a mention of. The
 * entity stage links such a word only when the article makes the country clear.
 */
function homeCountry(
  entities: Map<string, Entity>,
  lex: RelateLexicon,
  state: TitleState,
  text: string,
): string | undefined {
  if (state.home === undefined) {
    const homes = [...entities.values()].filter(
      (e) =>
        e.type === "Country" &&
        e.mentions.some((m) =>
          lex.homeWords.has(core(normalizeForMatch(m.text).replace(/^[وف]?[بل]?(?=ال)/, ""))),
        ),
    );
    const home = homes.length === 1 ? homes[0] : undefined;
    state.home = home && !otherStateTitled(home, text, lex) ? home.id : null;
  }
  return state.home ?? undefined;
}

/**
 * The article writes a title that names a state (خادم الحرمين الشريفين) and `home` is not that
 * state: the home word was linked to another country, so no office is given to it.
 */
function otherStateTitled(home: Entity, text: string, lex: RelateLexicon): boolean {
  const names = new Set([home.name, ...home.aliases].map(normalizeForMatch));
  const written = normalizeForMatch(text);
  for (const list of lex.titles.values())
    for (const t of list)
      if (t.implied && written.includes(t.phrase.join(" ")) && !t.implied.some((n) => names.has(n)))
        return true;
  return false;
}

/**
 * A state office that, written without its country, is the home country's (ولي العهد، وزير
 * الداخلية): of `words` words or more (وزير alone names no office).
 */
const homeOffice = (title: TitleEntry, lex: RelateLexicon, words = 2): boolean =>
  !title.complementRequired &&
  !title.implied &&
  !title.sports &&
  title.phrase.length >= words &&
  lex.homeOffices.has(core(title.phrase[0] ?? ""));

/**
 * The nearest office of the home state written right before the title starting at `at` (ولي ولي
 * العهد **وزير الدفاع** …): its entry and where it starts, or undefined.
 */
function homeOfficesBefore(
  c: SentenceCtx,
  at: number,
  lex: RelateLexicon,
): { en: string; start: number } | undefined {
  const first = c.tokens.findIndex((t) => t.start === at);
  if (first <= 0 || PUNCT.test((c.tokens[first] as Token).gap)) return undefined;
  const m = titleEndingAt(c.tokens, first - 1, lex);
  return m && homeOffice(m.title, lex)
    ? { en: m.title.en, start: (c.tokens[m.first] as Token).start }
    : undefined;
}

/** Most words a minister's portfolio runs to (وزير الشؤون البلدية والقروية). */
const MAX_PORTFOLIO = 4;

/**
 * The last token of a portfolio after a title's word `end` (وزير **الحرس الوطني**): definite
 * words, none an entity, a preposition, an honorific or set off by punctuation; `end` when there
 * is none.
 */
function portfolioEnd(c: SentenceCtx, end: number, lex: RelateLexicon): number {
  let k = end;
  for (let t = c.tokens[k + 1]; t && k - end < MAX_PORTFOLIO; t = c.tokens[k + 1]) {
    if (t.arg >= 0 || PUNCT.test(t.gap) || hasKey(t, lex.prepositions) || !/^و?ال/.test(t.norm)) break;
    // X وزير الحرس الوطني والأمير Y: a courtesy title opens the next name.
    if (courteous(t, lex)) break;
    k++;
  }
  return k;
}

/**
 * A minister's title whose portfolio the title list does not know, ending at token `end` (وزير
 * **الخدمة المدنية**، وزيرة **الشؤون البلدية والقروية**): definite words back to وزير, none an
 * entity or set off by punctuation. The institution is found by the same words (وزارة الخدمة
 * المدنية), the country as for any state office.
 */
function portfolioTitle(
  c: SentenceCtx,
  end: number,
  lex: RelateLexicon,
): { title: TitleEntry; first: number } | undefined {
  const words: string[] = [];
  for (let k = end; k >= 1 && end - k < MAX_PORTFOLIO; k--) {
    const t = c.tokens[k] as Token;
    if (t.arg >= 0 || !/^و?ال/.test(t.norm) || PUNCT.test(t.gap) || courteous(t, lex)) return undefined;
    if (lookup(t, lex.titleModifiers) !== undefined) return undefined;
    words.unshift(core(t.norm));
    const head = c.tokens[k - 1] as Token;
    // وزير, not الوزير: the definite word stands alone (الوزير المختص X).
    const word = head.keys.find((key) => lex.titleInstitutions.has(key) && !head.keys.includes("ال" + key));
    if (head.arg >= 0 || word === undefined) continue;
    const title: TitleEntry = {
      en: "Minister",
      relation: "MEMBER_OF",
      complementRequired: false,
      phrase: [core(word), ...words],
    };
    return { title, first: k - 1 };
  }
  return undefined;
}

/** في معية / بمعية: "in the company of" — the words that open a head of state's entourage. */
const ENTOURAGE = /^[وف]?(?:في|ب)?معيه$/;

/**
 * وصل في معية خادم الحرمين الشريفين … X وزير المالية، Y وزير الثقافة: the state a title after في معية
 * names (`implied`) is the home of the untitled state offices in that sentence, even abroad, where
 * the article never calls it المملكة.
 */
function entourageOf(a: ArticleCtx, c: SentenceCtx, impliedOf: ImpliedOf): string | undefined {
  for (let k = 0; k < c.tokens.length - 1; k++) {
    if (!ENTOURAGE.test((c.tokens[k] as Token).norm)) continue;
    const m = titleFrom(c, k + 1, a.lex);
    if (m?.title.implied) return impliedOf(m.title);
  }
  return undefined;
}

/** The article's country with one of the names an implied title gives (خادم الحرمين → السعودية). */
function impliedState(
  title: TitleEntry,
  entities: Map<string, Entity>,
  state: TitleState,
): string | undefined {
  if (!state.countries) {
    state.countries = new Map();
    for (const e of entities.values())
      if (e.type === "Country")
        for (const n of [e.name, ...e.aliases]) state.countries.set(normalizeForMatch(n), e.id);
  }
  for (const n of title.implied ?? []) {
    const id = state.countries.get(n);
    if (id) return id;
  }
  return undefined;
}

/**
 * The institution a title heads when the article names it (وزير الخزانة → وزارة الخزانة
 * الأميركية): same words after the head, and the same country when the title has one.
 */
function institutionOf(
  a: ArticleCtx,
  title: TitleEntry,
  target: string | undefined,
  entities: Map<string, Entity>,
  countryOfOrg: (id: string) => string | null,
  state: TitleState,
): string | undefined {
  // رئيس البرلمان → البرلمان العراقي: a whole title may name the body it heads.
  const whole = a.lex.titleInstitutions.get(title.phrase.map(core).join(" "));
  const head = whole ?? a.lex.titleInstitutions.get(core(title.phrase[0] ?? ""));
  if (!head || (!whole && title.phrase.length < 2)) return undefined;
  state.names ??= [...entities.values()]
    .filter((e) => e.type === "Organization")
    .map((e) => ({ id: e.id, words: e.name.split(/\s+/).map(core) }));
  const want = whole ? whole.split(" ") : [head, ...title.phrase.slice(1).map(core)];
  const country = target && a.typeOf(target) === "Country" ? target : undefined;
  const found = state.names.filter(
    (o) =>
      want.every((w, i) => o.words[i] === w) &&
      (country === undefined ||
        countryOfOrg(o.id) === country ||
        (countryOfOrg(o.id) === null && nisbaAllows(o.id, country, entities))),
  );
  return found.length === 1 ? found[0]?.id : undefined;
}

/**
 * An organisation of no known country may be the title's country's unless its name ends with
 * another country's nisba (نائب وزير الخارجية الصيني is not of وزارة الخارجية الأمريكية).
 */
function nisbaAllows(org: string, country: string, entities: Map<string, Entity>): boolean {
  const name = entities.get(org)?.name ?? "";
  return !NISBA_WORD.test(name) || endsWithNisbaOf(name, entities.get(country));
}

/**
 * The office a town's title heads when the article names it by the title's head and the town
 * (محافظ الطائف → محافظة الطائف، أمين جدة → أمانة جدة), or undefined.
 */
function seatOf(
  a: ArticleCtx,
  title: TitleEntry,
  target: string,
  entities: Map<string, Entity>,
  state: TitleState,
): string | undefined {
  const head = title.phrase.length === 1 ? a.lex.seatTitles.get(core(title.phrase[0] ?? "")) : undefined;
  const place = entities.get(target);
  if (!head || !place || (place.type !== "City" && place.type !== "Location")) return undefined;
  if (!state.bodies) {
    state.bodies = new Map();
    for (const e of entities.values())
      if (e.type === "Organization" || e.type === "Location")
        for (const n of [e.name, ...e.aliases]) state.bodies.set(normalizeForMatch(n), e.id);
  }
  for (const n of [place.name, ...place.aliases, ...place.mentions.map((m) => m.text)]) {
    const id = state.bodies.get(`${head} ${normalizeForMatch(n).replace(/^[وف]?[بل]?(?=ال)/, "")}`);
    if (id && id !== target) return id;
  }
  return undefined;
}

/**
 * The relation of a title to what it is of: a title that heads a body of the state (رئيس البرلمان)
 * only belongs to the country when the article does not name that body.
 */
function ofState(a: ArticleCtx, title: TitleEntry, target: string): TitleEntry["relation"] {
  const body = a.lex.titleInstitutions.has(title.phrase.map(core).join(" "));
  return body && a.typeOf(target) === "Country" ? "MEMBER_OF" : title.relation;
}

/** A title after a name: its entry, where it is written, what it is of. */
interface Apposition {
  title: TitleEntry;
  start: number;
  end: number;
  of: string;
  /** The complement is a title naming the state (مستشار خادم الحرمين الشريفين): never a verb's object. */
  implied?: boolean;
}

/** The title starting at token `pos` (its longest reading, up to four words), or undefined. */
function titleFrom(
  c: SentenceCtx,
  pos: number,
  lex: ArticleCtx["lex"],
): { title: TitleEntry; end: number } | undefined {
  for (let e = Math.min(c.tokens.length - 1, pos + 3); e >= pos; e--) {
    const m = titleEndingAt(c.tokens, e, lex);
    if (m && m.first === pos) return { title: m.title, end: e };
  }
  return undefined;
}

/** An honorific or a courtesy title: it may stand between a name and the word that governs it. */
function courteous(t: Token, lex: RelateLexicon): boolean {
  return hasKey(t, lex.honorifics) || hasKey(t, lex.courtesyTitles);
}

/**
 * وقال X وزير الخارجية المصري إن ...: a verb of saying has no object, so a title after the name
 * right behind it (honorifics between) is the speaker's apposition.
 */
function afterReporting(c: SentenceCtx, t0: number, lex: RelateLexicon): boolean {
  for (let k = t0 - 1; k >= 0 && k >= t0 - 4; k--) {
    const t = c.tokens[k] as Token;
    if (PUNCT.test((c.tokens[k + 1] as Token).gap) || t.arg >= 0) return false;
    if (reporting(t, lex.verbs) !== undefined) return true;
    if (!courteous(t, lex)) return false;
  }
  return false;
}

/**
 * وكان في استقباله، X رئيس الحكومة المغربية، وY ...: a name right after a comma opens an item of
 * a list or an apposition, not a verb's subject, so the title after it is its own.
 */
function afterComma(c: SentenceCtx, person: Arg, lex: RelateLexicon): boolean {
  // ، والشيخ X وزير الخارجية الإماراتي: honorifics may stand between the comma and the name.
  for (let k = person.t0; k > 0 && k >= person.t0 - 4; k--) {
    const t = c.tokens[k] as Token;
    if (/^\s*[،,]\s*$/.test(t.gap)) return true;
    if (t.gap.trim() !== "" || !courteous(c.tokens[k - 1] as Token, lex)) return false;
  }
  return false;
}

/** Words of time that may follow a verb before its subject (استقبل اليوم الأمير X ...). */
const TIME_WORD = /^(الليله|الان|المساء|الصباح|المقبل|المقبله|الجاري|الحالي|الماضيه)$/;

/**
 * حضر اللقاء الشيخ X وزير الخارجية الإماراتي، افتتح المعرض الأمير X أمير المنطقة: a definite
 * noun right after a word that is no title (the verb) and right before the name (honorifics
 * between) is the verb's object already; the name is its subject, so a title after the name is
 * its apposition, not a second object. Not a word of time (استقبل اليوم الأمير X رئيس وزراء Y)
 * nor a word of a title (استقبل ولي العهد X، رئيس البلدية X).
 */
function afterObject(c: SentenceCtx, t0: number, lex: RelateLexicon): boolean {
  for (let k = t0 - 1; k >= 1 && k >= t0 - 4; k--) {
    const t = c.tokens[k] as Token;
    if (PUNCT.test((c.tokens[k + 1] as Token).gap) || t.arg >= 0) return false;
    if (courteous(t, lex)) continue;
    const verb = c.tokens[k - 1] as Token;
    const plain = (w: Token) =>
      !hasKey(w, lex.titleWords) &&
      !hasKey(w, lex.honorifics) &&
      !hasKey(w, lex.deputies) &&
      !hasKey(w, lex.complementHeads) &&
      lookup(w, lex.titleModifiers) === undefined;
    return (
      /^ال.../.test(t.norm) &&
      t.stop === 0 &&
      !PUNCT.test(t.gap) &&
      !hasKey(t, lex.timeWords) &&
      !TIME_WORD.test(t.norm) &&
      plain(t) &&
      verb.arg < 0 &&
      !/^(و|ف)?(ال|لل|بال)/.test(verb.norm) &&
      !hasKey(verb, lex.prepositions) &&
      plain(verb)
    );
  }
  return false;
}

/** بحضور X، بمشاركة X، برعاية X، برئاسة X: the name is the noun's genitive, not a verb's subject. */
const GENITIVE_NOUN = /^[وف]?ب(حضور|مشاركه|رعايه|رئاسه)$/;

/** كان and its forms: a copula takes no object, so a title after its subject's name is his. */
const COPULA = /^[وف]?(كان|كانت|يكون|تكون|سيكون|ستكون|ظل|ظلت|بات|باتت|اصبح|اصبحت|مازال|لايزال)$/;

/**
 * The name at t0 stands right after a word matching `cue`, honorifics between (up to four words,
 * no punctuation): after a copula (وكان X وزير النفط الكويتي توقع …) or a possessive meeting noun
 * (خلال استقباله X سفير Y), a title after the name is its apposition.
 */
function afterCue(c: SentenceCtx, t0: number, lex: RelateLexicon, cue: RegExp): boolean {
  for (let k = t0 - 1; k >= 0 && k >= t0 - 4; k--) {
    const t = c.tokens[k] as Token;
    if (PUNCT.test((c.tokens[k + 1] as Token).gap) || t.arg >= 0) return false;
    if (cue.test(t.norm)) return true;
    if (!courteous(t, lex)) return false;
  }
  return false;
}

/**
 * X الذي يتولى منصب T، X ويشغل منصب T: the token where the office T starts after a present-tense
 * verb of holding it (a relative pronoun and منصب between), or -1.
 */
function officeBridge(c: SentenceCtx, k: number, lex: RelateLexicon): number {
  const open = c.tokens[k];
  // Only a comma may set the clause off the name (X، الذي يشغل منصب T).
  if (!open || /[.:؛;“”«»"()]/.test(open.gap)) return -1;
  let i = k;
  if (open.arg < 0 && /^و?(الذي|التي)$/.test(open.norm)) i++;
  const verb = c.tokens[i];
  if (!verb || verb.arg >= 0 || (i > k && PUNCT.test(verb.gap))) return -1;
  if (!lex.officeVerbs.has(core(verb.norm.replace(/^و(?=[يت])/, "")))) return -1;
  i++;
  const office = c.tokens[i];
  if (office && office.arg < 0 && /^(منصب|مهام|منصبي)$/.test(office.norm) && !PUNCT.test(office.gap)) i++;
  const title = c.tokens[i];
  return title && title.arg < 0 && !PUNCT.test(title.gap) ? i : -1;
}

/** Words of an age after a name: X (22) سنة، X (30 عاماً). */
const AGE_UNIT = /^(سنه|سنة|عام|عاما|سنوات|سنين)$/;

/**
 * X (22) سنة لاعب فريق Y، X (30 عاماً)، مدير Y: the token where a title starts after an age in
 * brackets right after the name, or -1.
 */
function ageSkip(c: SentenceCtx, k: number): number {
  const num = c.tokens[k];
  if (!num || num.arg >= 0 || !/^\s*\(\s*$/.test(num.gap) || !/^[0-9٠-٩]{1,3}$/.test(num.norm)) return -1;
  let i = k + 1;
  let unit = c.tokens[i];
  if (unit && /^\s*$/.test(unit.gap) && AGE_UNIT.test(unit.norm)) {
    // (30 عاماً): the unit inside the brackets.
    const next = c.tokens[i + 1];
    return next && /^\s*\)\s*[،,]?\s*$/.test(next.gap) && next.arg < 0 ? i + 1 : -1;
  }
  // (22) سنة: the unit after them.
  if (!unit || !/^\s*\)\s*$/.test(unit.gap)) return -1;
  if (AGE_UNIT.test(unit.norm)) {
    i++;
    unit = c.tokens[i];
    if (!unit || !/^\s*[،,]?\s*$/.test(unit.gap)) return -1;
  }
  return unit.arg < 0 ? i : -1;
}

/** استقباله، لقائها، مقابلته: a meeting's verbal noun with the possessive pronoun of its host. */
const POSSESSIVE_MEETING = /^[وف]?(?:ب|ل)?(?:استقبال|لقاء|لقائ|لقا|مقابلت)(?:ه|ها|هما|هم)$/;

/**
 * A person named at token k, over ranks and honorifics (قائد القيادة المركزية الجنرال X): the
 * title before is that person's, not an apposition of the name before it.
 */
function ownerAfter(c: SentenceCtx, k: number, lex: RelateLexicon): boolean {
  for (let i = k; i < k + 4; i++) {
    const t = c.tokens[i];
    if (!t || PUNCT.test(t.gap)) return false;
    if (t.arg >= 0) return c.args[t.arg]?.type === "Person";
    if (!courteous(t, lex)) return false;
  }
  return false;
}

/**
 * The name at token k (over honorifics) has the title before it, unless و joins it as another
 * person (X وزير الحرس الوطني والأمير Y).
 */
const opensName = (c: SentenceCtx, k: number, lex: RelateLexicon): boolean =>
  !/^وال/.test(c.tokens[k]?.norm ?? "") && ownerAfter(c, k, lex);

/**
 * A unit's title starting at token `pos` and ending at `end`, after a name: one to four words name
 * the unit, then its organisation behind ب/ل/في (X، مدير إدارة التطوير بشركة Y).
 */
function unitAfter(
  c: SentenceCtx,
  pos: number,
  end: number,
  lex: RelateLexicon,
): { title: TitleEntry; arg: Arg } | undefined {
  for (let k = end + 2; k <= end + 6 && k < c.tokens.length; k++) {
    const t = c.tokens[k] as Token;
    if (t.arg < 0) continue;
    const arg = c.args[t.arg] as Arg;
    if (arg.type !== "Organization" || arg.t0 !== k) return undefined;
    const at = c.tokens[k - 1]?.norm === "في" ? "في" : arg.prep;
    const unit = unitTitleBefore(c.tokens, arg.t0, at, lex);
    if (!unit || unit.first !== pos) return undefined;
    // The unit's words are definite nouns or unit heads (العلاقات العامة، إدارة التطوير), not a
    // clause (مدير عام المركز بأن العمل بدأ في Y).
    const last = at === "في" ? k - 2 : k - 1;
    for (let w = end + 1; w <= last; w++) {
      const t = c.tokens[w] as Token;
      // بالقطاع العسكري: a unit may itself stand behind ب (X الموظف بالقطاع Z بوزارة Y).
      if (!/^(و?ال|ب?ال)/.test(t.norm) && !hasKey(t, lex.unitBodies) && !hasKey(t, lex.unitHeads))
        return undefined;
    }
    return { title: unit.title, arg };
  }
  return undefined;
}

/** Most words of a portfolio between a deputy's title and the body behind في / ب. */
const MAX_SEAT_PORTFOLIO = 6;

/**
 * مساعد الأمين العام للعلاقات العامة والإعلام في جمعية Y (round 41): after a title ending at `end`,
 * a portfolio (a definite noun behind لل, then definite words or ones joined by و, no entity, no
 * punctuation, not a time: للمرة، للعام) and an organisation behind في or ب; undefined otherwise.
 */
function portfolioSeat(c: SentenceCtx, end: number, lex: RelateLexicon): Arg | undefined {
  const t = c.tokens[end + 1];
  if (!t || !portfolioAfter(c, (c.tokens[end] as Token).end, lex)) return undefined;
  for (let k = end + 2; k <= end + 1 + MAX_SEAT_PORTFOLIO && k < c.tokens.length; k++) {
    const w = c.tokens[k] as Token;
    if (PUNCT.test(w.gap)) return undefined;
    if (w.arg >= 0) {
      const body = c.args[w.arg] as Arg;
      const behindFi = c.tokens[k - 1]?.norm === "في" && k - 1 > end + 1;
      const ok =
        body.t0 === k &&
        body.type === "Organization" &&
        !body.pseudo &&
        !body.nisba &&
        (behindFi || (body.prep === "ب" && /^ب/.test(w.norm)));
      return ok ? body : undefined;
    }
    if (w.norm === "في") continue;
    // والإعلام، وتنمية الموارد: definite words, or a noun joined by و in construct with the next.
    if (!/^[وف]?(ال|لل)\S{2,}$|^و\S{3,}$/.test(w.norm) || titleFrom(c, k, lex)) return undefined;
  }
  return undefined;
}

/** Kinds of argument a body's home may be behind في (رابطة Y في مصر). */
const HOME_TYPES = new Set(["Country", "City", "Location"]);

/**
 * X رئيس رابطة Y في مصر والمجلس الأعلى Z (round 41): a second organisation joined by و right after
 * a title's complement (or its home behind في) is under the same title — no comma, no preposition
 * of its own, and neither a title nor a name after it (X رئيس Y والاتحاد ممثلاً بـ…: another party).
 */
function coordinatedBody(c: SentenceCtx, last: number, lex: RelateLexicon): Arg | undefined {
  let k = last + 1;
  const at = c.tokens[k];
  if (at?.norm === "في" && !PUNCT.test(at.gap)) {
    const home = c.tokens[k + 1];
    const place = home && home.arg >= 0 ? c.args[home.arg] : undefined;
    if (!place || place.t0 !== k + 1 || !HOME_TYPES.has(place.type) || PUNCT.test(home?.gap ?? ""))
      return undefined;
    k = place.t1 + 1;
  }
  const t = c.tokens[k];
  const next = t && t.arg >= 0 ? c.args[t.arg] : undefined;
  if (
    !t ||
    !next ||
    next.t0 !== k ||
    next.type !== "Organization" ||
    next.pseudo ||
    next.nisba ||
    !next.conj ||
    next.prep !== "" ||
    PUNCT.test(t.gap)
  )
    return undefined;
  const after = c.tokens[next.t1 + 1];
  if (after && !PUNCT.test(after.gap)) {
    if (after.arg >= 0 || titleFrom(c, next.t1 + 1, lex) || hasKey(after, lex.honorifics)) return undefined;
  }
  return next;
}

/**
 * Titles after the name, in apposition (X رئيس كوت ديفوار، X أمير منطقة الباحة رئيس مجلس Y): each
 * title's first word right after the name or the previous complement, its complement right after
 * the title or a head noun (منطقة، نادي). `governed`: the name is behind a preposition (للرئيس X
 * رئيس Y Z), so the title cannot open the object of a verb and is the name's.
 */
function titlesAfter(
  a: ArticleCtx,
  c: SentenceCtx,
  person: Arg,
  impliedOf: ImpliedOf,
  governed: boolean,
  home: string | undefined,
  /** The home country, else the one country the article names: for ministers and heads of government only. */
  sole: string | undefined = home,
  /** The organisation a definite head noun stands for (المركز → the last مركز named). */
  orgNoun?: (t: Token) => string | undefined,
  /** Where the first title starts when a verb of office stands before it (X الذي يتولى منصب T). */
  from?: number,
): Apposition[] {
  const out: Apposition[] = [];
  const lex = a.lex;
  let pos = from ?? person.t1 + 1;
  let ordinal: string | undefined;
  for (let hops = 0; hops < 6; hops++) {
    const first = c.tokens[pos];
    // X؛ لاعب نادي Y: a semicolon may set off the first apposition as a comma does.
    const stop = hops === 0 ? /[.:“”«»"()]/ : /[.:؛;“”«»"()]/;
    // After a verb of office or an age (from), the gap before the title is already read.
    const opened = hops === 0 && from !== undefined;
    if (!first || first.arg >= 0 || (!opened && stop.test(first.gap))) break;
    // X، ومدير شرطة Y: a title joined by و after a comma is another (unnamed) person's.
    if (/[،,]/.test(first.gap) && /^[وف]/.test(first.norm) && !lex.titleWords.has(core(first.norm))) break;
    // X النائب الثاني لرئيس مجلس الوزراء: the ordinal of a deputy word, the office behind ل next.
    if (
      ORDINALS.has(first.norm) &&
      hops > 0 &&
      hasKey(c.tokens[pos - 1], lex.deputies) &&
      !PUNCT.test(first.gap)
    ) {
      ordinal = ORDINALS.get(first.norm);
      pos++;
      continue;
    }
    const deputy = hasKey(first, lex.deputies) ? pos : -1;
    const match = titleFrom(c, pos, lex) ?? (deputy >= 0 ? titleFrom(c, pos + 1, lex) : undefined);
    if (!match) break;
    let title = deputy >= 0 && !titleFrom(c, pos, lex) ? asDeputy(match.title) : match.title;
    // النائب الثاني لرئيس مجلس الوزراء: a title behind ل is the office the holder is deputy to.
    const p0 = title.phrase[0] ?? "";
    const behindL = [first.norm, first.norm.replace(/^[وف]/, "")].some(
      (b) => b === "ل" + p0 || (p0.startsWith("ال") && b === "ل" + p0.slice(1)),
    );
    if (behindL) {
      // The deputy word is the chain's, after the name (a name read into النائب الثاني is not).
      const back = [pos - 1, pos - 2].filter((k) => k > person.t1).map((k) => c.tokens[k]);
      if (!back.some((t) => hasKey(t, lex.deputies))) break;
      title = asDeputy(title);
      if (ordinal) title = { ...title, en: `${ordinal} ${title.en}` };
    }
    ordinal = undefined;
    const end = match.end;
    if (title.implied) {
      // X خادم الحرمين الشريفين: a title for the person himself, with nothing to relate here.
      pos = end + 1;
      continue;
    }
    // X رئيس البرلمان العراقي، X رئيس مجلس النواب البحريني: a title that names the body it heads
    // ends inside that body's name; the body is the complement (not the country of its nisba).
    const inner = c.tokens[end];
    const body = inner && inner.arg >= 0 ? c.args[inner.arg] : undefined;
    if (
      body?.type === "Organization" &&
      !body.pseudo &&
      body.t0 > pos &&
      body.t0 <= end &&
      // نائب رئيس مجلس الوزراء، النائب الثاني لرئيس مجلس الوزراء: the deputy of the head of a
      // body named in the title sits in that body (the head himself leads the state).
      (lex.titleInstitutions.has(title.phrase.map(core).join(" ")) || title.deputy === true)
    ) {
      if (!governed && ownerAfter(c, body.t1 + 1, lex)) break;
      out.push({ title, start: first.start, end: body.end, of: body.entity });
      pos = body.t1 + 1;
      continue;
    }
    // مستشار خادم الحرمين الشريفين: the complement is the state the title names.
    const king = titleFrom(c, end + 1, lex);
    const state = king?.title.implied ? impliedOf(king.title) : undefined;
    if (king && state && !PUNCT.test((c.tokens[end + 1] as Token).gap)) {
      const after = c.tokens[king.end + 1];
      const owner = after && after.arg >= 0 ? c.args[after.arg] : undefined;
      if (owner?.type === "Person" && !PUNCT.test(after?.gap ?? "")) break;
      title = { ...title, relation: "MEMBER_OF" };
      const end = (c.tokens[king.end] as Token).end;
      out.push({ title, start: first.start, end, of: state, implied: true });
      pos = king.end + 1;
      continue;
    }
    let at = end + 1;
    const head = c.tokens[at];
    if (head && head.arg < 0 && hasKey(head, lex.complementHeads) && !PUNCT.test(head.gap)) at++;
    const next = c.tokens[at];
    const arg = next && next.arg >= 0 ? c.args[next.arg] : undefined;
    // A genitive ل may join the complement to the title (X الرئيس التنفيذي لشركة Y).
    // A title ending in its preposition (المشرف العام على Y) governs the complement right after it.
    const linked = at === end + 1 && hasKey(c.tokens[end], lex.prepositions);
    const genitive = arg?.prep === "" || (arg?.prep === "ل" && at === end + 1) || linked;
    // X الرئيس التنفيذي لمجموعة "Y": the name after a head word may be set in quotes.
    // X المتحدث الرسمي باسم "Y": also right after the title (round 38).
    const quoted =
      at <= end + 2 && next !== undefined && /^["“«]$/.test(next.gap) && opensQuote(a.text, next.start);
    if (
      next &&
      arg &&
      arg.t0 === at &&
      arg.type !== "Person" &&
      genitive &&
      (!PUNCT.test(next.gap) || quoted)
    ) {
      // استقبل X رئيس وزراء Y Z: the title is Z's, the object of the verb.
      if (!governed && ownerAfter(c, arg.t1 + 1, lex)) break;
      out.push({ title, start: first.start, end: arg.end, of: arg.entity });
      pos = arg.t1 + 1;
      // X رئيس الجالية Y في المملكة والمجلس الأعلى Z (round 41): one title over two bodies.
      const also = arg.type === "Organization" ? coordinatedBody(c, arg.t1, lex) : undefined;
      if (also) {
        out.push({ title, start: first.start, end: also.end, of: also.entity });
        pos = also.t1 + 1;
      }
      continue;
    }
    // X الموظف بوزارة Y، X المسؤول في شركة Y: a member's title with its body behind ب or في.
    const seatAt = c.tokens[end + 1]?.norm === "في" ? end + 2 : end + 1;
    const seatTok = c.tokens[seatAt];
    const seat = seatTok && seatTok.arg >= 0 ? c.args[seatTok.arg] : undefined;
    if (
      title.relation === "MEMBER_OF" &&
      seat?.type === "Organization" &&
      seat.t0 === seatAt &&
      !seat.nisba &&
      (seatAt === end + 2 || (seat.prep === "ب" && /^[وف]?ب/.test(seatTok?.norm ?? ""))) &&
      !PUNCT.test(seatTok?.gap ?? "") &&
      !PUNCT.test(c.tokens[end + 1]?.gap ?? "")
    ) {
      if (!governed && ownerAfter(c, seat.t1 + 1, lex)) break;
      out.push({ title, start: first.start, end: seat.end, of: seat.entity });
      pos = seat.t1 + 1;
      continue;
    }
    // X مدير عام المركز: the organisation named before by its head noun.
    const word = c.tokens[end + 1];
    const ref = word && word.arg < 0 && !PUNCT.test(word.gap) ? orgNoun?.(word) : undefined;
    if (word && ref) {
      if (!governed && ownerAfter(c, end + 2, lex)) break;
      out.push({ title, start: first.start, end: word.end, of: ref });
      pos = end + 2;
      continue;
    }
    // X، مدير العلاقات العامة بوزارة Y: the title of a unit of an organisation, a member of it.
    const unit = unitAfter(c, pos, end, lex);
    if (unit) {
      const { implied: _implied, ...rest } = unit.title;
      const member: TitleEntry = { ...rest, relation: "MEMBER_OF", unit: true };
      out.push({ title: member, start: first.start, end: unit.arg.end, of: unit.arg.entity });
      pos = unit.arg.t1 + 1;
      continue;
    }
    // X مساعد الأمين العام للعلاقات العامة في جمعية Y (round 41): a deputy's title, its portfolio,
    // then the body behind في / ب — a member of the body.
    const seated = title.deputy === true ? portfolioSeat(c, end, lex) : undefined;
    if (seated) {
      out.push({ title, start: first.start, end: seated.end, of: seated.entity });
      pos = seated.t1 + 1;
      continue;
    }
    // X رئيس الجالية اليمنية في المملكة والمجلس الأعلى Z (round 41): a first body the entity stage
    // does not name (a definite noun and its nisba), then an organisation under the same title.
    const nisba = c.tokens[end + 2];
    const nisbaArg = nisba && nisba.arg >= 0 ? c.args[nisba.arg] : undefined;
    const bare =
      next !== undefined &&
      at === end + 1 &&
      next.arg < 0 &&
      /^ال\S{2,}$/.test(next.norm) &&
      !PUNCT.test(next.gap) &&
      !titleFrom(c, end + 1, lex) &&
      nisbaArg?.nisba === true &&
      nisbaArg.t0 === end + 2 &&
      !PUNCT.test(nisba?.gap ?? "")
        ? coordinatedBody(c, nisbaArg.t1, lex)
        : undefined;
    if (bare) {
      out.push({ title, start: first.start, end: bare.end, of: bare.entity });
      pos = bare.t1 + 1;
      continue;
    }
    // X وزير الحرس الوطني: a minister of the home state named by a portfolio that is no entity.
    const portfolio =
      sole &&
      title.complementRequired &&
      lex.titleInstitutions.has(core(title.phrase[0] ?? "")) &&
      homeOffice({ ...title, complementRequired: false }, lex, 1)
        ? portfolioEnd(c, end, lex)
        : end;
    if (sole && portfolio > end && !opensName(c, portfolio + 1, lex)) {
      const minister: TitleEntry = { ...title, complementRequired: false, relation: "MEMBER_OF" };
      out.push({
        title: minister,
        start: first.start,
        end: (c.tokens[portfolio] as Token).end,
        of: sole,
        implied: true,
      });
      pos = portfolio + 1;
      continue;
    }
    // X ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية: offices of the home state, written without
    // it; not a title that opens the next name (استقبل X ولي العهد الأمير Y).
    // Not the crown prince of the one country an article names (it may name only the one he visits).
    const office = home ?? (STATE_OFFICES.has(core(title.phrase[0] ?? "")) ? sole : undefined);
    if (office && at === end + 1 && homeOffice(title, lex) && !opensName(c, end + 1, lex)) {
      out.push({ title, start: first.start, end: (c.tokens[end] as Token).end, of: office, implied: true });
      pos = end + 1;
      continue;
    }
    // المتحدث باسم رئيس Y: a title that needs a complement takes the next title as it (unless
    // that one names the state: مستشار خادم الحرمين الشريفين أمير منطقة Y).
    // X نائب رئيس مجلس الإدارة الرئيس التنفيذي للشركة: "the board" completes a board title; the
    // next title names the company.
    const board = match.title.phrase[match.title.phrase.length - 1] === "الاداره";
    if (at !== end + 1 || (match.title.complementRequired && !king?.title.implied && !board)) break;
    // مستشار خادم الحرمين الشريفين أمير منطقة مكة: a title without its complement, then another.
    pos = end + 1;
  }
  return out;
}

/**
 * A preposition governs the title starting at `at`, over honorifics (من فخامة الرئيس X،
 * لمعالي الوزير X): the titled name cannot open a verb's object.
 */
function prepositionBefore(c: SentenceCtx, at: number, lex: RelateLexicon): boolean {
  const first = c.tokens.findIndex((t) => t.start === at);
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const t = c.tokens[k] as Token;
    if (PUNCT.test((c.tokens[k + 1] as Token).gap) || t.arg >= 0) return false;
    if (hasKey(t, lex.honorifics)) {
      const bare = t.norm.replace(/^[وف]/, "");
      if (/^[بل]/.test(bare) && !lex.honorifics.has(core(bare)) && lex.honorifics.has(core(bare.slice(1))))
        return true;
      continue;
    }
    return hasKey(t, lex.prepositions);
  }
  return false;
}

/** The word written right before a mention, as a head (هيئة الهلال الأحمر when the name is الهلال الأحمر). */
function headWritten(text: string, start: number): string {
  const words = text
    .slice(Math.max(0, start - 16), start)
    .trimEnd()
    .split(/\s+/);
  return start > 0 && /\s$/.test(text.slice(0, start)) ? core(words[words.length - 1] ?? "") : "";
}

/**
 * The one club or team the article names — by its kind, its name's head (نادي X، فريق X) or a head
 * written before or at the start of one of its mentions (النادي الأهلي) — else null. A bare sports title (اللاعب X،
 * المدرب Y) is of it; with two teams named (a match, a transfer) it is of neither.
 */
function soleTeam(a: ArticleCtx, entities: Map<string, Entity>): string | null {
  let found: string | null = null;
  for (const e of entities.values()) {
    if (e.type !== "Organization" || e.mentions.length === 0) continue;
    const team =
      a.isTeam(e.id) ||
      e.mentions.some(
        // The head before the name, or the head the mention starts with (النادي الأهلي as one mention).
        (m) =>
          a.lex.sportsHeads.has(headWritten(a.text, m.start)) ||
          (m.text.includes(" ") && a.lex.sportsHeads.has(core(m.text.slice(0, m.text.indexOf(" "))))),
      );
    if (!team) continue;
    if (found !== null) return null;
    found = e.id;
  }
  return found;
}

/** Sentence ends, for finding the sentence before one (the sweeps skip sentences without titles). */
const SENTENCE_END = /[.!?؟\n]/;
/** Most characters looked back for the start of the sentence before. */
const BACK_CHARS = 600;

/** Where the sentence before the one starting at `start` starts (bounded look-back). */
function sentenceBefore(text: string, start: number): number {
  let k = start - 1;
  while (k > 0 && (SENTENCE_END.test(text[k] ?? "") || /\s/.test(text[k] ?? ""))) k--;
  const floor = Math.max(0, start - BACK_CHARS);
  while (k > floor && !SENTENCE_END.test(text[k - 1] ?? "")) k--;
  return k;
}

/** The word starting at `start` (up to the next space): bounded, so a title costs the same in a long text. */
function firstWordAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && !/\s/.test(text[end] as string)) end++;
  return text.slice(start, end);
}

/** A team one comes from (قادماً من نادي X، على سبيل الإعارة من X): not the holder's own. */
const FROM_TEAM = /(?:^|\s)من(?:\s+\S+)?\s*$/;

/**
 * The team is named in the text [from, end) — the sentence and the one before it — other than
 * behind من.
 */
function namedNear(
  a: ArticleCtx,
  id: string,
  from: number,
  end: number,
  entities: Map<string, Entity>,
): boolean {
  return (entities.get(id)?.mentions ?? []).some(
    (m) =>
      m.start >= from &&
      m.start < end &&
      !FROM_TEAM.test(normalizeForMatch(a.text.slice(Math.max(0, m.start - 20), m.start))),
  );
}

/** الفريق، اللاعبين: words for "the team" and "the players" (الفريق before a name is a rank). */
const TEAM_WORD = /^[وفب]?(?:ال|لل)(?:فريق|لاعبين|لاعبون)$/;

/**
 * The sentence speaks of "the team" or "its players" (أكمل اللاعبون تدريباتهم، أعد الفريق للموسم):
 * with one team named in the article, a bare sports title in it is that team's even when the team's
 * name is further back.
 */
function teamWordIn(c: SentenceCtx): boolean {
  return c.tokens.some((t, k) => {
    if (t.arg >= 0 || !TEAM_WORD.test(t.norm)) return false;
    const next = c.tokens[k + 1];
    return !(next && next.arg >= 0 && c.args[next.arg]?.type === "Person");
  });
}

function headReferent(
  a: ArticleCtx,
  orgs: Arg[],
  entities: Map<string, Entity>,
  t: Token,
): string | undefined {
  const c = lookup(t, a.lex.coreferents);
  if (!c || c.resolve !== "head" || !t.keys.some((k) => k.startsWith("ال"))) return undefined;
  // Bounded look-back: "the ministry" refers to a recent organisation, and a long input stays linear.
  for (let i = orgs.length - 1; i >= Math.max(0, orgs.length - HEAD_WINDOW); i--) {
    const o = orgs[i] as Arg;
    if (o.start >= t.start) continue;
    const e = entities.get(o.entity);
    const kind = e?.properties.kind;
    // مستشفى خليص … مدير المستشفى: a head written before a place's mention names a body in that
    // place (the hospital), not the place itself.
    const place = e?.type === "City" || e?.type === "Location";
    if (
      e &&
      (core(e.name.split(/\s+/)[0] ?? "") === c.head ||
        (typeof kind === "string" && c.kinds.includes(kind)) ||
        (!place && headWritten(a.text, o.start) === c.head))
    )
      return o.entity;
  }
  return undefined;
}

/** A directorate general's name: المديرية العامة للسجون، الإدارة العامة للتعليم بمنطقة Y. */
const DIRECTORATE = /^(?:المديريه|الاداره) العامه لل(\S+)/;

/**
 * مدير عام السجون X، المدير العام للتعليم X: the field after the title of a director general
 * names the directorate general the article names for that field (المديرية العامة للسجون), before
 * or after; undefined when it names none or several.
 */
function directorateOf(c: SentenceCtx, entities: Map<string, Entity>, t: Token): string | undefined {
  const k = c.tokens.indexOf(t);
  const field = /^[وف]?(?:لل|ال)(\S{2,})$/.exec(t.norm)?.[1];
  if (k < 2 || t.arg >= 0 || field === undefined || PUNCT.test(t.gap)) return undefined;
  const head = c.tokens[k - 2] as Token;
  const general = c.tokens[k - 1] as Token;
  const director =
    (general.norm === "عام" && /^[وف]?[بل]?مدير$/.test(head.norm)) ||
    (general.norm === "العام" && /^[وف]?(?:لل|بال|ال)مدير$/.test(head.norm));
  if (!director || PUNCT.test(general.gap)) return undefined;
  const found = new Set<string>();
  for (const e of entities.values()) {
    if (e.type !== "Organization") continue;
    for (const name of [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]) {
      const m = DIRECTORATE.exec(normalizeForMatch(name).replace(/^[وفبل]+(?=ال)/, ""));
      if (m?.[1] === field) found.add(e.id);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * يبحث X مع نظيره السعودي Y: with no title earlier in the sentence, the counterpart holds the title
 * the person right before him (X) was last given in the article, if any.
 */
function counterpartOf(
  c: SentenceCtx,
  person: Arg,
  titleOf: Map<string, TitleEntry>,
): TitleEntry | undefined {
  let prev: Arg | undefined;
  for (const x of c.args) if (x.t1 < person.t0 && x.type === "Person") prev = x;
  const t = prev ? titleOf.get(prev.entity) : undefined;
  return t && !t.sports && !t.unit ? t : undefined;
}

/**
 * LEADS / MEMBER_OF from titles before person names: الرئيس الأميركي جو بايدن → Biden LEADS the
 * United States (President). A title without its country (الرئيس السابق) takes the one the same
 * title had earlier in the article, with lower confidence.
 */
export function titleRelations(
  a: ArticleCtx,
  sentences: SentenceCtx[],
  entities: Map<string, Entity>,
  countryOfOrg: (id: string) => string | null,
  state: TitleState = newTitleState(),
): { relations: Relation[]; roles: RoleFact[] } {
  const relations: Relation[] = [];
  const roles: RoleFact[] = [];
  const { lastTarget, orgs, titleOf } = state;
  const impliedOf: ImpliedOf = (title) => impliedState(title, entities, state);
  for (const c of sentences) {
    // Where the sentence before this one starts: a bare sports title's team is named there or here.
    const nearFrom = sentenceBefore(a.text, c.start);
    let previous: TitleEntry | undefined;
    const orgNoun = (t: Token) => headReferent(a, orgs, entities, t) ?? directorateOf(c, entities, t);
    const entourage = entourageOf(a, c, impliedOf);
    const consumed = new Set<number>();
    /** Players placed in a team by a sports title in this sentence (for a conjoined title after them). */
    const playerTeam = new Map<string, string>();
    // Countries a person named earlier in the sentence heads by an explicit title (استقبل أمير دولة
    // Y X وزير الخارجية Z): Z may be visiting, so Y is no guess for Z's untitled office.
    const hosts = new Set<string>();
    for (const person of c.args) {
      // Places too: أمير المنطقة is the emir of the last "منطقة X" named.
      if (person.type === "Organization" || person.type === "Location") {
        orgs.push(person);
        // Only the last HEAD_WINDOW are read; dropping older ones keeps memory bounded.
        if (orgs.length > 2 * HEAD_WINDOW) orgs.splice(0, HEAD_WINDOW);
      }
      if (person.type !== "Person") continue;
      // إدارة النادي برئاسة X (round 41): the body named before by its head noun, chaired by X.
      const chaired = chairedBy(a, c, person, orgNoun);
      if (chaired) relations.push(chaired);
      const m = titleBefore(
        a,
        c,
        person.t0,
        countryOfOrg,
        previous ?? counterpartOf(c, person, titleOf),
        orgNoun,
        impliedOf,
      );
      // المدرب الإسباني X المدير الفني لـY: a sports title's nisba is a nationality, not its own target.
      // وزير الخارجية المصري X، وY وزير الخارجية الإماراتي: a title read as the apposition of the
      // name before it is not Y's own; Y's titles after it are read.
      const mine = m && !consumed.has(m.start) ? m : undefined;
      const ownTarget = mine?.of.find(
        (id) =>
          id !== person.entity &&
          a.typeOf(id) !== "Person" &&
          !(mine.title.sports === true && a.typeOf(id) === "Country"),
      );
      // X الذي يتولى منصب نائب رئيس Y: the office after the verb is X's too, as well as a title before.
      const bridge = officeBridge(c, person.t1 + 1, a.lex);
      if (!ownTarget || bridge >= 0) {
        // After a verb, a title after the name may open its object (استقبل الملك X رئيس وزراء
        // باكستان); behind a preposition (للرئيس X رئيس Y) or of a place it is an apposition.
        const governed =
          bridge >= 0 ||
          person.prep !== "" ||
          (m !== undefined && /^[وف]?(لل|بال)/.test(tokenNorm(c, m.start))) ||
          (m !== undefined && prepositionBefore(c, m.start, a.lex)) ||
          afterReporting(c, person.t0, a.lex) ||
          afterComma(c, person, a.lex) ||
          afterObject(c, person.t0, a.lex) ||
          afterCue(c, person.t0, a.lex, GENITIVE_NOUN) ||
          afterCue(c, person.t0, a.lex, COPULA) ||
          afterCue(c, person.t0, a.lex, POSSESSIVE_MEETING);
        let added = false;
        // وقال X وزير الشؤون الاجتماعية: the home country, else the one country the article names.
        const home = homeCountry(entities, a.lex, state, a.text) ?? entourage;
        const only = onlyCountry(entities, state);
        const sole = home ?? (only && !hosts.has(only) ? only : undefined);
        const age = bridge >= 0 ? -1 : ageSkip(c, person.t1 + 1);
        const from = bridge >= 0 ? bridge : age >= 0 ? age : undefined;
        for (const ap of titlesAfter(a, c, person, impliedOf, governed, home, sole, orgNoun, from)) {
          // الرئيس X رئيس الجمهورية اليمنية: the same title before the name restates his office; a
          // verb's object would not repeat the subject's title.
          const restated = m !== undefined && m.title.en === ap.title.en && !m.title.deputy;
          if (!governed && !restated && !ap.implied && a.typeOf(ap.of) === "Country") continue;
          added = true;
          consumed.add(ap.start);
          // X رئيس البرلمان العراقي: the body the title heads, when the article names it.
          const body = ap.implied
            ? undefined
            : institutionOf(a, ap.title, ap.of, entities, countryOfOrg, state);
          const heads = body !== undefined && !ap.title.deputy && !ap.title.unit;
          roles.push({
            person: person.entity,
            role: ap.title.en,
            target: body ?? ap.of,
            offset: person.start,
          });
          // X مدير هيئة Y الماليزية للعمليات الخاصة: a portfolio after the body names a part of it
          // (round 38, as portfolioTail does for a title before the name): a member, not its head.
          const part = portfolioAfter(c, ap.end, a.lex) && a.typeOf(body ?? ap.of) === "Organization";
          relations.push({
            type: heads && !part ? "LEADS" : part ? "MEMBER_OF" : ofState(a, ap.title, ap.of),
            source: person.entity,
            target: body ?? ap.of,
            properties: { role: ap.title.en },
            evidence: [
              {
                sentence: c.index,
                start: person.start,
                end: ap.end,
                text: a.text.slice(person.start, ap.end),
              },
            ],
            confidence: 0.8,
          });
        }
        if (added && !ownTarget) continue;
      }
      // رئيس Y read above as the apposition of the name before it is not this name's title.
      if (!m || consumed.has(m.start)) {
        continue;
      }
      previous = m.title;
      if (!m.title.complementRequired || m.of.length > 0) titleOf.set(person.entity, m.title);
      let target = m.of.find((id) => id !== person.entity && a.typeOf(id) !== "Person");
      let confidence = 0.9;
      if (target) {
        lastTarget.set(m.title.en, target);
        if (m.title.relation === "LEADS" && !m.title.deputy && a.typeOf(target) === "Country")
          hosts.add(target);
      } else if (!m.title.complementRequired) {
        // Only the same title written earlier with its country: the entity stage's `roleOf` may
        // come from another person's title (الرئيس السابق ميشال عون ... الرئيس الفرنسي).
        const sole = soleCountry(m.title, entities, state);
        target =
          lastTarget.get(m.title.en) ??
          (sole && !hosts.has(sole) ? sole : undefined) ??
          (homeOffice(m.title, a.lex) ? homeCountry(entities, a.lex, state, a.text) : undefined);
        confidence = 0.6;
      }
      // محافظ الطائف X: the governorate the article names, not the town; أمين جدة X: also the municipality.
      const seat = target ? seatOf(a, m.title, target, entities, state) : undefined;
      if (seat && a.typeOf(seat) === "Organization" && target) {
        relations.push({
          // وكيل أمين منطقة Y X: a deputy of the office is a member of the municipality.
          type: m.title.deputy || m.title.unit ? "MEMBER_OF" : "LEADS",
          source: person.entity,
          target: seat,
          properties: { role: m.title.en },
          evidence: [
            { sentence: c.index, start: m.start, end: person.end, text: a.text.slice(m.start, person.end) },
          ],
          confidence,
        });
        // The deputy's membership is of the municipality; the region is the mayor's to be placed in.
        if (m.title.deputy || m.title.unit) continue;
      } else if (seat) target = seat;
      // وزير الدفاع X without a country: the one defence ministry the article names, if any.
      const institution = institutionOf(a, m.title, target, entities, countryOfOrg, state);
      if (!target && institution) confidence = 0.6;
      if (institution) target = institution;
      // اللاعب X، المدرب البرازيلي Y with no team written: the one team the article names.
      // مدربه X is someone's coach (a possessive read as مدربة): not guessed.
      const possessive = /ه$/.test(firstWordAt(a.text, m.start));
      // مهاجمه X ولاعب الوسط Y: a sports title conjoined right after a team's player is the same team's.
      if (m.title.sports && m.title.relation === "MEMBER_OF" && (!target || a.typeOf(target) === "Country")) {
        const first = c.tokens.findIndex((t) => t.start === m.start);
        const prior = c.args.find((x) => x.t1 === first - 1 && x.type === "Person");
        const team =
          prior && /^و/.test(c.tokens[first]?.norm ?? "") ? playerTeam.get(prior.entity) : undefined;
        if (team) target = team;
      }
      if (m.title.sports && !possessive && (!target || a.typeOf(target) === "Country")) {
        if (state.team === undefined) state.team = soleTeam(a, entities);
        const team = state.team;
        if (team && (namedNear(a, team, nearFrom, c.end, entities) || teamWordIn(c))) {
          target = team;
          confidence = 0.6;
        }
      }
      if (!target) continue;
      // مدربه الفرنسي X، اللاعب البرازيلي Y: a nisba after a sports title is a nationality.
      if (a.typeOf(target) === "Country" && m.title.sports) continue;
      // الشيخ البحريني X: a sheikh's nisba is his nationality; the honorific holds no office.
      if (a.typeOf(target) === "Country" && nationalityOnly(m.title)) continue;
      // أمين منطقة Y X: the mayor heads the municipality; the region is its emir's.
      const seatHead =
        m.title.phrase.length === 1 ? a.lex.seatTitles.get(core(m.title.phrase[0] ?? "")) : undefined;
      const mayorOfRegion =
        seatHead !== undefined && !a.lex.placeHeads.has(core(seatHead)) && a.typeOf(target) === "Location";
      // مدير هيئة X الوطنية في محافظة Y، مدير الدفاع المدني بمنطقة Y: the head of a national body's
      // branch is a member of the body, not its head.
      const unit = c.args.find((x) => x.entity === target && x.start >= m.start && x.end <= person.start);
      // The place may be the title's `within` or a further complement written behind ب/في.
      const branchPlace =
        unit !== undefined &&
        c.args.some(
          (x) =>
            x.start >= unit.end &&
            x.end <= person.start &&
            (x.prep === "ب" || x.prep === "في") &&
            (x.type === "City" || x.type === "Location") &&
            (x.entity === m.within || m.of.includes(x.entity)),
        );
      const branch =
        branchPlace && unit !== undefined && branchSeat(c, unit, entities.get(target ?? ""), a.lex);
      const type =
        branch && a.typeOf(target) === "Organization"
          ? "MEMBER_OF"
          : institution && !m.title.deputy && !m.title.unit
            ? "LEADS"
            : mayorOfRegion
              ? "MEMBER_OF"
              : ofState(a, m.title, target);
      // مستشار الرئيس اليمني X، مدير مكتب معالي وزير الإسكان X: the name is the office holder's
      // staff, a member of what the office is of, never its holder (round 38).
      const staff = staffBefore(a.text, m.start);
      const role = (m.former ? "former " : "") + (staff ? `${staff} ${m.title.en}` : m.title.en);
      if (m.title.sports && type === "MEMBER_OF") playerTeam.set(person.entity, target);
      if (!staff) roles.push({ person: person.entity, role: m.title.en, target, offset: person.start });
      const properties: Relation["properties"] = { role };
      if (m.former) properties.status = "done";
      relations.push({
        type: staff ? "MEMBER_OF" : type,
        source: person.entity,
        target,
        properties,
        evidence: [
          { sentence: c.index, start: m.start, end: person.end, text: a.text.slice(m.start, person.end) },
        ],
        confidence,
      });
      // ولي ولي العهد وزير الدفاع الأمير X: offices of the home state written before this title.
      const home = homeCountry(entities, a.lex, state, a.text);
      const earlier = home ? homeOfficesBefore(c, m.start, a.lex) : undefined;
      if (home && earlier && home !== target)
        relations.push({
          type: "MEMBER_OF",
          source: person.entity,
          target: home,
          properties: { role: earlier.en },
          evidence: [
            {
              sentence: c.index,
              start: earlier.start,
              end: person.end,
              text: a.text.slice(earlier.start, person.end),
            },
          ],
          confidence: 0.8,
        });
      relations.push(...titleChainBefore(a, c, m, person, target, countryOfOrg));
      // رئيس لجنة X في الغرفة Y: the committee is a unit of the chamber (or sits in the place).
      // مدير فرع هيئة X بعسير، مدير وزارة X بمنطقة Y: a national body's branch sits there, not the body.
      if (m.within && !branch && target === m.of[0] && a.typeOf(target) === "Organization") {
        relations.push({
          type: ["Organization", "Country"].includes(a.typeOf(m.within) ?? "") ? "PART_OF" : "LOCATED_IN",
          source: target,
          target: m.within,
          properties: {},
          evidence: [
            { sentence: c.index, start: m.start, end: person.end, text: a.text.slice(m.start, person.end) },
          ],
          confidence: 0.7,
        });
      }
    }
  }
  return { relations, roles };
}

const CHAIRED = /^[وف]?برئاسه$/;

/**
 * إدارة النادي برئاسة X، اللجنة برئاسة الدكتور X (round 41): a definite head noun right before
 * برئاسة names the organisation last named with that head (the article's club); X chairs it. Only
 * honorifics between برئاسة and the name, no punctuation; an entity written before برئاسة is the
 * office trigger's own (relations.json).
 */
function chairedBy(
  a: ArticleCtx,
  c: SentenceCtx,
  person: Arg,
  orgNoun: (t: Token) => string | undefined,
): Relation | undefined {
  let k = person.t0 - 1;
  for (let n = 0; n < 2 && k > 0 && hasKey(c.tokens[k], a.lex.honorifics); n++) k--;
  const trigger = c.tokens[k];
  const noun = c.tokens[k - 1];
  if (!trigger || !noun || trigger.arg >= 0 || noun.arg >= 0 || !CHAIRED.test(trigger.norm)) return undefined;
  for (let j = k; j <= person.t0; j++) if (PUNCT.test((c.tokens[j] as Token).gap)) return undefined;
  const org = orgNoun(noun);
  if (!org || a.typeOf(org) !== "Organization") return undefined;
  return {
    type: "LEADS",
    source: person.entity,
    target: org,
    properties: {},
    evidence: [
      { sentence: c.index, start: noun.start, end: person.end, text: a.text.slice(noun.start, person.end) },
    ],
    confidence: 0.7,
  };
}

/**
 * A portfolio right after a title's complement ending at `end` (مدير هيئة Y للعمليات الخاصة): the
 * next word is a definite noun behind لل, no entity, not set off by punctuation, no title word.
 */
function portfolioAfter(c: SentenceCtx, end: number, lex: RelateLexicon): boolean {
  const t = c.tokens.find((x) => x.start >= end);
  if (!t || t.arg >= 0 || t.stop !== 0 || PUNCT.test(t.gap) || !/^لل\S{2,}/.test(t.norm)) return false;
  // للمرة الثانية، للعام الثالث، للموسم المقبل: a time, no portfolio.
  if (/^لل(مره|عام|سنه|موسم|دوره|فتره|يوم)$/.test(t.norm)) return false;
  return !hasKey(t, lex.titleWords) && lookup(t, lex.titleModifiers) === undefined;
}

/**
 * Staff of an office holder, written right before the holder's title (round 38): a word of
 * service in construct with the title (مستشار الرئيس، مبعوث الرئيس، سكرتير الرئيس، المتحدث باسم
 * الرئيس، مدير مكتب معالي الوزير، رئيس ديوان الرئيس), or a definite one with adjectives and the
 * title behind ل (المستشار العسكري للرئيس، المبعوث الخاص للرئيس). Honorifics may stand between.
 */
const STAFF_CONSTRUCT =
  /(?:^|[\s،,«"])[وف]?(مستشار|مستشاره|مبعوث|مبعوثه|سكرتير|سكرتيره|المتحدث باسم|المتحدثه باسم|الناطق باسم|مدير مكتب|مديره مكتب|رئيس ديوان|مستشاري|كبير مستشاري)(?:\s+(?:معالي|سمو|فخامه|دوله|سعاده))?\s+$/;
const STAFF_DEFINITE = /(?:^|[\s،,«"])[وف]?(المستشار|المستشاره|المبعوث|المبعوثه)(?:\s+ال\S+){0,2}\s+$/;
const STAFF_ROLE: Record<string, string> = {
  مستشار: "Adviser to the",
  مستشاري: "Adviser to the",
  "كبير مستشاري": "Senior Adviser to the",
  مبعوث: "Envoy of the",
  سكرتير: "Secretary to the",
  "متحدث باسم": "Spokesperson for the",
  "ناطق باسم": "Spokesperson for the",
  "مدير مكتب": "Director of the office of the",
  "رئيس ديوان": "Chief of staff of the",
};

/** The staff role written right before a title starting at `start` (normalised text), or undefined. */
export function staffBefore(text: string, start: number): string | undefined {
  const before = normalizeForMatch(text.slice(Math.max(0, start - 40), start));
  const title = normalizeForMatch(text.slice(start, start + 2));
  const m = title.startsWith("ل") ? STAFF_DEFINITE.exec(before) : STAFF_CONSTRUCT.exec(before);
  if (!m) return undefined;
  // المستشاره، مديره مكتب: the feminine and the article do not change the role.
  const key = (m[1] ?? "").replace(/^ال/, "").replace(/^(\S+?)ه(?=\s|$)/, "$1");
  return STAFF_ROLE[key] ?? "Staff of the";
}

/** Honorifics whose nisba is a nationality (الشيخ القطري X), not an office of the state. */
const NATIONALITY_ONLY = new Set(["شيخ", "شيخه"]);

function nationalityOnly(title: TitleEntry): boolean {
  return title.phrase.length === 1 && NATIONALITY_ONLY.has(core(title.phrase[0] ?? ""));
}

/** How many titles set off by commas may stand before the one next to the name. */
const MAX_CHAIN = 2;

/**
 * رئيس ديوان X، رئيس مجلس Y، الشيخ Z: titles set off by commas before the one next to the name
 * are the holder's too, each with its own organisation. Only after a comma: without one, a title
 * after a verb may be the unnamed subject's (استقبل رئيس مجلس X رئيس هيئة Y Z).
 */
/**
 * The title written right before the organisation of argument `index` (المستشار بالديوان الملكي،
 * رئيس لجنة Y): genitive or behind ب/ل written on the organisation's first word.
 */
function adjacentTitle(a: ArticleCtx, c: SentenceCtx, index: number): TitleMatch | undefined {
  const org = c.args[index];
  if (
    !org ||
    org.type !== "Organization" ||
    org.nisba ||
    (org.prep !== "" && org.prep !== "ب" && org.prep !== "ل")
  )
    return undefined;
  if (PUNCT.test((c.tokens[org.t0] as Token).gap)) return undefined;
  // وكيل وزارة Y، مدير إدارة X بشركة Y (round 41): a deputy's or a unit's title, a member.
  const unit = titleEndingAt(c.tokens, org.t0 - 1, a.lex)
    ? undefined
    : unitTitleBefore(c.tokens, org.t0, org.prep, a.lex);
  const m = unit
    ? { ...unit, title: { ...unit.title, relation: "MEMBER_OF" as const, unit: true } }
    : titleEndingAt(c.tokens, org.t0 - 1, a.lex);
  if (!m || m.title.implied) return undefined;
  const deputy = deputyAt(c, m.first, a.lex);
  // واستقبل رئيس مجلس Y رئيس هيئة Z X: the first title may be a verb's subject, another person.
  // Only at the sentence's start or behind a preposition (من المستشار بالديوان الملكي …).
  // Or after a verb's object (وشهد الحفل المستشار …) or a genitive noun (بحضور المستشار …).
  const start = deputy >= 0 ? deputy : m.first;
  let k = start - 1;
  while (k >= 0 && courteous(c.tokens[k] as Token, a.lex)) k--;
  const before = c.tokens[k];
  const open =
    !before ||
    PUNCT.test(c.tokens[k + 1]?.gap ?? "") ||
    (before.arg < 0 && (hasKey(before, a.lex.prepositions) || GENITIVE_NOUN.test(before.norm))) ||
    afterObject(c, start, a.lex) ||
    // أكد وكيل وزارة Y رئيس مجلس Z X (round 41): a verb of saying takes no person as its object;
    // the titles after it are its subject's.
    afterReporting(c, start, a.lex);
  if (!open) return undefined;
  return {
    title: deputy >= 0 ? asDeputy(m.title) : m.title,
    start: (c.tokens[deputy >= 0 ? deputy : m.first] as Token).start,
    former: false,
    of: [org.entity],
  };
}

function titleChainBefore(
  a: ArticleCtx,
  c: SentenceCtx,
  m: TitleMatch,
  person: Arg,
  target: string,
  countryOfOrg: (id: string) => string | null,
): Relation[] {
  const out: Relation[] = [];
  const seen = new Set([target]);
  let at = m.start;
  for (let hop = 0; hop < MAX_CHAIN; hop++) {
    const first = c.tokens.findIndex((t) => t.start === at);
    if (first <= 0) break;
    // المستشار بالديوان الملكي المشرف العام على مركز Y X: a title whose organisation ends right
    // before the next title needs no comma.
    const comma = /[،,]/.test((c.tokens[first] as Token).gap);
    // وكيل وزارة Y لشؤون الكهرباء رئيس مجلس إدارة Z X (round 41): the first title's portfolio may
    // stand between its organisation and the next title.
    const tail =
      comma || PUNCT.test((c.tokens[first] as Token).gap) ? undefined : portfolioTail(c, first - 1, a.lex);
    const before = c.tokens[tail && tail.arg >= 0 ? tail.first - 1 : first - 1] as Token;
    const adjacent =
      !comma &&
      before.arg >= 0 &&
      c.args[before.arg]?.type === "Organization" &&
      !PUNCT.test((c.tokens[first] as Token).gap);
    if (!comma && !adjacent) break;
    const found = adjacent ? adjacentTitle(a, c, before.arg) : titleBefore(a, c, first, countryOfOrg);
    // A portfolio names a part of the body: its holder is a member, never its head.
    const prior =
      found && tail && tail.arg >= 0 && adjacent
        ? { ...found, title: { ...found.title, relation: "MEMBER_OF" as const, unit: true } }
        : found;
    if (!prior || prior.title.implied) break;
    const body = prior.of[0];
    if (!body || seen.has(body) || a.typeOf(body) !== "Organization") break;
    seen.add(body);
    const role = (prior.former ? "former " : "") + prior.title.en;
    out.push({
      type: prior.title.deputy || prior.title.unit ? "MEMBER_OF" : ofState(a, prior.title, body),
      source: person.entity,
      target: body,
      properties: { role },
      evidence: [
        {
          sentence: c.index,
          start: prior.start,
          end: person.end,
          text: a.text.slice(prior.start, person.end),
        },
      ],
      confidence: 0.75,
    });
    at = prior.start;
  }
  return out;
}

/** Roles that head a body only when the article names no other head of it. */
const SECRETARY = /secretary-general/i;

/**
 * المستشار / المستشارة heads a state (the German chancellor); of an organisation (المستشار بالديوان
 * الملكي، المستشار بمكتب الوزير) it is an adviser there, a member.
 */
export function advisersAsMembers(
  relations: Relation[],
  typeOf: (id: string) => string | undefined,
): Relation[] {
  const key = (r: Relation) => `${r.type} ${r.source} ${r.target}`;
  const have = new Set(relations.map(key));
  return relations.flatMap((r) => {
    const role = String(r.properties?.role ?? "");
    if (r.type !== "LEADS" || !/^(former )?Chancellor$/.test(role) || typeOf(r.target) !== "Organization")
      return [r];
    const member: Relation = {
      ...r,
      type: "MEMBER_OF",
      properties: { ...r.properties, role: role.replace("Chancellor", "Adviser") },
    };
    return have.has(key(member)) ? [] : [member];
  });
}

/**
 * قائد الفريق / قائد نادي X: the captain of a club or team is one of its players, a member, not
 * its head (قائد of an army or a movement still leads it).
 */
export function captainsAsMembers(relations: Relation[], isTeam: (id: string) => boolean): Relation[] {
  const key = (r: Relation) => `${r.type} ${r.source} ${r.target}`;
  const have = new Set(relations.map(key));
  return relations.flatMap((r) => {
    const role = String(r.properties?.role ?? "");
    if (r.type !== "LEADS" || !/^(former )?Commander$/.test(role) || !isTeam(r.target)) return [r];
    const member: Relation = {
      ...r,
      type: "MEMBER_OF",
      properties: { ...r.properties, role: role.replace("Commander", "Captain") },
    };
    return have.has(key(member)) ? [] : [member];
  });
}

/**
 * A secretary-general leads a body the article names no other head of (the UN, the GCC); where it
 * names its president or chairman (رئيس الاتحاد X … الأمين العام للاتحاد Y), the secretary-general
 * is a member of it.
 */
export function secretariesAsMembers(relations: Relation[]): Relation[] {
  const heads = new Map<string, Set<string>>();
  for (const r of relations)
    if (r.type === "LEADS" && !SECRETARY.test(String(r.properties?.role ?? "")))
      (heads.get(r.target) ?? heads.set(r.target, new Set()).get(r.target))?.add(r.source);
  const key = (r: Relation) => `${r.type} ${r.source} ${r.target}`;
  const have = new Set(relations.map(key));
  return relations.flatMap((r) => {
    if (r.type !== "LEADS" || !SECRETARY.test(String(r.properties?.role ?? ""))) return [r];
    const others = [...(heads.get(r.target) ?? [])].filter((p) => p !== r.source);
    if (others.length === 0) return [r];
    const member: Relation = { ...r, type: "MEMBER_OF" };
    return have.has(key(member)) ? [] : [member];
  });
}

/**
 * The head of a unit is a member of the body the unit belongs to (مدير إدارة التخطيط بإمارة
 * منطقة Y X: X LEADS the department, the department PART_OF the emirate → X MEMBER_OF the
 * emirate, with the title's role). Only for a unit (`unitBodies` head: إدارة، قسم، لجنة …) part of
 * an organisation, never of a country.
 */
export function unitHeadsAsMembers(
  relations: Relation[],
  entities: Map<string, Entity>,
  lex: RelateLexicon,
): Relation[] {
  const parent = new Map<string, Relation>();
  for (const r of relations) {
    if (r.type !== "PART_OF" || parent.has(r.source)) continue;
    const unit = entities.get(r.source);
    const body = entities.get(r.target);
    if (unit?.type !== "Organization" || body?.type !== "Organization") continue;
    const head = core(normalizeForMatch(unit.name).split(/\s+/)[0] ?? "");
    if (lex.unitBodies.has(head)) parent.set(r.source, r);
  }
  if (parent.size === 0) return relations;
  const key = (type: string, s: string, t: string) => `${type} ${s} ${t}`;
  const have = new Set(relations.map((r) => key(r.type, r.source, r.target)));
  const added: Relation[] = [];
  for (const r of relations) {
    if (r.type !== "LEADS" && r.type !== "MEMBER_OF") continue;
    const part = parent.get(r.target);
    if (!part || entities.get(r.source)?.type !== "Person") continue;
    const body = part.target;
    if (have.has(key("MEMBER_OF", r.source, body)) || have.has(key("LEADS", r.source, body))) continue;
    have.add(key("MEMBER_OF", r.source, body));
    added.push({
      ...r,
      type: "MEMBER_OF",
      target: body,
      evidence: [...r.evidence, ...part.evidence],
      confidence: Math.min(r.confidence, part.confidence),
    });
  }
  return added.length === 0 ? relations : [...relations, ...added];
}

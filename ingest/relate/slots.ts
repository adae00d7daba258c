import type { Arg } from "./args.js";
import type { RelateLexicon, Trigger } from "./lexicon.js";
import { hasKey, lookup, reporting } from "./tokens.js";
import type { Token } from "./tokens.js";

/** What a slot finder sees: one sentence, the trigger's token range and its clause limits. */
export interface SlotScope {
  tokens: Token[];
  args: Arg[];
  lex: RelateLexicon;
  /** Trigger tokens [ts, te]. */
  ts: number;
  te: number;
  /** Clause limits (token indices, inclusive). */
  left: number;
  right: number;
  /** Subject of the last verb earlier in the clause: the agent of a verbal noun after it. */
  verbSubject?: Arg;
  /**
   * Who acted last: the subject of the last verb before the trigger in the sentence (with its
   * mention), else the previous sentence's (without: it is not in this sentence).
   */
  actor?: { entity: string; arg?: Arg };
  /** The two parties a word like الجانبان / البلدان at token k stands for, as arguments there. */
  parties?: (k: number) => [Arg, Arg] | undefined;
  /** The trigger names an office (برئاسة): honorifics may stand before the person after it. */
  office?: boolean;
  /** Index of the sentence in the article. */
  sentence?: number;
}

const HARD_GAP = /[.؛;:!?؟]/;
const MAX_LEFT = 12;
const MAX_RIGHT = 16;
/** A verb's subject follows it closely (title and nisba included: استقبل العاهل الأردني الملك عبد الله). */
const SUBJECT_REACH = 6;
/** Prepositions of place and company: an entity behind them is a circumstance, not an agent. */
const CIRCUMSTANTIAL = new Set(["في", "الي", "داخل", "عند", "لدي", "بين", "خلال"]);

const STOP_BOUNDARY = 1;
const STOP_COMPLEMENTIZER = 2;

/**
 * Flags each token once: clause breaks and reporting verbs end a clause both ways, أن/إن only
 * leftwards. A word of a name is none of them, whatever it looks like (كيري is no ك + يرى).
 */
export function markStops(tokens: Token[], lex: RelateLexicon): void {
  for (const t of tokens) {
    if (t.arg >= 0) {
      t.stop = 0;
      continue;
    }
    const boundary =
      hasKey(t, lex.breaks) ||
      reporting(t, lex.verbs) !== undefined ||
      reporting(t, lex.participles) !== undefined;
    t.stop = (boundary ? STOP_BOUNDARY : 0) | (hasKey(t, lex.complementizers) ? STOP_COMPLEMENTIZER : 0);
  }
}

/**
 * Clause limits around tokens [ts, te]: stops at clause breaks, reporting verbs and hard
 * punctuation.
 */
export function clauseLimits(
  tokens: Token[],
  ts: number,
  te: number,
  lex: RelateLexicon,
): { left: number; right: number } {
  // Leftwards too a name counts as one word and titles and honorifics as none (تلقى الأمير X بن Y
  // ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع اتصالاً هاتفياً من Z).
  let left = ts;
  for (let j = ts - 1, words = 0; j >= 0 && words < MAX_LEFT; j--) {
    const t = tokens[j] as Token;
    if (t.stop !== 0 || HARD_GAP.test((tokens[j + 1] as Token).gap)) break;
    left = j;
    if (t.arg >= 0 ? (tokens[j - 1] as Token | undefined)?.arg !== t.arg : !titleLike(t, lex)) words++;
  }
  // Rightwards a name counts as one word and titles and honorifics as none (اجتمع الأمير X بن Y
  // بن Z ولي العهد وزير الدفاع في جدة مع ...): a long title chain does not push the other party
  // out of reach.
  let right = te;
  for (let j = te + 1, words = 0; j < tokens.length && words < MAX_RIGHT; j++) {
    const t = tokens[j] as Token;
    if ((t.stop & STOP_BOUNDARY) !== 0 || HARD_GAP.test(t.gap)) break;
    right = j;
    if (t.arg >= 0 ? (tokens[j + 1] as Token | undefined)?.arg !== t.arg : !titleLike(t, lex)) words++;
  }
  return { left, right };
}

const titleLike = (t: Token, lex: RelateLexicon): boolean =>
  hasKey(t, lex.titleWords) || hasKey(t, lex.honorifics) || lookup(t, lex.titleModifiers) !== undefined;

const usable = (a: Arg): boolean => !a.modifier;

/**
 * Tokens strictly between i and j are all transparent heads (قوات، حكومة ...) or none; before the
 * person an office trigger names, honorifics and ranks too (برئاسة المهندس X).
 */
function onlyTransparent(s: SlotScope, i: number, j: number, person = false): boolean {
  for (let k = i + 1; k < j; k++) {
    const t = s.tokens[k];
    if (!hasKey(t, s.lex.transparent) && !(person && hasKey(t, s.lex.honorifics))) return false;
  }
  return j - i <= 3;
}

/** The entity right after the trigger: genitive complement or nisba (انسحاب القوات الأميركية). */
export function after(s: SlotScope, nisbaOnly = false): Arg | undefined {
  if (s.office === true && !nisbaOnly) {
    const holder = officeHolder(s);
    if (holder) return holder;
  }
  for (const a of s.args) {
    if (a.t0 <= s.te || a.t0 > s.right) continue;
    if (!usable(a) || a.prep !== "" || (nisbaOnly && !a.nisba)) return undefined;
    return onlyTransparent(s, s.te, a.t0, s.office === true && a.type === "Person") ? a : undefined;
  }
  return undefined;
}

/** An argument before() may take: usable, not inside a relative clause or a circumstance. */
function fitsBefore(s: SlotScope, a: Arg): boolean {
  return (
    usable(a) &&
    !a.relInner &&
    !CIRCUMSTANTIAL.has(a.prep) &&
    !inCircumstance(s, a) &&
    !inRelative(s, a) &&
    !visited(s, a) &&
    !inAside(s, a)
  );
}

const DASH = /[-–—]/;

/**
 * إن X – وهو مستشار لـY – عقد اجتماعا: a name between two dashes before the trigger is an aside
 * about the party before it, not the party.
 */
function inAside(s: SlotScope, a: Arg): boolean {
  let open = false;
  for (let k = a.t0; k >= Math.max(0, a.t0 - 8) && !open; k--) open = DASH.test((s.tokens[k] as Token).gap);
  if (!open) return false;
  for (let k = a.t1 + 1; k <= s.ts; k++) if (DASH.test((s.tokens[k] as Token).gap)) return true;
  return false;
}

/**
 * The place a visit word right before it goes to (زيارة الدوحة للاجتماع مع Y، زار X القاهرة لبحث):
 * a destination, not the agent of a later event noun.
 */
function visited(s: SlotScope, a: Arg): boolean {
  // سيزور الوزير العاصمة الروسية موسكو: over a place head, a country's nisba and an unnamed
  // subject's title words too.
  for (let k = a.t0 - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const t = s.tokens[k] as Token;
    if (/[،,.:؛;]/.test((s.tokens[k + 1] as Token).gap)) return false;
    if (t.arg >= 0) {
      const b = s.args.find((x) => x.t0 <= k && x.t1 >= k);
      if (!b?.nisba) return false;
      k = b.t0;
      continue;
    }
    if (t.keys.some((key) => s.lex.triggers.get(key)?.some((x) => x.relation === "VISITED"))) return true;
    if (!hasKey(t, s.lex.placeHeads) && !titleLike(t, s.lex)) return false;
  }
  return false;
}

/** Most tokens a title chain may fill between برئاسة and the person it names. */
const MAX_OFFICE_CHAIN = 14;

/**
 * برئاسة نائب خادم الحرمين الشريفين وزير الداخلية الأمير X، بقيادة وزير الخارجية السعودي X: the
 * person an office trigger names over a title chain — title words, honorifics and the titles'
 * own complements (modifiers) only, no comma, no other name.
 */
function officeHolder(s: SlotScope): Arg | undefined {
  // Only for the body written right before the trigger, not one of a pair (المملكة وجمهورية مصر
  // بقيادة خادم الحرمين الشريفين ...), nor a place or a body a clause away (جدة أمس، برئاسة ...).
  const body = s.args.find((b) => b.t1 === s.ts - 1);
  if (
    !body ||
    body.conj ||
    body.pseudo ||
    (body.type !== "Organization" && body.type !== "Country") ||
    /[،,]/.test((s.tokens[s.ts] as Token).gap)
  )
    return undefined;
  const last = Math.min(s.right, s.te + MAX_OFFICE_CHAIN + 1);
  let titled = false;
  for (let k = s.te + 1; k <= last; k++) {
    const t = s.tokens[k] as Token;
    if (k > s.te + 1 && /[،,]/.test(t.gap)) return undefined;
    if (t.arg >= 0) {
      const a = s.args.find((x) => x.t0 === k);
      if (!a) return undefined;
      if (a.type === "Person") return titled && usable(a) && a.prep === "" ? a : undefined;
      if (!a.modifier) return undefined;
      k = a.t1;
      continue;
    }
    if (!titleLike(t, s.lex)) return undefined;
    titled = true;
  }
  return undefined;
}

/**
 * استقبلت X وفدا برئاسة Y، وصل X وفد برئاسة Y: an indefinite common noun between the entity and an
 * office trigger is what Y chairs or leads, so the entity before it is not (a definite adjective —
 * الحكومة الجديدة برئاسة Y — still describes the body).
 */
function officeOverNoun(s: SlotScope, a: Arg): boolean {
  for (let k = a.t1 + 1; k < s.ts; k++) {
    const t = s.tokens[k] as Token;
    if (t.arg < 0 && !t.norm.startsWith("ال")) return true;
  }
  return false;
}

/** Nearest entity before the trigger in its clause (agent of a verbal noun, SVO subject). */
export function before(s: SlotScope): Arg | undefined {
  const a = nearestBefore(s);
  return a && s.office === true && (officeOverNoun(s, a) || placeAdjunct(a)) ? undefined : a;
}

/**
 * فريق X بمحافظة Y بقيادة Z: a town or region behind ب/في right before an office trigger is where
 * the body before it is, not what Z leads (a country still may be: قوات بقيادة السعودية).
 */
function placeAdjunct(a: Arg): boolean {
  return (a.type === "City" || a.type === "Location") && (a.prep === "ب" || a.prep === "في");
}

function nearestBefore(s: SlotScope): Arg | undefined {
  if (s.verbSubject && s.verbSubject.t1 < s.ts)
    return countered(s, s.verbSubject.t1)
      ? undefined
      : (described(s, s.args.indexOf(s.verbSubject)) ?? s.verbSubject);
  // X ستقاتل Y، خلال لقاء مع Z: a verbal noun of circumstance belongs to its clause's subject, the
  // first party named in it — when that is also the nearest (جدد X ترحيبه بـY خلال زيارته: Y's).
  if (hasKey(s.tokens[s.ts - 1], s.lex.whileWords)) {
    const first = s.args.find((a) => a.t0 >= s.left && a.t1 < s.ts && fitsBefore(s, a) && a.prep === "");
    const nearest = s.args.findLast((a) => a.t0 >= s.left && a.t1 < s.ts && usable(a) && !a.pseudo);
    if (!first || first !== nearest || countered(s, first.t1)) return undefined;
    // The subject opens its clause: at most its verb and title words before it.
    let words = 0;
    for (let k = s.left; k < first.t0; k++) if (!titleLike(s.tokens[k] as Token, s.lex)) words++;
    return words <= 1 ? first : undefined;
  }
  for (let i = s.args.length - 1; i >= 0; i--) {
    const a = s.args[i] as Arg;
    if (a.t1 >= s.ts) continue;
    if (a.t0 < s.left) return undefined;
    if (fitsBefore(s, a)) return countered(s, a.t1) || describes(s, a) ? undefined : (described(s, i) ?? a);
  }
  return undefined;
}

/**
 * The subject of a relative clause closed by a comma before the trigger (الظروف التي تعيشها دولة X
 * في الوقت الراهن، بالتعاون مع Y): no agent of what follows the clause. Without the comma the
 * trigger may be in the clause (الندوة التي نظمتها X بالتعاون مع Y: X organised it with Y).
 */
function inRelative(s: SlotScope, a: Arg): boolean {
  let closed = false;
  for (let k = a.t1 + 1; k <= s.ts && !closed; k++) closed = /[،,]/.test((s.tokens[k] as Token).gap);
  if (!closed) return false;
  for (let k = Math.max(0, a.t0 - 3); k < a.t0; k++) {
    const t = s.tokens[k] as Token;
    if (t.arg < 0 && hasKey(t, s.lex.relatives)) return true;
  }
  return false;
}

/** The organisation a nisba at args[i] describes (النادي الأهلي المصري، برئاسة X → the club). */
function described(s: SlotScope, i: number): Arg | undefined {
  const a = s.args[i] as Arg;
  const owner = s.args[i - 1];
  return a.nisba && owner?.type === "Organization" && owner.t1 === a.t0 - 1 && usable(owner)
    ? owner
    : undefined;
}

/** في سوريا والعراق: a conjunct after a place of circumstance is one too, not an agent. */
function inCircumstance(s: SlotScope, a: Arg): boolean {
  if (!a.conj || a.prep !== "") return false;
  const head = coordinated(s, a)[0];
  return head !== undefined && head !== a && CIRCUMSTANTIAL.has(head.prep);
}

/** A verb of repelling before the noun (صدت X هجوماً على Y، X الذي صد هجوماً): X did not attack. */
function countered(s: SlotScope, agentEnd: number): boolean {
  for (let k = Math.max(s.left, agentEnd - SUBJECT_REACH); k < s.ts; k++)
    if ((s.tokens[k] as Token).arg < 0 && hasKey(s.tokens[k], s.lex.counterVerbs)) return true;
  return false;
}

/** The fronted subject: right before the verb, or before قد (وكان الرئيس X قد استقبل). */
function fronted(s: SlotScope): Arg | undefined {
  const aux = hasKey(s.tokens[s.ts - 1], s.lex.auxiliaries) ? 1 : 0;
  const at = s.ts - aux;
  const a = s.args.find((x) => x.t1 === at - 1);
  if (!a || !usable(a) || a.prep !== "" || inCircumstance(s, a)) return undefined;
  // تنفيذا لتوجيهات الملك X قدم المركز: who directs is named before the verb, not its subject.
  if (patronised(s, a)) return undefined;
  // وفي تعز (جنوب اليمن) اقتحم مسلحون: a name in brackets is a dateline or an aside, no subject.
  for (let k = a.t1 + 1; k <= s.ts; k++)
    if (/[،,:؛;“”«»"()]/.test((s.tokens[k] as Token).gap)) return undefined;
  return a;
}

/** First entity after the trigger not behind a preposition; SVO fallback to the one before. */
export function subject(s: SlotScope): Arg | undefined {
  // وزارة العدل الأمريكية تتهم X: a nisba right before the verb describes its unnamed subject.
  const nisba = s.args.find((x) => x.t1 === s.ts - 1);
  if (nisba?.nisba && usable(nisba) && nisba.prep === "" && describes(s, nisba)) return undefined;
  const prev = fronted(s);
  if (prev) return prev;
  // أن الغارة استهدفت X: an event noun right before the verb is its subject; X is the object.
  const noun = s.tokens[s.ts - 1];
  if (
    noun !== undefined &&
    noun.arg < 0 &&
    (hasKey(noun, s.lex.actNouns) ||
      noun.keys.some((key) =>
        s.lex.triggers.get(key)?.some((x) => x.phrase.length === 1 && x.kind === "noun" && eventNoun(s, x)),
      ))
  )
    return undefined;
  // وصل خادم الحرمين الشريفين إلى ... الأمير X: a title right after the verb that does not lead
  // to a name is an unnamed subject; another person named further on is not it.
  const titled = untitledSubject(s);
  // وصل مساء أمس الأول رئيس مجلس إدارة نادي X Y: words of time before the subject take no reach.
  let from = s.te;
  while (
    from < s.right &&
    (s.tokens[from + 1] as Token).arg < 0 &&
    hasKey(s.tokens[from + 1], s.lex.timeWords)
  )
    from++;
  let reach = from + SUBJECT_REACH;
  for (const a of s.args) {
    if (a.t0 <= s.te || a.t0 > Math.min(s.right, reach)) continue;
    if (titled !== undefined && a.t0 > titled) return undefined;
    // وصل رئيس مجلس إدارة نادي X المهندس Y: the title's complement does not use up the reach.
    if (a.modifier) reach = Math.max(reach, a.t1 + SUBJECT_REACH - 2);
    if (usable(a) && a.prep === "" && !genitiveAfterVerb(s, a))
      return describes(s, a) || pastNounSubject(s, from, a) ? undefined : a;
  }
  if (titled !== undefined) return undefined;
  // X، بقصف جوي استهدف Y: a verb after an event noun has that noun as its subject, not X before it.
  const b = before(s);
  return b && (eventBetween(s, b.t1, s.ts) || earlierObject(s, b)) ? undefined : b;
}

/**
 * استهدفت الغارات X وإن شملت Y، قصفت تركيا X وشملت Y: a name after an earlier verb of its clause,
 * with its subject (a common noun or a name) between or written before that verb (إن الغارات
 * استهدفت X), is the object of that verb, not the subject of a later verb with none written.
 */
function earlierObject(s: SlotScope, b: Arg): boolean {
  if (b.prep !== "") return false;
  for (let v = b.t0 - 1; v >= Math.max(s.left, b.t0 - SUBJECT_REACH); v--) {
    const t = s.tokens[v] as Token;
    if (t.arg >= 0) continue;
    const verb = t.keys.some((key) => s.lex.triggers.get(key)?.some((x) => x.kind === "verb"));
    if (!verb) continue;
    // وصل الرئيس X: title words (and words of time) between the verb and the name are the name's own.
    for (let k = v + 1; k < b.t0; k++) {
      const w = s.tokens[k] as Token;
      if (w.arg >= 0 || !(titleLike(w, s.lex) || hasKey(w, s.lex.timeWords))) return true;
    }
    // The verb right before the name: its subject written before it, after إن / أن.
    const p = s.tokens[v - 1];
    const q = s.tokens[v - 2];
    return (
      p !== undefined &&
      p.arg < 0 &&
      /^ال/.test(p.norm) &&
      q !== undefined &&
      (q.stop & STOP_COMPLEMENTIZER) !== 0
    );
  }
  return false;
}

/**
 * استهدفت الضربات التركية مواقع X: a definite common noun after the verb, then an indefinite head,
 * is the subject (unnamed) and the start of the object; X is the object's genitive. Not طائرات
 * التحالف (an indefinite head whose genitive is the subject's), nor title words (الرئيس X).
 */
function pastNounSubject(s: SlotScope, from: number, a: Arg): boolean {
  let definite = false;
  for (let k = from + 1; k < a.t0; k++) {
    const t = s.tokens[k] as Token;
    if (t.arg >= 0 || titleLike(t, s.lex) || hasKey(t, s.lex.timeWords)) {
      if (t.arg >= 0) definite = true;
      continue;
    }
    const def = /^[وف]?ال/.test(t.norm);
    if (!def && definite) return true;
    if (def) definite = true;
  }
  return false;
}

/** An act noun or an event trigger noun strictly between tokens i and j. */
function eventBetween(s: SlotScope, i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) {
    const t = s.tokens[k] as Token;
    if (t.arg >= 0) continue;
    if (hasKey(t, s.lex.actNouns)) return true;
    if (t.keys.some((key) => s.lex.triggers.get(key)?.some((x) => x.kind === "noun" && eventNoun(s, x))))
      return true;
  }
  return false;
}

/**
 * استهدفت مواقع لتنظيم X: X is behind a head's genitive ل between the verb and it, so it belongs
 * to the object (the sites of X), never the subject.
 */
function genitiveAfterVerb(s: SlotScope, a: Arg): boolean {
  for (let k = s.te + 1; k < a.t0; k++) {
    const t = s.tokens[k] as Token;
    if (
      t.arg < 0 &&
      t.norm.startsWith("ل") &&
      t.keys.some((key) => key !== t.norm && s.lex.transparent.has(key))
    )
      return true;
  }
  return false;
}

/**
 * The token after which a title right after the verb (honorifics included: وزير الخارجية الأستاذ X)
 * stops without reaching a name (or undefined when no title follows the verb, or it runs into an
 * argument).
 */
function untitledSubject(s: SlotScope): number | undefined {
  let k = s.te + 1;
  const first = s.tokens[k];
  if (!first || first.arg >= 0 || !hasKey(first, s.lex.titleWords)) return undefined;
  while (k <= s.right) {
    const t = s.tokens[k] as Token;
    if (t.arg >= 0) return /[،,:؛;“”«»"]/.test(t.gap) ? k - 1 : undefined;
    if (!titleLike(t, s.lex)) return k - 1;
    k++;
  }
  return undefined;
}

/**
 * The subject of a verb of saying right after the phrase of a fronted verbal noun (خلال لقائه Y،
 * أكد X أن ...): the clause ends at that verb, so the subject is looked for past it.
 */
export function laterSubject(s: SlotScope): Arg | undefined {
  const v = s.right + 1;
  const verb = s.tokens[v];
  if (!verb || verb.arg >= 0 || reporting(verb, s.lex.verbs) === undefined) return undefined;
  for (const a of s.args) {
    if (a.t0 <= v) continue;
    if (a.t0 > v + SUBJECT_REACH) return undefined;
    if (usable(a) && a.prep === "") return a;
  }
  return undefined;
}

/** How far back the clause before وذلك may start. */
const RESUME_REACH = 40;

/**
 * The subject of the clause a وذلك resumes (بحث X مستويات التعاون ...، وذلك خلال استقباله Y): the
 * first argument of that clause, with at most its verb and title words before it.
 */
export function resumedSubject(s: SlotScope): Arg | undefined {
  let k = s.ts - 1;
  if (hasKey(s.tokens[k], s.lex.whileWords)) k--;
  const tok = s.tokens[k];
  if (!tok || tok.arg >= 0 || tok.norm.replace(/^و/, "") !== "ذلك") return undefined;
  let left = k;
  for (let j = k - 1; j >= 0 && k - j <= RESUME_REACH; j--) {
    const t = s.tokens[j] as Token;
    if (t.stop !== 0 || /[.؛;:!?؟]/.test((s.tokens[j + 1] as Token).gap)) break;
    left = j;
  }
  const first = s.args.find((a) => a.t0 >= left && a.t1 < k);
  if (!first || !usable(first) || first.prep !== "") return undefined;
  let words = 0;
  for (let j = left; j < first.t0; j++) if (!titleLike(s.tokens[j] as Token, s.lex)) words++;
  return words <= 1 ? first : undefined;
}

/** How far back the organiser of an activity is looked for (أعلنت X عزمها إغلاق ... بالتعاون مع Y). */
const AGENT_REACH = 30;

/**
 * Who does what a circumstance like بالتعاون مع qualifies: the nearest organisation, person or
 * country before it in the sentence that is no circumstance (not behind a preposition: في محافظة Y
 * is where, not who), not a place, not part of a title — past clause breaks, which the activity's
 * long complement often has, but not back over أن/إن.
 */
export function agent(s: SlotScope): Arg | undefined {
  for (let i = s.args.length - 1; i >= 0; i--) {
    const a = s.args[i] as Arg;
    if (a.t1 >= s.ts) continue;
    if (s.ts - a.t1 > AGENT_REACH) return undefined;
    // X أن ... بالتنسيق مع Y: the speaker before the content is not its agent.
    for (let k = a.t1 + 1; k < s.ts; k++)
      if (((s.tokens[k] as Token).stop & STOP_COMPLEMENTIZER) !== 0) return undefined;
    if (!usable(a) || a.relInner || a.prep !== "" || a.nisba) continue;
    if (inRelative(s, a) || patronised(s, a)) continue;
    // واس - الرياض: أطلق X بالتعاون مع Y: a dateline's agency opening the sentence is no agent.
    if (a.t0 <= 1 && /[-–:]/.test(s.tokens[a.t1 + 1]?.gap ?? "")) continue;
    if (a.type === "Organization" || a.type === "Person" || a.type === "Country") return a;
  }
  return undefined;
}

/** How many words a title chain may fill between برعاية/بمتابعة and the person it names. */
const PATRON_CHAIN = 12;

/**
 * بمتابعة المحافظ X وبالتعاون مع Y، برعاية وزير الصحة X: the person (or body) named after a word of
 * patronage or presence, over title words, honorifics, definite words and other names that are no
 * person (the titles' complements), follows the activity up.
 */
export function patronised(s: SlotScope, a: Arg): boolean {
  for (let k = a.t0 - 1; k >= Math.max(0, a.t0 - PATRON_CHAIN); k--) {
    const t = s.tokens[k] as Token;
    if (/[،,.:؛;]/.test((s.tokens[k + 1] as Token).gap)) return false;
    if (t.arg >= 0) {
      const b = s.args.find((x) => x.t0 <= k && x.t1 >= k);
      if (!b || b.type === "Person") return false;
      continue;
    }
    if (hasKey(t, s.lex.patronWords)) return true;
    // رئيس مجلس إدارة الجمعية صاحب السمو X: a title's own definite complement too.
    if (!titleLike(t, s.lex) && !t.norm.startsWith("ال")) return false;
  }
  return false;
}

/** Most tokens a reception's guest and hosts are looked for after the trigger (a long list of hosts). */
const RECEPTION_REACH = 160;

/**
 * وكان في استقبال الرئيس X لدى وصوله، وكان في استقبال خادم الحرمين الشريفين لدى وصوله: the guest of a
 * reception named after في استقبال — a person over honorifics and title words, or "actor" when the
 * title chain has no name and ends at a comma or a word of arrival (لدى، عند، فور): the one who
 * arrived before. A common noun (في استقبال الحجاج، الوفد) is no guest named here.
 */
export function guest(s: SlotScope): Arg | "actor" | undefined {
  let titled = false;
  let complement = 0;
  const last = Math.min(s.tokens.length - 1, s.te + 12);
  for (let k = s.te + 1; k <= last; k++) {
    const t = s.tokens[k] as Token;
    if (HARD_GAP.test(t.gap)) return undefined;
    if (titled && /[،,]/.test(t.gap)) return "actor";
    if (t.arg >= 0) {
      const a = s.args.find((x) => x.t0 <= k && x.t1 >= k);
      if (a?.type === "Person" && usable(a) && a.prep === "") return a;
      if (!a?.modifier) return undefined;
      k = a.t1;
      continue;
    }
    if (titled && (hasKey(t, s.lex.arrivalWords) || hasKey(t, s.lex.timeWords))) return "actor";
    // أمير المنطقة، وزير الخارجية: up to three definite words of the title's complement.
    if (titled && complement < 3 && /^(ال|لل)/.test(t.norm)) {
      complement++;
      continue;
    }
    if (!titleLike(t, s.lex)) return undefined;
    titled = true;
  }
  return undefined;
}

/** The first person after the reception's guest (or after the trigger) not behind a preposition. */
export function receptionHost(s: SlotScope): Arg | undefined {
  const g = guest(s);
  const from = g && g !== "actor" ? g.t1 : s.te;
  const last = Math.min(s.tokens.length - 1, s.te + RECEPTION_REACH);
  for (const a of s.args) {
    if (a.t0 <= from || a.t0 > last) continue;
    if (HARD_GAP.test((s.tokens[a.t0] as Token).gap) || stopBetween(s, from + 1, a.t0)) return undefined;
    if (a.type === "Person" && usable(a) && a.prep === "") return a;
  }
  return undefined;
}

/** A clause break, a reporting verb or a hard stop among tokens [from, to]. */
function stopBetween(s: SlotScope, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = s.tokens[k] as Token;
    if (HARD_GAP.test(t.gap) || (t.stop & STOP_BOUNDARY) !== 0) return true;
  }
  return false;
}

/**
 * The hosts of a reception from the first one on (وكان في استقباله X رئيس ...، وY والي ...، ووزير
 * الثقافة الدكتور Z، وعدد من المسؤولين): each part after a comma that opens with و on a name or on a
 * title word names one more host, its first person not behind a preposition (with the names joined
 * to it by و); a part opening otherwise (ومن إدارة ...، وعدد من ...) or a full stop ends the list.
 * A person further inside a part is in its host's title (مدير مكتب الأمير Y), no host.
 */
export function receivers(s: SlotScope, first: Arg): Arg[] {
  const out = [...coordinated(s, first).filter((x) => x.t0 >= first.t0)];
  const last = Math.min(s.tokens.length - 1, first.t1 + RECEPTION_REACH);
  let open = false;
  for (let k = (out.at(-1) as Arg).t1 + 1; k <= last; k++) {
    const t = s.tokens[k] as Token;
    if (HARD_GAP.test(t.gap) || (t.stop & STOP_BOUNDARY) !== 0) break;
    if (/[،,]/.test(t.gap)) {
      // ، ووزير / ، والدكتور: و written on a title word (وزير، والي alone begin with و, no conjunction).
      const a = t.arg >= 0 ? s.args.find((x) => x.t0 === k) : undefined;
      const joined = t.norm.startsWith("و") && t.keys.includes(t.norm.slice(1));
      if (!joined && !a?.conj) break;
      // ، ومحمد X (a name the entity stage missed)، وعدد من المسؤولين: skipped, the list goes on.
      open = a ? a.type === "Person" : titleLike(t, s.lex);
    }
    if (!open || t.arg < 0) continue;
    const a = s.args.find((x) => x.t0 === k);
    if (!a || a.type !== "Person" || !usable(a) || a.prep !== "") continue;
    const group = coordinated(s, a).filter((x) => x.t0 >= a.t0);
    out.push(...group);
    k = (group.at(-1) as Arg).t1;
    open = false;
  }
  return out;
}

/** The first person after the trigger not behind a preposition (وكان في استقباله لدى وصوله مطار X الأمير Y). */
export function person(s: SlotScope): Arg | undefined {
  for (const a of s.args) {
    if (a.t0 <= s.te || a.t0 > s.right) continue;
    if (a.type === "Person" && usable(a) && a.prep === "") return a;
  }
  return undefined;
}

/**
 * Next entity after `from` (or after the trigger) not behind a preposition that `accept` takes
 * (one the relation can have as its target and no unnamed title's complement: استقبل الأمير X أمير
 * منطقة Y ... Z → Z, not Y).
 */
/** An office trigger (برئاسة، بقيادة): the person after it chairs or leads, no party of an event. */
const chairs = (x: Trigger): boolean => x.relation === "LEADS" && x.kind === "noun";

export function object(
  s: SlotScope,
  from: Arg | undefined,
  accept: (a: Arg) => boolean = () => true,
): Arg | undefined {
  // A subject found past the clause (خلال لقائه Y، أكد X) does not move the object's start.
  const last = from && coordinated(s, from).at(-1);
  const start = from && last && from.t0 > s.te && from.t0 <= s.right ? last.t1 : s.te;
  // Not inside a relative clause (أدانت X الهجوم الذي استهدف Y) nor the complement of an act
  // (نددت X بالاعتداء على السفارة الفلانية): Y is not the verb's object.
  // Nor after a word of company (تقاتل X إلى جانب Y، بمشاركة Y): Y acts with the subject; nor past
  // another event word (فهذا القتال يعطي Y، التحالف الذي تقوده X يقاتل Y): Y belongs to that event.
  let end = s.right;
  for (let k = start + 1; k <= s.right; k++) {
    const t = s.tokens[k] as Token;
    if (
      t.arg < 0 &&
      (hasKey(t, s.lex.relatives) ||
        hasKey(t, s.lex.actNouns) ||
        hasKey(t, s.lex.companions) ||
        // تستضيف X الملتقى برعاية Y، وقعت X الاتفاقية بحضور Y: a patron or a witness is no party.
        hasKey(t, s.lex.patronWords) ||
        t.keys.some((key) =>
          s.lex.triggers.get(key)?.some((x) => x.phrase.length === 1 && eventNoun(s, x)),
        ) ||
        // اجتماعها برئاسة X: who chairs the meeting is no party of it.
        (s.office !== true && t.keys.some((key) => s.lex.triggers.get(key)?.some(chairs))))
    ) {
      end = k;
      break;
    }
  }
  // وقصف الحوثيون وقوات صالح الأحياء: a conjunct of the subject is the subject too — of another
  // type as well (وأيد حلفاء بينهم حلف X والولايات المتحدة).
  const subjects = from ? coordinated(s, from) : [];
  const tail = subjects.at(-1);
  for (const a of s.args) {
    if (a.t0 <= start || a.t0 > end || subjects.includes(a)) continue;
    if (
      tail &&
      a.conj &&
      (a.t0 === tail.t1 + 1 || (a.t0 === tail.t1 + 2 && s.tokens[tail.t1 + 1]?.norm === "و"))
    )
      continue;
    // اتهم حزب X وتنظيم Y: a conjunct over a head word written with و (وتنظيم، وحركة) is the subject's too.
    const link = tail ? s.tokens[tail.t1 + 1] : undefined;
    if (
      link &&
      tail &&
      a.t0 === tail.t1 + 2 &&
      link.arg < 0 &&
      link.norm.startsWith("و") &&
      link.keys.some((k) => k !== link.norm && s.lex.transparent.has(k))
    )
      continue;
    if (
      usable(a) &&
      a.prep === "" &&
      a.entity !== from?.entity &&
      !describes(s, a) &&
      !placeOfHead(s, a) &&
      accept(a)
    )
      return a;
  }
  return undefined;
}

/**
 * في مقر الحكومة اليمنية، بمبنى القوات X: a transparent head after a noun behind a preposition is
 * a circumstance (where it happened), not the verb's object.
 */
function placeOfHead(s: SlotScope, a: Arg): boolean {
  const head = s.tokens[a.t0 - 1];
  const noun = s.tokens[a.t0 - 2];
  if (!head || !noun || head.arg >= 0 || noun.arg >= 0 || !hasKey(head, s.lex.transparent)) return false;
  if (/[،,.:؛;]/.test(head.gap) || /[،,.:؛;]/.test((s.tokens[a.t0] as Token).gap)) return false;
  if (/^[وف]?(ب|ل)/.test(noun.norm) && !noun.keys.includes(noun.norm.replace(/^[وف]/, ""))) return true;
  const p = s.tokens[a.t0 - 3];
  return (
    p !== undefined && p.arg < 0 && p.keys.some((k) => CIRCUMSTANTIAL.has(k)) && !/[،,.:؛;]/.test(noun.gap)
  );
}

/** A one-word trigger of an event (القتال، يقاتل، الزيارة), not of a standing fact (العاصمة، التابعة). */
const eventNoun = (s: SlotScope, t: Trigger): boolean => s.lex.types.get(t.relation)?.dated === true;

/**
 * A country's nisba after a noun behind a preposition (وزير حقوق الإنسان بالجمهورية اليمنية)
 * describes that noun: it is behind the preposition too, no party of the verb. So does one after
 * a definite noun that is the object itself (زار الوفد الكشفي الياباني، استقبل السفير الياباني):
 * unless the noun stands for its country (القوات، الحكومة) or is a place in it (العاصمة).
 */
function describes(s: SlotScope, a: Arg): boolean {
  const head = s.tokens[a.t0 - 1];
  if (!a.nisba || head === undefined || head.arg >= 0 || hasKey(head, s.lex.transparent)) return false;
  if (a.t0 - 1 <= s.te && a.t0 - 1 >= s.ts) return false;
  if (/[،,.:؛;“”«»"()]/.test((s.tokens[a.t0] as Token).gap)) return false;
  // ثلاثة رؤساء أمريكيين، وفداً يابانياً: an indefinite noun described too.
  return (
    !hasKey(head, s.lex.placeHeads) && !hasKey(head, s.lex.prepositions) && !/^[0-9٠-٩]+$/.test(head.norm)
  );
}

/** First entity after the trigger behind one of the prepositions. */
export function prep(s: SlotScope, preps: ReadonlySet<string>, personal = false): Arg | undefined {
  // الاتفاق الذي أبرمته الدول الكبرى مع Y: past a relative pronoun on another noun, Y belongs to
  // the relative clause (the trigger's own relative, الزيارة التي ..., right after it, does not count).
  let end = s.right;
  for (let k = s.te + 2; k <= s.right; k++) {
    const t = s.tokens[k] as Token;
    if (t.arg < 0 && hasKey(t, s.lex.relatives) && (s.tokens[k - 1] as Token).arg < 0) {
      end = k;
      break;
    }
    // بدأ لقاءه معهم حيال مزايا الاتفاق مع Y، بزيارة للمملكة لإيصال المساعدات لليمن: past another event
    // noun, Y is that noun's.
    if (
      personal &&
      t.arg < 0 &&
      !hasKey(t, s.lex.transparent) &&
      (hasKey(t, s.lex.actNouns) ||
        t.keys.some((key) =>
          s.lex.triggers.get(key)?.some((x) => x.phrase.length === 1 && x.kind === "noun" && eventNoun(s, x)),
        ))
    ) {
      end = k;
      break;
    }
  }
  for (const a of s.args) {
    if (a.t0 <= s.te || a.t0 > end) continue;
    if (usable(a) && preps.has(a.prep)) return host(s, a) ?? a;
  }
  return undefined;
}

/** للاجئين السوريين في لبنان: people helped where they live; the host, not their origin, receives. */
function host(s: SlotScope, a: Arg): Arg | undefined {
  if (!a.adjective || !hasKey(s.tokens[a.t0 - 1], s.lex.beneficiaries)) return undefined;
  const fi = s.tokens[a.t1 + 1];
  if (!fi || !fi.keys.includes("في") || fi.arg >= 0) return undefined;
  const b = s.args.find((x) => x.t0 === a.t1 + 2);
  return b && b.t0 <= s.right && usable(b) && (b.type === "Country" || b.type === "City") ? b : undefined;
}

/** The arguments joined by و right before the noun (فرنسا والسعودية ستوقعان اتفاقية): two parties. */
export function group(s: SlotScope): [Arg, Arg] | undefined {
  // ووقع الجانبان اتفاقية: the two parties named before.
  for (let k = s.ts - 1; k >= s.left && k >= s.ts - 3; k--) {
    const both = s.parties?.(k);
    if (both) return both;
  }
  const last = before(s);
  if (!last || !last.conj || last.prep !== "") return undefined;
  // السعودية وإسرائيل بسبب الاتفاق: the pair is right before the noun, or its verb (ستوقعان) is.
  if (s.ts - last.t1 > 2) return undefined;
  for (let k = last.t1 + 1; k < s.ts; k++) {
    const t = s.tokens[k] as Token;
    if (t.keys.some((key) => s.lex.prepositions.has(key)) || /^[وف]?[بل]/.test(t.norm)) return undefined;
  }
  const list = coordinated(s, last);
  const first = list[0];
  return first && first !== last && first.prep === "" && first.t0 >= s.left ? [first, last] : undefined;
}

/** The entity before a relative pronoun right before the trigger (X الذي تقوده Y → X). */
export function relhead(s: SlotScope): Arg | undefined {
  if (!hasKey(s.tokens[s.ts - 1], s.lex.relatives)) return undefined;
  for (let i = s.args.length - 1; i >= 0; i--) {
    const a = s.args[i] as Arg;
    if (a.t1 >= s.ts - 1) continue;
    return s.ts - 1 - a.t1 <= 3 && usable(a) ? a : undefined;
  }
  return undefined;
}

/** بين X وY after the trigger (within two words: مفاوضات ومباحثات بين ...). */
export function between(s: SlotScope): [Arg, Arg] | undefined {
  let b = -1;
  for (let k = s.te + 1; k <= Math.min(s.right, s.te + 3); k++) {
    if ((s.tokens[k] as Token).keys.includes("بين")) {
      b = k;
      break;
    }
  }
  if (b < 0) return undefined;
  // بحث اللقاء التعاون بين X وY: بين belongs to the nearer noun (التعاون), not to the trigger.
  for (let k = s.te + 1; k < b; k++) {
    const t = s.tokens[k] as Token;
    if (t.arg < 0 && t.keys.some((key) => s.lex.triggers.get(key)?.some((x) => x.kind === "noun")))
      return undefined;
  }
  const both = s.parties?.(b + 1);
  if (both) return both;
  const first = s.args.find((a) => a.t0 > b && a.t0 <= s.right && usable(a));
  if (!first || !(onlyTransparent(s, b, first.t0) || titledName(s, b, first))) return undefined;
  const second = s.args.find((a) => a.t0 > first.t1 && a.t0 <= first.t1 + 2 && a.t0 <= s.right + 1);
  if (second && second.conj && usable(second)) return [first, second];
  // بين X مع Y (news writes it too): the first party behind مع after the first.
  const other = s.args.find((a) => a.t0 > first.t1 && a.t0 <= s.right && a.prep === "مع" && usable(a));
  if (other) return [first, other];
  // بين X مع السفيرة المتجولة لمكتب Z بوزارة W Y: مع on the title governs the titled person.
  const m = s.tokens.findIndex((t, k) => k > first.t1 && k <= s.right && t.arg < 0 && t.keys.includes("مع"));
  if (m < 0 || first.type !== "Person") return undefined;
  if (!hasKey(s.tokens[m + 1], s.lex.titleWords)) return undefined;
  // The title's complements sit behind prepositions or are its modifiers; the first bare party is the holder.
  const titled = s.args.find((a) => a.t0 > m && a.t0 <= s.right + 1 && usable(a) && a.prep === "");
  return titled?.type === "Person" ? [first, titled] : undefined;
}

/** A person whose title fills the tokens after k (بين نائب وزير الخارجية الصيني X): title words, deputies, modifiers. */
function titledName(s: SlotScope, k: number, a: Arg): boolean {
  if (a.type !== "Person") return false;
  for (let j = k + 1; j < a.t0; j++) {
    const t = s.tokens[j] as Token;
    const modifier = t.arg >= 0 && (s.args[t.arg] as Arg).modifier;
    if (!modifier && !titleLike(t, s.lex) && !hasKey(t, s.lex.deputies)) return false;
  }
  return true;
}

/** Two nisbas after the noun: العلاقات السعودية الإيرانية. */
export function pair(s: SlotScope): [Arg, Arg] | undefined {
  const i = s.args.findIndex((a) => a.t0 > s.te && a.t0 <= s.te + 2);
  const a = s.args[i];
  const b = s.args[i + 1];
  if (!a || !b || !a.adjective || !b.adjective || b.t0 !== a.t1 + 1) return undefined;
  return [a, b];
}

/** A coordinated subject: التقى بايدن والكاظمي. */
export function coord(s: SlotScope): [Arg, Arg] | undefined {
  const both = s.parties?.(s.te + 1) ?? s.parties?.(s.ts - 1);
  if (both) return both;
  const a = subject(s);
  if (!a || a.t0 < s.te) return undefined;
  // واتفق فلان وفلان على إطلاع X وY: past a preposition the pair is its complement, not the subject.
  for (let k = s.te + 1; k < a.t0; k++) {
    const t = s.tokens[k] as Token;
    if (t.arg < 0 && t.keys.some((key) => s.lex.prepositions.has(key))) return undefined;
  }
  const b = s.args.find((x) => x.t0 > a.t1 && x.t0 <= a.t1 + 1);
  return b && b.conj && usable(b) ? [a, b] : undefined;
}

/** The noun a participle or apposition follows (جهاد أزعور، المدعوم من ...; الفاشر عاصمة ...). */
export function prev(s: SlotScope): Arg | undefined {
  const a = s.args.find((x) => x.t1 === s.ts - 1);
  return a && usable(a) && !a.pseudo ? a : undefined;
}

/**
 * A place introduced by its country's nisba right after the trigger: العاصمة الصينية بكين →
 * [Beijing, China]. The nisba is a modifier of the place, so it is read here, not as a slot.
 */
export function appos(s: SlotScope): [Arg, Arg] | undefined {
  const i = s.args.findIndex((a) => a.t0 === s.te + 1);
  const nisba = s.args[i];
  const place = s.args[i + 1];
  if (!nisba || !place || !nisba.adjective || nisba.type !== "Country" || place.t0 !== nisba.t1 + 1)
    return undefined;
  if (/[،,:؛;“”«»"]/.test((s.tokens[place.t0] as Token).gap)) return undefined;
  return place.type === "City" || place.type === "Location" ? [place, nisba] : undefined;
}

/**
 * x continues the list ending with y: joined by و (written on x or alone), same type. (Module
 * functions rather than closures here and in before(): tsx names a named closure with a
 * defineProperty call each time it is made.)
 */
function joins(tokens: readonly Token[], y: Arg, x: Arg, states = false): boolean {
  return (
    x.conj &&
    (x.type === y.type || (states && STATE_PARTIES.has(x.type) && STATE_PARTIES.has(y.type))) &&
    (x.prep === "" || x.prep === y.prep) &&
    (x.t0 === y.t1 + 1 || (x.t0 === y.t1 + 2 && tokens[y.t1 + 1]?.norm === "و"))
  );
}

/**
 * Round 39: نظيريه الألماني X والبريطاني Y — a person joined to the one before by و written on his
 * country's nisba (the nisba right after the first, the second name right after it).
 */
function overNisba(y: Arg, n: Arg, x: Arg): boolean {
  return (
    y.type === "Person" &&
    x.type === "Person" &&
    n.nisba &&
    n.conj &&
    n.t0 === y.t1 + 1 &&
    x.t0 === n.t1 + 1 &&
    (x.prep === "" || x.prep === y.prep)
  );
}

/** Round 39: a state and a body may be parties of one list (الولايات المتحدة والاتحاد الأوروبي). */
const STATE_PARTIES = new Set(["Country", "Organization"]);

/**
 * The arguments joined to `a` by و (مقاتلات أميركية وبريطانية، حزب الله وحركة أمل), `a` included.
 * With `states`, a country and an organisation join too (فرضت الولايات المتحدة والاتحاد الأوروبي عقوبات).
 */
export function coordinated(s: SlotScope, a: Arg, states = false): Arg[] {
  const { args, tokens } = s;
  let i = args.indexOf(a);
  if (i < 0) return [a];
  for (;;) {
    if (i > 0 && joins(tokens, args[i - 1] as Arg, args[i] as Arg, states)) i--;
    else if (i > 1 && overNisba(args[i - 2] as Arg, args[i - 1] as Arg, args[i] as Arg)) i -= 2;
    else break;
  }
  const group = [args[i] as Arg];
  for (let j = i + 1; j < args.length; j++) {
    const last = group[group.length - 1] as Arg;
    if (joins(tokens, last, args[j] as Arg, states)) group.push(args[j] as Arg);
    else if (j + 1 < args.length && overNisba(last, args[j] as Arg, args[j + 1] as Arg)) {
      group.push(args[j + 1] as Arg);
      j++;
    } else break;
  }
  return group.filter((x) => (usable(x) && !x.pseudo) || x === a);
}

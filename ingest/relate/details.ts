import type { Properties, RelationStatus, RelationType, Value } from "../model.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import type { Trigger } from "./lexicon.js";
import type { SlotScope } from "./slots.js";
import { normalizeForMatch } from "../text/normalize.js";
import { hasKey, lookup, tokenKeys } from "./tokens.js";
import type { Token } from "./tokens.js";

/** How far back a plan marker (من المتوقع، قرار، يعتزم) reaches; أعلن counts only right before. */
const PLAN_REACH = 12;
const ANNOUNCE_REACH = 2;

function nearest(
  values: Value[],
  kind: "date" | "money",
  lo: number,
  hi: number,
  at: number,
): Value | undefined {
  let best: Value | undefined;
  for (const v of values) {
    if (v.kind !== kind || v.start < lo || v.end > hi) continue;
    if (!best || Math.abs(v.start - at) < Math.abs(best.start - at)) best = v;
  }
  return best;
}

function statusOf(a: ArticleCtx, s: SlotScope, t: Trigger, at: number): RelationStatus | null {
  if (t.future) return "planned";
  for (let k = Math.max(0, s.ts - PLAN_REACH); k < s.ts; k++) {
    if (hasKey(s.tokens[k], a.lex.planned)) return "planned";
    if (s.ts - k <= ANNOUNCE_REACH && t.kind === "noun" && hasKey(s.tokens[k], a.lex.announce))
      return "planned";
  }
  if (a.inStatement(at)) return "reported";
  return t.kind === "verb" ? "done" : null;
}

/**
 * A past-tense form right after a plan or announcement word (أعلنت فرنسا سحب، قرار سحب) is the
 * verbal noun, not the verb: the noun reading of the same word gives the relation.
 */
export function masdarReading(a: ArticleCtx, s: SlotScope, t: Trigger): boolean {
  if (t.kind !== "verb" || t.present) return false;
  for (let k = s.ts - 1; k >= Math.max(0, s.ts - ANNOUNCE_REACH); k--) {
    if (hasKey(s.tokens[k], a.lex.announce) || hasKey(s.tokens[k], a.lex.planned)) return true;
  }
  return false;
}

/** How many words (past fillers) a denial may stand before the trigger, and how far it is looked for at most. */
const DENIAL_REACH = 4;
const DENIAL_SCAN = 8;
/** Words of an adverbial phrase of frequency (في بعض الأحيان، أحيانا، حتى الآن). */
const FREQUENCY = new Set(["بعض", "الاحيان", "احيانا", "غالبا", "عاده", "دائما", "الان", "حتي"]);
const filler = (a: ArticleCtx, t: Token): boolean =>
  t.arg < 0 && (FREQUENCY.has(t.norm) || t.keys.some((k) => a.lex.prepositions.has(k)));

/** لم / لن / لا right before a verb, عدم / دون before a noun: the relation is denied. */
export function negated(a: ArticleCtx, s: SlotScope, t: Trigger): boolean {
  const reach = t.kind === "verb" ? 2 : 1;
  for (let k = s.ts - 1; k >= Math.max(0, s.ts - reach); k--)
    if (hasKey(s.tokens[k], a.lex.negations)) return true;
  // لم يلتزموا بعد بدعم X، رفضت الحكومة إرسال مساعدات: a denial a few words before, with no name
  // or comma between, negates the noun or verb too.
  // ترفض في بعض الأحيان فرض عقوبات: a phrase of time or frequency between does not use up the reach.
  let words = 0;
  for (let k = s.ts - 1; k >= Math.max(s.left, s.ts - DENIAL_SCAN) && words < DENIAL_REACH; k--) {
    const tok = s.tokens[k] as Token;
    if (!filler(a, tok)) words++;
    // لن تبدأ إلا عندما تصل: an exception after the denial makes what follows it happen.
    if (tok.arg < 0 && /^(الا|سوي)$/.test(tok.norm)) break;
    if (/[،,]/.test((s.tokens[k + 1] as Token).gap)) break;
    if (tok.arg >= 0) {
      // وطالبت X بفرض عقوبات على Y، دعا X إلى: the subject right after the denial or call.
      const head = s.tokens[(s.args[tok.arg] as { t0: number }).t0 - 1];
      if (hasKey(head, a.lex.denials) && !/[،,]/.test((s.tokens[k] as Token).gap)) return true;
      break;
    }
    if (hasKey(tok, a.lex.denials)) return true;
  }
  // نفى X أن يكون قد التقى Y: what a denial reports did not happen.
  const verb = a.statementVerbAt((s.tokens[s.ts] as Token).start);
  return verb !== null && tokenKeys(normalizeForMatch(verb)).some((key) => a.lex.denials.has(key));
}

/** Words around «العلاقات» that say how relations are: before it (تعزيز العلاقات، توتر العلاقات) … */
const GOODWILL_BEFORE = 4;
/** … and after it: a bad word close (العلاقات ... بالصدام), a good one in the rest of the phrase (وهي علاقات متطورة). */
const BAD_AFTER = 3;
const GOOD_AFTER = 16;

/**
 * Properties of a framed relation: status, the nearest date (for a verbal noun only after it:
 * "بعد عشرين عاماً من الغزو" must not take the date of another event), and for FUNDED the nearest
 * money and the item given. Undefined when a transfer verb has neither money nor item (قدم استقالته).
 */
export function relationDetails(
  a: ArticleCtx,
  c: SentenceCtx,
  s: SlotScope,
  t: Trigger,
): Properties | undefined {
  const first = s.tokens[s.ts] as Token;
  const lo = (s.tokens[s.left] as Token).start;
  const hi = (s.tokens[s.right] as Token).end;
  // The gloss may end in a worked example for lexicon editors; the trigger is the gloss alone.
  const props: Properties = { trigger: t.en.replace(/\s*\([^)]*\)\s*$/, "") };
  // العلاقات: relations are cooperation only when the sentence says they are good or growing
  // (تعزيز العلاقات، علاقات متميزة), never when it says they are bad (توتر، الصدام).
  if (t.needsGoodwill) {
    const near = (from: number, to: number, words: ReadonlySet<string>): boolean =>
      s.tokens.slice(Math.max(0, from), to + 1).some((x) => x.arg < 0 && hasKey(x, words));
    if (near(s.ts - GOODWILL_BEFORE, s.te + BAD_AFTER, a.lex.badRelations)) return undefined;
    if (!near(s.ts - GOODWILL_BEFORE, s.te + GOOD_AFTER, a.lex.goodRelations)) return undefined;
  }
  // وقعت X مع Y مذكرة تفاهم: a verb of signing is cooperation only when an agreement is signed.
  if (
    t.needsAgreement &&
    !s.tokens.slice(s.te + 1, s.right + 1).some((x) => x.arg < 0 && hasKey(x, a.lex.agreementNouns))
  )
    return undefined;
  // أدرجت X Y وZ على قائمة العقوبات: a verb of listing is a sanction only onto a sanctions list.
  if (t.needsListing) {
    const listed = (k: number): boolean =>
      hasKey(s.tokens[k], a.lex.sanctionLists) &&
      s.tokens.slice(k + 1, k + 4).some((x) => x.arg < 0 && hasKey(x, a.lex.sanctionListKinds));
    let found = false;
    for (let k = s.te + 1; !found && k <= s.right; k++) found = (s.tokens[k] as Token).arg < 0 && listed(k);
    if (!found) return undefined;
  }
  if (t.relation === "FUNDED") {
    const money = nearest(c.values, "money", lo, hi, first.start);
    let item = t.kind === "noun" ? lookup(first, a.lex.items) : undefined;
    // المساعدات الغذائية التي يقدمها X: a relative clause gives what its head names, written before
    // it (over up to two adjectives); nothing after it is the thing given.
    const relative = t.kind === "noun" && hasKey(first, a.lex.relatives);
    for (let k = s.ts - 1; relative && !item && k >= Math.max(0, s.ts - 3); k--) {
      const x = s.tokens[k] as Token;
      if (x.arg >= 0 || /[،,.:؛;]/.test((s.tokens[k + 1] as Token).gap)) break;
      item = lookup(x, a.lex.items);
    }
    for (let k = s.te + 1; !relative && !item && k <= s.right; k++) item = lookup(s.tokens[k], a.lex.items);
    if (t.needsItem && !money && !item) return undefined;
    if (money) {
      props.amount = typeof money.value === "number" ? money.value : null;
      props.currency = money.currency ?? null;
    }
    if (item) props.item = item;
  }
  const status = statusOf(a, s, t, first.start);
  if (status) props.status = status;
  if (a.lex.types.get(t.relation)?.dated) {
    const date = nearest(c.values, "date", t.kind === "noun" ? first.start : lo, hi, first.start);
    if (date) {
      props.date = typeof date.value === "string" ? date.value : null;
      props.dateText = date.text;
    }
  }
  return props;
}

/**
 * Checks the argument types against the relation's; a capital written for its government
 * (باريس ستقدم مساعدات) stands for its country when the city itself cannot take the role.
 */
/** Whether entity `id` may fill the `end` of a relation of `type` (a capital for its country too). */
export function fitsEnd(a: ArticleCtx, type: RelationType, id: string, end: "source" | "target"): boolean {
  const spec = a.lex.types.get(type);
  const t = a.typeOf(id);
  if (!spec || !t) return false;
  const allowed = spec[end];
  return allowed.has(t) || (t === "City" && allowed.has("Country") && a.capitalOf(id) !== null);
}

export function fitTypes(
  a: ArticleCtx,
  type: RelationType,
  source: string,
  target: string,
): [string, string] | undefined {
  const spec = a.lex.types.get(type);
  if (!spec) return undefined;
  const fit = (id: string, allowed: ReadonlySet<string>): string | undefined => {
    const t = a.typeOf(id);
    if (t && allowed.has(t)) return id;
    const country = t === "City" ? a.capitalOf(id) : null;
    return country && allowed.has("Country") ? country : undefined;
  };
  const s = fit(source, spec.source);
  const t = fit(target, spec.target);
  return s && t && s !== t ? [s, t] : undefined;
}

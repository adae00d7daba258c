import { stripMarks } from "../text/normalize.js";
import type { Arg } from "./args.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import { spanAt } from "./search.js";
import type { SpeechState } from "./statements.js";
import { titleEndingAt } from "./title-match.js";
import { hasKey, lookup, reporting } from "./tokens.js";
import type { Token } from "./tokens.js";

/** Who speaks when the reporting verb does not name anyone right after it. */

/** How many words after a preposition an elided speaker's circumstance may take. */
const OBJECT_WORDS = 2;
/**
 * Time phrases between an elided speaker's verb and the content (وقال عشية عيد الجمهورية إن،
 * وأضاف غداة الاجتماع أن): the head governs the next words like a preposition.
 */
const TIME_HEADS = new Set(["عشيه", "عشية", "غداه", "غداة"]);
/** Punctuation that closes a clause when looking back for a subject. */
const CLAUSE_GAP = /[،,:؛;.!?؟]/;

/**
 * A speaker left implicit (وقال إن ...، وقال في بيان إن ...) continues the last subject; a subject
 * we do not know as an entity (وقال مسؤولون إن ...) must not.
 */
export function elided(
  a: ArticleCtx,
  c: SentenceCtx,
  verb: number,
  content: number,
  opens: ReadonlySet<string> = new Set(),
): boolean {
  // Words after a preposition are its object (خلال اللقاء، في مقابلة تلفزيونية، على منصة إكس).
  let object = 0;
  for (let k = verb + 1; k < content; k++) {
    const t = c.tokens[k] as Token;
    const arg = t.arg >= 0 ? (c.args[t.arg] as Arg) : undefined;
    // وذكر تقرير أن: an unnamed document is the verb's subject, no one named before.
    if (k === verb + 1 && !arg && hasKey(t, a.lex.documents) && !t.keys.some((x) => x.startsWith("ال")))
      return false;
    // وشدد -خلال جولته في X، والمشاعر أمس- على: an aside between dashes is no subject.
    const aside = asideEnd(a, c, k, content);
    if (aside !== undefined) {
      k = aside - 1;
      continue;
    }
    // عبر حسابه على منصة إكس: a platform marker governs its object like a preposition.
    if (
      hasKey(t, a.lex.prepositions) ||
      hasKey(t, a.lex.platformMarkers) ||
      hasKey(t, a.lex.timeWords) ||
      TIME_HEADS.has(t.norm)
    ) {
      object = OBJECT_WORDS;
      continue;
    }
    // وفقاً لما نقلته وكالة X: the source phrase runs to its name.
    if (hasKey(t, a.lex.sourceMarkers)) {
      object = OBJECT_WORDS + 1;
      continue;
    }
    const known =
      object-- > 0 ||
      (arg !== undefined && (arg.prep !== "" || relayed(a, c, arg))) ||
      hasKey(t, a.lex.complementizers) ||
      // وختم بالقول «...»، واختتم حديثه بالقول: the verb's own openers.
      (t.arg < 0 && hasKey(t, opens)) ||
      lookup(t, a.lex.media) !== undefined;
    const inValue = c.values.some((v) => v.start <= t.start && t.end <= v.end);
    if (!known && !inValue) return false;
    if (arg) {
      object = arg.t1 > k ? object + arg.t1 - k : object;
    }
  }
  return true;
}

/** How many words an aside between dashes may take (-خلال جولته التفقدية لمشاريع الوزارة-). */
const ASIDE_WORDS = 16;
const DASH = /[-–—ـ]/;
/** A dash opening an aside: a space before it (-خلال، - خلال), never a hyphen inside a name (مونج-جون). */
const OPEN_DASH = /\s[-–—ـ]+\s*$/;
/** A dash closing an aside: a space after it (أمس- على، أمس - على). Tatweel written alone counts. */
const CLOSE_DASH = /^\s*[-–—ـ]+\s/;
const ASIDE_STOP = /[.!?؟:؛;“”«»"]/;

/** The text between token `k` and the one before it, spaces kept (the token's gap drops them). */
const rawGap = (a: ArticleCtx, c: SentenceCtx, k: number): string => {
  const t = c.tokens[k] as Token;
  const prev = c.tokens[k - 1];
  return prev ? a.text.slice(prev.end, t.start) : ` ${a.text.slice(Math.max(0, t.start - 3), t.start)}`;
};

/**
 * The token after an aside opening at `k` (a dash before its first word, one after the last, each
 * written on the word or spaced: وشدد -خلال جولته- على، وقال X - رحمه الله - ...، tatweel written
 * alone as a dash), at most `limit`; undefined when `k` opens none.
 */
export function asideEnd(a: ArticleCtx, c: SentenceCtx, k: number, limit: number): number | undefined {
  const t = c.tokens[k] as Token;
  if (!DASH.test(t.gap) || !OPEN_DASH.test(rawGap(a, c, k))) return undefined;
  for (let j = k + 1; j <= Math.min(limit, k + ASIDE_WORDS); j++) {
    const next = c.tokens[j] as Token | undefined;
    if (!next || ASIDE_STOP.test(next.gap)) return undefined;
    if (DASH.test(next.gap)) return CLOSE_DASH.test(rawGap(a, c, j)) ? j : undefined;
  }
  return undefined;
}

/**
 * An entity that only carried or heard the words: after a source marker (وفقاً لما نقلته X، بحسب X)
 * or after an outlet or platform noun with ل or a platform preposition (في حديث لإذاعة X، على موقع
 * X، عبر حساب X). قال موقع X (the outlet noun right after the verb, no preposition) still speaks.
 */
export function relayed(a: ArticleCtx, c: SentenceCtx, arg: Arg): boolean {
  for (let k = arg.t0 - 1; k >= Math.max(0, arg.t0 - 3); k--) {
    const t = c.tokens[k] as Token;
    if (t.arg >= 0 || CLAUSE_GAP.test((c.tokens[k + 1] as Token).gap)) return false;
    if (hasKey(t, a.lex.sourceMarkers)) return true;
  }
  const head = c.tokens[arg.t0 - 1];
  if (!head || head.arg >= 0 || !hasKey(head, a.lex.outlets)) return false;
  if (/^[وف]?ل/.test(head.norm) && !a.lex.outlets.has(head.norm.replace(/^[وف]/, ""))) return true;
  const before = c.tokens[arg.t0 - 2];
  return before !== undefined && before.arg < 0 && hasKey(before, a.lex.platformMarkers);
}

/** A one-word title (وزير، المسؤول), not the last word of a longer one (رئيس الحكومة). */
const isTitleWord = (a: ArticleCtx, t: Token): boolean =>
  t.keys.some((k) => (a.lex.titles.get(k) ?? []).some((e) => e.phrase.length === 1));

/** A nisba closing a title (وزير المياه والري الأردني): a title word among the three words before it. */
export function afterTitle(a: ArticleCtx, c: Pick<SentenceCtx, "tokens">, arg: Arg): boolean {
  if (titleEndingAt(c.tokens, arg.t0 - 1, a.lex)) return true;
  // الرئاسة الفرنسية: an unnamed body speaks, not its country.
  const head = c.tokens[arg.t0 - 1];
  if (head && head.arg < 0 && hasKey(head, a.lex.unnamedBodies)) return true;
  for (let k = arg.t0 - 1; k >= Math.max(0, arg.t0 - 3); k--) {
    const t = c.tokens[k] as Token;
    if (t.arg >= 0 || /[،,.:؛;“”«»"]/.test((c.tokens[k + 1] as Token).gap)) return false;
    if (isTitleWord(a, t) || hasKey(t, a.lex.counterparts)) return true;
  }
  return false;
}

/** كان before a past verb (شركة X كانت أعلنت): the pluperfect, like قد. */
export const KANA = new Set(["كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"]);

/**
 * The subject written before the verb and قد or كان (وكان الرئيس X قد قال، شركة X كانت أعلنت), or
 * between كان and the verb (وكانت الهيئة X أقرت، وكان X أكد: the pluperfect with its subject first).
 */
export function frontedSpeaker(a: ArticleCtx, c: SentenceCtx, verb: number): string | undefined {
  const aux = c.tokens[verb - 1];
  if (aux && aux.arg >= 0) {
    const arg = c.args[aux.arg] as Arg;
    const kana = c.tokens[arg.t0 - 1];
    const plain =
      !CLAUSE_GAP.test((c.tokens[verb] as Token).gap) && !CLAUSE_GAP.test((c.tokens[arg.t0] as Token).gap);
    return arg.t1 === verb - 1 &&
      kana &&
      kana.arg < 0 &&
      KANA.has(kana.norm) &&
      plain &&
      !arg.modifier &&
      !arg.pseudo &&
      !arg.adjective &&
      arg.prep === ""
      ? arg.entity
      : undefined;
  }
  if (!hasKey(aux, a.lex.auxiliaries) && !(aux && aux.arg < 0 && KANA.has(aux.norm))) return undefined;
  const arg = c.args.find((x) => x.t1 === verb - 2);
  return arg && !arg.modifier && !arg.pseudo && arg.prep === "" ? arg.entity : undefined;
}

/**
 * A participle (مضيفاً، مؤكداً) continues the speaker of the statement before it in the sentence;
 * opening a sentence's second clause (وأدان X الضربات، معتبراً) it takes the sentence's subject —
 * a person named before it outside any quote — and only then the last speaker of the article.
 */
export function participleSpeaker(
  a: ArticleCtx,
  st: SpeechState,
  c: SentenceCtx,
  at: number,
): string | undefined {
  if (st.last && st.last.start >= c.start) return st.last.speaker;
  return sentenceSubject(a, st, c, (c.tokens[at] as Token).start) ?? st.last?.speaker ?? undefined;
}

/** The first person named in the sentence before `here`, outside quotes and not behind a preposition. */
export function sentenceSubject(
  a: ArticleCtx,
  st: SpeechState,
  c: SentenceCtx,
  here: number,
): string | undefined {
  // X والذي أوضح أن: the person a relative clause opens on speaks, whatever governs the name.
  const at = c.tokens.findIndex((t) => t.start >= here);
  const rel = c.tokens[at - 1];
  if (rel && rel.arg < 0 && hasKey(rel, a.lex.relatives)) {
    const x = c.args.find((y) => y.t1 === at - 2 && y.type === "Person" && !y.modifier && !y.pseudo);
    if (x && !spanAt(st.quotes, x.start)) return x.entity;
  }
  return c.args.find(
    (x) =>
      x.type === "Person" &&
      x.end <= here &&
      !x.modifier &&
      !x.pseudo &&
      x.prep === "" &&
      !quotedWords(st, x) &&
      !a.inStatement(x.start) &&
      !inPrepPhrase(a, c, x),
  )?.entity;
}

/**
 * A name inside quoted words, not a name written in quotes of its own (تحدث صاحب المزرعة "X"،
 * وقال: the quotes mark the name, which is still the subject).
 */
export function quotedWords(st: SpeechState, x: Arg): boolean {
  const q = spanAt(st.quotes, x.start);
  return q !== undefined && !(q.start >= x.start - 1 && q.end <= x.end + 1);
}

/** تحدث and its forms: a clause's own verb, which no prepositional phrase runs across. */
const TALK_VERBS = new Set(["تحدث", "تحدثت", "يتحدث", "تتحدث"].flatMap((v) => [v, `و${v}`, `ف${v}`]));

/**
 * A person inside a prepositional phrase of the clause (وعن خسائر X قال; ورفض تأكيد القبض على
 * شقيق X قائلاً) is an object, not the subject: the words back to the clause's start (a comma, the
 * sentence start, or a reporting verb whose subject it is) hold a preposition. من جهته، من جانبه
 * (a preposition before a pronoun-suffixed word) is a discourse marker, not an object.
 */
export function inPrepPhrase(a: ArticleCtx, c: SentenceCtx, x: Arg): boolean {
  for (let k = x.t0 - 1; k >= 0; k--) {
    const t = c.tokens[k] as Token;
    if (CLAUSE_GAP.test((c.tokens[k + 1] as Token).gap)) return false;
    if (t.arg >= 0) continue;
    if (reporting(t, a.lex.verbs)) return false;
    // وحول هذا الكتاب تتحدث X قائلة: a verb of talking right before the name is its verb.
    if (k === x.t0 - 1 && TALK_VERBS.has(t.norm)) return false;
    // Short words keep their و in their keys (وعن، وفي).
    if (!hasKey(t, a.lex.prepositions) && !a.lex.prepositions.has(t.norm.replace(/^[وف]/, ""))) continue;
    const next = c.tokens[k + 1] as Token;
    if (k + 1 < x.t0 && next.arg < 0 && /(ه|ها|هم|هما)$/.test(stripMarks(next.raw))) continue;
    return true;
  }
  return false;
}

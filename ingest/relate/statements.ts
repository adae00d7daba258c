import type { Entity, Statement } from "../model.js";
import { stripMarks } from "../text/normalize.js";
import type { Arg } from "./args.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import type { SubjectMark } from "./frames.js";
import type { RoleLog } from "./roles.js";
import {
  afterTitle,
  asideEnd,
  elided,
  frontedSpeaker,
  inPrepPhrase,
  KANA,
  participleSpeaker,
  quotedWords,
  relayed,
  sentenceSubject,
} from "./speakers.js";
import { core } from "./lexicon.js";
import { lastMarkBefore, spanAt } from "./search.js";
import { titleEndingAt } from "./title-match.js";
import type { ReportingWord } from "./lexicon.js";
import { hasKey, lookup, reporting } from "./tokens.js";
import type { Token } from "./tokens.js";

type Span = { start: number; end: number };

/** Everything the statement pass remembers while it reads the article in order. */
export interface SpeechState {
  quotes: Span[];
  /** Subjects of verbs in the sentence being read (a speaker is only looked for in its sentence). */
  subjects: SubjectMark[];
  roles: RoleLog;
  entities: Map<string, Entity>;
  /** Organisations seen so far, with the word written before them (وكالة “أسوشيتيد برس”). */
  seen: { entity: string; before: string[] }[];
  /** Persons seen so far, with the word written before them (للباحثة X): `resolve: "title"` coreferents. */
  titled: { entity: string; before: string[]; at: number }[];
  issuers: Map<string, string>;
  last: Statement | null;
  /**
   * The person the previous sentence opened on when it reported nothing (دان رئيس المجلس X الهجوم.
   * وقال إن ...): an elided speaker of the next sentence continues that subject.
   */
  lead: string | undefined;
  /**
   * The person last speaking or opening a sentence, with where: an honorific pronoun after the verb
   * (وقال سموه، وأضاف معاليه) stands for that person.
   */
  person?: { entity: string; at: number } | undefined;
  /** A dual reporting verb with no speaker (وقالا إن), waiting for the two the next sentence names. */
  dual?: { sentence: number; text: string; start: number; verb: string; medium: string | null } | undefined;
  /** The persons the previous sentence named (a dual verb opening the next one: التقى X Y. وأكدا أن). */
  named?: { sentence: number; persons: string[] } | undefined;
  /** Persons named as the subject of a feminine reporting verb (قالت X): an elided وأضافت may be theirs. */
  women?: Set<string>;
  /** Mentions of persons sorted by start, built once (titles written next to a name). */
  personMentions?: { start: number; end: number; entity: string }[];
}

/**
 * How far after the verb the content may open: long coordinated titles and circumstances sit
 * between them (أكد وزير الخارجية X، خلال مؤتمر صحفي في Y مع نظيره Z، أن ...).
 */
const REGION = 28;
/** How many organisation mentions back "the agency" may reach. */
const SEEN_WINDOW = 200;
const STOP_GAP = /[.؛;!?؟]/;
const COMMA = /[،,]/;
const COLON = /:/;
const OPEN_QUOTE = /[“«„"]/;
const NARRATION = new Set(["وذلك", "فيما", "بينما"]);
const MOOD_PARTICLES = new Set(["أن", "ان", "لن", "لم", "كي", "لكي", "ألا", "الا"]);
/**
 * Words before a present verb that make it a clause about something, not a report (وهو ما يؤكد أن،
 * مما يشير إلى أن، الذي يوضح): ما and its compounds; relative pronouns are checked from the grammar.
 */
const CLAUSE_HEADS = new Set([
  "ما",
  "مما",
  "بما",
  "لما",
  "وهو",
  "وهي",
  "هو",
  "هي",
  "وهذا",
  "هذا",
  "ذلك",
  "وذلك",
]);
const PLACES = new Set(["Country", "City", "Location"]);
/** How far after أصدر / أصدره the issuer of a document may be named (بيان أصدره المركز الإعلامي في X). */
const ISSUER_WORDS = 5;
/** How many words into a sentence its leading subject may be named (long titles come first). */
const LEAD_WORDS = 12;
/** Title words between two persons joined as speakers (والمثمن العقاري المعتمد Y). */
const CO_WORDS = 4;
/** How far back the first بين of «بين X وبين Y» may be. */
const BETWEEN_WORDS = 8;

const inside = (spans: Span[], at: number): Span | undefined => spanAt(spans, at);
/** المتحدث باسم X: the spokesperson's office speaks for X, so X is the speaker. */
const spokesperson = (t: Token | undefined): boolean =>
  t !== undefined && t.norm.replace(/^[وف]/, "") === "باسم";
const definite = (t: Token): boolean => t.keys.some((k) => k.startsWith("ال") && k.length >= 4);

function asWritten(t: Token): string {
  return /^[وف]/.test(t.raw) && t.keys[0] !== t.keys[1] && t.norm.length > 3 ? t.raw.slice(1) : t.raw;
}

/**
 * وأشارت الباحثة إلى: a title alone stands for the one person the article wrote it before (للباحثة
 * X، الباحث X) before `at`; none when no person or several were.
 */
function onlyTitled(st: SpeechState, head: string, at: number): string | undefined {
  let found: string | undefined;
  for (const s of st.titled) {
    if (s.at >= at || !s.before.includes(head)) continue;
    if (found !== undefined && found !== s.entity) return undefined;
    found = s.entity;
  }
  return found;
}

function resolveCoreferent(a: ArticleCtx, st: SpeechState, t: Token, at: number): string | undefined {
  const c = lookup(t, a.lex.coreferents);
  if (!c || !definite(t)) return undefined;
  if (c.resolve === "issuer") return st.issuers.get(c.head);
  if (c.resolve === "role") return st.roles.lastLike(at, c.role, SEEN_WINDOW);
  if (c.resolve === "title") return onlyTitled(st, c.head, at);
  for (let i = st.seen.length - 1; i >= Math.max(0, st.seen.length - SEEN_WINDOW); i--) {
    const s = st.seen[i] as SpeechState["seen"][number];
    const e = st.entities.get(s.entity);
    const kind = e?.properties.kind;
    // The head written before the name (وكالة “أسوشيتيد برس”) or opening it (وزارة الخارجية الجزائرية).
    const opens = e !== undefined && core(e.name.split(/\s+/)[0] ?? "") === c.head;
    if (s.before.includes(c.head) || opens || (typeof kind === "string" && c.kinds.includes(kind)))
      return s.entity;
  }
  return undefined;
}

/**
 * وبيّن X، وبين مدير الإدارة X: the verb is spelt as the preposition بين, which is then no
 * preposition of X — right after it, or over a title (its words no name of their own).
 */
const verbAsPrep = (c: SentenceCtx, i: number, arg: Arg): boolean =>
  (c.tokens[i] as Token).keys.includes(arg.prep) &&
  !c.args.some((x) => x.t0 > i && x.t0 < arg.t0 && x.type === "Person");

/**
 * Where the reported content starts after a reporting verb, and who speaks: the first entity
 * after the verb, the issuer of a بيان صادر عن X, or — only when no name follows — a coreferent
 * noun (الوكالة، البيان، المتحدث) resolved to the entity it stands for.
 */
function opening(a: ArticleCtx, st: SpeechState, c: SentenceCtx, i: number, word: ReportingWord) {
  if (word.document) return documentOpening(a, st, c, i);
  const { opens } = word;
  let speaker: string | undefined;
  let coreferent: string | undefined;
  let medium: string | null = null;
  let platform: string | null = null;
  let document: string | undefined;
  let headCoreferent = false;
  let headWord = false;
  let speakerArg: Arg | undefined;
  // وقال سموه، وأضاف معاليه: the honoured person named before speaks; names after are objects.
  let pronoun = false;
  // نقلت صحيفة X عن Y أن: X relays the words, the one after عن speaks (no one, when not named).
  let quoting = false;
  let relay: string | undefined;
  // أكد X حرصَ الوزارة، توقع X زيادةَ: where a noun-phrase content would open, right after the speaker.
  // وأكد أهميةَ ...: with no speaker named, only a known head of such a phrase opens it.
  let object: number | undefined =
    word.object && c.tokens[i + 1] && hasKey(c.tokens[i + 1], a.lex.objectHeads)
      ? objectStart(a, c, i + 1)
      : undefined;
  // وأكد X، والمثمن العقاري Y، أن: persons joined to the speaker by و before the content speak too.
  const also: string[] = [];
  const done = (content: number) => ({
    content,
    speaker: quoting ? speaker : (speaker ?? coreferent),
    medium,
    platform,
    also,
    pronoun,
    relay: quoting ? (relay ?? coreferent) : undefined,
  });
  // أكد، أعلن عن ... with a nisba alone as the speaker (كشفت وسائل الإعلام الأرجنتينية عن): the
  // unnamed body speaks, not its country.
  const phrase = (content: number) =>
    speakerArg?.adjective ? { ...done(content), speaker: coreferent } : done(content);
  // وأضاف X نحن ...، وقال X، نحن ...: a person's words right after the name, with no أن, colon or quote.
  let direct: number | undefined;
  let topicEnd: number | undefined;
  const fallback = () =>
    object !== undefined ? phrase(object) : direct !== undefined && !quoting ? done(direct) : undefined;
  for (let k = i + 1; k < c.tokens.length && k - i <= REGION; k++) {
    const t = c.tokens[k] as Token;
    // أعرب X؛ عن: a semicolon some papers write after the name, right before the opener.
    const lateOpener =
      /^[^.!?؟]*[؛;][^.!?؟]*$/.test(t.gap) &&
      speakerArg !== undefined &&
      k === speakerArg.t1 + 1 &&
      t.keys.some((x) => opens.has(x));
    if (STOP_GAP.test(t.gap) && !lateOpener) return fallback();
    // وشدد -خلال جولته لمشاريع الوزارة- على: names in an aside right after the verb or its
    // speaker are no speakers.
    const aside =
      k === i + 1 || (speakerArg !== undefined && k === speakerArg.t1 + 1) || (pronoun && k === i + 2)
        ? asideEnd(a, c, k, c.tokens.length - 1)
        : undefined;
    if (aside !== undefined) {
      k = aside - 1;
      continue;
    }
    const quote = OPEN_QUOTE.test(t.gap) ? inside(st.quotes, t.start) : undefined;
    const nameQuote = quote && t.arg >= 0 && (c.args[t.arg] as Arg).end >= quote.end - 1;
    // أعلنت الهيئة رفعَ التعليق عن أسهم شركة "X": a quote inside a noun-phrase content is its own.
    if (quote && !nameQuote && speakerArg !== undefined && object !== undefined && k > object + 1)
      return phrase(object);
    if (word.quoted) {
      // وواصل “...”، وختم بالقول «...»، واعترف X بأن: only a quote, colon or complementizer right
      // after the verb, the speaker or one of the verb's opens opens the words; واصل X عمله، ختم X
      // زيارته، زادت الأسعار بعد أن report nothing.
      const prev = c.tokens[k - 1] as Token;
      const afterSubject = k === i + 1 || (speakerArg !== undefined && k === speakerArg.t1 + 1);
      // علّق على X بأن: what the words are about, a few words long, sits before them.
      if (afterSubject && t.arg < 0 && t.keys.some((x) => word.topic.has(x))) topicEnd = k + TOPIC_WORDS;
      // وكان البنك أقر في مطلع العام بأن: a complementizer after a circumstance of the subject.
      const base = speakerArg ? speakerArg.t1 : i;
      const circumstance =
        hasKey(t, a.lex.complementizers) &&
        k > base + 2 &&
        hasKey(c.tokens[base + 1] as Token, a.lex.prepositions) &&
        elided(a, c, base, k);
      const right =
        afterSubject ||
        circumstance ||
        (topicEnd !== undefined && k <= topicEnd + 1) ||
        (prev.arg < 0 && prev.keys.some((x) => opens.has(x)));
      if ((COLON.test(t.gap) || (quote && !nameQuote)) && right && !word.thatOnly) return done(k);
      if (hasKey(t, a.lex.complementizers) && !/^[وف]/.test(t.raw) && right) return done(k + 1);
      if (COLON.test(t.gap) || quote || hasKey(t, a.lex.complementizers)) return undefined;
    } else {
      if (COLON.test(t.gap) || (quote && !nameQuote)) return done(k);
      // وأضاف بعد أن ...، وقال قبل أن ...: a subordinating أن opens a circumstance, not the words.
      if (hasKey(t, a.lex.complementizers) && !SUBORDINATORS.has((c.tokens[k - 1] as Token).norm))
        return done(k + 1);
    }
    // أشار إلى، شدد على: a name right after the word with no speaker yet is a title's complement
    // (وأشار المبعوث إلى سوريا X إلى أن), not the content.
    // عن طريق is «by way of» (وعبر X الحدود عن طريق Y: crossed), never the content.
    // Inside a noun-phrase content (أكد X حرصَ الوزارة على ...) على is that phrase's, not the opener.
    const opener =
      t.keys.some((x) => opens.has(x)) &&
      c.tokens[k + 1]?.norm !== "طريق" &&
      (object === undefined || k <= object);
    if (opener && !word.quoted && (speaker !== undefined || (c.tokens[k + 1]?.arg ?? -1) < 0))
      return phrase(k + 1);
    // Another reporting verb before any content: this one opens nothing (its own turn comes).
    if (
      t.arg < 0 &&
      !inside(st.quotes, t.start) &&
      !/^[وف]?(ال|لل|بال|كال)/.test(t.norm) &&
      (reporting(t, a.lex.verbs) ?? reporting(t, a.lex.participles))
    ) {
      // وأوضح X قائلاً: إن: a participle right after the speaker opens the content with this verb.
      if ((speaker ?? coreferent) !== undefined && !COMMA.test(t.gap) && reporting(t, a.lex.participles))
        continue;
      return fallback();
    }
    if (k === i + 1 && t.arg < 0 && hasKey(t, a.lex.honorificPronouns)) {
      pronoun = true;
      continue;
    }
    // نوّه X بالدعم، ونوّه بجهود X: the opener is a prefix of the first word noted, right after the
    // verb, its honorific or its speaker.
    if (
      (k === i + 1 || (pronoun && k === i + 2) || (speakerArg !== undefined && k === speakerArg.t1 + 1)) &&
      prefixOpener(a, c, t, word)
    )
      return phrase(k);
    // وأكد معاليه في ختام الزيارة أهميةَ ...: a known object head after a circumstance that follows
    // the verb, its honorific or its speaker.
    const base = speakerArg ? speakerArg.t1 : pronoun ? i + 1 : i;
    if (
      word.object !== false &&
      object === undefined &&
      t.arg < 0 &&
      k > base + 2 &&
      hasKey(t, a.lex.objectHeads) &&
      hasKey(c.tokens[base + 1] as Token, a.lex.prepositions) &&
      elided(a, c, base, k)
    ) {
      const start = objectStart(a, c, k);
      if (start !== undefined) return phrase(start);
    }
    // ونقل موقع X الإخباري عن Y قوله: a relaying outlet the article does not name still hands the
    // words to the one named after عن.
    if (
      word.relays &&
      !quoting &&
      t.arg < 0 &&
      t.norm === "عن" &&
      ((speaker ?? coreferent) !== undefined || (c.tokens[k + 1]?.arg ?? -1) >= 0)
    ) {
      quoting = true;
      relay = speaker ?? coreferent;
      speaker = undefined;
      speakerArg = undefined;
      continue;
    }
    const arg = t.arg >= 0 ? (c.args[t.arg] as Arg) : undefined;
    // A nisba the entity stage left outside a title (وزير المياه الأردني رائد X) gives way to the person;
    // So does an institution inside a long title (المفوض العام لوكالة X فيليب Y): a named person speaks.
    const weak = speakerArg !== undefined && (speakerArg.adjective || speakerArg.type !== "Person");
    // An unnamed official's nisba (قال وزير المياه الأردني إن) is not the country speaking.
    // Nor is the organisation or place an unnamed title names (قال محافظ X إن، قال رئيس اتحاد X إن).
    // وأضاف المتحدث الرسمي للهيئة أن: a spokesperson named before (the coreferent) speaks, not the body.
    const office =
      arg !== undefined &&
      officeOf(a, c, i, arg) &&
      !(coreferent !== undefined && spokespersonWord(a, c.tokens[i + 1]));
    const official =
      arg !== undefined &&
      !office &&
      ((arg.adjective && afterTitle(a, c, arg)) ||
        (arg.type !== "Person" &&
          !arg.adjective &&
          titleEndingAt(c.tokens, arg.t0 - 1, a.lex) !== undefined &&
          !spokesperson(c.tokens[arg.t0 - 1])) ||
        complement(a, c, i, arg));
    if (
      arg &&
      !pronoun &&
      !arg.modifier &&
      !official &&
      // وقال النادي الإسباني: the nisba is the club's, which the coreferent noun stands for.
      !(coreferent !== undefined && headCoreferent && arg.adjective) &&
      // وقال المرصد السوري: a nisba right after a body's head noun is that body's, even unresolved.
      !(headWord && arg.adjective && arg.t0 === i + 2) &&
      !relayed(a, c, arg) &&
      !pairedNisba(c, arg) &&
      !placeApposition(c, arg) &&
      // علّق على قرار X بأن: a name in what the words are about is not who says them.
      !(topicEnd !== undefined && k <= topicEnd) &&
      !facing(c, arg) &&
      // A name inside a noun-phrase content (وأكد دعمَ X لـ ...) is what is said, not who says it.
      (object === undefined || k <= object || speakerArg !== undefined) &&
      // وذكر المركز الإعلامي بنادي X: the press office speaks for X, whatever centre المركز resolves to.
      !(coreferent !== undefined && headCoreferent && arg.t0 > i + 2 && !quoting && !office) &&
      // ... but not a person inside a circumstance after it (قالت الوزارة بعد اجتماع مع السفيرة X إن).
      (!speaker || (weak && arg.type === "Person" && !inPrepPhrase(a, c, arg))) &&
      (!arg.prep || document || office || verbAsPrep(c, i, arg) || (quoting && arg.prep === "عن"))
    ) {
      speaker = arg.entity;
      speakerArg = arg;
      if (document) st.issuers.set(document, arg.entity);
      object = objectVerb(word, arg, i, c) ? objectStart(a, c, arg.t1 + 1) : undefined;
      direct = word.direct && arg.type === "Person" ? directStart(a, c, arg.t1 + 1, word.direct) : undefined;
    } else if (
      arg &&
      speakerArg &&
      arg.adjective &&
      arg.t0 === speakerArg.t1 + 1 &&
      objectVerb(word, speakerArg, i, c)
    ) {
      // أعلنت هيئة السوق المالية السعودية رفعَ: the noun-phrase content opens after the speaker's nisba.
      object = objectStart(a, c, arg.t1 + 1);
    } else if (arg && speakerArg && coSpeaker(c, speakerArg, arg, i) && !also.includes(arg.entity)) {
      also.push(arg.entity);
      speakerArg = arg;
    } else if (arg && medium && !platform && arg.prep && a.typeOf(arg.entity) === "Organization") {
      platform = arg.entity;
    }
    if (arg) {
      k = arg.t1;
      continue;
    }
    if (k === i + 1) {
      coreferent = resolveCoreferent(a, st, t, t.start);
      const resolve = lookup(t, a.lex.coreferents)?.resolve;
      headCoreferent = resolve !== "role" && resolve !== "title";
      headWord = resolve === "head" && definite(t);
      // وعبر نائب خادم الحرمين الشريفين عن: a whole title with no name is the one person titled so.
      // وأكد أعضاؤه أن: the body the sentence named before the verb speaks through its members.
      if (coreferent === undefined && hasKey(t, a.lex.memberPronouns)) {
        coreferent = c.args.findLast(
          (x) => x.t1 < i && !x.modifier && !x.pseudo && a.typeOf(x.entity) === "Organization",
        )?.entity;
        headCoreferent = false;
      }
      // وأوضح معالي وزير الصحة أن: an honorific before the bare title.
      const from = t.arg < 0 && hasKey(t, a.lex.honorifics) ? k + 1 : k;
      const held =
        coreferent === undefined
          ? (bareTitleSpeaker(a, st, c, from) ?? writtenTitleSpeaker(a, st, c, from))
          : undefined;
      if (held) {
        coreferent = held.person;
        headCoreferent = false;
        k = held.end;
        continue;
      }
      if (!coreferent && hasKey(t, a.lex.documents)) document = t.keys.find((x) => a.lex.documents.has(x));
    } else if (k === i + 2 && document && !coreferent && /^[وف]?ل/.test(t.norm)) {
      // بيان للوزارة: the issuer written as a coreferent noun after the document.
      coreferent = resolveCoreferent(a, st, t, t.start);
      if (coreferent) st.issuers.set(document, coreferent);
    }
    medium ??= lookup(t, a.lex.media) ?? null;
  }
  // وقالت الوزارة بعد اجتماع بين X وY ... إن: past a long circumstance, the verb's own cue still opens it.
  // Only for a subject right after the verb: a name deep in the circumstance is no speaker.
  const near = speakerArg ? speakerArg.t0 <= i + LATE_SUBJECT : coreferent !== undefined;
  if (near && !quoting && object === undefined && direct === undefined) {
    const late = lateOpening(a, st, c, i + REGION + 1, i + LATE_REGION, opens);
    if (late !== undefined) return done(late);
  }
  return fallback();
}

/** بالدعم، بجهود after نوّه: a word written with one of the verb's prefix openers, no preposition itself. */
function prefixOpener(a: ArticleCtx, c: SentenceCtx, t: Token, word: ReportingWord): boolean {
  if (t.norm.length < 4 || hasKey(t, a.lex.prepositions) || hasKey(t, a.lex.complementizers)) return false;
  const arg = t.arg >= 0 ? (c.args[t.arg] as Arg) : undefined;
  return word.prefixOpens.some((p) => t.norm.startsWith(p) && (arg === undefined || arg.prep === p));
}

/** How many words the topic of a `quoted` verb may take (علّق على قرار الاتحاد الأخير بأن). */
const TOPIC_WORDS = 4;

/** How far after جاء في بيان the content may open (بيان صادر عن المركز الإعلامي لوزارة X أمس أن). */
const DOCUMENT_REGION = 12;

/**
 * جاء في بيان لوزارة X أن، وجاء في البيان أن، أصدرت X بياناً جاء فيه أن: the words of a document,
 * spoken by its issuer — a name within a few words after the document, a coreferent noun after it
 * (بيان الوزارة), or the issuer noted for that document (the definite البيان، or فيه after it). No
 * issuer, no speaker: the verb never falls back on the last one.
 */
function documentOpening(a: ArticleCtx, st: SpeechState, c: SentenceCtx, i: number) {
  const t1 = c.tokens[i + 1];
  if (!t1 || t1.arg >= 0) return undefined;
  const keyOf = (t: Token) => t.keys.find((x) => a.lex.documents.has(x));
  let speaker: string | undefined;
  let k: number;
  let medium: string | null = null;
  if (t1.norm === "فيه" || t1.norm === "فيها") {
    // بياناً جاء فيه: the document just before the verb, its issuer noted for this sentence.
    const doc = c.tokens[i - 1];
    const key = doc && doc.arg < 0 ? keyOf(doc) : undefined;
    if (key === undefined) return undefined;
    speaker = st.issuers.get(key);
    medium = lookup(doc as Token, a.lex.media) ?? null;
    k = i + 2;
  } else if (t1.norm === "في") {
    const doc = c.tokens[i + 2];
    const key = doc && doc.arg < 0 ? keyOf(doc) : undefined;
    if (doc === undefined || key === undefined) return undefined;
    medium = lookup(doc, a.lex.media) ?? null;
    const arg = c.args.find(
      (x) =>
        x.t0 > i + 2 &&
        x.t0 <= i + 2 + ISSUER_WORDS &&
        !x.adjective &&
        !x.modifier &&
        !PLACES.has(a.typeOf(x.entity) ?? ""),
    );
    if (arg) {
      speaker = arg.entity;
      st.issuers.set(key, arg.entity);
      k = arg.t1 + 1;
    } else {
      // وجاء في بيان النادي الإنجليزي: a coreferent noun may stand for another club than the last
      // one named; only the definite document whose issuer was noted speaks.
      if (definite(doc) && !c.tokens[i + 3]?.keys.some((x) => a.lex.coreferents.has(x)))
        speaker = st.issuers.get(key);
      k = i + 3;
    }
  } else return undefined;
  if (speaker === undefined) return undefined;
  for (; k < c.tokens.length && k <= i + DOCUMENT_REGION; k++) {
    const t = c.tokens[k] as Token;
    if (STOP_GAP.test(t.gap)) return undefined;
    const quote = OPEN_QUOTE.test(t.gap) ? inside(st.quotes, t.start) : undefined;
    const done = (content: number) => ({
      content,
      speaker,
      medium,
      platform: null,
      also: [] as string[],
      pronoun: false,
      relay: undefined,
    });
    if (COLON.test(t.gap) || quote) return done(k);
    if (hasKey(t, a.lex.complementizers) && !/^[وف]/.test(t.raw)) return done(k + 1);
  }
  return undefined;
}

/** How many words after the verb the subject of a late content must start (a time word between). */
const LATE_SUBJECT = 3;
/** How far after the verb a complementizer may still open the content, past REGION (a cue, not any word). */
const LATE_REGION = 60;
/** Words after which أن is a subordinator, not the reported content's (بعد أن، قبل أن، منذ أن، إلا أن). */
const SUBORDINATORS = new Set([
  "بعد",
  "وبعد",
  "قبل",
  "وقبل",
  "منذ",
  "الا",
  "إلا",
  "حتى",
  "كما",
  "بدلا",
  "بدل",
]);

/**
 * A content opening past REGION: a complementizer (إن، أن، أنه) right after a name, a comma or the
 * verb's own opener (إلى أن، على أن), with no sentence end, other reporting verb or open quote
 * before it; not a subordinating أن (بعد أن، قبل أن).
 */
function lateOpening(
  a: ArticleCtx,
  st: SpeechState,
  c: SentenceCtx,
  from: number,
  to: number,
  opens: ReadonlySet<string>,
): number | undefined {
  for (let k = from; k < c.tokens.length - 1 && k <= to; k++) {
    const t = c.tokens[k] as Token;
    if (STOP_GAP.test(t.gap) || COLON.test(t.gap)) return undefined;
    if (inside(st.quotes, t.start)) return undefined;
    if (t.arg >= 0) continue;
    if (
      !/^[وف]?(ال|لل|بال|كال)/.test(t.norm) &&
      (reporting(t, a.lex.verbs) ?? reporting(t, a.lex.participles))
    )
      return undefined;
    // وأنه، وأن: a clause joined to something said inside the circumstance, not the verb's content.
    if (!hasKey(t, a.lex.complementizers) || /^[وف]/.test(t.raw)) continue;
    const prev = c.tokens[k - 1] as Token;
    if (prev.arg < 0 && prev.keys.some((x) => opens.has(x))) return k + 1;
    if (SUBORDINATORS.has(prev.norm) || hasKey(prev, a.lex.prepositions)) continue;
    if (prev.arg >= 0 || COMMA.test(t.gap)) return k + 1;
  }
  return undefined;
}

/** A plural reporting verb (قالوا، وأوضحوا): it never continues one speaker named before. */
function isPlural(a: ArticleCtx, t: Token): boolean {
  const bare = t.norm.replace(/^[وف]/, "");
  return bare.endsWith("وا") && a.lex.verbs.has(bare) && a.lex.verbs.has(bare.slice(0, -2));
}

/**
 * A verb listed only with a conjunction or a shadda (بين «between», عبر «via») written bare as the
 * first word of its sentence, or after حيث / كما: بين مدير الإدارة X أن ... is «explained».
 */
function bareVerb(a: ArticleCtx, c: SentenceCtx, i: number): ReportingWord | undefined {
  const t = c.tokens[i] as Token;
  const w = lookup(t, a.lex.verbs);
  if (!w?.conjoined || /^[وف]/.test(t.norm)) return undefined;
  const before = c.tokens[i - 1];
  return i === 0 || (before !== undefined && before.arg < 0 && BARE_VERB_AFTER.has(before.norm))
    ? w
    : undefined;
}
const BARE_VERB_AFTER = new Set(["حيث", "كما"]);

/** How far after the verb the speaker of a quote before it may be named (قال وزير المالية X). */
const AFTER_QUOTE_WORDS = 6;

/**
 * «...»، قال X، "..." قال وزير X للصحفيين: a quotation ending right before the verb (its closing
 * mark and a comma at most between) is the words of the person or body named right after the verb,
 * when the verb opens no content of its own. Not for verbs that need their own cue (`quoted`),
 * relays or documents, nor for a quotation already reported.
 */
function quoteBefore(
  a: ArticleCtx,
  st: SpeechState,
  c: SentenceCtx,
  i: number,
  word: ReportingWord,
): Statement | undefined {
  if (word.quoted || word.relays || word.document) return undefined;
  const t = c.tokens[i] as Token;
  // Only a closing mark in the few characters before the verb sends us looking for its quotation.
  if (!/[”»"″]/.test(a.text.slice(Math.max(0, t.start - 4), t.start))) return undefined;
  const q = st.quotes.findLast((x) => x.end < t.start);
  if (!q || !/^[”»"″]\s*[،,]?\s*$/u.test(a.text.slice(q.end, t.start))) return undefined;
  if (a.inStatement(q.start) || q.end - q.start < 2) return undefined;
  const who = namedRightAfter(c, i);
  if (!who) return undefined;
  const text = a.text.slice(q.start, q.end).trim();
  if (text === "") return undefined;
  return {
    speaker: who.entity,
    text,
    start: q.start,
    end: q.start + text.length,
    verb: asWritten(t),
    source: null,
    medium: null,
    about: [
      ...new Set(
        c.args
          .filter((x) => x.start >= q.start && x.end <= q.end && x.entity !== who.entity)
          .map((x) => x.entity),
      ),
    ],
  };
}

/**
 * The person or body named within a few words after the verb at i, with no punctuation between
 * («…»، قال X / على ما ذكرت صحيفة X): the one who reported.
 */
function namedRightAfter(c: SentenceCtx, i: number): Arg | undefined {
  const who = c.args.find(
    (x) =>
      x.t0 > i && x.t0 <= i + AFTER_QUOTE_WORDS && !x.adjective && !x.modifier && !x.pseudo && x.prep === "",
  );
  if (!who || (who.type !== "Person" && who.type !== "Organization")) return undefined;
  for (let k = i + 1; k <= who.t0; k++)
    if (/[،,.:؛;!?؟()“”«»"]/.test((c.tokens[k] as Token).gap)) return undefined;
  return who;
}

/** «على ما / بحسب ما / حسبما» before a verb: what it reports is the rest of the sentence. */
const AS_MARKERS = new Set(["على", "بحسب", "حسب", "وفق", "وفقا", "طبقا"].map(core));
const AS_FUSED = new Set(["حسبما", "بحسبما", "وفقما", "طبقما"].map(core));
const MA = new Set(["ما"]);

/**
 * وأنجبت طفلة، على ما ذكرت صحيفة X / حسبما أعلنت وزارة X: the clause before the marker is what
 * the one named right after the verb reported; «وبحسب ما ذكرت X، فإن ...» opening the sentence: the
 * words after the comma.
 */
function sourceClause(a: ArticleCtx, c: SentenceCtx, i: number, word: ReportingWord): Statement | undefined {
  if (word.quoted || word.relays || word.document) return undefined;
  const is = (k: number, set: ReadonlySet<string>) => {
    const n = c.tokens[k]?.norm ?? "";
    return c.tokens[k]?.arg === -1 && (set.has(n) || set.has(n.replace(/^و/, "")));
  };
  let m: number;
  if (is(i - 1, AS_FUSED)) m = i - 1;
  else if (is(i - 1, MA) && is(i - 2, AS_MARKERS)) m = i - 2;
  else return undefined;
  const who = namedRightAfter(c, i);
  if (!who) return undefined;
  let from: number;
  let to: number;
  if (m > 0) {
    from = 0;
    to = m - 1;
  } else {
    const k = c.tokens.findIndex((t, x) => x > who.t1 && COMMA.test(t.gap));
    if (k < 0) return undefined;
    from = /^[فو]?[إا]ن$/.test((c.tokens[k] as Token).norm) ? k + 1 : k;
    to = c.tokens.length - 1;
  }
  if (to - from < 2) return undefined;
  const start = (c.tokens[from] as Token).start;
  const text = a.text.slice(start, (c.tokens[to] as Token).end).replace(/[\s،,]+$/u, "");
  return {
    speaker: who.entity,
    text,
    start,
    end: start + text.length,
    verb: asWritten(c.tokens[i] as Token),
    source: null,
    medium: null,
    about: [
      ...new Set(
        c.args
          .filter((x) => x.start >= start && x.end <= start + text.length && x.entity !== who.entity)
          .map((x) => x.entity),
      ),
    ],
  };
}

/** How many words an office may take before its body (إدارة العلاقات العامة والإعلام بـ X). */
const OFFICE_WORDS = 5;

/**
 * وذكر المركز الإعلامي بنادي X أن، وأكدت إدارة العلاقات العامة والإعلام بوزارة X، المتحدث الرسمي
 * لهيئة X: an unnamed press office (`offices` head and a `officeWords` word, statements.json) right
 * after the verb speaks for the body behind ب / ل after it; a person named after still speaks.
 */
function officeOf(a: ArticleCtx, c: SentenceCtx, verb: number, arg: Arg): boolean {
  // بنادي X with the club known by its bare name: the head noun behind ب / ل is outside the name.
  const head = c.tokens[arg.t0 - 1];
  const behind = arg.prep === "" && head !== undefined && head.arg < 0 && /^[بل][^ال]/.test(head.norm);
  if (arg.type !== "Organization" || (arg.prep !== "ب" && arg.prep !== "ل" && !behind)) return false;
  if (arg.t0 <= verb + 2 || arg.t0 > verb + 1 + OFFICE_WORDS) return false;
  const spokes = spokespersonWord(a, c.tokens[verb + 1]);
  if (!spokes && !hasKey(c.tokens[verb + 1], a.lex.offices)) return false;
  // المتحدث الرسمي بوزارة X، فلان الفلاني، عن: a spokesperson named after a comma (a name the
  // entity stage may not know) speaks, not the body.
  const next = c.tokens[arg.t1 + 1];
  if (spokes && next && COMMA.test(next.gap) && next.arg < 0 && !hasKey(next, a.lex.complementizers))
    return false;
  let press = spokes;
  for (let k = verb + 1; k < arg.t0; k++) {
    const t = c.tokens[k] as Token;
    if (t.arg >= 0 || (k > verb + 1 && /[،,.:؛;!?؟()“”«»"]/.test(t.gap))) return false;
    press ||= hasKey(t, a.lex.officeWords);
  }
  return press;
}

/**
 * وكان المركز الإعلامي بنادي X قد أعلن، وكانت إدارة العلاقات العامة بوزارة X أوضحت: the press office
 * as the pluperfect's subject between كان and the verb (قد may stand before it) speaks for the body.
 */
function frontedOffice(a: ArticleCtx, c: SentenceCtx, verb: number): string | undefined {
  const end = hasKey(c.tokens[verb - 1], a.lex.auxiliaries) ? verb - 2 : verb - 1;
  const arg = c.args.find((x) => x.t1 === end);
  if (!arg) return undefined;
  for (let k = arg.t0 - 3; k >= Math.max(0, arg.t0 - 1 - OFFICE_WORDS); k--) {
    const t = c.tokens[k] as Token;
    if (t.arg < 0 && KANA.has(t.norm)) return officeOf(a, c, k, arg) ? arg.entity : undefined;
  }
  return undefined;
}

/** المتحدث، الناطق (a `Spokesperson` coreferent): صرح المتحدث الأمني لوزارة X with no name speaks for X. */
const spokespersonWord = (a: ArticleCtx, t: Token | undefined): boolean =>
  t !== undefined && t.arg < 0 && lookup(t, a.lex.coreferents)?.role === "Spokesperson";

/** How far before أن the سبق of «وسبق لـ X أن قال» may be. */
const SABAQA_WORDS = 6;

/**
 * وسبق لمجلة X أن كشفت، سبق للوزير X أن قال: the one named between سبق and أن is the subject of the
 * verb after أن (the name, not its nisba or a title's complement).
 */
function sabaqaSpeaker(a: ArticleCtx, c: SentenceCtx, verb: number): string | undefined {
  const an = c.tokens[verb - 1];
  if (!an || an.arg >= 0 || !/^[أا]ن$/.test(an.norm)) return undefined;
  for (let k = verb - 2; k >= Math.max(0, verb - 1 - SABAQA_WORDS); k--) {
    const t = c.tokens[k] as Token;
    if (STOP_GAP.test((c.tokens[k + 1] as Token).gap)) return undefined;
    if (t.arg >= 0 || !/^[وف]?سبق$/.test(t.norm)) continue;
    const who = c.args.find(
      (x) =>
        x.t0 > k &&
        x.t1 < verb - 1 &&
        !x.adjective &&
        !x.modifier &&
        !x.pseudo &&
        (x.type === "Person" || x.type === "Organization"),
    );
    return who?.entity;
  }
  return undefined;
}

/** A dual reporting verb (قالا، وأكدا، وأضافا): a listed form ending in ا whose stem is a form too. */
function isDual(a: ArticleCtx, t: Token): boolean {
  const bare = t.norm.replace(/^[وف]/, "");
  return /[^و]ا$/.test(bare) && a.lex.verbs.has(bare) && a.lex.verbs.has(bare.slice(0, -1));
}

/** How many words a bare title after a reporting verb may have (نائب خادم الحرمين الشريفين). */
const BARE_TITLE_WORDS = 6;

/**
 * A definite title right after the reporting verb with no name, complement or nisba after it
 * (وأعرب نائب رئيس مجلس الوزراء عن، وقال وزير الخارجية إن) stands for the one person the article
 * titled exactly so before (`RoleLog.onlyHolderBefore`), as a bare title after an event verb does
 * (`withBareTitles`). Not when two were (two foreign ministers) or when the title is indefinite
 * (وقال مسؤول: an official, not the one named).
 */
function bareTitleSpeaker(
  a: ArticleCtx,
  st: SpeechState,
  c: SentenceCtx,
  k: number,
): { person: string; end: number } | undefined {
  for (let end = Math.min(c.tokens.length - 2, k + BARE_TITLE_WORDS - 1); end >= k; end--) {
    const m = titleEndingAt(c.tokens, end, a.lex);
    // نائب خادم الحرمين الشريفين، نائب وزير الخارجية: a deputy word before the title (as titles.ts reads it).
    const deputy = m !== undefined && m.first === k + 1 && hasKey(c.tokens[k], a.lex.deputies);
    if (!m || (m.first !== k && !deputy)) continue;
    const role = deputy ? `Deputy ${m.title.en}` : m.title.en;
    const last = c.tokens[end] as Token;
    if (!definite(last)) return undefined;
    for (let x = k; x <= end; x++) {
      const w = c.tokens[x] as Token;
      if (w.arg >= 0 || (x > k && /[،,.:؛;“”«»"()]/.test(w.gap))) return undefined;
    }
    const next = c.tokens[end + 1] as Token;
    if (
      !/[،,.:؛;]/.test(next.gap) &&
      (next.arg >= 0 ||
        hasKey(next, a.lex.titleWords) ||
        hasKey(next, a.lex.honorifics) ||
        lookup(next, a.lex.titleModifiers) !== undefined)
    )
      return undefined;
    const person = st.roles.onlyHolderBefore((c.tokens[k] as Token).start, role, SEEN_WINDOW);
    return person && a.typeOf(person) === "Person" ? { person, end } : undefined;
  }
  return undefined;
}

/** How far back (characters) a title written next to a name is looked for. */
const TITLE_REACH = 6000;
type PersonMention = { start: number; end: number; entity: string };

/** Text between a title written in the article and the person it is written next to (X، رئيس ...). */
const NEXT_TO = /^[\s،,]*$/;

/**
 * A definite title of two words or more right after the reporting verb, up to its words' end (a
 * complementizer, opener, colon, quote or name), with no name of its own (وأضاف رئيس الجالية
 * العراقية "...", وأكد المستشار العسكري العراقي أن): the one person the article wrote those very words
 * right before or after (رئيس الجالية العراقية X، X المستشار العسكري للرئيس العراقي) earlier — a name
 * after the words first. A nisba ending the title may be dropped (its complement written between).
 * None when two persons were written with them.
 */
function writtenTitleSpeaker(
  a: ArticleCtx,
  st: SpeechState,
  c: SentenceCtx,
  k: number,
): { person: string; end: number } | undefined {
  const first = c.tokens[k];
  if (!first || first.arg >= 0 || !hasKey(first, a.lex.titleWords)) return undefined;
  let end = k;
  for (let x = k + 1; x < c.tokens.length && x < k + BARE_TITLE_WORDS; x++) {
    const w = c.tokens[x] as Token;
    if (/[،,.:؛;“”«»"()]/.test(w.gap) || hasKey(w, a.lex.complementizers)) break;
    const arg = w.arg >= 0 ? (c.args[w.arg] as Arg) : undefined;
    if (arg && !arg.adjective) return undefined;
    if (!arg && !definite(w)) break;
    end = arg ? arg.t1 : x;
    if (arg) break;
  }
  if (end === k) return undefined;
  const last = c.tokens[end] as Token;
  const nisba = last.arg >= 0 && (c.args[last.arg] as Arg).adjective;
  st.personMentions ??= [...st.entities.values()]
    .filter((e) => e.type === "Person")
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id })))
    .sort((x, y) => x.start - y.start);
  const mentions = st.personMentions;
  // The first mention starting at or after `at` (binary search: each look-up stays logarithmic).
  const firstFrom = (at: number): number => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((mentions[mid] as PersonMention).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const holder = (to: number): string | undefined => {
    const phrase = a.text.slice(first.start, (c.tokens[to] as Token).end);
    const found = new Set<string>();
    const from = Math.max(0, c.start - TITLE_REACH);
    for (let p = a.text.indexOf(phrase, from); p >= 0 && p < c.start; p = a.text.indexOf(phrase, p + 1)) {
      const q = p + phrase.length;
      if (/[\p{L}\p{M}]/u.test(a.text[q] ?? "")) continue;
      const next = mentions[firstFrom(q)];
      const after =
        next && next.start - q <= 2 && NEXT_TO.test(a.text.slice(q, next.start)) ? next : undefined;
      let before: PersonMention | undefined;
      for (let j = firstFrom(p) - 1; j >= 0 && j >= firstFrom(p - 60) - 1; j--) {
        const m = mentions[j] as PersonMention;
        if (m.end <= p && p - m.end <= 3 && NEXT_TO.test(a.text.slice(m.end, p))) before = m;
      }
      const who = after ?? before;
      if (who) found.add(who.entity);
    }
    return found.size === 1 ? [...found][0] : undefined;
  };
  const person = holder(end) ?? (nisba && end - k >= 2 ? holder(end - 1) : undefined);
  return person ? { person, end } : undefined;
}

/** A bare بين (بين، بينه، بينها، بينهم) in the words before: وبين after it is its second half. */
function betweenBefore(c: SentenceCtx, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - BETWEEN_WORDS); k--)
    if (/^بين(ه|ها|هم|هما|نا)?$/.test((c.tokens[k] as Token).norm)) return true;
  return false;
}

/**
 * A person joined to the speaker by و (X وY، X، والمثمن Y): the و on the name or on the first of at
 * most CO_WORDS title words between them, none of them a name.
 */
function coSpeaker(c: SentenceCtx, speaker: Arg, arg: Arg, verb: number): boolean {
  if (arg.modifier || arg.prep) return false;
  if (speaker.type !== "Person") return coBody(c, speaker, arg, verb);
  if (arg.type !== "Person") return false;
  if (arg.entity === speaker.entity || arg.t0 - speaker.t1 - 1 > CO_WORDS) return false;
  const first = c.tokens[speaker.t1 + 1] as Token;
  if (!/^و/.test(first.raw) || /[.:؛;!?؟]/.test(first.gap)) return false;
  for (let k = speaker.t1 + 1; k < arg.t0; k++) if ((c.tokens[k] as Token).arg >= 0) return false;
  return true;
}

/**
 * Two nisbas joined by و after one noun (الجيشين السوري والعراقي، الجانبين الأمريكي والروسي) qualify
 * that noun's two referents: neither country is the speaker.
 */
function pairedNisba(c: SentenceCtx, arg: Arg): boolean {
  if (!arg.adjective) return false;
  const next = c.args.find((x) => x.t0 === arg.t1 + 1);
  if (next !== undefined && next.adjective && /^و/.test((c.tokens[next.t0] as Token).raw)) return true;
  const prev = c.args.find((x) => x.t1 === arg.t0 - 1);
  return prev !== undefined && prev.adjective && /^و/.test((c.tokens[arg.t0] as Token).raw);
}

/**
 * قال من X (Y)، قال في X، Y: a place written right after a place behind a preposition names where
 * the words were said (the wider region of that town), never who says them.
 */
function placeApposition(c: SentenceCtx, arg: Arg): boolean {
  if (!PLACES.has(arg.type)) return false;
  const prev = c.args.find((x) => x.t1 === arg.t0 - 1);
  return prev !== undefined && prev.prep !== "" && PLACES.has(prev.type);
}

/**
 * حققت الشركة X أرباحاً ... وقالت إنها: an elided verb joined by و inside the sentence continues
 * the body named right after the verb the sentence opens on (its subject, verb first), when no
 * person was named before it.
 */
function openingBody(a: ArticleCtx, st: SpeechState, c: SentenceCtx, verb: number): string | undefined {
  const first = c.tokens[0];
  const t = c.tokens[verb] as Token;
  if (!first || first.arg >= 0 || !/^و/.test(t.raw)) return undefined;
  const bare = first.norm.replace(/^[وف]/, "");
  if (hasKey(first, a.lex.prepositions) || a.lex.prepositions.has(bare) || definite(first)) return undefined;
  const x = c.args.find((y) => y.t0 >= 1 && y.t0 <= 2 && y.t1 < verb);
  if (!x || x.prep !== "" || x.adjective || x.modifier || x.pseudo || !BODIES.has(x.type)) return undefined;
  if (inside(st.quotes, x.start) || a.inStatement(x.start)) return undefined;
  return speaks(a, st, x.entity, t) ? x.entity : undefined;
}

/** Conjunctions of time after which a verb continues the subject of its sentence's main clause. */
const WHEN = new Set(["عندما", "حين", "حينما", "لما", "بعدما", "حيث"]);

/**
 * عزز المدرب X الفرضية عندما قال من Y “...”: a verb right after عندما / حين names no subject of
 * its own; the person the main clause opened on speaks (when the verb's gender allows him or her).
 */
function whenSpeaker(a: ArticleCtx, st: SpeechState, c: SentenceCtx, verb: number): string | undefined {
  const before = c.tokens[verb - 1];
  if (!before || before.arg >= 0 || !WHEN.has(before.norm.replace(/^و/, ""))) return undefined;
  const t = c.tokens[verb] as Token;
  const who = sentenceSubject(a, st, c, t.start);
  return speaks(a, st, who, t) ? who : undefined;
}

/** أمام «in front of, against», which the grammar does not list as a preposition. */
const FACING = new Set(["امام", "أمام"]);

/**
 * بعد خسارة فريقه أمام X الإنجليزي: the side faced (and its nisba) is no subject of the verb.
 */
function facing(c: SentenceCtx, arg: Arg): boolean {
  const head = (k: number) => {
    const t = c.tokens[k - 1];
    return t !== undefined && t.arg < 0 && FACING.has(t.norm.replace(/^[وف]/, ""));
  };
  if (head(arg.t0)) return true;
  const prev = c.args.find((x) => x.t1 === arg.t0 - 1);
  return arg.adjective && prev !== undefined && head(prev.t0);
}

/**
 * Who an elided speaker (وأضاف أن، وقالت إن) may continue: a person or a body; a country only with a
 * feminine verb (a state is feminine: وأضافت); never a town, region or site (a place the last
 * speaker spoke from, a country named as where something happened).
 */
function speaks(a: ArticleCtx, st: SpeechState, entity: string | undefined, verb: Token): boolean {
  const type = entity === undefined ? undefined : a.typeOf(entity);
  const feminine = feminineVerb(a, verb);
  if (type === "Organization") return true;
  // وأضافت، وكشفت: a woman — one who spoke with a feminine verb before, or a given name written
  // with a feminine ending — never a man.
  if (type === "Person")
    return (
      !feminine ||
      st.women?.has(entity as string) === true ||
      womanNamed(st.entities.get(entity as string)?.name)
    );
  return type === "Country" && feminine;
}

/**
 * قالت، أضافت، تضيف: a feminine form — a past form whose ت ends a listed masculine form (لفت، بيّن
 * are masculine), or a present form whose ي form is listed.
 */
function feminineVerb(a: ArticleCtx, verb: Token): boolean {
  const bare = verb.norm.replace(/^[وف]/, "");
  const listed = (w: string) => a.lex.verbs.has(w) || a.lex.participles.has(w);
  return (
    (bare.endsWith("ت") && listed(bare.slice(0, -1))) ||
    (bare.startsWith("ت") && listed(`ي${bare.slice(1)}`)) ||
    // مشيرةً، مؤكدةً: a participle whose masculine form (مشيراً) is listed.
    (/[ةه]$/.test(bare) && listed(`${bare.slice(0, -1)}ا`))
  );
}

/** A given name with a feminine ending (فاطمة، هدى، زهراء); a man's name so written (حمزة) is rare. */
const womanNamed = (name: string | undefined): boolean =>
  name !== undefined && /(ة|ى|اء)$/.test(name.trim().split(/\s+/)[0] ?? "");

/** Bodies and states that speak together. */
const BODIES = new Set(["Country", "Organization"]);

/**
 * A state or body joined to a state or body speaking right after the verb (تقول الولايات المتحدة
 * وحليفتها X، أعلنت X وY أن): right after و, or after one word with a possessive ending (وحليفتها، وشريكها، وجارتها)
 * — not a nisba after a noun (والمعارضة السورية is the opposition, not the country), not a person.
 */
function coBody(c: SentenceCtx, speaker: Arg, arg: Arg, verb: number): boolean {
  if (!BODIES.has(speaker.type) || !BODIES.has(arg.type) || speaker.adjective) return false;
  // The subject right after the verb (a time word at most between), not in a parenthesis (a quote).
  if (speaker.t0 > verb + 2 || /[()]/.test((c.tokens[speaker.t0] as Token).gap)) return false;
  if (arg.entity === speaker.entity) return false;
  const first = c.tokens[speaker.t1 + 1] as Token;
  if (!/^و/.test(first.raw) || /[.:؛;!?؟،,]/.test(first.gap)) return false;
  if (arg.t0 === speaker.t1 + 1) return true;
  const written = stripMarks(first.raw);
  return arg.t0 === speaker.t1 + 2 && first.arg < 0 && /(ه|ها)$/.test(written) && written.length > 4;
}

/**
 * A place named after an unnamed noun (أعلنت جائزة X، قال سكان X): the noun's complement, not the speaker.
 */
function complement(a: ArticleCtx, c: SentenceCtx, verb: number, arg: Arg): boolean {
  if (arg.adjective || arg.t0 <= verb + 1 || !PLACES.has(a.typeOf(arg.entity) ?? "")) return false;
  const head = c.tokens[arg.t0 - 1] as Token;
  return (
    head.arg < 0 &&
    !/[،,:؛;.!?؟()“”«»"]/.test(c.tokens[arg.t0]?.gap ?? "") &&
    !hasKey(head, a.lex.prepositions)
  );
}

/**
 * Whether a noun-phrase content may follow the speaker: always for أكد، توقع; for أعلن only when the
 * speaker is named right after the verb (أعلن ... تعرضَ مهاجم الفريق X لإصابة: X is in the content).
 */
const objectVerb = (word: ReportingWord, speaker: Arg, verb: number, c: SentenceCtx): boolean =>
  word.object === true ||
  (word.object === "near" &&
    // وأعلن الفرنسي X ترشحه: a nisba right after the verb, then the name, is still near.
    (speaker.t0 === verb + 1 ||
      c.args.some((x) => x.adjective && x.t0 === verb + 1 && x.t1 === speaker.t0 - 1)));

/**
 * Direct speech right after a person's name (وأضاف X نحن لا ...، وقال X، إننا ...): a plain word,
 * after a comma at most, that is no preposition, time word, verb, complementizer or name.
 */
function directStart(a: ArticleCtx, c: SentenceCtx, k: number, how: "any" | "opener"): number | undefined {
  const t = c.tokens[k];
  if (how === "opener" && !hasKey(t, a.lex.speechOpeners)) return undefined;
  // قال X، رئيس فريق ...: an apposition, not the words.
  if (!t || hasKey(t, a.lex.titleWords)) return undefined;
  if (!t || t.arg >= 0 || /[:؛;.!?؟()\-–—“”«»"]/.test(t.gap) || c.tokens[k + 1] === undefined)
    return undefined;
  if (hasKey(t, a.lex.timeWords) || c.values.some((v) => v.start <= t.start && t.end <= v.end))
    return undefined;
  return objectStart(a, c, k, true);
}

/**
 * A noun-phrase content right after the speaker (أكد X حرصَ الوزارة على ...): a plain word with no
 * punctuation before it, not a preposition (a circumstance: خلال، في), a name or another verb.
 */
function objectStart(a: ArticleCtx, c: SentenceCtx, k: number, comma = false, skips = 0): number | undefined {
  const t = c.tokens[k];
  // أكد X، أهميةَ ...: a known head of such a phrase may follow a comma after the name.
  const head = comma || hasKey(t, a.lex.objectHeads);
  if (!t || t.arg >= 0 || (head ? /[:؛;.!?؟()\-–—]/ : /[،,:؛;.!?؟()\-–—]/).test(t.gap)) return undefined;
  if (hasKey(t, a.lex.prepositions) || a.lex.prepositions.has(t.norm.replace(/^[وف]/, ""))) return undefined;
  // أكد X عبر تغريدة: a platform marker opens a circumstance.
  if (hasKey(t, a.lex.platformMarkers)) return undefined;
  if (reporting(t, a.lex.verbs) ?? reporting(t, a.lex.participles)) return undefined;
  if (hasKey(t, a.lex.complementizers) || hasKey(t, a.lex.auxiliaries)) return undefined;
  // أعلن البنك المركزي الجمعة خفضَ ...، أكد X اليوم حرصَ: the phrase opens after the time word.
  if (hasKey(t, a.lex.timeWords)) return skips < 2 ? objectStart(a, c, k + 1, comma, skips + 1) : undefined;
  return k;
}

/**
 * The reported content from token `from`: up to the sentence end, the next reporting verb or
 * participle after a comma, or narration resuming (، وذلك). Quote marks are kept balanced; a
 * content that is exactly one quotation is given without its marks.
 */
function contentSpan(a: ArticleCtx, st: SpeechState, c: SentenceCtx, from: number): Span {
  let last = from;
  for (let k = from + 1; k < c.tokens.length; k++) {
    const t = c.tokens[k] as Token;
    if (!inside(st.quotes, t.start)) {
      if (STOP_GAP.test(t.gap)) break;
      const verb = reporting(t, a.lex.participles) ?? reporting(t, a.lex.verbs);
      if (COMMA.test(t.gap) && (verb || t.keys.some((x) => NARRATION.has(x)))) break;
    }
    last = k;
  }
  const first = c.tokens[from] as Token;
  const lastTok = c.tokens[last] as Token;
  const qFirst = inside(st.quotes, first.start);
  const opensAtStart = qFirst !== undefined && first.start - qFirst.start <= 1;
  let start = opensAtStart ? qFirst.start - 1 : first.start;
  let end = lastTok.end;
  const qLast = inside(st.quotes, lastTok.start);
  if (qLast && qLast.end - end <= 2 && qLast.start - 1 >= start) end = qLast.end + 1;
  if (opensAtStart && qLast === qFirst && end === qFirst.end + 1) {
    start = qFirst.start;
    end = qFirst.end;
  }
  return { start, end };
}

function sourceOf(a: ArticleCtx, st: SpeechState, c: SentenceCtx): string | null {
  for (let k = 0; k < c.tokens.length; k++) {
    const t = c.tokens[k] as Token;
    if (inside(st.quotes, t.start) && t.arg < 0) continue;
    if (!hasKey(t, a.lex.sourceMarkers)) continue;
    const arg = c.args.find((x) => x.t0 > k && x.t0 <= k + 3);
    if (arg) return arg.entity;
  }
  return null;
}

/** Statements of one sentence: reporting verbs and participles outside quotes, with their speakers. */
export function sentenceStatements(a: ArticleCtx, st: SpeechState, c: SentenceCtx): Statement[] {
  const out: Statement[] = [];
  const source = sourceOf(a, st, c);
  c.args.forEach((arg) => {
    const prev = c.tokens[arg.t0 - 1];
    if (a.typeOf(arg.entity) === "Person" && prev && prev.arg < 0 && !arg.pseudo) {
      st.titled.push({ entity: arg.entity, before: prev.keys, at: arg.start });
      if (st.titled.length > 2 * SEEN_WINDOW) st.titled.splice(0, SEEN_WINDOW);
    }
    if (a.typeOf(arg.entity) !== "Organization") return;
    st.seen.push({ entity: arg.entity, before: prev ? prev.keys : [] });
    // Only the last SEEN_WINDOW are read: trimming keeps a long article's memory bounded.
    if (st.seen.length > 2 * SEEN_WINDOW) st.seen.splice(0, SEEN_WINDOW);
  });
  noteIssuers(a, st, c);
  const lead = st.lead;
  st.lead = undefined;
  // وقالا لـ X إن ... . وأكد X، وY، أن: the two speakers the next sentence names speak the dual's words.
  const dual = st.dual?.sentence === c.index - 1 ? st.dual : undefined;
  st.dual = undefined;
  let unknown = false;
  for (let i = 0; i < c.tokens.length; i++) {
    const t = c.tokens[i] as Token;
    if (t.arg >= 0 || inside(st.quotes, t.start)) continue;
    const verb = reporting(t, a.lex.verbs) ?? reporting(t, a.lex.documentVerbs) ?? bareVerb(a, c, i);
    const participle = verb ? undefined : reporting(t, a.lex.participles);
    if (!verb && !participle) continue;
    // The article makes a noun (استطلاع الرأي، للرأي is no رأى; التابع no تابع).
    if (/^[وف]?(ال|لل|بال|كال)/.test(t.norm)) continue;
    // تريد أن ترى، لن يقول: a present verb after a particle of the subjunctive or jussive is
    // what someone wants or will not do, not a report.
    const before = c.tokens[i - 1];
    const present = presentVerb(a, t);
    if (present && MOOD_PARTICLES.has(before?.norm ?? "")) continue;
    // وهو ما يؤكد أن، مما يشير إلى أن، التقرير الذي يوضح: a present verb after ما or a relative
    // pronoun says what a fact shows; its subject is no speaker.
    const fronted = present && frontedCircumstance(a, c, i);
    if (
      present &&
      before !== undefined &&
      !fronted &&
      (CLAUSE_HEADS.has(before.norm) || hasKey(before, a.lex.relatives))
    )
      continue;
    // هذا المشروع يؤكد على، الأرقام تشير إلى: a present verb right after its subject (a name or a
    // definite noun, no comma between) describes; a report puts the verb first (ويؤكد X، يقول X).
    if (
      present &&
      before !== undefined &&
      !fronted &&
      !/[،,:؛;.!?؟()“”«»"]/.test(t.gap) &&
      (before.arg >= 0 || /^(ال|هذ|ذلك|تلك)/.test(before.norm))
    )
      continue;
    // بينه وبين زملائه: «and between», the second half of بين ... وبين, not وبيّن.
    if (t.norm === "وبين" && betweenBefore(c, i)) continue;
    const open = opening(a, st, c, i, (verb ?? participle) as ReportingWord);
    if (!open || open.content >= c.tokens.length) {
      // «...»، قال X: the words quoted right before the verb, its speaker named after it.
      const q =
        verb && !participle ? (quoteBefore(a, st, c, i, verb) ?? sourceClause(a, c, i, verb)) : undefined;
      if (q) {
        out.push(q);
        st.last = q;
        if (a.typeOf(q.speaker) === "Person") st.person = { entity: q.speaker, at: q.start };
      }
      continue;
    }
    // An unknown speaker (وقال مسؤولون إن ...، مضيفين; وأعرب المبعوث ...، وقال إنه) owns the
    // participles and elided verbs after it in the sentence.
    let speaker = participle
      ? participleSpeaker(a, st, c, i)
      : (open.speaker ??
        frontedSpeaker(a, c, i) ??
        frontedOffice(a, c, i) ??
        whenSpeaker(a, st, c, i) ??
        sabaqaSpeaker(a, c, i));
    if (!participle && open.pronoun && !open.speaker)
      speaker = sentenceSubject(a, st, c, t.start) ?? st.person?.entity;
    // وقالا إن، وأكدا أن with no name: the two persons named before, never one of them alone.
    const dualVerb = !participle && isDual(a, t);
    let pair: string[] | undefined;
    if (!speaker && dualVerb && !unknown && elided(a, c, i, open.content, verb?.opens)) {
      pair = dualPair(a, st, c, i);
      speaker = pair?.[0];
    }
    if (
      !speaker &&
      !dualVerb &&
      !isPlural(a, t) &&
      !participle &&
      !unknown &&
      elided(a, c, i, open.content, (verb ?? participle)?.opens)
    ) {
      const mark = lastMarkBefore(st.subjects, t.start, c.start);
      speaker =
        mark && !a.inStatement(mark.offset) && !(mark.arg && inPrepPhrase(a, c, mark.arg))
          ? mark.entity
          : undefined;
      // The previous sentence's subject only for a verb opening its sentence (not after a fronted
      // subject the entity stage did not know: لكن موقع X قال).
      speaker ??=
        sentenceSubject(a, st, c, t.start) ?? (i <= 1 ? lead : openingBody(a, st, c, i)) ?? st.last?.speaker;
      if (!speaks(a, st, speaker, t)) speaker = undefined;
    }
    // مشيرةً after a man, مشيراً after a state: the participle agrees with whom it continues.
    if (participle && !speaks(a, st, speaker, t)) speaker = undefined;
    if (participle && unknown) continue;
    unknown = !speaker && (!participle || unknown);
    const { start, end } = contentSpan(a, st, c, open.content);
    const text = a.text.slice(start, end).replace(/[\s،,]+$/u, "");
    if (!speaker && !participle && isDual(a, t) && text.trim() !== "")
      st.dual = { sentence: c.index, text, start, verb: asWritten(t), medium: open.medium };
    if (!speaker) continue;
    if (text.trim() === "") continue;
    if (dual && out.length === 0 && !participle && speaker === open.speaker && open.also.length === 1) {
      for (const who of [speaker, ...open.also]) {
        out.push({
          speaker: who,
          text: dual.text,
          start: dual.start,
          end: dual.start + dual.text.length,
          verb: dual.verb,
          source: null,
          medium: dual.medium,
          about: [],
        });
      }
    }
    const about = [
      ...new Set(
        c.args.filter((x) => x.start >= start && x.end <= end && x.entity !== speaker).map((x) => x.entity),
      ),
    ];
    const s: Statement = {
      speaker,
      text,
      start,
      end: start + text.length,
      verb: asWritten(t),
      source:
        open.relay && open.relay !== speaker
          ? open.relay
          : source && source !== speaker
            ? source
            : participle
              ? (st.last?.source ?? null)
              : null,
      medium: open.medium ?? (participle ? (st.last?.medium ?? null) : null),
      about,
    };
    if (open.platform) s.platform = open.platform;
    out.push(s);
    if (!participle && speaker === open.speaker)
      for (const other of open.also)
        out.push({ ...s, speaker: other, about: about.filter((x) => x !== other) });
    for (const other of pair?.slice(1) ?? [])
      out.push({ ...s, speaker: other, about: about.filter((x) => x !== other) });
    st.last = s;
    if (a.typeOf(speaker) === "Person") st.person = { entity: speaker, at: start };
    if (speaker === open.speaker && a.typeOf(speaker) === "Person" && feminineVerb(a, t))
      (st.women ??= new Set()).add(speaker);
    i = Math.max(i, open.content - 1);
  }
  st.named = { sentence: c.index, persons: namedPersons(a, st, c, c.tokens.length) };
  // وحثّ معاليه الموظفين على ... . وقال: an honorific pronoun after the first verb is the person
  // spoken of before, whom the next sentence's elided verb continues.
  const opener =
    leadSubject(a, st, c) ??
    (c.tokens[0]?.arg === -1 && c.tokens[1] !== undefined && hasKey(c.tokens[1], a.lex.honorificPronouns)
      ? st.person?.entity
      : undefined);
  if (out.length === 0) st.lead = opener ?? reportingBody(a, st, c);
  if (opener && out.length === 0) st.person = { entity: opener, at: c.start };
  return out;
}

/**
 * A present form (يؤكد، تشير): ي first, or ت first where the ي form is listed too — توقعت، تابع
 * are past forms that happen to start with ت (وكانت الهيئة توقعت أن is a report).
 */
function presentVerb(a: ArticleCtx, t: Token): boolean {
  if (/^ي/.test(t.norm)) return true;
  const listed = (w: string) => a.lex.verbs.has(w) || a.lex.participles.has(w);
  return /^ت/.test(t.norm) && listed(`ي${t.norm.slice(1)}`);
}

/** Heads of a fronted concession (ورغم ذلك يقول X، ومع ذلك تقول X) besides the prepositions. */
const CONCESSIONS = new Set(["رغم", "برغم", "بالرغم"]);
/** Words before a present verb that keep it a clause about something even after a circumstance. */
const FACT_HEADS = new Set(["ما", "مما", "بما", "لما", "وهو", "وهي", "هو", "هي"]);
/** How many words a fronted circumstance before a present reporting verb may take. */
const FRONTED_WORDS = 4;

/**
 * وفي هذا الصدد يقول X، ورغم ذلك يقول X، وحول هذا الكتاب تتحدث X: a present verb after a
 * circumstance that opens its clause (a preposition or رغم, then its object up to the verb) reports;
 * the noun or ذلك before it is that circumstance's object, not the verb's subject. ما and relative
 * pronouns right before the verb (في الوقت الذي يؤكد، وهو ما يشير) still make it a clause about a fact.
 */
function frontedCircumstance(a: ArticleCtx, c: SentenceCtx, i: number): boolean {
  const before = c.tokens[i - 1];
  if (!before || FACT_HEADS.has(before.norm) || hasKey(before, a.lex.relatives)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 1 - FRONTED_WORDS); k--) {
    const t = c.tokens[k] as Token;
    if (/[،,:؛;.!?؟()“”«»"]/.test((c.tokens[k + 1] as Token).gap)) return false;
    if (t.arg >= 0 || hasKey(t, a.lex.relatives)) continue;
    const bare = t.norm.replace(/^[وف]/, "");
    if (hasKey(t, a.lex.prepositions) || a.lex.prepositions.has(bare) || CONCESSIONS.has(bare))
      return k === 0 || /[،,:؛;.!?؟]/.test(t.gap);
  }
  return false;
}

/** The distinct persons written in the sentence before token `before`, outside quotes and statements. */
function namedPersons(a: ArticleCtx, st: SpeechState, c: SentenceCtx, before: number): string[] {
  const persons: string[] = [];
  for (const x of c.args) {
    if (x.t1 >= before || x.type !== "Person" || x.modifier || x.pseudo) continue;
    if (inside(st.quotes, x.start) || a.inStatement(x.start) || persons.includes(x.entity)) continue;
    persons.push(x.entity);
  }
  return persons;
}

/**
 * The two speakers of a dual verb with no name (عقد X وY مؤتمراً، وقالا إن; التقى X نظيره Y. وأكدا
 * أن): exactly two persons named before it in its sentence, or, when its sentence named none, in
 * the sentence before. Any other count gives none (the dual then waits for the next sentence).
 */
function dualPair(a: ArticleCtx, st: SpeechState, c: SentenceCtx, verb: number): string[] | undefined {
  const here = namedPersons(a, st, c, verb);
  const persons = here.length > 0 ? here : st.named?.sentence === c.index - 1 ? st.named.persons : [];
  return persons.length === 2 ? persons : undefined;
}

/**
 * The person a sentence opens on: the first person named in its first words, not behind a
 * preposition of its own (a title's في X before the name is the title's: رئيس المجلس في X فلان),
 * when the sentence does not open on a preposition (وعن X قال).
 */
function leadSubject(a: ArticleCtx, st: SpeechState, c: SentenceCtx): string | undefined {
  const first = c.tokens[0];
  if (!first || hasKey(first, a.lex.prepositions) || a.lex.prepositions.has(first.norm.replace(/^[وف]/, "")))
    return undefined;
  return c.args.find(
    (x) =>
      x.type === "Person" &&
      x.t0 <= LEAD_WORDS &&
      (x.prep === "" || c.args.some((y) => y.modifier && y.t1 === x.t0 - 1)) &&
      !x.modifier &&
      !x.pseudo &&
      !quotedWords(st, x) &&
      !a.inStatement(x.start),
  )?.entity;
}

/**
 * A body named right after a reporting verb opening the sentence (أكدت الأمانة العامة لهيئة X، ما
 * ...) when nothing was reported there: the next sentence's elided verb (وقالت إن) continues it.
 */
function reportingBody(a: ArticleCtx, st: SpeechState, c: SentenceCtx): string | undefined {
  const first = c.tokens[0];
  const verb = first && first.arg < 0 ? reporting(first, a.lex.verbs) : undefined;
  // نقلت صحيفة X عن: an outlet that relays someone else's words is no one's subject after.
  if (!verb || verb.relays) return undefined;
  const x = c.args.find((y) => y.t0 === 1);
  return x &&
    x.type === "Organization" &&
    x.prep === "" &&
    !x.modifier &&
    !x.pseudo &&
    !inside(st.quotes, x.start)
    ? x.entity
    : undefined;
}

/** How far past the issuer's name (and its title) the document of بعث X ... خطاباً may come. */
const DOCUMENT_AFTER_SUBJECT = 16;

/**
 * بعث X مساعد الأمين العام لجمعية Y، خطاباً: the document after the issuer and his apposition, on a
 * word after a comma (the apposition's end), within the clause (no sentence end, colon or quote).
 */
function documentAfterSubject(a: ArticleCtx, c: SentenceCtx, arg: Arg): Token | undefined {
  for (let k = arg.t1 + 1; k < c.tokens.length && k <= arg.t1 + DOCUMENT_AFTER_SUBJECT; k++) {
    const t = c.tokens[k] as Token;
    if (STOP_GAP.test(t.gap) || COLON.test(t.gap) || OPEN_QUOTE.test(t.gap)) return undefined;
    if (t.arg < 0 && COMMA.test(t.gap) && hasKey(t, a.lex.documents)) return t;
  }
  return undefined;
}

/**
 * Who issued a document the article goes on quoting (وأضاف البيان): بيان أصدره X، أصدرت X بياناً.
 * The first name within a few words of the issuing verb, on the side away from the document.
 */
function noteIssuers(a: ArticleCtx, st: SpeechState, c: SentenceCtx): void {
  for (let k = 0; k < c.tokens.length; k++) {
    const t = c.tokens[k] as Token;
    if (t.arg >= 0 || !hasKey(t, a.lex.issuing)) continue;
    const after = c.tokens[k + 1];
    const before = c.tokens[k - 1];
    const arg = c.args.find((x) => x.t0 > k && x.t0 <= k + ISSUER_WORDS && !x.adjective && !x.modifier);
    const docAfter =
      [1, 2, 3, 4, 5].map((d) => c.tokens[k + d]).find((x) => x && hasKey(x, a.lex.documents)) ??
      (arg ? documentAfterSubject(a, c, arg) : undefined);
    const doc = before && hasKey(before, a.lex.documents) ? before : docAfter;
    if (!doc || !after) continue;
    const key = doc.keys.find((x) => a.lex.documents.has(x));
    if (key && arg && a.typeOf(arg.entity) !== undefined && !PLACES.has(a.typeOf(arg.entity) ?? ""))
      st.issuers.set(key, arg.entity);
  }
}

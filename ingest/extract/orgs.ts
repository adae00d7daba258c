/**
 * Organisation names built from a head noun in construct state and its complement:
 * مجلس الوزراء العراقي → Iraqi Council of Ministers (country IQ);
 * جهاز مكافحة الإرهاب العراقي → Iraqi Counter-Terrorism Service.
 * A head followed by a known organisation is that organisation (تنظيم داعش، قوات التحالف الدولي).
 */
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { GazEntry, OrgHead } from "../lexicon/index.js";
import { phraseKeySet, phraseKeys, readJsonFile } from "../lexicon/load.js";
import { stripMarks } from "../text/normalize.js";
import { readingsOf, withoutArticle, type Token } from "../text/segment.js";
import { foldWord } from "../values/fold.js";
import { lexicon as valueWords } from "../values/lexicon.js";
import { describedHead, glossPhrase } from "./gloss.js";
import { describeEn } from "./label.js";
import { personCues } from "./person-cues.js";
import {
  bulkPlace,
  landmarkAt,
  landmarkEn,
  namedAfterPeople,
  namedComplement,
  possessive,
  properWord,
  type LandmarkHit,
  type Named,
} from "./landmarks.js";
import {
  gazAt,
  givenName,
  isDefiniteWord,
  isFunctionWord,
  isQuote,
  nisbaAt,
  phraseAt,
  verbShaped,
  type Hit,
  type SentenceCtx,
} from "./lookup.js";

export interface OrgHit {
  from: number;
  to: number;
  start: number;
  end: number;
  /** The known organisation the head introduces (wrapper case). */
  known: Hit<GazEntry> | null;
  head: OrgHead;
  /** English glosses of the complement parts; null where the lexicon has none. */
  complement: { text: string; en: string | null }[];
  adjectives: string[];
  /** The nisba adjective naming the organisation's country, with its token hit. */
  nisba: Hit<GazEntry> | null;
  /** The complement is a proper name after a head that always takes one (جامعة هارفارد). */
  named?: boolean;
  /** The complement is a place of the gazetteer (بنك أبوظبي التجاري → Abu Dhabi Commercial Bank). */
  place?: boolean;
  /** The city or region whose body it is (المحكمة الجزائية بجدة). */
  seat?: Hit<GazEntry> | null;
  /** The English of a seat written with its region head (الشؤون الصحية بمحافظة الأحساء → Al-Ahsa). */
  seatEn?: string;
  /** The definite head was written after ل (للهيئة): the span keeps the لل, the name its article. */
  restoredArticle?: boolean;
  /** للجنة X: ل before a head that starts with ل; the span keeps both, the name drops the first. */
  doubledLam?: boolean;
  /** The place a body of a place is of (تعليم محافظة صبيا): a mention of that place too. */
  within?: { land: LandmarkHit | null; gaz: Hit<GazEntry> | null };
  /**
   * The token where ب and the seat start (المحكمة الجزائية | بجدة): the mention ends before it, as
   * news writes the body again without its place; the name and label keep the place.
   */
  seatFrom?: number;
  /** The English label, when the head's pattern would not give it (General Secretariat of the X). */
  label?: string;
}

const MAX_INDEFINITE = 2;

const Cue = z.object({ ar: z.string(), en: z.string().min(1) }).strict();
const OrgCues = z.object({
  _source: z.string(),
  openHeads: z.array(Cue),
  plainAdjectives: z.array(Cue),
  boardHeads: z.array(Cue),
  officeHeads: z.array(Cue),
  mediaHeads: z.array(Cue),
  mediaNotNames: z.array(Cue),
  unitHeads: z.array(Cue),
  seatBodies: z.array(z.object({ ar: z.string(), head: z.string() }).strict()),
  partyHeads: z.array(Cue),
  partyNotNames: z.array(Cue),
  teamCues: z.array(Cue),
  teamNotNames: z.array(Cue),
  adHocNames: z.array(Cue),
  clubNames: z.array(Cue),
  sportWords: z.array(Cue),
});

let cues: z.infer<typeof OrgCues> | null = null;

/** org-cues.json, read and checked once. */
export function orgCues(): z.infer<typeof OrgCues> {
  cues ??= readJsonFile(fileURLToPath(new URL("./org-cues.json", import.meta.url)), OrgCues);
  return cues;
}

let boards: Set<string> | null = null;

/** إدارة: a word for the management of a body (org-cues.json `boardHeads`, one word). */
function boardHead(key: string): boolean {
  boards ??= new Set(orgCues().boardHeads.map((h) => phraseKeys(h.ar).join(" ")));
  return boards.has(key);
}

let media: { heads: Set<string>; not: Set<string> } | null = null;

/** صحيفة، قناة and the words after them that name no outlet (org-cues.json), as matching keys. */
function mediaCues(): { heads: Set<string>; not: Set<string> } {
  const keys = (list: { ar: string }[]): Set<string> => phraseKeySet(list.map((c) => c.ar));
  media ??= { heads: keys(orgCues().mediaHeads), not: keys(orgCues().mediaNotNames) };
  return media;
}

/** صحيفة، قناة: a head that names an outlet (one word, matching key). */
export function mediaHead(key: string): boolean {
  return mediaCues().heads.has(key);
}

let adHoc: Set<string> | null = null;

/**
 * لجنة التحقيق، ملعب التدريب: a head (its matching key) and one definite word that name a passing
 * panel or a pitch, not a body or a place (org-cues.json `adHocNames`).
 */
export function adHocName(headKey: string, word: string): boolean {
  adHoc ??= new Set(orgCues().adHocNames.map((h) => phraseKeys(h.ar).join(" ")));
  return adHoc.has(`${headKey} ${phraseKeys(word).join(" ")}`);
}

let open: Set<string> | null = null;
let plain: Set<string> | null = null;

/** Heads whose definite complement always names an institution (org-cues.json). */
function openHeads(): Set<string> {
  open ??= new Set(orgCues().openHeads.map((h) => phraseKeys(h.ar).join(" ")));
  return open;
}

/** Adjectives of nisba form that say when or which (الحالي، الثاني), never part of a name. */
export function plainAdjectives(): Set<string> {
  plain ??= new Set(orgCues().plainAdjectives.map((h) => phraseKeys(h.ar).join(" ")));
  return plain;
}

// والقطاع، والقطاعات (and the sector): a sector joined after a body is a partner, not its field.
const SECTOR_WORDS = new Set(["والقطاع", "والقطاعات"]);

// Nouns joined to an open head's complement (الثقافة والفنون، الاتصالات وتقنية المعلومات).
const MAX_CONJUNCTS = 2;

/**
 * جمعية الثقافة والفنون، هيئة الاتصالات وتقنية المعلومات: after an open head, nouns joined by و
 * to the complement (a definite one, or one in construct with a definite one) belong to the name.
 * A joined nisba is left to the adjectives; a known place or country is not a conjunct.
 */
function conjunctsAt(
  ctx: SentenceCtx,
  k: number,
  complement: OrgHit["complement"],
  glossedOnly = false,
): number {
  for (let n = 0; n < MAX_CONJUNCTS; n++) {
    const w = ctx.tokens[k];
    if (w?.kind !== "word" || !/^و../.test(w.norm) || nisbaShaped(w.norm) || gazAt(ctx, k)) break;
    // والحزب الوطني: a second body, not part of the first one's name.
    const bare = w.norm.replace(/^وال|^و/, "");
    if (ctx.lex.orgHeads.has(bare) || ctx.lex.placeNouns.has(bare)) break;
    // إمارة منطقة الباحة وليد X: a given name in و (وليد، وائل) starts the holder's name.
    if (givenName(ctx, w) !== undefined || ctx.tags?.[k] === "B-PERS") break;
    const next = ctx.tokens[k + 1];
    // وتقنية: a noun in ة is no verb, whatever its first letter.
    const noun = w.norm.endsWith("ه") || !verbShaped(w.norm.slice(1));
    let to: number;
    // وزارة الحج والقطاعات الحكومية: a joined noun with an adjective of kind (الحكومية، الأخرى) is
    // a second set of bodies beside the first.
    if (w.norm.startsWith("وال") && plainAdjectives().has(ctx.tokens[k + 1]?.norm ?? "")) break;
    // وزارة الإسكان والقطاع الخاص: a sector beside the body (the private sector), not its field.
    if (SECTOR_WORDS.has(w.norm)) break;
    if (w.norm.startsWith("وال")) to = k + 1;
    else if (next?.kind === "word" && next.norm.startsWith("ال") && noun && !gazAt(ctx, k + 1)) to = k + 2;
    else break;
    const text = ctx.tokens
      .slice(k, to)
      .map((t) => t.text)
      .join(" ");
    const gloss = ctx.lex.complements.longest(w.norm.slice(1), (o) => ctx.tokens[k + o]?.norm);
    // والتحق، والمجند، ولاعب X: after a head that is not open, only a noun the lexicon glosses.
    const whole = gloss?.length === to - k;
    if (glossedOnly && !whole && glossPhrase(ctx.lex, text.slice(1)) === null) break;
    const en = whole && gloss ? gloss.value.en : describeEn(ctx.lex, text.slice(1));
    complement.push({ text, en: `and ${en}` });
    k = to;
  }
  return k;
}

/**
 * A definite complement: false when it names (الانضباط، التنمية الاجتماعية), true when it is a place or
 * institution noun that refers back (بلدية المحافظة، لجنة الوزارة), null when not definite.
 */
function referring(ctx: SentenceCtx, text: string): boolean | null {
  const key = phraseKeys(text).join(" ");
  const bare = withoutArticle(key);
  if (bare === null) return null;
  // التنمية الاجتماعية: a definite noun with its adjective names (لجنة التنمية الاجتماعية).
  if (key.includes(" ")) return false;
  return ctx.lex.placeNouns.has(bare) || ctx.lex.orgHeads.has(bare) || ctx.lex.placeHeads.has(bare);
}

/**
 * البلدية، والقروية، المناخي: a definite relative adjective (nisba form), alone or joined by و,
 * qualifies the noun before it; a broken plural in أفعلة (الأدوية) only looks like one.
 */
function nisbaShaped(norm: string): boolean {
  const bare = norm.replace(/^وال/, "ال");
  return /^ال..+(ي|يه|يين|يون)$/.test(bare) && !/^الا..يه$/.test(bare);
}

function headAt(ctx: SentenceCtx, i: number): Hit<OrgHead> | null {
  // Only conjunction/preposition readings: a head with its own article (المجلس) is an ordinary noun.
  return phraseAt(ctx, i, (first) => {
    const head = ctx.lex.orgHeads.get(first);
    return head ? { value: head, length: 1 } : null;
  });
}

// مدير، رئيس: the one who runs a body, before its head (مدير إدارة المرور، رئيس لجنة الانضباط).
const LEADERS = new Set(["مدير", "مديره", "رئيس", "رئيسه"]);

/**
 * مدير إدارة المرور، مدير عام إدارة الحج، رئيس لجنة الانضباط: after the word for who runs it, a
 * head that is also an everyday noun (إدارة management, لجنة jury) with its complement is a body.
 */
function ledBody(ctx: SentenceCtx, i: number): boolean {
  const leader = (t: Token | undefined): boolean =>
    t?.kind === "word" && readingsOf(t).some((r) => LEADERS.has(r.key));
  const prev = ctx.tokens[i - 1];
  return leader(prev) || (prev?.kind === "word" && prev.norm === "عام" && leader(ctx.tokens[i - 2]));
}

// العلاقات العامة، الموارد البشرية: offices every body has, so مدير إدارة العلاقات العامة is the
// office of some body named elsewhere (بأمانة X), not a body of its own.
const STAFF_OFFICES = new Set(
  ["العلاقات العامة", "الموارد البشرية", "الشؤون القانونية", "الشؤون الإدارية", "الإعلام", "الخدمات"].map(
    (w) => phraseKeys(w).join(" "),
  ),
);

function staffOffice(complement: OrgHit["complement"]): boolean {
  return STAFF_OFFICES.has(phraseKeys(complement[0]?.text ?? "").join(" "));
}

/** الجيش الإسرائيلي، البرلمان العراقي: a definite institution noun and a nisba. */
function nisbaOrgAt(ctx: SentenceCtx, i: number): OrgHit | null {
  const head = phraseAt(ctx, i, (f, k) => ctx.lex.nisbaHeads.longest(f, k));
  // السياسة الخارجية الأميركية: after a definite noun the word is that noun's adjective.
  if (!head || adjectiveOfPrevious(ctx, head)) return null;
  const nisba = nisbaAt(ctx, head.to);
  if (!nisba) return null;
  return {
    from: i,
    to: nisba.to,
    start: head.start,
    end: nisba.end,
    known: null,
    head: { ar: head.value.ar, en: `{X}${head.value.en}`, strict: false },
    complement: [],
    adjectives: [],
    nisba,
    restoredArticle: head.reading.restoredArticle,
  };
}

/**
 * After a definite noun a bare definite head is that noun's adjective (السياسة الخارجية); one
 * behind a preposition starts a phrase of its own (المتحدث الرسمي للهيئة، بالهيئة).
 */
function adjectiveOfPrevious(ctx: SentenceCtx, head: Hit<unknown>): boolean {
  return (
    head.reading.prefix === 0 &&
    !head.reading.restoredArticle &&
    isDefiniteWord(ctx, ctx.tokens[head.from - 1])
  );
}

// لأجل، لأول، لأسباب (for the sake of, for the first, for reasons): ل + hamza words that are no purpose.
const HAMZA_NOT_PURPOSE = new Set(["لاجل", "لاول", "لاسباب", "لان", "لانه", "لاي", "لاكثر", "لاقل", "لاحد"]);

// Words of a purpose complement (للأرصاد وحماية البيئة، لكرة القدم) after its first.
const MAX_PURPOSE = 3;

/** للدفاع المدني: the word at k read without its لل is the start of a complement the lexicon glosses. */
function purposeGloss(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  if (!/^لل../.test(t.norm)) return false;
  return ctx.lex.complements.longest("ال" + t.norm.slice(2), (o) => ctx.tokens[k + o]?.norm) !== null;
}

/**
 * لنظيره المصري، لرئيسها (to its counterpart, to its head): a noun with a possessive pronoun, as
 * written (ه, not ة), points back to something named; it is no purpose of a name.
 */
const possessed = (t: Token): boolean => /..(ه|ها|هم|هما|كم)$/.test(stripMarks(t.text));

// لمدة، لفترة، لصالح (for a time, in favour of): ل + a noun before a chain that is no purpose.
const CHAIN_NOT_PURPOSE = new Set(["لمده", "لفتره", "لصالح", "لمرة", "لمره", "لعده", "لاكثر", "لاقل"]);

/**
 * طلبة in لقبول طلبة الكليات: at k an indefinite noun (no particle, verb, place, title, adjective
 * or number) with a definite word after it, the middle link of a construct chain.
 */
function chainLink(ctx: SentenceCtx, k: number): boolean {
  const w = ctx.tokens[k];
  if (w?.kind !== "word" || w.norm.length < 3 || !/^[\u0621-\u064a]+$/.test(w.norm)) return false;
  if (/^(ال|و|ف|ب|ل)/.test(w.norm) || isFunctionWord(ctx, w) || verbShaped(w.norm) || gazAt(ctx, k))
    return false;
  if (ctx.lex.adjectives.has(w.norm) || ctx.lex.titles.has(w.norm) || nisbaShaped(w.norm)) return false;
  if (givenName(ctx, w) !== undefined || possessed(w)) return false;
  const after = ctx.tokens[k + 1];
  return isDefiniteWord(ctx, after) && !gazAt(ctx, k + 1);
}

/**
 * هيئة دبي للطيران، الهيئة العامة للإحصاء، الاتحاد السعودي لكرة القدم: a purpose noun with لل
 * (or لـ and a genitive) completes the name, with its genitives and و-joined nouns; it stops at
 * anything else (a verb, a preposition, a date). Returns the token after it (k when none).
 */
function purposeAt(ctx: SentenceCtx, k: number, complement: OrgHit["complement"]): number {
  const t = ctx.tokens[k];
  if (t?.kind !== "word" || isFunctionWord(ctx, t)) return k;
  // للدفاع المدني، للهلال الأحمر: a body the gazetteer knows may still be a purpose the lexicon
  // glosses (الإدارة العامة للدفاع المدني); any other entry after ل is no purpose.
  const gaz = gazAt(ctx, k);
  if (gaz && !(gaz.value.type === "Organization" && purposeGloss(ctx, k))) return k;
  const next = ctx.tokens[k + 1];
  // لقبول طلبة الكليات، لرعاية مرضى السكري: an indefinite noun in construct with a definite one
  // is the purpose noun's genitive as a whole (one link of a chain, never a time: لمدة عامين). A
  // definite purpose noun heads no construct: للإحصاء نتائج المسح is the body, then its object.
  const chain =
    !/^لل/.test(t.norm) &&
    !isDefiniteWord(ctx, next) &&
    chainLink(ctx, k + 1) &&
    !CHAIN_NOT_PURPOSE.has(t.norm)
      ? 1
      : 0;
  const genitive = isDefiniteWord(ctx, next) || chain === 1;
  let key: string;
  if (/^لل../.test(t.norm)) key = "ال" + t.norm.slice(2);
  // لتنظيم سوق العمل، لتطوير التعليم: a verbal noun of the تفعيل pattern is no imperfect verb.
  else if (
    /^ل[^ال].{1}/.test(t.norm) &&
    genitive &&
    (!verbShaped(t.norm.slice(1)) || masdarShaped(t.norm.slice(1), t.text)) &&
    !possessed(t)
  )
    key = t.norm.slice(1);
  // لأمراض القلب، لأبحاث النحل: ل before a hamza on alef (read as ا once normalised), not لا (no).
  else if (
    /^ل[أإ]..../.test(stripMarks(t.text)) &&
    genitive &&
    !HAMZA_NOT_PURPOSE.has(t.norm) &&
    !possessed(t)
  )
    key = t.norm.slice(1);
  else return k;
  let to = k + 1 + chain;
  let described = false;
  const gloss = ctx.lex.complements.longest(key, (o) => ctx.tokens[k + o]?.norm);
  for (let n = 0; n < MAX_PURPOSE; n++) {
    const w = ctx.tokens[to];
    if (w?.kind !== "word" || isFunctionWord(ctx, w)) break;
    // للسياحة والتراث الوطني: an adjective after a joined noun ends the purpose with it; a title
    // after the purpose starts the head's holder (المؤسسة العامة للتدريب الدكتور X).
    const adjective = ctx.lex.adjectives.has(w.norm) || nisbaShaped(w.norm);
    // لشؤون المسجد الحرام والمسجد النبوي: a genitive the lexicon glosses as a whole is taken whole.
    if (to === k + 1 && !key.startsWith("ال") && w.norm.startsWith("ال")) {
      const whole = ctx.lex.complements.longest(w.norm, (o) => ctx.tokens[to + o]?.norm);
      if (whole !== null && whole.length > 1) {
        to += whole.length;
        continue;
      }
    }
    // للمدن الصناعية ومناطق التقنية، للتعبئة العامة والإحصاء: after the described purpose, a
    // joined purpose the lexicon glosses, or a joined noun in construct with a definite one,
    // still belongs to the name.
    if (described && !adjective) {
      const more = jointPurpose(ctx, to);
      if (more === to) break;
      to = more;
      continue;
    }
    // للشؤون الصحية: an adjective the lexicon glosses with the purpose noun is part of it.
    if (adjective && !described && gloss !== null && gloss.length > to - k) {
      to++;
      described = true;
      continue;
    }
    if (adjective) {
      const joinedBefore = /^وال/.test((ctx.tokens[to - 1] as Token).norm);
      if (joinedBefore && !gazAt(ctx, to)) to++;
      // للتعبئة العامة، للانتخابات العامة: a feminine adjective of the lexicon agreeing with the
      // purpose noun right before it (ة or ات) describes it; العام after it is the year (العام الماضي).
      const agrees =
        !joinedBefore && to === k + 1 && /(ه|ات)$/.test(key) && w.norm.endsWith("ه") && !gazAt(ctx, to);
      if (agrees) {
        to++;
        described = true;
        continue;
      }
      if (joinedBefore || ctx.lex.adjectives.has(w.norm)) break;
      described = true;
    }
    if (ctx.lex.titles.has(w.norm) || personCues().personNouns.has(w.norm)) break;
    // لحجاج الداخل واللجنة الوطنية: a joined head of bodies starts a second body.
    if (/^وال/.test(w.norm) && ctx.lex.orgHeads.has(w.norm.slice(3))) break;
    const after = ctx.tokens[to + 1];
    const joined = /^و../.test(w.norm) && !verbShaped(w.norm.slice(1));
    // لكرة القدم الجدول: an indefinite purpose noun takes one genitive; a second definite noun
    // (neither an adjective nor joined by و) is the sentence going on.
    if (!adjective && !key.startsWith("ال") && to > k + 1 + chain && w.norm.startsWith("ال")) break;
    if (w.norm.startsWith("ال") || w.norm.startsWith("وال")) to++;
    else if (joined && after?.kind === "word" && after.norm.startsWith("ال")) to++;
    else break;
  }
  const whole = gloss && gloss.length === to - k ? gloss.value.en : null;
  const text = ctx.tokens
    .slice(k, to)
    .map((w) => w.text)
    .join(" ");
  // للصحة النفسية is romanised as the genitive it stands for (al-Saha al-Nafsia), not with لل.
  const bare = text.replace(/^لل/, "ال").replace(/^ل(?!ل)/, "");
  const en = whole ?? (to === k + 1 && gloss ? gloss.value.en : describeEn(ctx.lex, bare));
  complement.push({ text, en });
  return to;
}

/**
 * والإحصاء، ومناطق التقنية: at k, a و-joined purpose the lexicon glosses, or a joined indefinite
 * noun with its definite genitive, continuing a described purpose. Returns the token after it, or
 * k when there is none (a verb, a head of bodies, a title, a place, a given name).
 */
function jointPurpose(ctx: SentenceCtx, k: number): number {
  const w = ctx.tokens[k];
  if (w?.kind !== "word" || !/^و../.test(w.norm) || gazAt(ctx, k)) return k;
  const bare = w.norm.slice(1);
  const gloss = ctx.lex.complements.longest(bare, (o) => ctx.tokens[k + o]?.norm);
  if (gloss !== null) return k + gloss.length;
  if (bare.startsWith("ال") || verbShaped(bare) || ctx.lex.orgHeads.has(bare) || possessed(w)) return k;
  if (ctx.lex.titles.has(bare) || personCues().personNouns.has(bare) || givenName(ctx, w) !== undefined)
    return k;
  // A noun by its shape (ة، ات، or a مـ noun: مناطق، مراكز), never a past verb (وأعلن الرئيس).
  if (!/(ه|ات)$/.test(bare) && !/^م...+/.test(bare)) return k;
  const next = ctx.tokens[k + 1];
  // After an indefinite noun a definite word is its genitive (ومناطق التقنية), not an adjective.
  if (next?.kind !== "word" || !next.norm.startsWith("ال") || gazAt(ctx, k + 1)) return k;
  return k + 2;
}

// Adjectives after a definite head before the name is a name (المحكمة الجزائية المتخصصة).
const MAX_ADJECTIVES = 3;

/**
 * الهيئة العامة للإحصاء، المحكمة الجزائية المتخصصة، الاتحاد السعودي لكرة القدم: a definite
 * head noun is a name only with adjectives (a nisba, or the lexicon's) and a purpose complement,
 * or with two adjectives; الهيئة العامة or الشركة الصينية alone describe, they do not name.
 */
function definiteOrgAt(ctx: SentenceCtx, i: number): OrgHit | null {
  const head = phraseAt(ctx, i, (first) => {
    const bare = withoutArticle(first);
    const h = bare ? ctx.lex.orgHeads.get(bare) : undefined;
    return h ? { value: h, length: 1 } : null;
  });
  if (!head || !head.reading.key.startsWith("ال") || adjectiveOfPrevious(ctx, head)) return null;
  const party = partyCues().heads.has(withoutArticle(head.reading.key) ?? "");
  const adjectives: string[] = [];
  let nisba: Hit<GazEntry> | null = null;
  let partyNamed = false;
  let k = head.to;
  while (adjectives.length + (nisba ? 1 : 0) < MAX_ADJECTIVES) {
    const t = ctx.tokens[k];
    if (t?.kind !== "word") break;
    const g: Hit<GazEntry> | null = nisba ? null : nisbaAt(ctx, k);
    const adj = ctx.lex.adjectives.get(t.norm);
    // المنظمة العالمية الألماني توماس: a masculine nationality after a feminine head describes the
    // person named next, not the body (an adjective agrees with its noun).
    if (g && head.reading.key.endsWith("ه") && t.norm.endsWith("ي")) break;
    // الحزب الديمقراطي: one relative adjective names a party, glossed or not.
    const partyName = party && k === head.to && !g && partyAdjective(ctx, k);
    partyNamed ||= partyName;
    if (g) nisba = g;
    // English puts the last Arabic adjective first: المحكمة الجزائية المتخصصة → Specialized Criminal.
    else if (adj) adjectives.unshift(adj.en);
    else if (partyName) adjectives.unshift(describeEn(ctx.lex, t.text));
    else break;
    k++;
  }
  const count = adjectives.length + (nisba ? 1 : 0);
  const complement: OrgHit["complement"] = [];
  const ofBody = adjectives.length > 0 && !nisba ? bodyOfBodyAt(ctx, head, adjectives, k) : null;
  if (ofBody) return ofBody;
  let to = count > 0 ? purposeAt(ctx, k, complement) : k;
  // الإدارة العامة للتعليم بجازان: after a unit's purpose the seat names a local branch too (a
  // national body's seat is its headquarters: الهيئة العامة للاستثمار بالرياض).
  const unit = to > k && isUnitHead(withoutArticle(head.reading.key) ?? "");
  // الإدارة العامة للتعليم بمنطقة الرياض: a unit's seat may be a region written with its head.
  const local = count > 0 && (to === k || unit) ? (unit ? localSeatAt(ctx, to) : seatAt(ctx, to)) : null;
  const seatFrom = local ? to : undefined;
  const fields: Pick<OrgHit, "seat" | "seatEn" | "within"> = !local
    ? { seat: null }
    : "from" in local
      ? { seat: local }
      : seatFields(local);
  if (local) to = local.to;
  if (count === 0 || (to === k && count < 2 && !partyNamed)) return null;
  const last = ctx.tokens[to - 1] as Token;
  return Object.assign(
    {
      from: i,
      to,
      start: head.start,
      end: last.end,
      known: null,
      head: head.value,
      complement,
      adjectives,
      nisba,
      seatFrom,
      restoredArticle: head.reading.restoredArticle,
    },
    fields,
  );
}

/**
 * Every word of the complement is feminine (الخارجية، الصحة: ة as written, or a feminine plural);
 * a masculine word in it (أمن الدولة) may be what a masculine nisba agrees with.
 */
function feminineComplement(complement: OrgHit["complement"]): boolean {
  const words = complement.flatMap((c) => c.text.split(" "));
  return words.length > 0 && words.every((w) => /(ة|ات)$/.test(stripMarks(w)));
}

// A committee or secretariat of a body (اللجنة التنفيذية لـX، الأمانة العامة لـX), English head.
const BODY_OF_BODY: Record<string, string> = { لجنه: "Committee", امانه: "Secretariat" };

/**
 * الأمانة العامة لجامعة الدول العربية، اللجنة التنفيذية لمنظمة X: a definite committee or
 * secretariat with its adjective, then ل and a known organisation, is that body's organ, a body of
 * its own (General Secretariat of the Arab League); the organisation is mentioned too.
 */
function bodyOfBodyAt(ctx: SentenceCtx, head: Hit<OrgHead>, adjectives: string[], k: number): OrgHit | null {
  const noun = BODY_OF_BODY[withoutArticle(head.reading.key) ?? ""];
  const t = ctx.tokens[k];
  if (!noun || t?.kind !== "word" || !t.norm.startsWith("ل")) return null;
  const inner = gazAt(ctx, k);
  if (!inner || inner.reading.prefix !== 1 || inner.value.type !== "Organization") return null;
  const last = ctx.tokens[inner.to - 1] as Token;
  return {
    from: head.from,
    to: inner.to,
    start: head.start,
    end: last.end,
    known: null,
    head: head.value,
    complement: [{ text: inner.value.ar, en: inner.value.en }],
    adjectives,
    nisba: null,
    label: `${[...adjectives, noun].join(" ")} of the ${inner.value.en}`,
    within: { land: null, gaz: inner },
    restoredArticle: head.reading.restoredArticle,
  };
}

let parties: { heads: Set<string>; not: Set<string> } | null = null;

/** حزب and the adjectives that name no one party (org-cues.json), as matching keys. */
function partyCues(): { heads: Set<string>; not: Set<string> } {
  parties ??= { heads: cueKeys(orgCues().partyHeads), not: cueKeys(orgCues().partyNotNames) };
  return parties;
}

/** A module function, not an arrow in partyCues: tsx keep-names would name it on every call. */
function cueKeys(list: { ar: string }[]): Set<string> {
  return phraseKeySet(list.map((c) => c.ar));
}

/**
 * الحزب الشيوعي، الحزب الديمقراطي: after a definite party head, a relative adjective that is no
 * country (الحزب الصيني is a party of China) and no word of time or order is the party's name.
 */
function partyAdjective(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  return (
    nisbaShaped(t.norm) && !gazAt(ctx, k) && !plainAdjectives().has(t.norm) && !partyCues().not.has(t.norm)
  );
}

/**
 * المحكمة الجزائية بجدة، الهيئة الملكية بينبع: after a definite head and its adjective, a city or
 * region with ب is the seat that names the body (the court of that city), as a purpose would.
 */
function seatAt(ctx: SentenceCtx, k: number): Hit<GazEntry> | null {
  const t = ctx.tokens[k];
  if (t?.kind !== "word" || !t.norm.startsWith("ب")) return null;
  const g = gazAt(ctx, k) ?? phraseAt(ctx, k, (f, next) => ctx.lex.places.longest(f, next));
  const place = g?.value.type === "City" || g?.value.type === "Location";
  return g && place && g.reading.prefix === 1 ? g : null;
}

// The heads of a body's office in a place (إدارة، مديرية), as matching keys.
const LOCAL_HEADS = new Set(["اداره", "مديريه"]);

function localHead(key: string): boolean {
  return LOCAL_HEADS.has(key);
}

/** A seat: ب and a city or region (seatAt), or ب and a region written with its head (بمحافظة الأحساء). */
interface LocalSeat {
  to: number;
  seat: Hit<GazEntry> | null;
  land: LandmarkHit | null;
  en: string;
}

function localSeatAt(ctx: SentenceCtx, k: number): LocalSeat | null {
  const seat = seatAt(ctx, k);
  if (seat) return { to: seat.to, seat, land: null, en: seat.value.en };
  const t = ctx.tokens[k];
  if (t?.kind !== "word" || !t.norm.startsWith("ب")) return null;
  const land = landmarkAt(ctx, k);
  const place = land?.named.gaz?.value;
  if (!land || !land.head.region || !place || land.start === t.start) return null;
  if (place.type !== "City" && place.type !== "Location") return null;
  return { to: land.to, seat: null, land, en: place.en };
}

/** The fields of an OrgHit that say where a local body is. */
function seatFields(local: LocalSeat): Pick<OrgHit, "seat" | "seatEn" | "within"> {
  return local.land
    ? { seat: null, seatEn: local.en, within: { land: local.land, gaz: null } }
    : { seat: local.seat };
}

let seatBodies: Map<string, string> | null = null;

/**
 * الشؤون الصحية بجدة، الشؤون الصحية بمنطقة عسير: a field of government (org-cues.json
 * `seatBodies`) written without a head, then ب and a city or region, is that field's directorate
 * there — the body the field's head of a place names (صحة جدة), so both are one entity.
 */
function seatBodyAt(ctx: SentenceCtx, i: number): OrgHit | null {
  seatBodies ??= new Map(
    orgCues().seatBodies.map((b) => [phraseKeys(b.ar).join(" "), phraseKeys(b.head).join(" ")]),
  );
  const bodies = seatBodies;
  const field = phraseAt(ctx, i, (first, next) => {
    const g = ctx.lex.complements.longest(first, next);
    return g && bodies.has(phraseKeys(g.value.ar).join(" ")) ? g : null;
  });
  if (!field || field.reading.prefix > 1) return null;
  const local = localSeatAt(ctx, field.to);
  const head = ctx.lex.placeBodyHeads.get(bodies.get(phraseKeys(field.value.ar).join(" ")) ?? "");
  if (!local || !head) return null;
  const at = local.land ? local.land.from + 1 : (local.seat as Hit<GazEntry>).from;
  const text = ctx.tokens
    .slice(at, local.to)
    .map((t) => t.text)
    .join(" ");
  return {
    from: i,
    to: local.to,
    start: field.start,
    end: (ctx.tokens[local.to - 1] as Token).end,
    known: null,
    head,
    complement: [{ text: text.replace(/^ب/, ""), en: local.en }],
    adjectives: [],
    nisba: null,
    place: true,
    within: local.land ? { land: local.land, gaz: null } : { land: null, gaz: local.seat },
    seatFrom: field.to,
  };
}

let units: Set<string> | null = null;

/**
 * إدارة الموهوبين بوزارة التعليم، مركز الأبحاث بجامعة X: a unit (org-cues.json `unitHeads`) named
 * by a definite noun, then ب and the body it belongs to (a head of institutions or a known
 * organisation), has a name of its own; the body stays a name of its own too.
 */
function isUnitHead(key: string): boolean {
  units ??= new Set(orgCues().unitHeads.map((h) => phraseKeys(h.ar).join(" ")));
  return units.has(key);
}

function withinBody(ctx: SentenceCtx, unit: string, k: number): boolean {
  const t = ctx.tokens[k];
  if (!isUnitHead(unit)) return false;
  if (t?.kind !== "word" || !t.norm.startsWith("ب")) return false;
  const head = headAt(ctx, k);
  if (head && head.reading.prefix === 1 && !head.value.strict) return true;
  const known = gazAt(ctx, k);
  return known !== null && known.reading.prefix === 1 && known.value.type === "Organization";
}

/**
 * مركز الملك X للإغاثة، مؤسسة الأمير X الخيرية: a body named after its patron, a title and a name
 * after a head that names institutions after people (person-cues.json `namedAfter`), even one that
 * takes no name otherwise (مركز التدريب). Other heads are held by the person after them (رئاسة
 * الأمير X، بقيادة الملك X).
 */
function patronAt(ctx: SentenceCtx, k: number, head: OrgHead): Named | null {
  if (!namedAfterPeople(head) || ctx.tokens[k]?.kind !== "word") return null;
  const title = phraseAt(ctx, k, (f, next) => ctx.lex.titles.longest(f, next));
  return title && title.reading.prefix === 0 ? namedComplement(ctx, k, false, true) : null;
}

/** الدولار، اليوان: a currency noun (ingest/values/currencies.json), with or without the article. */
function currencyWord(t: Token | undefined): boolean {
  if (t?.kind !== "word") return false;
  const bare = withoutArticle(t.norm) ?? t.norm;
  return valueWords().currencyNouns.has(foldWord(bare));
}

let offices: Set<string> | null = null;

/**
 * رئاسة، قيادة (org-cues.json `officeHeads`): before a given name (or the tagger's person) they
 * are that person's presidency or command, before a definite head of bodies (الاتحاد، اللجنة)
 * the office of that body — neither is a name (رئاسة الجمهورية still is).
 */
function heldOffice(ctx: SentenceCtx, head: string, k: number): boolean {
  offices ??= new Set(orgCues().officeHeads.map((h) => phraseKeys(h.ar).join(" ")));
  const t = ctx.tokens[k];
  if (!offices.has(head) || t?.kind !== "word") return false;
  if (givenName(ctx, t) !== undefined || ctx.tags?.[k] === "B-PERS") return true;
  // بقيادة المدرب الوطني، تحت قيادة برشلونة: a title or a person noun is who leads, a city the
  // team or town led — the leadership of someone or something, not a body's name.
  if (ctx.lex.titles.has(t.norm) || personCues().personNouns.has(t.norm)) return true;
  const g = gazAt(ctx, k);
  if (g && g.reading.prefix === 0 && g.value.type === "City") return true;
  // بقيادة المدرب X، بقيادة اللواء X: a title word with the article names the holder to come.
  const title = t.norm.startsWith("ال")
    ? phraseAt(ctx, k, (f, next) => ctx.lex.titles.longest(f, next))
    : null;
  if (title && title.reading.prefix === 0) return true;
  // قيادة القوات المشتركة: a strict head (قوات، لجنة) with the article is an ordinary noun there.
  const bare = withoutArticle(t.norm);
  const body = bare === null ? undefined : ctx.lex.orgHeads.get(bare);
  return body !== undefined && body.strict !== true;
}

/**
 * The name after a named head (جامعة X، نادي X). After a head only ever followed by a proper name
 * (org-heads.json `proper`: نادي هجر، بنادي أحد) an unknown indefinite word is that name even
 * where the tagger is silent — unless the tagger takes the unknown word after it into a name
 * (نادي أيه سي ميلان): a name of several words the lexicon does not know has no extent we can tell.
 */
function clubName(ctx: SentenceCtx, k: number, head: OrgHead): Named | null {
  const afterPeople = namedAfterPeople(head);
  const named = namedComplement(ctx, k, true, afterPeople, head.proper === true);
  if (!named || !head.proper || named.gaz || named.to !== k + 1) return named;
  const plain = namedComplement(ctx, k, true, afterPeople);
  // نادي مستضيف، نادي كبير: a participle (مستفعل) or an adjective of the form فعيل describes the
  // club, it does not name it (a name in ين stays one: نادي حطين).
  if (!plain && /^مست...|^..ي[^ن]$/.test(ctx.tokens[k]?.norm ?? "")) return null;
  const next = ctx.tokens[k + 1];
  if (plain || next?.kind !== "word" || givenName(ctx, next) !== undefined) return plain ?? named;
  return properWord(ctx, next) && (ctx.tags?.[k + 1] ?? "O") !== "O" ? null : named;
}

/**
 * تعليم جازان، تعليم محافظة صبيا، صحة عسير: a head that names a body only before a place
 * (org-heads.json `ofPlace`) and the region, governorate or town right after it; nothing more
 * joins the name (صحة عسير المرضى: the patients are the sentence going on).
 */
function placeBodyAt(ctx: SentenceCtx, head: Hit<OrgHead>): OrgHit | null {
  const k = head.to;
  const land = landmarkAt(ctx, k);
  let to: number;
  let en: string;
  let within: OrgHit["within"];
  if (land && land.head.region) {
    to = land.to;
    // تعليم منطقة الباحة is تعليم الباحة: one label, so one entity.
    en = land.named.gaz ? land.named.gaz.value.en : land.head.en.replace("{X}", land.named.en);
    within = { land, gaz: null };
  } else {
    // Only the gazetteer's places: the bulk list holds towns that are also words (صحة رواد الفضاء).
    const g = gazAt(ctx, k);
    if (!g || g.reading.prefix !== 0 || (g.value.type !== "City" && g.value.type !== "Location")) return null;
    to = g.to;
    en = g.value.en;
    within = { land: null, gaz: g };
  }
  const text = ctx.tokens
    .slice(k, to)
    .map((t) => t.text)
    .join(" ");
  const last = ctx.tokens[to - 1] as Token;
  return {
    from: head.from,
    to,
    start: head.start,
    end: last.end,
    known: null,
    head: head.value,
    complement: [{ text, en }],
    adjectives: [],
    nisba: null,
    place: true,
    within,
  };
}

/**
 * تقصي، تنظيم، تطوير: a verbal noun of the forms تفعّل/تفعيل, which verbShaped would read as an
 * imperfect verb (تدرس، تتولى) after a body's head.
 */
function masdarShaped(norm: string, text: string): boolean {
  // ترعى، تسعى: a final alif maqsura is a verb's.
  if (!norm.startsWith("ت") || text.endsWith("ى")) return false;
  return norm.length === 4 ? norm.endsWith("ي") : norm.length >= 5 && norm.at(-2) === "ي";
}

/**
 * لجنة فض المنازعات، لجنة تقصي الحقائق، جمعية رعاية الأيتام: an open head, an indefinite verbal
 * noun and its definite object name a body — not when the indefinite word is an adjective of the
 * head (لجنة مشتركة، لجنة وزارية، لجنة عليا).
 */
function verbalNoun(ctx: SentenceCtx, norm: string): boolean {
  if (norm.length < 2 || norm.endsWith("يه") || plainAdjectives().has("ال" + norm)) return false;
  return !ctx.lex.adjectives.has(norm) && !ctx.lex.adjectives.has("ال" + norm);
}

/** Heads that name a place's seat or centre before an administrative noun (مركز محافظة X). */
const SEAT_HEADS = new Set(phraseKeys("مركز"));
/** Administrative nouns a seat is of: governorate, town, region, province, district. */
const ADMIN_NOUNS = phraseKeySet(["محافظة", "مدينة", "منطقة", "ولاية", "إقليم", "قضاء", "مديرية", "محافظه"]);

function adminNounAt(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  return t?.kind === "word" && readingsOf(t).some((r) => r.prefix === 0 && ADMIN_NOUNS.has(r.key));
}

export function orgAt(ctx: SentenceCtx, i: number): OrgHit | null {
  const head = headAt(ctx, i);
  if (!head) {
    const placeHead = phraseAt(ctx, i, (first) => {
      const h = ctx.lex.placeBodyHeads.get(first);
      return h ? { value: h, length: 1 } : null;
    });
    if (placeHead) return placeBodyAt(ctx, placeHead);
    const local = seatBodyAt(ctx, i);
    if (local) return local;
    // الاتحاد المصري للكرة الطائرة: a purpose after the nisba makes the longer name.
    const nisba = nisbaOrgAt(ctx, i);
    const definite = definiteOrgAt(ctx, i);
    return nisba && (!definite || nisba.to >= definite.to) ? nisba : definite;
  }
  if (possessive(ctx, i, head.value)) return null;
  // مركز محافظة X، مركز مدينة Y: the seat (or centre) of a governorate or town is a part of the
  // place, no body; the place is named after it.
  if (SEAT_HEADS.has(head.reading.key) && adminNounAt(ctx, i + 1)) return null;
  const { tokens, lex } = ctx;
  const openHead = openHeads().has(head.reading.key);
  let k = i + 1;
  while (isQuote(tokens[k]) && k < i + 3) k++;
  const inner = gazAt(ctx, k);
  // مديرية الدفاع المدني بمنطقة جازان: a directorate of a known body in a place is the body's
  // office there, a body of its own (its name keeps the place); the body is a name of its own too.
  const innerSeat =
    inner && inner.value.type === "Organization" && localHead(head.reading.key)
      ? localSeatAt(ctx, inner.to)
      : null;
  if (inner && innerSeat) {
    return Object.assign(
      {
        from: i,
        start: head.start,
        head: head.value,
        adjectives: [],
        nisba: null,
        to: innerSeat.to,
        end: (tokens[innerSeat.to - 1] as Token).end,
        known: null,
        complement: [{ text: inner.value.ar, en: inner.value.en }],
        seatFrom: inner.to,
      },
      seatFields(innerSeat),
    );
  }
  if (inner && inner.value.type === "Organization") {
    return {
      from: i,
      start: head.start,
      head: head.value,
      adjectives: [],
      nisba: null,
      to: inner.to,
      end: inner.end,
      known: inner,
      complement: [],
    };
  }
  k = i + 1;
  const complement: { text: string; en: string | null }[] = [];
  let closed = false;
  let proper = false;
  let indefinite = 0;
  let firstIndefinite = "";
  let describedBy = false;
  let place = false;
  const named = head.value.named ? clubName(ctx, k, head.value) : patronAt(ctx, k, head.value);
  if (named) {
    const text = tokens
      .slice(k, named.to)
      .map((t) => t.text)
      .join(" ");
    // كلية المجتمع → Community College; نادي الشباب stays al-Shabab Club.
    const described = !named.gaz && describedHead(head.reading.key) ? glossPhrase(ctx.lex, text) : null;
    complement.push({ text, en: described ?? named.en });
    k = purposeAt(ctx, named.to, complement);
    closed = proper = true;
  }
  // إدارة نادي X، مجلس إدارة شركة X: the board or the management of a body stands for the body.
  if (!named && headAt(ctx, k)?.reading.prefix === 0) return null;
  // رئاسة X (a person), رئاسة الاتحاد الدولي: the office held, by a person or of a body named
  // next, is no organisation's name.
  if (!named && heldOffice(ctx, head.reading.key, k)) return null;
  // قوة الدولار، قوة اليوان: the strength of a currency, no force.
  if (!named && head.reading.key === "قوه" && currencyWord(tokens[k])) return null;
  // مجلس إدارة الهيئة العامة للطيران المدني، إدارة الشركة السعودية للخدمات: likewise with a body
  // named by a definite head and its adjectives; the body is the name, read from k.
  if (!named && boardHead(head.reading.key) && definiteOrgAt(ctx, k)) return null;
  while (k < tokens.length && !closed) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || isFunctionWord(ctx, t)) break;
    const gloss = lex.complements.longest(t.norm, (o) => tokens[k + o]?.norm);
    if (gloss) {
      const last = tokens[k + gloss.length - 1] as Token;
      complement.push({ text: gloss.value.ar, en: gloss.value.en });
      // مركز التنمية الاجتماعية: the gloss may end in an adjective of names, as one after it would;
      // not after a word for a body's management (إدارة العلاقات العامة is a department of one).
      describedBy ||= gloss.length > 1 && lex.adjectives.has(last.norm) && !boardHead(head.reading.key);
      k += gloss.length;
      // …البلدية والقروية: a gloss ending in a joined definite word is complete too.
      closed = /^و?ال/.test(last.norm);
      continue;
    }
    // إمارة منطقة الباحة، شرطة محافظة جدة: a named place completes the name.
    const land = landmarkAt(ctx, k);
    if (land) {
      complement.push({
        text: tokens
          .slice(k, land.to)
          .map((w) => w.text)
          .join(" "),
        en: landmarkEn(land),
      });
      k = land.to;
      closed = proper = true;
      break;
    }
    const g = gazAt(ctx, k) ?? bulkPlace(ctx, k);
    if (g && g.value.source === "nisba") break;
    // رئاسة نجيب ميقاتي: the office of a person is no organisation name.
    if (g && g.value.type === "Person") return null;
    if (g && g.reading.prefix === 0) {
      complement.push({ text: g.value.ar, en: g.value.en });
      k = g.to;
      closed = true;
      // قوة الصين، قيادة الولايات المتحدة: an everyday noun of a country is its strength or its
      // leadership; it names a body only with an adjective after it (قوات سوريا الديمقراطية).
      proper = !head.value.strict || g.value.type !== "Country";
      place = true;
      // جهاز قطر للاستثمار، هيئة دبي للطيران
      k = purposeAt(ctx, k, complement);
      break;
    }
    if (t.norm.startsWith("ال")) {
      complement.push({ text: t.text, en: null });
      // A name the tagger recognised (جبهة البوليساريو) makes the head a name too.
      proper = (ctx.tags?.[k] ?? "O") !== "O";
      k++;
      closed = true;
      break;
    }
    // نادي X سامي Y: a person's name after the complement is its chairman, not part of the name.
    if (indefinite > 0 && (givenName(ctx, t) !== undefined || ctx.tags?.[k] === "B-PERS")) {
      closed = proper = true;
      break;
    }
    // لجنة تضم الجهات المعنية، مجلس يضم الخبراء: a short imperfect verb says what the body holds.
    const masdar = openHead && indefinite === 0 && masdarShaped(t.norm, t.text);
    if (indefinite >= MAX_INDEFINITE || (verbShaped(t.norm) && !masdar) || /^[تي]..$/.test(t.norm)) break;
    complement.push({ text: t.text, en: null });
    if (indefinite === 0) firstIndefinite = t.norm;
    indefinite++;
    k++;
  }
  if (!closed) return null;
  // مكتب العمل والعمال، وكالة الطاقة والموارد الطبيعية: so after a head that is no everyday noun
  // and takes no proper name (نادي), when the lexicon glosses the complement and the joined noun.
  if (openHead) k = conjunctsAt(ctx, k, complement);
  else if (!head.value.strict && !head.value.proper && complement.some((c) => c.en !== null))
    k = conjunctsAt(ctx, k, complement, true);
  const adjectives: string[] = [];
  let nisba: Hit<GazEntry> | null = null;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") break;
    const g: Hit<GazEntry> | null = nisba ? null : nisbaAt(ctx, k);
    // مستشار وزارة الخارجية الأمريكي: a masculine nisba after a feminine head and a feminine
    // complement agrees with neither; it describes the official before the body.
    if (g && t.norm.endsWith("ي") && head.reading.key.endsWith("ه") && feminineComplement(complement)) break;
    if (g) {
      nisba = g;
      k = g.to;
      continue;
    }
    const adj = lex.adjectives.get(t.norm);
    // An adjective the lexicon lacks still belongs to the name when the tagger says so, or when
    // it has nisba form after an open head (وزارة الشؤون البلدية والقروية), a proper name (حركة
    // تركستان الشرقية) or, for a head that is no everyday noun, a complement the lexicon knows
    // (مجلس التنمية السياحية; not حركة النقل الجوي) — but for words of time and order (الحالي).
    const nisbaAdjective = (): boolean =>
      (openHead || proper || (!head.value.strict && complement.some((c) => c.en !== null))) &&
      nisbaShaped(t.norm) &&
      !gazAt(ctx, k) &&
      !plainAdjectives().has(t.norm);
    const tagged = !adj && t.norm.startsWith("ال") && (ctx.tags?.[k] === "I-ORG" || nisbaAdjective());
    const joined = !adj && !tagged && openHead && adjectives.length > 0 && t.norm.startsWith("وال");
    if (!adj && !tagged && !(joined && nisbaShaped(t.norm))) break;
    const en = adj ? adj.en : describeEn(ctx.lex, t.text.replace(/^و/, ""));
    // English puts the last Arabic adjective first (بنك X الاحتياطي الاتحادي → X Federal Reserve
    // Bank); one joined by و stays after the one it joins.
    if (joined) adjectives.push(en);
    else adjectives.unshift(en);
    k++;
  }
  const glossed = complement.some((c) => c.en !== null);
  // The tagger's ORG on the head is evidence enough for a name the lexicon cannot gloss; so is a
  // head that names nothing but institutions, with its definite complement (لجنة الانضباط).
  const definiteComplement = complement.length === 1 && referring(ctx, complement[0]?.text ?? "") === false;
  // صحيفة النبأ، قناة الحدث: an outlet's name is a word the lexicon does not gloss (صحيفة السوابق
  // is a criminal record, قناة الري an irrigation canal).
  const only = complement[0]?.text ?? "";
  const outlet =
    definiteComplement &&
    mediaHead(head.reading.key) &&
    !mediaCues().not.has(phraseKeys(only).join(" ")) &&
    glossPhrase(lex, only) === null;
  const qualified =
    nisba !== null ||
    adjectives.length > 0 ||
    describedBy ||
    proper ||
    ctx.tags?.[i] === "B-ORG" ||
    (openHead && definiteComplement) ||
    outlet ||
    (definiteComplement && withinBody(ctx, head.reading.key, k)) ||
    ((glossed || definiteComplement) && ledBody(ctx, i) && !staffOffice(complement)) ||
    (openHead && complement.length === 2 && indefinite === 1 && verbalNoun(ctx, firstIndefinite));
  // إدارة الطرق بالمنطقة الشرقية، إدارة الشؤون الصحية بمكة: a unit glossed by its field, then ب
  // and its city or region, is the local department; its name keeps the place (one per place).
  const seat = !qualified && glossed && localHead(head.reading.key) ? localSeatAt(ctx, k) : null;
  if (!qualified && !seat && (head.value.strict || !glossed)) return null;
  // لجنة التحقيق، لجنة التحكيم: a passing panel, unless a nisba or an adjective names it.
  if (complement.length === 1 && !nisba && adjectives.length === 0 && adHocName(head.reading.key, only))
    return null;
  const seatFrom = seat ? k : undefined;
  if (seat) k = seat.to;
  const last = tokens[k - 1] as Token;
  // Field by field, not { ...base, to }: see candidates.ts on spreads.
  return {
    seat: seat?.seat ?? null,
    seatFrom,
    seatEn: seat?.land ? seat.en : undefined,
    within: seat?.land ? { land: seat.land, gaz: null } : undefined,
    named: named !== null,
    place,
    doubledLam: head.reading.restoredArticle && !head.reading.key.startsWith("ال"),
    from: i,
    start: head.start,
    head: head.value,
    to: k,
    end: last.end,
    known: null,
    complement,
    adjectives,
    nisba,
  };
}

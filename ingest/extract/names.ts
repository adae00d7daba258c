/**
 * Person names as written after a title (or found by the tagger): given names, surnames,
 * name-chain particles (بن، أبو، عبد، آل) and spelled-out Latin initials (دبليو).
 */
import { readingsOf, type Token } from "../text/segment.js";
import {
  gazAt,
  givenName,
  isFunctionWord,
  nisbaAt,
  taggedAs,
  verbLike,
  verbShaped,
  type Hit,
  type SentenceCtx,
} from "./lookup.js";
import type { GazEntry } from "../lexicon/index.js";
import { isChainParticle, isFragmentStart, isPatronymic } from "./identity.js";
import { personCues } from "./person-cues.js";
import { glossPhrase } from "./gloss.js";
import { sameForeignName } from "./spelling.js";
import { normalizeForMatch } from "../text/normalize.js";

export interface NameHit {
  from: number;
  to: number;
  /** A known person (persons.json) when the name is in the gazetteer. */
  known: Hit<GazEntry> | null;
}

const MAX_PARTS = 4;

// Cardinal numbers from three to ten and their tens, which count a noun (ثلاث مباريات).
export const CARDINALS = new Set(
  ["ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "ثمان", "تسع", "عشر"].flatMap((w) => [w, `${w}ه`, `${w}ين`]),
);

// Uses in Wikidata person names from which a definite word ending a name chain is its family name.
const FAMILY_NAME_USES = 4;

function startsWithConjunction(ctx: SentenceCtx, t: Token): boolean {
  return t.norm.startsWith("و") && givenName(ctx, t) === undefined;
}

/**
 * A third or later part needs support, or the next word of the sentence (نظيره، الوفد) would
 * join the name: a given name, the tagger, or a family name of nisba form (السوداني).
 */
function laterPart(ctx: SentenceCtx, k: number, t: Token): boolean {
  if (t.norm.startsWith("ال")) return familyNameShaped(ctx, t.norm) || taggedFamilyName(ctx, k, t);
  return givenName(ctx, t) !== undefined || taggedAs(ctx, k, "PERS");
}

/**
 * خالد بن أحمد الداموك: a rarer family name has neither nisba form nor Wikidata's uses, but the
 * tagger carries the name on through it (I-PERS after PERS) — unlike the object or apposition
 * after a name (افتتح الأمير X بن Y المعرض، X بن Y الرئيس التنفيذي). A word the lexicon knows as
 * a title, an adjective, a trade or the head of a place or body is never one.
 */
function taggedFamilyName(ctx: SentenceCtx, k: number, t: Token): boolean {
  if (ctx.tags?.[k] !== "I-PERS" || !taggedAs(ctx, k - 1, "PERS")) return false;
  // المرشد: the first word of a longer title (المرشد الأعلى) is a title only with the rest of it.
  const title = ctx.lex.titles.longest(t.norm, (o) => ctx.tokens[k + o]?.norm) !== null;
  return !(isFunctionWord(ctx, t) || commonDefinite(ctx.lex, t.norm, title));
}

/**
 * A definite word the lexicon knows as a common noun: a title, an adjective, a modifier, a trade,
 * or (without ال) the head of a body or a place. No family name is one.
 */
function commonDefinite(lex: SentenceCtx["lex"], norm: string, title = lex.titles.has(norm)): boolean {
  const bare = norm.slice(2);
  return (
    title ||
    lex.adjectives.has(norm) ||
    lex.modifiers.has(norm) ||
    personCues().personNouns.has(norm) ||
    lex.orgHeads.has(bare) ||
    lex.placeHeads.has(bare) ||
    lex.placeNouns.has(bare)
  );
}

/**
 * Even the tagger cannot make an ordinary definite word (الوزيرين، الجوار) a family name; a nisba
 * (القحطاني، الشهراوي) or a word people are often named with (الغانم، الفارس، الصالح) is one.
 */
export function familyNameShaped(ctx: SentenceCtx, norm: string): boolean {
  return (
    norm.endsWith("ي") ||
    norm.endsWith("اوي") ||
    (ctx.lex.nameWords.get(norm.slice(2)) ?? 0) >= FAMILY_NAME_USES
  );
}

/**
 * محمد بن سلمان بن عبدالعزيز after the known محمد بن سلمان: the chain goes on (بن X, آل X) and
 * belongs to the same mention, so no fragment (بن عبدالعزيز) is left over.
 */
export function chainEnd(ctx: SentenceCtx, k: number): number {
  const { tokens, lex } = ctx;
  for (let n = 0; n < MAX_PARTS; n++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (t?.kind !== "word" || !isChainParticle(t.norm)) break;
    if (next?.kind !== "word" || isFunctionWord(ctx, next)) break;
    const nested = lex.particles.has(next.norm) && tokens[k + 2]?.kind === "word" ? 1 : 0;
    k += 2 + nested;
    if (t.norm === "ال") break;
  }
  return k;
}

/** A word that starts a title phrase (نائب، ولي) or a rank, not a name, unless it is a given name. */
export function titleWord(ctx: SentenceCtx, t: Token): boolean {
  return ctx.lex.titles.has(t.norm) && givenName(ctx, t) === undefined;
}

/**
 * بمناسبة، لإبراز، برنامجه: a word that starts with ب ل ك and that neither the name lists nor
 * Wikidata's person names know, whole or without that letter, is a preposition and a noun.
 */
export function procliticNoun(ctx: SentenceCtx, t: Token): boolean {
  if (!/^[بلك]/.test(t.norm)) return false;
  // بحي X، بمدينة X، لوزارة X: a preposition on a place or institution noun.
  const rest = t.norm.slice(1);
  if (ctx.lex.placeNouns.has(rest) || ctx.lex.placeHeads.has(rest) || ctx.lex.orgHeads.has(rest)) return true;
  if (t.norm.length < 4) return false;
  const known = (key: string): boolean => ctx.lex.nameWords.has(key) || ctx.lex.givenNames.has(key);
  return !known(t.norm) && !known(t.norm.slice(1));
}

/**
 * وأين، وقال، لرئيس، والسفير: a word that, read without its proclitic, is a function word, a
 * title, a definite common noun or a piece of a name chain does not start a name; nor does a
 * preposition glued to a noun (بمناسبة، بحي).
 */
export function notAName(ctx: SentenceCtx, first: Token): boolean {
  if (givenName(ctx, first) !== undefined) return false;
  if (procliticNoun(ctx, first)) return true;
  // مطار، قاعدة، وزارة: the head of a place or a body (no given name) starts no person's name.
  if (ctx.lex.placeHeads.has(first.norm) || ctx.lex.orgHeads.has(first.norm)) return true;
  return readingsOf(first).some((r) => {
    if (r.key === "الله" || ctx.lex.functionWords.has(r.key)) return true;
    if (r.prefix === 0 && !r.restoredArticle) return isFragmentStart(r.key);
    if (ctx.lex.titles.has(r.key)) return true;
    // للويس (for Luis): لل read as ل + the article is no reading when ل is on a given name.
    if (r.restoredArticle && ctx.lex.givenNames.has(first.norm.slice(1))) return false;
    return r.key.startsWith("ال") && r.key.length >= 5 && !/(ي|اوي)$/.test(r.key);
  });
}

// الأول، الثاني، الحالي: an ordinal or a word of time describes the noun before it.
const ORDER_OR_TIME = /^ال(اول|ثاني|ثالث|رابع|خامس|حالي|ماضي|سابق|تالي|توالي|مقبل|قادم|جاري|منصرم|فائت)$/;

/**
 * سامر موسى الغزواني: a known person's family name (persons.json lists الغزواني alone) after a
 * chain of two parts or more ending in a given name is a family name there, not that person.
 */
function knownFamilyName(ctx: SentenceCtx, i: number, k: number, g: Hit<GazEntry>): boolean {
  const t = ctx.tokens[k];
  if (k - i < 2 || g.value.type !== "Person" || g.to !== k + 1 || t?.kind !== "word") return false;
  const before = ctx.tokens[k - 1];
  return t.norm.startsWith("ال") && before?.kind === "word" && givenName(ctx, before) !== undefined;
}

/** A nisba-shaped word (القحطاني، عسيري) at token k that is no known place or body. */
function tribeNisba(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== "word" || isFunctionWord(ctx, t) || !/(ي|اوي)$/.test(t.norm) || t.norm.length < 4)
    return false;
  const g = gazAt(ctx, k);
  return !g || g.value.source === "nisba";
}

/**
 * تركي بن فيصل، الأمير تركي: a nisba adjective that is also a given name names a person when a
 * patronymic follows it (بن X, or a father's given name and a family name), or when it stands
 * bare after a definite title — an adjective agrees with
 * its noun in definiteness (الرئيس التركي), so after الأمير the bare word is no "Turkish".
 */
export function nisbaAsGivenName(ctx: SentenceCtx, g: Hit<GazEntry>, afterDefiniteTitle = false): boolean {
  if (g.value.source !== "nisba" || g.to !== g.from + 1) return false;
  const t = ctx.tokens[g.from];
  if (t?.kind !== "word" || t.norm.startsWith("ال")) return false;
  // وتركي القرشي: the conjunction of a list of names on the given name; only a family name after
  // it makes it one there (جندي سوري وتركي is two nationalities).
  const conjoined = g.reading.prefix === 1 && /^[وف]/.test(t.norm) && ctx.lex.givenNames.has(t.norm.slice(1));
  if (!conjoined && (g.reading.prefix !== 0 || givenName(ctx, t) === undefined)) return false;
  const next = ctx.tokens[g.to];
  if (conjoined) return familyAfter(ctx, g.to) || rareFamilyAfterNisba(ctx, g.to);
  if (afterDefiniteTitle || (next?.kind === "word" && isChainParticle(next.norm))) return true;
  if (familyAfter(ctx, g.to) || rareFamilyAfterNisba(ctx, g.to)) return true;
  // تركي عبدالرحمن العتيبي: a father's given name, then a family name, follow the given name.
  return (
    next?.kind === "word" &&
    givenName(ctx, next) !== undefined &&
    nisbaAt(ctx, g.to) === null &&
    (familyAfter(ctx, g.to + 1) || familyDemonymAt(ctx, g.to + 1))
  );
}

// Nouns of respect an indefinite nisba takes in construct (تركي الجنسية، مصري الأصل): no family name.
const RESPECT_NOUNS = new Set([
  "الجنسيه",
  "الاصل",
  "المولد",
  "المنشا",
  "الصنع",
  "الهوي",
  "اللهجه",
  "الملامح",
]);

/**
 * تركي الشليل: a family name of no nisba form after a nisba that is also a given name — a definite
 * word the lexicon does not know (no gloss, no common noun, no place or body) that the tagger
 * reads as a person's or Wikidata's person names use. تركي الجنسية، مصري الأصل: the nouns of
 * respect an indefinite adjective takes are known words.
 */
function rareFamilyAfterNisba(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== "word" || RESPECT_NOUNS.has(t.norm) || !taggedRareFamilyName(ctx, k, true)) return false;
  if (ctx.lex.functionWords.has(t.norm) || ctx.lex.timesOfDay.has(t.norm)) return false;
  if (taggedAs(ctx, k, "PERS") || ctx.lex.nameWords.has(t.norm.slice(2)) || ctx.lex.nameWords.has(t.norm))
    return true;
  // بمنطقة الرياض تركي الشليل، وقال تركي X: an indefinite adjective describes an indefinite noun
  // before it; after a definite word, a list's comma or a verb of saying the word is a name.
  const prev = ctx.tokens[k - 2];
  if (prev?.kind !== "word") return true;
  if (readingsOf(prev).some((r) => personCues().speechVerbs.has(r.key))) return true;
  return prev.norm.startsWith("ال") && !isFunctionWord(ctx, prev);
}

/** التركي، المصري: a definite nisba of a country whose demonym Arab families bear. */
function familyDemonymAt(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  const n = nisbaAt(ctx, k);
  return (
    t?.kind === "word" &&
    t.norm.startsWith("ال") &&
    n !== null &&
    n.to === k + 1 &&
    familyDemonym(n.value.country)
  );
}

/**
 * تركي العتيبي: an indefinite adjective is followed by no definite adjective of its own (جندي
 * تركي الجنسية is a genitive of respect, not a name), so a definite family name of nisba form
 * that is no country's nisba, no adjective of the lexicon and no word of time or order makes
 * the nisba a given name.
 */
function familyAfter(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== "word" || !/^ال.{3,}(ي|اوي)$/.test(t.norm) || isFunctionWord(ctx, t)) return false;
  const { lex } = ctx;
  if (lex.adjectives.has(t.norm) || lex.modifiers.has(t.norm) || lex.titles.has(t.norm)) return false;
  if (personCues().personNouns.has(t.norm) || lex.orgHeads.has(t.norm.slice(2))) return false;
  return nisbaAt(ctx, k) === null && gazAt(ctx, k) === null;
}

// Countries whose demonyms are also family names (المصري، العراقي، التركي، الهندي): the Arab
// states and their neighbours.
const FAMILY_DEMONYMS = new Set(
  "SA EG IQ SY LB JO PS YE OM AE QA BH KW MA DZ TN LY SD MR SO DJ KM IR TR IN AF PK".split(" "),
);

function familyDemonym(country: string | undefined): boolean {
  return country === undefined || FAMILY_DEMONYMS.has(country);
}

/**
 * The second word of a name after a first word that is no given name. مدربه دونيس رفض العرض: an
 * unknown word of three letters or of imperfect-verb shape is the verb of the clause (a perfect
 * فعل, يؤكد), unless the tagger carries the name on. المتحدث باسم اللجنة، القاضي ناظر القضية: a
 * definite common noun — a title, an adjective, a trade, the head of a body or a place, or a
 * feminine noun in ة that no family is named with — is no family name.
 */
function secondPart(ctx: SentenceCtx, i: number, k: number, t: Token): boolean {
  const { lex } = ctx;
  const tagged = taggedAs(ctx, k, "PERS");
  const first = ctx.tokens[i] as Token;
  const given = givenName(ctx, first) !== undefined;
  // محمد المهندس، عمر السومة: after a given name a definite word is taken as the family name.
  if (t.norm.startsWith("ال") && !given) {
    if (commonDefinite(lex, t.norm)) return false;
    return tagged || !/ة[\u064B-\u0652]*$/.test(t.text) || familyNameShaped(ctx, t.norm);
  }
  if (tagged || given || t.norm.startsWith("ال") || lex.nameWords.has(t.norm)) return true;
  return givenName(ctx, t) !== undefined || (t.norm.length !== 3 && !verbLike(ctx, t));
}

// The perfect of the form افتعل (اشترط، انتقد), alone or with a dual or plural ending and an
// object pronoun (انتقداني، اعترفوا).
export const PERFECT_IFTAAL = /^ا[^ل]ت[^اوي][^اوي](ا|وا|ت|ني|اني|وني|ه|ها)?$/;

// قوله، حديثه، تصريحاته: a noun of speech with the pronoun on it (وتابع الرئيس X قوله) goes on
// with the sentence after the name it follows.
const SPEECH_NOUN_WITH_PRONOUN = /^(قول|حديث|كلام|تصريح|تصريحات|كلمت|رسالت)(ه|ها|هم)$/;

// مستقرة، مرتفعة، متوقعة: the feminine of a participle (م… with ة), long enough to have a
// derived stem.
const FEMININE_PARTICIPLE = /^م.{4,}ه$/;

/**
 * حالة خالد مستقرة (Khalid's condition is stable): after a given name, the feminine of a
 * participle that no person is named with is the predicate of the noun before the name (a
 * man's surname is not feminine, and a woman's family name is no participle).
 */
export function feminineParticiple(ctx: SentenceCtx, k: number, t: Token): boolean {
  if (!/ة[\u064B-\u0652]*$/.test(t.text) || !FEMININE_PARTICIPLE.test(t.norm)) return false;
  const before = ctx.tokens[k - 1];
  if (before?.kind !== "word" || givenName(ctx, before) === undefined) return false;
  return givenName(ctx, t) === undefined && (ctx.lex.nameWords.get(t.norm) ?? 0) < 3;
}

/**
 * A word that carries no name on, whatever the tagger says: a lone letter (د. and م. abbreviate
 * the titles doctor and engineer; لـ before a quote is the preposition), a noun of speech with
 * its pronoun, or a word of imperfect-verb shape no person is named with after a given name or
 * untagged (X سيذهب، X يصافح) — but a nisba family name of that shape (تونسي) is one.
 */
function notANamePart(ctx: SentenceCtx, i: number, k: number, t: Token): boolean {
  if (t.norm.length < 2 && !ctx.lex.letters.has(t.norm)) return true;
  if (SPEECH_NOUN_WITH_PRONOUN.test(t.norm)) return true;
  if (feminineParticiple(ctx, k, t)) return true;
  if (!verbLike(ctx, t) || nisbaAt(ctx, k) !== null || ctx.lex.particles.has(t.norm)) return false;
  // تانر يلدز: after a foreign first name the tagger carries on, a rare surname may look like a verb.
  const before = ctx.tokens[k - 1] as Token;
  return !taggedAs(ctx, k, "PERS") || (k > i && givenName(ctx, before) !== undefined);
}

/**
 * مطار، شارع، مستشفى: the indefinite head noun of a place or a body; رجل، سيدة: the noun that
 * starts a noun of standing (رجل الأعمال) — no name starts with one (المواطن رجل الأمن).
 */
function placeOrBodyNoun(ctx: SentenceCtx, norm: string): boolean {
  const { lex } = ctx;
  return (
    lex.placeNouns.has(norm) || lex.placeHeads.has(norm) || lex.orgHeads.has(norm) || nounStarts().has(norm)
  );
}

let NOUN_STARTS: Set<string> | null = null;

/** The first words of the two-word nouns of standing (رجل الأعمال → رجل). */
function nounStarts(): Set<string> {
  NOUN_STARTS ??= new Set(
    [...personCues().personNouns].filter((e) => e.includes(" ")).map((e) => e.split(" ")[0] as string),
  );
  return NOUN_STARTS;
}

/**
 * وخالد بن صالح العباد، سعيد بن ناصر بن ريحان: a name the rules read from a father's given name
 * (after a title's long complement, where the given name before it was missed) starts too late
 * when a patronymic particle stands right before it. The word before the particle is the
 * person's own given name — a given name, one with a conjunction on it (وخالد), or a word the
 * tagger starts the name with — unless the rules already read it, or it is a title, a noun of
 * trade, a definite word or a function word.
 */
export function chainHead(ctx: SentenceCtx, name: NameHit, covered: Uint8Array): NameHit {
  if (name.known) return name;
  let from = name.from;
  while (from >= 2) {
    const particle = ctx.tokens[from - 1];
    const head = ctx.tokens[from - 2];
    if (particle?.kind !== "word" || !isPatronymic(particle.norm) || head?.kind !== "word") break;
    if (covered[from - 2] === 1 || covered[from - 1] === 1) break;
    if (!ownGivenName(ctx, from - 2, head) && !(particle.norm === "بن" && nounGivenName(ctx, head))) break;
    from -= 2;
  }
  return from === name.from ? name : { from, to: name.to, known: null };
}

function ownGivenName(ctx: SentenceCtx, k: number, t: Token): boolean {
  const { lex } = ctx;
  if (isFunctionWord(ctx, t) || t.norm.startsWith("ال") || lex.particles.has(t.norm)) return false;
  if (givenName(ctx, t) !== undefined) return true;
  if (lex.titles.has(t.norm) || personCues().personNouns.has(t.norm) || notAName(ctx, t)) return false;
  const conjoined = /^[وف]/.test(t.norm) && lex.givenNames.has(t.norm.slice(1));
  return conjoined || (ctx.tags?.[k] === "B-PERS" && ctx.tags[k + 1] === "I-PERS");
}

// Uses in Wikidata person names from which a word that is also a common noun (مساعد، رائد) is a
// given name right before بن, which no noun or adjective stands before.
const NOUN_GIVEN_USES = 3;

/**
 * مساعد بن سالم: a given name that is also a noun, which the list leaves out; before بن (not ابن,
 * which a noun may govern) it is one when Wikidata's person names use it and it is no title,
 * adjective, verb or noun of trade.
 */
function nounGivenName(ctx: SentenceCtx, t: Token): boolean {
  const { lex } = ctx;
  if ((lex.nameWords.get(t.norm) ?? 0) < NOUN_GIVEN_USES || t.norm.startsWith("ال")) return false;
  if (isFunctionWord(ctx, t) || lex.titles.has(t.norm) || lex.adjectives.has(t.norm)) return false;
  if (personCues().personNouns.has(t.norm) || verbShaped(t.norm) || placeOrBodyNoun(ctx, t.norm))
    return false;
  return !/^[وف]/.test(t.norm) || lex.givenNames.has(t.norm);
}

// Uses in Wikidata person names from which a word the tagger starts a name with, before a known
// person's surname, is read as another person's given name (ميشيل أوباما، جيب بوش).
const OTHER_GIVEN_USES = 5;

/**
 * The word at k before a known person's name (the hit g, at k + 1): "same" when it is that
 * person's given name spelt another way (سيرجي لافروف for سيرغي لافروف), "other" when it is
 * another given name the tagger runs on into the surname (ميشيل أوباما, who is not باراك
 * أوباما; تركي الفيصل after خالد الفيصل), null when it is no given name there (a title, a verb,
 * a function word).
 */
export function firstNameBefore(ctx: SentenceCtx, k: number, g: Hit<GazEntry>): "same" | "other" | null {
  const t = ctx.tokens[k];
  const { lex } = ctx;
  if (g.value.type !== "Person" || g.from !== k + 1 || t?.kind !== "word") return null;
  // وميشال أوباما: a conjunction on a given name of the list joins another person.
  const rest = t.norm.slice(1);
  if (/^[وف]/.test(t.norm) && !lex.givenNames.has(t.norm) && lex.givenNames.has(rest))
    return otherGiven(ctx, k, g) ? "other" : null;
  if (isFunctionWord(ctx, t) || t.norm.startsWith("ال") || lex.particles.has(t.norm)) return null;
  if (titleWord(ctx, t) || personCues().personNouns.has(t.norm) || notAName(ctx, t)) return null;
  const words = g.value.ar.split(/\s+/);
  const covered = g.to - g.from;
  const before = words.length > covered ? words[words.length - covered - 1] : undefined;
  if (before !== undefined && sameForeignName(lex, t.norm, normalizeForMatch(before))) return "same";
  if (verbLike(ctx, t)) return null;
  const uses = lex.nameWords.get(t.norm) ?? 0;
  return otherGiven(ctx, k, g) && (givenName(ctx, t) !== undefined || uses >= OTHER_GIVEN_USES)
    ? "other"
    : null;
}

/** A surname of one word, known with a given name, that the tagger reads on from the word at k. */
function otherGiven(ctx: SentenceCtx, k: number, g: Hit<GazEntry>): boolean {
  if (g.to - g.from !== 1 || g.value.ar.split(/\s+/).length < 2 || g.reading.prefix !== 0) return false;
  return ctx.tags?.[k] === "B-PERS" && ctx.tags[k + 1] === "I-PERS";
}

/** The name starting at token i, if one is written there. */
// Titles that are as often the family name (آل الشيخ's الشيخ، الباشا، السلطان) after given names.
const TITLE_FAMILIES = new Set(["الشيخ", "الباشا", "السلطان", "السيد", "الملا"]);

/**
 * Token k is a title of TITLE_FAMILIES right after given names (no particle, no other word from
 * i on) and no name follows it: a given name, a word the tagger calls a person's or a known
 * person (الشيخ محمد، السلطان قابوس) would make it the next person's title.
 */
export function titleFamilyName(ctx: SentenceCtx, i: number, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== "word" || !TITLE_FAMILIES.has(t.norm)) return false;
  for (let p = i; p < k; p++) if (givenName(ctx, ctx.tokens[p] as Token) === undefined) return false;
  const next = ctx.tokens[k + 1];
  if (next?.kind !== "word") return true;
  if (givenName(ctx, next) !== undefined || taggedAs(ctx, k + 1, "PERS")) return false;
  const g = gazAt(ctx, k + 1);
  if (g?.value.type === "Person" || ctx.lex.particles.has(next.norm)) return false;
  return true;
}

/** ولد: «son of» in Mauritanian names. */
export const OULD = "ولد";

/**
 * The father's name after ولد, in tokens (0 when there is none): a given name (compounds with عبد
 * written apart: عبد العزيز), a religious honorific that is part of the name, with a given name
 * after it or alone (الشيخ أحمد، ولد الشيخ), or a family name of nisba form (الغزواني).
 */
export function ouldFather(ctx: SentenceCtx, k: number): number {
  const t = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  if (t?.kind !== "word" || isFunctionWord(ctx, t)) return 0;
  const given = (w: Token | undefined): boolean => w?.kind === "word" && givenName(ctx, w) !== undefined;
  if (t.norm === "عبد" && next?.kind === "word" && next.norm.startsWith("ال")) return 2;
  if (/^(ال)?(شيخ|سيد)$/.test(t.norm)) return given(next) ? 2 : 1;
  if (given(t)) return 1;
  return t.norm.startsWith("ال") && /(ي|اوي)$/.test(t.norm) && gazAt(ctx, k) === null ? 1 : 0;
}

export function nameAt(ctx: SentenceCtx, i: number): NameHit | null {
  const known = gazAt(ctx, i);
  if (known?.value.type === "Person") return { from: i, to: chainEnd(ctx, known.to), known };
  const { tokens, lex } = ctx;
  const head = tokens[i];
  // بن عبدالعزيز، آل سعود: a piece of a chain names nobody; نائب، وزير: an office, not a name.
  if (head?.kind === "word" && (notAName(ctx, head) || titleWord(ctx, head))) return null;
  // ولد الشيخ أحمد: the rest of a Mauritanian name, a mention of the full name found before it.
  if (head?.kind === "word" && head.norm === OULD) return null;
  // غادر ولي العهد مطار X، زار الوزير مستشفى X: the noun of a place or a body after a title is
  // the verb's object, not the holder's name.
  if (head?.kind === "word" && givenName(ctx, head) === undefined && placeOrBodyNoun(ctx, head.norm))
    return null;
  // وزير الدفاع للأردن واجتماعه: after a title, a word with the conjunction starts a new clause.
  if (head?.kind === "word" && startsWithConjunction(ctx, head)) return null;
  let k = i;
  let parts = 0;
  while (k < tokens.length && parts < MAX_PARTS) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || isFunctionWord(ctx, t)) break;
    // إسماعيل ولد الشيخ أحمد، محمد ولد عبد العزيز: the Mauritanian «son of» before the father's
    // name carries the name on, as بن does; «ولد» before any other word is a boy (لابني X ولد).
    if (parts > 0 && t.norm === OULD) {
      const father = ouldFather(ctx, k + 1);
      if (father === 0) break;
      k += 1 + father;
      parts++;
      break;
    }
    if (parts > 0 && startsWithConjunction(ctx, t) && !taggedAs(ctx, k, "PERS")) break;
    // فيصل وإبراهيم السويل: و on a given name that is none with it (وليد، وائل are) joins a brother.
    if (
      parts > 0 &&
      t.norm.startsWith("و") &&
      !lex.givenNames.has(t.norm) &&
      lex.givenNames.has(t.norm.slice(1))
    )
      break;
    // عبدالمنعم الشيخ، فوزي الباشا، ناصر محمد السلطان: a title that is also a family name, after
    // the given names, ends the name when no name follows it (الشيخ محمد is the next person).
    if (parts > 0 && titleFamilyName(ctx, i, k)) {
      k++;
      parts++;
      break;
    }
    // Another title (الوزير، نظيره) starts a new phrase; a title that needs a complement
    // (أمير، رئيس) is also a given name, so it may be part of this one.
    const title = lex.titles.has(t.norm) ? lex.titles.longest(t.norm, (o) => tokens[k + o]?.norm) : null;
    if (title && !title.value.complementRequired) break;
    const g = k === i ? known : gazAt(ctx, k);
    // سيرجي لافروف: a known person's surname after a spelling of his given name is his name.
    const before = g && k === i + 1 ? firstNameBefore(ctx, i, g) : null;
    if (g && before === "same") return { from: i, to: chainEnd(ctx, g.to), known: g };
    if (
      g &&
      g.value.source !== "nisba" &&
      g.from === k &&
      before !== "other" &&
      !knownFamilyName(ctx, i, k, g)
    )
      break;
    // ريفير بليت الأرجنتيني: the nationality of a country whose demonym no Arab family bears
    // describes the name before it (المصري، التركي، الهندي are family names too).
    // أبو خليل السوداني، أبو مصعب الزرقاوي: after a kunya the nisba is part of the name it goes by.
    const kunya = k === i + 2 && /^(ابو|ام)$/.test((tokens[i] as Token).norm);
    if (
      k > i &&
      g?.value.source === "nisba" &&
      g.value.type === "Country" &&
      !familyDemonym(g.value.country) &&
      !(kunya && (tokens[k] as Token).norm.startsWith("ال"))
    )
      break;
    if (lex.particles.has(t.norm)) {
      const next = tokens[k + 1];
      if (!next || next.kind !== "word" || isFunctionWord(ctx, next)) break;
      // بن عبد الرحمن: a particle's object may itself be a particle with its own object.
      const nested = lex.particles.has(next.norm) && tokens[k + 2]?.kind === "word" ? 1 : 0;
      k += 2 + nested;
      parts++;
      // آل ثاني، آل سعود: the family name closes the chain — but for the tribe's nisba after it
      // (آل X القحطاني، آل X عسيري).
      if (t.norm === "ال") {
        if (tribeNisba(ctx, k)) k++;
        break;
      }
      continue;
    }
    if (parts > 0 && lex.letters.has(t.norm)) {
      k++;
      if (t.norm.startsWith("ال")) break;
      continue;
    }
    // سجل المهاجم X هدفاً، حقق X فوزا: an indefinite accusative after a name is the verb's object,
    // not a surname, unless a name list or the tagger says it is a name (كوستا، سيلفا).
    const accusative = /(اً|ًا)$/.test(t.text) || (/ا$/.test(t.norm) && !t.norm.startsWith("ال"));
    if (parts > 0 && accusative && !lex.nameWords.has(t.norm) && !taggedAs(ctx, k, "PERS")) break;
    // محمد حسين لقائمة الفريق (… to the team's list): ل or ب on a feminine noun no name list knows
    // is the sentence going on, whatever the tagger says (بوعائشة: بو is the Gulf's أبو).
    if (parts > 0 && /^[بل](?!و).{3,}ه$/.test(t.norm) && procliticNoun(ctx, t)) break;
    // ثلاث مباريات، خمسة لاعبين: a cardinal number counts the noun after it; it starts no name.
    if (parts === 0 && CARDINALS.has(t.norm)) break;
    // خوسيه مانويل X: after given names only, the next plain word is the surname.
    const allGiven = tokens.slice(i, k).every((p) => givenName(ctx, p) !== undefined);
    const surname = allGiven && !t.norm.startsWith("ال") && !verbLike(ctx, t) && t.norm.length >= 3;
    if (parts >= 2 && !surname && !laterPart(ctx, k, t)) break;
    if (parts >= 2 && surname) {
      k++;
      parts++;
      // سامر موسى علي آل X: a chain particle after it carries the name on; after a given name
      // (سامر موسى علي الدوسري) so does a definite family name.
      const next = tokens[k];
      if (next?.kind !== "word") break;
      if (lex.particles.has(next.norm)) continue;
      const family =
        next.norm.startsWith("ال") && !ORDER_OR_TIME.test(next.norm) && !commonDefinite(lex, next.norm);
      if (givenName(ctx, t) !== undefined && family && laterPart(ctx, k, next)) continue;
      break;
    }
    if (parts > 0 && notANamePart(ctx, i, k, t)) break;
    if (parts === 1 && !secondPart(ctx, i, k, t)) break;
    // عبدالعزيز بإجراء، X لإبراز: a preposition on a hamzated noun (a verbal noun) is the sentence
    // going on; family names with ب (باعشن، بخاري) are written with a plain alif or none.
    if (parts > 0 && /^[بلك][إأ]/.test(t.text) && procliticNoun(ctx, t)) break;
    // للأمين العام، للرئيس: a word with the preposition لـ and the article is no name.
    if (/^(لل|لت|بال)/.test(t.norm) && givenName(ctx, t) === undefined) break;
    if (parts === 0) {
      // بقي قائما، شن هجوما، قدم عروضا: an indefinite accusative no person is named with is the
      // verb's object or predicate, whatever the tagger says.
      const chain = tokens[k + 1]?.kind === "word" && isChainParticle((tokens[k + 1] as Token).norm);
      // المدرب سينسا X: a foreign first name the tagger carries on into the surname keeps its a.
      const carried = !/(اً|ًا)$/.test(t.text) && taggedAs(ctx, k, "PERS") && ctx.tags?.[k + 1] === "I-PERS";
      if (accusative && !chain && !carried && !lex.nameWords.has(t.norm) && givenName(ctx, t) === undefined)
        break;
      const plausible = givenName(ctx, t) !== undefined || taggedAs(ctx, k, "PERS");
      // رئيس اللجنة أصدر قراراً: a four-letter word with a written hamza that no person is named
      // with has the shape of a causative verb (أصدر، أعلن); the names of that shape (أحمد، أكرم،
      // أيمن) are all known.
      if (!plausible && /^[أإ]/.test(t.text) && t.norm.length === 4 && !lex.nameWords.has(t.norm)) break;
      // اشترط، انتقداني: nor does the perfect of the form افتعل.
      if (!plausible && PERFECT_IFTAAL.test(t.norm) && !lex.nameWords.has(t.norm)) break;
      if (!plausible && (t.norm.startsWith("ال") || verbLike(ctx, t) || t.norm.length < 2)) break;
      // الفريق خاض، رئيس اللجنة اجتماعاً، الرئيس جولة: an indefinite noun with its accusative
      // ending, or a word no person of Wikidata is named with that is short or has the ending of
      // a feminine, dual or plural noun (جولة، هدفين، مباريات), starts no name unless the tagger
      // says so (a rarer foreign spelling, شتيفن، still does).
      const noun = !lex.nameWords.has(t.norm) && (t.norm.length <= 3 || /(ه|ين|ات)$/.test(t.norm));
      if (!plausible && (noun || /(اً|ًا)$/.test(t.text))) break;
    }
    k++;
    parts++;
    // An article-bearing part (الكاظمي) is a family name: the name ends there — but for a
    // tribe's nisba after a family name (سامر الخالد الدوسري).
    if (
      t.norm.startsWith("ال") &&
      !(parts === 1 && definiteGivenName(ctx, k - 1)) &&
      !divineCompound(ctx, k - 1)
    ) {
      // طارق العبد الجبار، العبد اللطيف: العبد opens a family name written apart (العبدالكريم);
      // the divine name after it belongs to it.
      const attribute = tokens[k];
      if (t.norm === "العبد" && attribute?.kind === "word" && /^ال.{3,}$/.test(attribute.norm)) {
        if (!isFunctionWord(ctx, attribute) && !ctx.lex.adjectives.has(attribute.norm)) k++;
        break;
      }
      if (parts >= 2 && familyAfter(ctx, k) && !ORDER_OR_TIME.test((tokens[k] as Token).norm)) k++;
      break;
    }
  }
  return parts > 0 ? { from: i, to: k, known: null } : null;
}

/**
 * ضيف الله، نصر الله، عطا الله: الله at k after a word that the given-name list knows joined to
 * it is the end of a compound given name written apart, not a family name; the name goes on
 * (ضيف الله بن X).
 */
function divineCompound(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  const before = ctx.tokens[k - 1];
  if (t?.kind !== "word" || t.norm !== "الله" || before?.kind !== "word") return false;
  return ctx.lex.givenNames.has(`${before.norm}الله`);
}

/**
 * العنود الجديعي، الحسن واتارا، الوليد بن خالد: a given name written with the article (the
 * lexicon lists it so, or without it) opens the name, which goes on, rather than being a family
 * name that ends it. Without the lexicon's ال the next word must be a name's: a chain particle, or
 * an indefinite word Wikidata's person names use or the tagger reads as a person's (الحسن الثاني،
 * الحسين بن علي; الوليد الجديد is no name).
 */
function definiteGivenName(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  if (t?.kind !== "word" || next?.kind !== "word" || isFunctionWord(ctx, next)) return false;
  if (givenName(ctx, t) !== undefined) return true;
  if (!ctx.lex.givenNames.has(t.norm.slice(2))) return false;
  if (isPatronymic(next.norm)) return true;
  if (next.norm.startsWith("ال") || ORDER_OR_TIME.test(`ال${next.norm}`) || verbLike(ctx, next)) return false;
  return (ctx.lex.nameWords.get(next.norm) ?? 0) >= BARE_FAMILY_USES || taggedAs(ctx, k + 1, "PERS");
}

/**
 * A family name standing alone after given names: definite, no common word the lexicon knows (an
 * adjective, a title, a trade, the head of a body or place, a word of time), no place or body of
 * the gazetteer, and either of nisba form (الشيخي، الزهراني) or a word people are often named with
 * (Wikidata's person names: العساف، الخميس).
 */
function plainFamilyName(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== "word" || !/^ال.{3,}$/.test(t.norm) || isFunctionWord(ctx, t)) return false;
  const { lex } = ctx;
  if (commonDefinite(lex, t.norm) || gazAt(ctx, k) !== null || nisbaAt(ctx, k) !== null) return false;
  if (ORDER_OR_TIME.test(t.norm)) return false;
  if (/(ي|اوي)$/.test(t.norm)) return true;
  return (
    (lex.nameWords.get(t.norm.slice(2)) ?? 0) >= BARE_FAMILY_USES ||
    (lex.nameWords.get(t.norm) ?? 0) >= BARE_FAMILY_USES
  );
}

// Given names that are as often a noun or adjective in construct with the next word (حسن الجوار،
// سعيد الحظ، رضا العملاء، نور الشمس): without a family name of the lexicon they name no one.
const CONSTRUCT_NOUNS = new Set([
  "حسن",
  "سعيد",
  "كريم",
  "جميل",
  "رضا",
  "جمال",
  "كمال",
  "نور",
  "امل",
  "هدي",
  "عز",
]);

/**
 * وكان سعد العمير، محمد الفهيد: a definite word after a given name that the tagger carries on as
 * the name's family name (after a given name, token k − 1), though it has no nisba form and Wikidata's names rarely use it. Any
 * word the lexicon knows otherwise — a title, an adjective, a trade, a word of time or order, the
 * head of a body or place, a place, a body, a nisba or an institution's descriptive noun — keeps
 * the phrase a noun and its complement (حسن الجوار).
 */
export function taggedRareFamilyName(ctx: SentenceCtx, k: number, givenChecked = false): boolean {
  const t = ctx.tokens[k];
  const given = ctx.tokens[k - 1];
  if (
    !givenChecked &&
    (given?.kind !== "word" || givenName(ctx, given) === undefined || CONSTRUCT_NOUNS.has(given.norm))
  )
    return false;
  if (t?.kind !== "word" || !/^ال.{3,}$/.test(t.norm) || isFunctionWord(ctx, t)) return false;
  if (commonDefinite(ctx.lex, t.norm) || ORDER_OR_TIME.test(t.norm)) return false;
  // رضا المستفيدين (the beneficiaries' satisfaction): a long word with a plural ending is a noun.
  if (t.norm.length >= 9 && /(ين|ون|ات)$/.test(t.norm)) return false;
  if (gazAt(ctx, k) !== null || nisbaAt(ctx, k) !== null) return false;
  return glossPhrase(ctx.lex, t.text) === null;
}

/**
 * بحضور سعد بن خالد، وافتتحه فهد بن ناصر الجبيلان نائب المدير: a given name, بن and a father's
 * given name are a name without any word announcing it; a rare family name after the chain (no
 * common word, place, body or gloss of the lexicon) joins it when the clause stops there — a
 * comma, the sentence's end, or a title in apposition — as an object (المعرض، المشروع) seldom does.
 */
function patronymicChain(ctx: SentenceCtx, name: NameHit): NameHit | null {
  const { tokens } = ctx;
  const particle = tokens[name.from + 1];
  if (particle?.kind !== "word" || !isPatronymic(particle.norm)) return null;
  // بن عبد الله: the father's name may be written in two words.
  const k = chainEnd(ctx, name.from + 1);
  const father = tokens[k - 1];
  if (name.to < k || name.to > k + 1 || father?.kind !== "word" || isChainParticle(father.norm)) return null;
  if (givenName(ctx, father) === undefined && father.norm !== "الله") return null;
  const chain = { ...name, to: k };
  const family = tokens[k];
  // The name's own rules (a family name Wikidata's names use, the tagger) took it: it stays.
  if (
    family?.kind === "word" &&
    taggedRareFamilyName(ctx, k, true) &&
    (name.to > k || clauseStops(ctx, k + 1))
  )
    return { ...chain, to: k + 1 };
  return chain;
}

/**
 * وقالت سعاد الحميدان المشرفة على البرنامج، وكان فهد الخليوي مدير الإدارة: a given name and a
 * rare definite word (no common word, place, body or gloss of the lexicon) are a name when a
 * title stands after them in apposition.
 */
function apposedFamily(ctx: SentenceCtx, name: NameHit): NameHit | null {
  if (name.to - name.from !== 2 || !taggedRareFamilyName(ctx, name.to - 1)) return null;
  const next = ctx.tokens[name.to];
  return next?.kind === "word" && clauseStops(ctx, name.to) ? name : null;
}

/** Token k ends the phrase before it: punctuation, the sentence's end, or a title in apposition. */
function clauseStops(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined || t.kind !== "word") return true;
  return readingsOf(t).some((r) => r.prefix === 0 && ctx.lex.titles.has(r.key));
}

// Uses in Wikidata person names from which a definite word after a given name alone (no title, no
// verb of saying) is read as a family name.
const BARE_FAMILY_USES = 8;

/**
 * سجلهما نايف الماس، واختتم علي العساف الأهداف، ومعز عرب: no title, trade or verb of saying
 * announces the name, but a known given name (and the given names or chain after it) ends in a
 * family name of plainFamilyName's kind. A conjunction on the first name (وعلي) is allowed: the
 * name is the rest. A given name right after a chain particle belongs to a chain read elsewhere.
 */
export function givenAndFamilyAt(ctx: SentenceCtx, i: number): NameHit | null {
  const t = ctx.tokens[i];
  if (t?.kind !== "word" || isFunctionWord(ctx, t)) return null;
  const prev = ctx.tokens[i - 1];
  // A given name right after a particle or another name is inside a chain read from its start.
  if (prev?.kind === "word" && (isChainParticle(prev.norm) || givenName(ctx, prev) !== undefined))
    return null;
  // وX: a conjunction starts a second name, though the tagger carried the first one up to it.
  const conjoined = /^[وف]/.test(t.norm) && ctx.lex.givenNames.has(t.norm.slice(1));
  if (taggedAs(ctx, i - 1, "PERS") && !(conjoined && givenName(ctx, t) === undefined)) return null;
  if (givenName(ctx, t) === undefined) {
    // وعلي الشيخي: و on a given name joins a second person; two words only.
    if (!conjoined) return null;
    if (plainFamilyName(ctx, i + 1)) return { from: i, to: i + 2, known: null };
    // ويوسف الضالع مدير النشاط: a rarer family name, when a title follows it in apposition.
    const apposed =
      !CONSTRUCT_NOUNS.has(t.norm.slice(1)) &&
      taggedRareFamilyName(ctx, i + 1, true) &&
      ctx.tokens[i + 2]?.kind === "word" &&
      clauseStops(ctx, i + 2);
    return apposed ? { from: i, to: i + 2, known: null } : null;
  }
  let name = nameAt(ctx, i);
  if (!name || name.known || name.to - name.from < 2) return null;
  if (!plainFamilyName(ctx, name.to - 1)) return patronymicChain(ctx, name) ?? apposedFamily(ctx, name);
  // X العريفي الخالدي: a family name then a tribe's nisba; the family name must be one alone.
  let family = name.to - 1;
  const before = ctx.tokens[family - 1];
  const particle = ctx.tokens[family - 2];
  if (
    family - 1 > name.from &&
    before?.kind === "word" &&
    before.norm.startsWith("ال") &&
    !(particle?.kind === "word" && ctx.lex.particles.has(particle.norm))
  ) {
    if (plainFamilyName(ctx, family - 1)) family--;
    else {
      // As before the nisba joined the name: it ends at the first family name, if that is one.
      name = { ...name, to: family };
      family = name.to - 1;
      if (!plainFamilyName(ctx, family)) return null;
    }
  }
  // يزيد الآمال (raises hopes): a given name of verb shape takes only a family name of nisba form.
  const last = ctx.tokens[name.to - 1] as Token;
  if (name.to - name.from === 2 && verbShaped(t.norm) && !/(ي|اوي)$/.test(last.norm)) return null;
  // Every part before the family name is a given name or a piece of a chain.
  for (let k = name.from + 1; k < family; k++) {
    const p = ctx.tokens[k] as Token;
    const after = ctx.tokens[k - 1] as Token;
    if (
      givenName(ctx, p) === undefined &&
      !ctx.lex.particles.has(p.norm) &&
      !ctx.lex.particles.has(after.norm)
    )
      return null;
  }
  return name;
}

// Uses in Wikidata person names from which a word no Arabic name list has is a foreign first name
// (فيليب، أندريه، ماركو): hundreds of people bear it.
const FOREIGN_GIVEN_USES = 100;

/**
 * وقال ماركو بيلتراني إن…: a foreign first name many people bear, right after a verb of saying,
 * and one more plain word the lexicon does not know (no gloss, place, body, title or verb shape)
 * before the clause goes on (إن، أن، a quote or punctuation) are the speaker's name, though the
 * surname is rare.
 */
export function foreignNameAfterSpeech(ctx: SentenceCtx, i: number): NameHit | null {
  const { tokens, lex } = ctx;
  const prev = tokens[i - 1];
  const first = tokens[i];
  const surname = tokens[i + 1];
  if (prev?.kind !== "word" || first?.kind !== "word" || surname?.kind !== "word") return null;
  if (!readingsOf(prev).some((r) => personCues().speechVerbs.has(r.key))) return null;
  const plain = (t: Token): boolean =>
    !t.norm.startsWith("ال") &&
    t.norm.length >= 4 &&
    !isFunctionWord(ctx, t) &&
    !lex.particles.has(t.norm) &&
    !lex.titles.has(t.norm) &&
    !/(اً|ًا)$/.test(t.text);
  if (!plain(first) || givenName(ctx, first) !== undefined || notAName(ctx, first)) return null;
  if ((lex.nameWords.get(first.norm) ?? 0) < FOREIGN_GIVEN_USES) return null;
  // بمناسبة، لوزارة: a preposition on a noun the lexicon knows (a foreign surname may start so).
  const rest = /^[بلك]/.test(surname.norm) ? surname.norm.slice(1) : "";
  const onNoun =
    rest !== "" && (rest.startsWith("ال") || glossPhrase(lex, rest) !== null || placeOrBodyNoun(ctx, rest));
  // لاحقا، مجددا، بمناسبة: an adverb's accusative alif or a feminine ة is no foreign surname's.
  const adverb = /ا$/.test(surname.norm) && !lex.nameWords.has(surname.norm);
  if (!plain(surname) || verbLike(ctx, surname) || onNoun || adverb || /ة$/.test(surname.text)) return null;
  if (gazAt(ctx, i) !== null || gazAt(ctx, i + 1) !== null || nisbaAt(ctx, i + 1) !== null) return null;
  if (glossPhrase(lex, surname.text) !== null || placeOrBodyNoun(ctx, surname.norm)) return null;
  const after = tokens[i + 2];
  if (after?.kind === "word" && !isFunctionWord(ctx, after)) return null;
  return { from: i, to: i + 2, known: null };
}

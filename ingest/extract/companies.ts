/**
 * Company names with their business tail and stock exchanges named by their city.
 *
 * شركة منير X وأولاده القابضة، شركة X للاستثمار والتطوير، شركة X للاستثمار التجاري، شركة X الأهلية:
 * the company word, one to five name words, then a tail only company names have — a family
 * partnership (وأولاده، وإخوانه، وشركاه), an activity phrase (لل + noun, its joined nouns and
 * adjective, or ل + an indefinite noun and its genitive: لمواد البناء) and a legal form (القابضة،
 * المحدودة، الأهلية، المساهمة). Without a tail the ordinary head rules decide (orgs.ts).
 *
 * سوق دبي المالي، سوق الكويت للأوراق المالية، البورصة المصرية: a market word and a city or country
 * is the exchange when a word of finance says so (المالي، للأوراق المالية) or the sentence speaks
 * of shares and indices.
 *
 * Each scan looks a bounded number of tokens ahead of its start: linear in the sentence.
 */
import type { GazEntry } from "../lexicon/index.js";
import { phraseKeySet, phraseKeys } from "../lexicon/load.js";
import { stripMarks } from "../text/normalize.js";
import { readingsOf, surfaceOffset, type Token } from "../text/segment.js";
import { patternCandidate, type Candidate } from "./candidate.js";
import { gazCandidate } from "./candidates.js";
import { describeEn, romanizeName } from "./label.js";
import { gazAt, isFunctionWord, verbShaped, type Hit, type SentenceCtx } from "./lookup.js";
import type { SentenceInput } from "./recognize.js";

const COMPANY_HEADS = phraseKeySet(["شركة", "لشركة"]);
/** سهم X العقارية: words for shares, after which a name with a company's tail is the company. */
const SHARE_WORDS = phraseKeySet(["سهم", "أسهم", "سهمي", "لسهم", "بسهم", "وسهم", "وأسهم", "لأسهم", "بأسهم"]);
/** Partnership words after the founder's name (وأولاده، وإخوانه، وشركاه، وأبناؤه). */
const FAMILY_TAILS = phraseKeySet([
  "وأولاده",
  "وإخوانه",
  "وشركاه",
  "وأبنائه",
  "وأبناؤه",
  "وأولادهم",
  "وشركاؤه",
]);
/** Legal forms and the trade adjectives a company name ends with (القابضة، العقارية). */
const LEGAL_FORMS = phraseKeySet([
  "القابضة",
  "المحدودة",
  "الأهلية",
  "المساهمة",
  "العقارية",
  "التجارية",
  "الصناعية",
  "القابضه",
]);
/** Words after شركة that describe it, never its name (شركة جديدة للاستثمار، شركة تابعة لـ). */
const DESCRIPTIVE = phraseKeySet([
  "جديدة",
  "كبرى",
  "كبيرة",
  "صغيرة",
  "ناشئة",
  "تابعة",
  "مملوكة",
  "متخصصة",
  "مختصة",
  "خاصة",
  "عامة",
  "حكومية",
  "وطنية",
  "محلية",
  "أجنبية",
  "عالمية",
  "دولية",
  "سعودية",
  "مساهمة",
  "قابضة",
  "عقارية",
  "أخرى",
  "واحدة",
  "رائدة",
  "عملاقة",
  "مشتركة",
  "مدرجة",
  "مقاولات",
]);

// Name words between the company word and its tail.
const MAX_NAME = 5;
// Words of an activity phrase after its first (للتجارة والتعهدات، للاستثمار التجاري).
const MAX_ACTIVITY = 3;

export interface CompanyHit {
  /** The company word's token. */
  head: number;
  /** The first token of the name: the company word's, or the one after a word for shares (سهم X). */
  from: number;
  /** First token after the name part (the tail starts there). */
  nameTo: number;
  to: number;
}

function word(ctx: SentenceCtx, k: number): Token | null {
  const t = ctx.tokens[k];
  return t?.kind === "word" && !isFunctionWord(ctx, t) ? t : null;
}

function companyHead(t: Token): boolean {
  return readingsOf(t).some((r) => COMPANY_HEADS.has(r.key));
}

/** للاستثمار، لمواد البناء: the start of an activity phrase at k, and its end (k when none). */
function activityAt(ctx: SentenceCtx, k: number): number {
  const t = word(ctx, k);
  if (!t) return k;
  let to: number;
  if (/^لل../.test(t.norm)) to = k + 1;
  else if (/^ل[^ال]../.test(t.norm) && word(ctx, k + 1)?.norm.startsWith("ال")) to = k + 2;
  else return k;
  for (let n = 0; n < MAX_ACTIVITY; n++) {
    const w = word(ctx, to);
    if (!w || LEGAL_FORMS.has(w.norm)) break;
    // والتطوير، وللتجارة: a joined activity; التجاري: its adjective.
    if (/^(وال|ولل|ال)../.test(w.norm)) to++;
    else break;
  }
  return to;
}

function familyTail(t: Token | null): boolean {
  return t !== null && FAMILY_TAILS.has(t.norm);
}

/**
 * شركة X … + tail at token i: the company word (with or without its proclitic), one to five name
 * words, and at least one of a family tail, an activity phrase or a legal form.
 */
export function companyAt(ctx: SentenceCtx, i: number): CompanyHit | null {
  const head = ctx.tokens[i];
  if (head?.kind !== "word") return null;
  // سهم داماك العقارية، أسهم X للتمويل: after a word for shares, an indefinite name and a tail.
  const share = SHARE_WORDS.has(head.norm);
  if (!share && !companyHead(head)) return null;
  if (share && (ctx.tokens[i + 1]?.norm.startsWith("ال") ?? true)) return null;
  let k = i + 1;
  while (k < i + 1 + MAX_NAME) {
    const t = word(ctx, k);
    if (!t || familyTail(t) || LEGAL_FORMS.has(t.norm) || activityAt(ctx, k) > k) break;
    // شركة X لإنشاء محطة: a preposition ends the name with no tail; the head rules decide.
    if (/^[لب][أإ]/.test(t.text)) return null;
    k++;
  }
  const nameTo = k;
  if (nameTo === i + 1) return null;
  const first = ctx.tokens[i + 1] as Token;
  // شركة جديدة للاستثمار: one describing word is no name.
  if (nameTo === i + 2 && (DESCRIPTIVE.has(first.norm) || ctx.lex.adjectives.has(first.norm))) return null;
  // شركة سعودية للاستثمار، شركة تابعة لـ: the first word describes the company; شركة تعمل
  // للمستثمرين: an imperfect verb (a verbal noun تفعيل is a name word: شركة تدوير البيئة).
  if (DESCRIPTIVE.has(first.norm)) return null;
  if (verbShaped(first.norm) && !(first.norm.length >= 5 && first.norm.at(-2) === "ي")) return null;
  let to = nameTo;
  if (familyTail(word(ctx, to))) to++;
  to = activityAt(ctx, to);
  for (let n = 0; n < 2; n++) {
    const t = word(ctx, to);
    if (t && LEGAL_FORMS.has(t.norm)) to++;
    else break;
  }
  if (to === nameTo) return null;
  // سهم X العقارية: the share word is no part of the name (its span starts after it).
  if (share && (gazAt(ctx, i + 1) || nameTo > i + 3)) return null;
  return { head: i, from: share ? i + 1 : i, nameTo, to };
}

const MARKET_HEADS = phraseKeySet(["سوق", "لسوق", "بسوق", "وسوق", "فسوق"]);
/** المالي، للأوراق المالية: the words that make a market of a city its exchange. */
const MARKET_TAILS = [
  phraseKeySet(["المالي", "المالية"]),
  phraseKeySet(["للأوراق المالية", "للاوراق المالية"]),
];
/** Words of a sentence about shares and indices (مؤشر، أسهم، نقطة…). */
const MARKET_CONTEXT = phraseKeySet([
  "مؤشر",
  "المؤشر",
  "مؤشرات",
  "أسهم",
  "الأسهم",
  "سهم",
  "بورصة",
  "البورصة",
  "البورصات",
  "الأسواق",
  "أسواق",
  "نقطة",
  "نقاط",
  "المؤشرات",
  "تداولات",
  "التداولات",
  "الخليجية",
]);

export interface MarketHit {
  from: number;
  to: number;
  place: Hit<GazEntry>;
  /** The exchange the gazetteer knows under its full name (سوق دبي المالي for a bare سوق دبي). */
  known: GazEntry | null;
}

function marketContext(ctx: SentenceCtx): boolean {
  for (const t of ctx.tokens) {
    if (t.kind !== "word") continue;
    if (readingsOf(t).some((r) => MARKET_CONTEXT.has(r.key))) return true;
  }
  return false;
}

const FULL_TAILS = [["المالي"], ["للاوراق", "الماليه"]];

/** سوق دبي → سوق دبي المالي: the exchange the gazetteer lists under the market word, place and a tail. */
function knownExchange(ctx: SentenceCtx, place: Hit<GazEntry>): GazEntry | null {
  const words = ctx.tokens.slice(place.from, place.to).map((t) => t.norm);
  for (const tail of FULL_TAILS) {
    const rest = [...words, ...tail];
    const m = ctx.lex.gazetteer.longest("سوق", (o) => rest[o - 1]);
    if (m && m.length === rest.length + 1 && m.value.type === "Organization") return m.value;
  }
  return null;
}

/**
 * سوق دبي المالي، سوق مسقط، سوق الكويت للأوراق المالية: a market word and a city or country with
 * a word of finance after it (المالي، للأوراق المالية); without one, the exchange the gazetteer
 * knows under that place, in a sentence about shares and indices (سوق دبي، سوق مسقط).
 */
export function marketAt(ctx: SentenceCtx, i: number, context: () => boolean): MarketHit | null {
  const t = ctx.tokens[i];
  if (t?.kind !== "word" || !MARKET_HEADS.has(t.norm)) return null;
  const place = gazAt(ctx, i + 1);
  if (!place || place.reading.prefix !== 0) return null;
  if (place.value.type !== "City" && place.value.type !== "Country") return null;
  let to = place.to;
  const one = ctx.tokens[to];
  const two = ctx.tokens[to + 1];
  if (one?.kind === "word" && MARKET_TAILS[0]?.has(one.norm)) to++;
  else if (one?.kind === "word" && two?.kind === "word" && MARKET_TAILS[1]?.has(`${one.norm} ${two.norm}`))
    to += 2;
  const known = knownExchange(ctx, place);
  if (to === place.to && (!known || !context())) return null;
  return { from: i, to, place, known };
}

/** A memo of marketContext per sentence (asked once per market word). */
export function marketContextOf(ctx: SentenceCtx): () => boolean {
  let memo: boolean | undefined;
  return () => (memo ??= marketContext(ctx));
}

/** English of a company's legal form (the rest is glossed or romanised). */
const LEGAL_EN = new Map(
  [
    ["القابضة", "Holding"],
    ["المحدودة", "Limited"],
    ["الأهلية", "Private"],
    ["المساهمة", "Joint Stock"],
    ["العقارية", "Real Estate"],
    ["التجارية", "Trading"],
    ["الصناعية", "Industrial"],
  ].map(([ar, en]) => [phraseKeys(ar as string).join(" "), en as string]),
);

/** English of the nouns and adjectives of a company's activity (لل + noun, its joined nouns). */
const ACTIVITY_EN = new Map(
  [
    ["استثمار", "Investment"],
    ["استثمارات", "Investments"],
    ["تطوير", "Development"],
    ["تنمية", "Development"],
    ["تجارة", "Trading"],
    ["تعهدات", "Contracting"],
    ["مقاولات", "Contracting"],
    ["تمويل", "Finance"],
    ["طاقة", "Energy"],
    ["خدمات", "Services"],
    ["تأمين", "Insurance"],
    ["نقل", "Transport"],
    ["اتصالات", "Telecommunications"],
    ["صناعة", "Industry"],
    ["صناعات", "Industries"],
    ["عقارات", "Real Estate"],
    ["تقنية", "Technology"],
    ["إنشاءات", "Construction"],
    ["بناء", "Building"],
    ["مواد", "Materials"],
    ["إسمنت", "Cement"],
    ["أسمنت", "Cement"],
    ["تسويق", "Marketing"],
    ["توزيع", "Distribution"],
    ["سياحة", "Tourism"],
    ["أغذية", "Foods"],
    ["تعمير", "Construction"],
    ["إعمار", "Development"],
    ["تجاري", "Commercial"],
    ["صناعي", "Industrial"],
    ["عقاري", "Real Estate"],
    ["صناعية", "Industrial"],
    ["تجارية", "Commercial"],
    ["عقارية", "Real Estate"],
    ["زراعية", "Agricultural"],
  ].map(([ar, en]) => [phraseKeys(ar as string).join(" "), en as string]),
);

/** للتجارة والتعهدات → Trading and Contracting; للاستثمار التجاري → Commercial Investment. */
function activityEn(s: SentenceInput, from: number, to: number): string {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const norm = (s.tokens[k] as Token).norm;
    const joined = k > from && norm.startsWith("و");
    const bare = (joined ? norm.slice(1) : norm).replace(/^(لل|ال|ل)/, "");
    const en = ACTIVITY_EN.get(bare) ?? ACTIVITY_EN.get(bare.replace(/^ل/, ""));
    if (en === undefined) {
      const text = textOf(s, from, to)
        .replace(/^لل/, "ال")
        .replace(/^ل(?!ل)/, "");
      return describeEn(s.lex, text);
    }
    // An adjective (التجاري) goes before its noun; a joined noun after "and".
    const adjective = k > from && !joined && /^ال/.test(norm) && /(ي|يه)$/.test(norm);
    // لمواد البناء: a genitive after an indefinite noun goes before it too (Building Materials).
    const genitive = k === from + 1 && /^ل[^ل]/.test((s.tokens[from] as Token).norm) && /^ال/.test(norm);
    if (adjective || genitive) out.splice(out.length - 1, 0, en);
    else out.push(joined ? `and ${en}` : en);
  }
  return out.join(" ");
}

/** The span of tokens [from, to) of a hit whose first word may carry a proclitic of `prefix` letters. */
function spanOf(s: SentenceInput, from: number, to: number, prefix: number): { start: number; end: number } {
  const first = s.tokens[from] as Token;
  return { start: first.start + surfaceOffset(first.text, prefix), end: (s.tokens[to - 1] as Token).end };
}

function textOf(s: SentenceInput, from: number, to: number): string {
  return stripMarks(s.text.slice((s.tokens[from] as Token).start, (s.tokens[to - 1] as Token).end));
}

/** شركة X وأولاده القابضة → X & Sons Holding Company; شركة X للاستثمار → X Investment Company. */
export function companyCandidate(s: SentenceInput, hit: CompanyHit): Candidate {
  const head = s.tokens[hit.head] as Token;
  const prefix = hit.from === hit.head ? head.norm.length - "شركه".length : 0;
  const span = spanOf(s, hit.from, hit.to, prefix);
  const name = stripMarks(s.text.slice(span.start, span.end));
  const parts = [romanizeName(textOf(s, hit.head + 1, hit.nameTo))];
  const headless = hit.from !== hit.head;
  let k = hit.nameTo;
  if (k < hit.to && FAMILY_TAILS.has((s.tokens[k] as Token).norm)) {
    parts.push("& Sons");
    k++;
  }
  let legalFrom = hit.to;
  while (legalFrom > k && LEGAL_EN.has((s.tokens[legalFrom - 1] as Token).norm)) legalFrom--;
  // للاستثمار والتطوير → Investment and Development (the genitive it stands for, without لل).
  if (legalFrom > k) parts.push(activityEn(s, k, legalFrom));
  for (let j = legalFrom; j < hit.to; j++) parts.push(LEGAL_EN.get((s.tokens[j] as Token).norm) ?? "");
  // داماك العقارية → Damac Real Estate: a name without شركة is labelled as written.
  if (!headless || parts.length === 1) parts.push("Company");
  return patternCandidate(s.sentence, span, "Organization", name, parts.filter(Boolean).join(" "), {
    kind: "company",
  });
}

/** سوق دبي المالي → the gazetteer's exchange; an exchange it does not list by its place's name. */
export function marketCandidate(s: SentenceInput, hit: MarketHit): Candidate {
  const head = s.tokens[hit.from] as Token;
  const prefix = head.norm.length - "سوق".length;
  const span = spanOf(s, hit.from, hit.to, prefix);
  if (hit.known) {
    const reading = { key: "سوق", prefix, restoredArticle: false };
    return gazCandidate(s, { value: hit.known, from: hit.from, to: hit.to, ...span, reading }, false);
  }
  const name = stripMarks(s.text.slice(span.start, span.end));
  const tail = hit.to - hit.place.to === 1 ? "Financial Market" : "Securities Market";
  return patternCandidate(s.sentence, span, "Organization", name, `${hit.place.value.en} ${tail}`, {
    kind: "company",
  });
}

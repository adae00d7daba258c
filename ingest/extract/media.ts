/**
 * Newspapers and channels named without a head noun, in the two places Arabic news names them:
 *
 * - the outlet a source spoke to: a quoted name after لـ in a statement (وقال المدير لـ«X»،
 *   في تصريح لـ"X"، أوضح لـ«X» أن…) — quotes and the preposition mark a title, the verb or noun
 *   of saying marks it as the outlet;
 * - the byline: `الكاتب - X - المدينة:` / `X - المدينة:` / `X - وكالات:` / `الكاتب - X:` at the
 *   start of the article, where the segment before the dateline's place (or the wires), or the
 *   last segment after the writer's name, is the outlet that filed the story;
 * - a quoted name right after the noun of an outlet or a business (قناة «X»، موقع “X”، لمجموعة
 *   «X»): the quotes set a brand apart from the words around it.
 *
 * Names that are also places or words (عكاظ، الرياض، اليوم) are why a gazetteer cannot do this.
 */
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readJsonFile } from "../lexicon/load.js";
import { readingsOf, type Token } from "../text/segment.js";
import { normalizeForMatch } from "../text/normalize.js";
import { glossPhrase } from "./gloss.js";
import { gazAt, givenName, isFunctionWord, isQuote, type SentenceCtx } from "./lookup.js";
import { personCues } from "./person-cues.js";
import { placeAt } from "./places.js";

const File = z.object({
  _source: z.string(),
  statementNouns: z.array(z.object({ ar: z.string(), en: z.string().min(1) }).strict()),
  quotedHeads: z.array(z.object({ ar: z.string(), en: z.string().min(1), media: z.boolean() }).strict()),
  publishedBy: z.array(z.object({ ar: z.string(), en: z.string().min(1) }).strict()),
  publishedNotNames: z.array(z.object({ ar: z.string(), en: z.string().min(1) }).strict()),
  publishes: z.array(z.object({ ar: z.string(), en: z.string().min(1) }).strict()),
});

interface MediaCues {
  statementNouns: Set<string>;
  quotedHeads: Map<string, boolean>;
  publishedBy: Set<string>;
  publishedNotNames: Set<string>;
  publishes: Set<string>;
}

let cues: MediaCues | null = null;

function mediaCues(): MediaCues {
  if (!cues) {
    const file = readJsonFile(fileURLToPath(new URL("./media-cues.json", import.meta.url)), File);
    const keys = (list: { ar: string }[]) => new Set(list.map((g) => normalizeForMatch(g.ar)));
    cues = {
      statementNouns: keys(file.statementNouns),
      quotedHeads: new Map(file.quotedHeads.map((g) => [normalizeForMatch(g.ar), g.media])),
      publishedBy: keys(file.publishedBy),
      publishedNotNames: keys(file.publishedNotNames),
      publishes: keys(file.publishes),
    };
  }
  return cues;
}

function nouns(): Set<string> {
  return mediaCues().statementNouns;
}

export interface MediaHit {
  from: number;
  to: number;
  /** false for a business named by its quoted brand (شركة «X»); outlets otherwise. */
  media?: boolean;
}

// An outlet's name is short: سبق، عكاظ، الشرق الأوسط، نيويورك تايمز.
const MAX_WORDS = 3;
// How far back in the sentence the verb of saying may stand (وقال مدير عام الفرع لـ«X»).
const VERB_REACH = 8;
// A dateline is within the first words of the article.
const DATELINE_TOKENS = 15;
const DASH = /^[-–—]$/;

function saying(s: SentenceCtx, k: number): boolean {
  const t = s.tokens[k];
  if (t?.kind !== "word") return false;
  const verbs = personCues().speechVerbs;
  // وقالا، وأكدوا: a verb of saying with the ending of a dual or a plural subject.
  const said = (key: string): boolean =>
    verbs.has(key) ||
    (/[^ا]ا$/.test(key) && verbs.has(key.slice(0, -1))) ||
    (/وا$/.test(key) && verbs.has(key.slice(0, -2)));
  return readingsOf(t).some((r) => said(r.key) || nouns().has(r.key));
}

/** لـ«X» after a verb or noun of saying: X is the outlet. `i` is the first word inside the quotes. */
function toldAt(s: SentenceCtx, i: number): MediaHit | null {
  const open = s.tokens[i - 1];
  const to = s.tokens[i - 2];
  if (!isQuote(open) || to?.kind !== "word" || to.norm !== "ل") return null;
  let j = i;
  while (j < s.tokens.length && s.tokens[j]?.kind === "word" && j - i < MAX_WORDS) j++;
  if (j === i || !isQuote(s.tokens[j])) return null;
  for (let k = i - 3; k >= Math.max(0, i - 2 - VERB_REACH); k--) if (saying(s, k)) return { from: i, to: j };
  return null;
}

function isPlace(s: SentenceCtx, k: number): boolean {
  const g = gazAt(s, k);
  return (
    (g !== null && g.value.type !== "Organization" && g.value.type !== "Person") || placeAt(s, k) !== null
  );
}

// Words that stand for the wire services in a dateline (X - وكالات:).
const WIRES = new Set(["وكالات", "الوكالات", "متابعات"]);
// Quotes news also writes with single marks (‘X”).
const QUOTE_MARKS = new Set(["‘", "’"]);

const quote = (t: Token | undefined): boolean =>
  isQuote(t) || (t !== undefined && t.kind === "punct" && QUOTE_MARKS.has(t.text));

/** The words from i up to (not including) the next dash or colon, at most MAX_WORDS of them. */
function segmentEnd(s: SentenceCtx, i: number): number {
  let j = i;
  while (s.tokens[j]?.kind === "word" && j - i < MAX_WORDS) j++;
  return j;
}

/** Neither a place nor a person's name (a given name first): what an outlet's name can be. */
function outletWords(s: SentenceCtx, i: number): boolean {
  return givenName(s, s.tokens[i] as Token) === undefined && gazAt(s, i) === null && !isPlace(s, i);
}

/** الكاتب - X - المدينة: … in the article's first sentence: X is the outlet. */
function bylineAt(s: SentenceCtx & { sentence: number }, i: number): MediaHit | null {
  if (s.sentence !== 0 || i >= DATELINE_TOKENS) return null;
  const before = s.tokens[i - 1];
  if (i > 0 && !(before && DASH.test(before.text))) return null;
  const j = segmentEnd(s, i);
  const dash = s.tokens[j];
  if (j === i || !dash) return null;
  // الكاتب - X: the outlet closes a byline that a writer's name opens.
  if (
    dash.text === ":" &&
    i > 1 &&
    givenName(s, s.tokens[0] as Token) !== undefined &&
    segmentEnd(s, 0) === i - 1
  )
    return outletWords(s, i) ? { from: i, to: j } : null;
  const place = s.tokens[j + 1];
  if (!DASH.test(dash.text) || place?.kind !== "word") return null;
  let end = j + 1;
  while (s.tokens[end]?.kind === "word") end++;
  if (s.tokens[end]?.text !== ":") return null;
  // X - وكالات: the outlet rewrote the wire services' story.
  const wires = end === j + 2 && WIRES.has(place.norm);
  if (!wires && !isPlace(s, j + 1)) return null;
  // The writer's name (a given name first) or a place (الرياض - واس is not this pattern) is no outlet.
  return outletWords(s, i) ? { from: i, to: j } : null;
}

/** قناة «X»، لمجموعة “X”: a quoted name of a few words after an outlet's or a business's noun. */
function quotedAt(s: SentenceCtx, i: number): MediaHit | null {
  const head = s.tokens[i];
  if (head?.kind !== "word" || !quote(s.tokens[i + 1])) return null;
  let media: boolean | undefined;
  for (const r of readingsOf(head)) media ??= mediaCues().quotedHeads.get(r.key);
  if (media === undefined) return null;
  const from = i + 2;
  const to = segmentEnd(s, from);
  if (to === from || !quote(s.tokens[to])) return null;
  // «إن تي في»: letters spelled out may read as function words; the name is not made of them alone.
  if (s.tokens.slice(from, to).every((t) => isFunctionWord(s, t))) return null;
  // «حماس»، «أرامكو»: a name the gazetteer knows is read as that entry; but صحيفة «الرياض»،
  // قناة «دبي»: a town in quotes after an outlet's noun is the outlet named after it.
  const known = gazAt(s, from);
  const town = media && (known?.value.type === "City" || known?.value.type === "Location");
  if (known && known.to >= to && !town) return null;
  return { from, to, media };
}

/** Does token k read as one of the verbs in `verbs` (with a proclitic: كما نشرته)? */
function verbIn(s: SentenceCtx, k: number, verbs: Set<string>): boolean {
  const t = s.tokens[k];
  return t?.kind === "word" && readingsOf(t).some((r) => verbs.has(r.key));
}

/**
 * The outlet named by its verb of publishing, X the word(s) at token i: التقرير الذي نشرته X،
 * وفق ما أوردته «X» (a feminine verb with an object pronoun, then its subject: one indefinite
 * word the lexicon does not know, or a quoted name), and «X» تنشر، «X» تنفرد (a quoted name, then the verb).
 */
function publishedAt(s: SentenceCtx, i: number): MediaHit | null {
  const { publishedBy, publishes } = mediaCues();
  if (quote(s.tokens[i - 1])) {
    const to = segmentEnd(s, i);
    // البيان الذي تلقته «الرياض»: in quotes, a place's name is the outlet named after it.
    const person = givenName(s, s.tokens[i] as Token) !== undefined || gazAt(s, i)?.value.type === "Person";
    if (!quote(s.tokens[to]) || person || gazAt(s, i)?.value.type === "Organization") return null;
    if (s.tokens.slice(i, to).every((t) => isFunctionWord(s, t))) return null;
    return verbIn(s, i - 2, publishedBy) || verbIn(s, to + 1, publishes) ? { from: i, to } : null;
  }
  const t = s.tokens[i] as Token;
  if (!verbIn(s, i - 1, publishedBy) || isFunctionWord(s, t) || !outletWords(s, i)) return null;
  // نشرته الصحيفة، بثته المواقع، نشرته وسائل الإعلام: a definite word is a common noun far more
  // often than a name, and so is a word in construct; an outlet's head is no name by itself.
  const next = s.tokens[i + 1];
  if (t.norm.startsWith("ال") || (next?.kind === "word" && next.norm.startsWith("ال"))) return null;
  // وكالات، حسابات، حكومته: a feminine plural or a word with a pronoun is no outlet's name.
  if (/(ات|ته|تها|تهم)$/.test(t.norm) || mediaCues().publishedNotNames.has(t.norm)) return null;
  if (
    glossPhrase(s.lex, t.text) !== null ||
    s.lex.orgHeads.has(t.norm) ||
    mediaCues().quotedHeads.has(t.norm)
  )
    return null;
  return { from: i, to: i + 1 };
}

export function mediaAt(s: SentenceCtx & { sentence: number }, i: number): MediaHit | null {
  return toldAt(s, i) ?? bylineAt(s, i) ?? quotedAt(s, i) ?? publishedAt(s, i);
}

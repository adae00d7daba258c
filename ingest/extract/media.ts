/**
 * Newspapers and channels named without a head noun, in the two places Arabic news names them:
 *
 * - the outlet a source spoke to: a quoted name after لـ in a statement (وقال المدير لـ«X»،
 *   في تصريح لـ"X"، أوضح لـ«X» أن…) — quotes and the preposition mark a title, the verb or noun
 *   of saying marks it as the outlet;
 * - the byline: `الكاتب - X - المدينة:` / `X - المدينة:` at the start of the article, where the
 *   segment before the dateline's place is the outlet that filed the story.
 *
 * Names that are also places or words (عكاظ، الرياض، اليوم) are why a gazetteer cannot do this.
 */
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readJsonFile } from "../lexicon/load.js";
import { readingsOf, type Token } from "../text/segment.js";
import { normalizeForMatch } from "../text/normalize.js";
import { gazAt, givenName, isQuote, type SentenceCtx } from "./lookup.js";
import { personCues } from "./person-cues.js";
import { placeAt } from "./places.js";

const File = z.object({
  _source: z.string(),
  statementNouns: z.array(z.object({ ar: z.string(), en: z.string().min(1) }).strict()),
});

let statementNouns: Set<string> | null = null;

function nouns(): Set<string> {
  statementNouns ??= new Set(
    readJsonFile(fileURLToPath(new URL("./media-cues.json", import.meta.url)), File).statementNouns.map((g) =>
      normalizeForMatch(g.ar),
    ),
  );
  return statementNouns;
}

export interface MediaHit {
  from: number;
  to: number;
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
  return readingsOf(t).some((r) => verbs.has(r.key) || nouns().has(r.key));
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

/** الكاتب - X - المدينة: … in the article's first sentence: X is the outlet. */
function bylineAt(s: SentenceCtx & { sentence: number }, i: number): MediaHit | null {
  if (s.sentence !== 0 || i >= DATELINE_TOKENS) return null;
  const before = s.tokens[i - 1];
  if (i > 0 && !(before && DASH.test(before.text))) return null;
  let j = i;
  while (s.tokens[j]?.kind === "word" && j - i < MAX_WORDS) j++;
  const dash = s.tokens[j];
  const place = s.tokens[j + 1];
  if (j === i || !dash || !DASH.test(dash.text) || place?.kind !== "word") return null;
  let end = j + 1;
  while (s.tokens[end]?.kind === "word") end++;
  if (s.tokens[end]?.text !== ":" || !isPlace(s, j + 1)) return null;
  // The writer's name (a given name first) or a place (الرياض - واس is not this pattern) is no outlet.
  if (givenName(s, s.tokens[i] as Token) !== undefined || gazAt(s, i) !== null || isPlace(s, i)) return null;
  return { from: i, to: j };
}

export function mediaAt(s: SentenceCtx & { sentence: number }, i: number): MediaHit | null {
  return toldAt(s, i) ?? bylineAt(s, i);
}

/**
 * دوري أبطال أوروبا، بطولة غرب آسيا، كأس الاتحاد الإفريقي: a competition named after a continent or
 * a continental union. The name is an event (no entity): the continent is not a place the story
 * is about, and الاتحاد الإفريقي inside a cup's name is not the African Union.
 */
import { readingsOf } from "../text/segment.js";
import { gazAt, type SentenceCtx } from "./lookup.js";

// Words a competition's name starts with (read without a proclitic: لأبطال، بدوري).
const CUP_WORDS = new Set(["دوري", "كاس", "بطوله", "ابطال", "امم", "تصفيات", "نهائيات", "مونديال"]);
// Words that may stand between the first word and the continent: دوري أبطال، كأس دوري الاتحاد،
// بطولة غرب آسيا، كأس أمم.
const CUP_FILLERS = new Set(["ابطال", "امم", "دوري", "كاس", "الاتحاد", "غرب", "شرق", "وسط", "جنوب", "شمال"]);
// Continents, and the unions whose name a cup bears (كأس الاتحاد الأوروبي is the Europa League).
const CUP_PLACES = new Set([
  "loc:europe",
  "loc:asia",
  "loc:africa",
  "org:european-union",
  "org:african-union",
]);
// Words read at most between the first word and the continent.
const MAX_FILLERS = 3;

/** The token after a competition's name whose place is a continent, starting at token i; or null. */
export function cupPlaceAt(ctx: SentenceCtx, i: number): number | null {
  const t = ctx.tokens[i];
  if (t?.kind !== "word" || !readingsOf(t).some((r) => CUP_WORDS.has(r.key))) return null;
  for (let k = i + 1; k <= i + 1 + MAX_FILLERS; k++) {
    const g = gazAt(ctx, k);
    if (g && g.reading.prefix === 0 && CUP_PLACES.has(g.value.id)) return g.to;
    const w = ctx.tokens[k];
    if (w?.kind !== "word" || !CUP_FILLERS.has(w.norm)) return null;
  }
  return null;
}

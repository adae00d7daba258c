/**
 * Round 33 (places and parts): a body's seat named by a clause (التي تتخذ من Y مقراً لها، ومقرها
 * Y) and a town's larger place written in parentheses after it (X (Y)، X (جنوب Y)).
 */
import type { Entity, EntityType, Relation } from "../model.js";
import type { Arg } from "./args.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import { core } from "./lexicon.js";
import { hasKey } from "./tokens.js";
import type { Token } from "./tokens.js";

const words = (...ws: string[]): ReadonlySet<string> => new Set(ws.map(core));

/** Verbs of taking a place as a seat (تتخذ من Y مقراً لها). */
const TAKES = words("تتخذ", "يتخذ", "اتخذت", "اتخذ");
/** What the place is taken as: a seat, a headquarters, a base. */
const SEAT = words("مقرا", "مقر", "مقراً", "مركزا", "مركزاً", "مقرًا");
/** Its seat, written as a noun (ومقرها Y، التي مقره في Y). */
const ITS_SEAT = words("مقرها", "مقره", "ومقرها", "ومقره");
/** Adjectives of a seat (مقرها الرئيسي في Y). */
const MAIN = words("الرئيسي", "الرئيس", "الدائم", "العام");
/** Words that may stand between a body and the clause naming its seat (التي يقع مقرها في Y). */
const LINKS = words("التي", "الذي", "والتي", "والذي", "يقع", "تقع");
/** Most such words. */
const MAX_LINKS = 2;

/** Places a seat may be in. */
const SEAT_PLACES = new Set<EntityType>(["City", "Location", "Country"]);

/** The index of the argument covering token `k`, or -1. */
const argAt = (c: SentenceCtx, k: number): number => (c.tokens[k] as Token | undefined)?.arg ?? -1;

/**
 * The organisation whose mention ends right before token `k`, over at most MAX_LINKS relative or
 * locative words (التي، الذي، يقع) and its own country's nisba (صحيفة X البريطانية التي …).
 */
function bodyBefore(a: ArticleCtx, c: SentenceCtx, k: number): Arg | undefined {
  let j = k - 1;
  for (let n = 0; n < MAX_LINKS && j >= 0 && argAt(c, j) < 0 && hasKey(c.tokens[j], LINKS); n++) j--;
  let i = argAt(c, j);
  if (i < 0) return undefined;
  let arg = c.args[i] as Arg;
  if (arg.nisba && arg.type === "Country" && i > 0) {
    const prev = c.args[i - 1] as Arg;
    if (prev.t1 + 1 !== arg.t0) return undefined;
    i--;
    arg = prev;
  }
  if (arg.t1 !== j || arg.pseudo || arg.type !== "Organization" || a.typeOf(arg.entity) !== "Organization")
    return undefined;
  return arg;
}

/** A place argument starting at token `k`, written as a name (not a nisba, not a stand-in). */
function placeAt(c: SentenceCtx, k: number): Arg | undefined {
  const i = argAt(c, k);
  const p = i >= 0 ? (c.args[i] as Arg) : undefined;
  if (!p || p.t0 !== k || p.pseudo || p.nisba || !SEAT_PLACES.has(p.type)) return undefined;
  return p;
}

function located(a: ArticleCtx, c: SentenceCtx, source: Arg, place: Arg, confidence: number): Relation {
  const start = Math.min(source.start, place.start);
  const end = Math.max(source.end, place.end);
  return {
    type: "LOCATED_IN",
    source: source.entity,
    target: place.entity,
    properties: {},
    evidence: [{ sentence: c.index, start, end, text: a.text.slice(start, end) }],
    confidence,
  };
}

/**
 * Round 33: a body's seat named by a clause after it — منظمة X، التي تتخذ من Y مقراً لها; صحيفة X
 * -التي تتخذ من Y مركزاً رئيساً لها-; منظمة X ومقرها Y; X التي يقع مقرها الرئيسي في Y — is
 * LOCATED_IN Y (a town, a region or a country). Only the organisation right before the clause
 * (over a relative pronoun) is the body; a person there names none.
 */
export function seatClauses(a: ArticleCtx, c: SentenceCtx): Relation[] {
  const out: Relation[] = [];
  c.tokens.forEach((t, k) => {
    if (t.arg >= 0) return;
    if (hasKey(t, TAKES)) {
      // تتخذ من Y مقراً: من, the place, then the seat word.
      if (c.tokens[k + 1]?.norm !== "من") return;
      const place = placeAt(c, k + 2);
      if (!place || !hasKey(c.tokens[place.t1 + 1], SEAT)) return;
      const body = bodyBefore(a, c, k);
      if (body && body.entity !== place.entity) out.push(located(a, c, body, place, 0.8));
      return;
    }
    if (!hasKey(t, ITS_SEAT)) return;
    let j = k + 1;
    if (hasKey(c.tokens[j], MAIN) && (c.tokens[j] as Token).arg < 0) j++;
    // ومقرها في Y / ومقرها بـY / ومقرها Y.
    if (c.tokens[j]?.norm === "في") j++;
    const place = placeAt(c, j);
    if (!place) return;
    const body = bodyBefore(a, c, k);
    if (body && body.entity !== place.entity) out.push(located(a, c, body, place, 0.8));
  });
  return out;
}

/** Most direction words inside the parentheses (جنوب شرق Y). */
const MAX_DIRECTIONS = 2;

/**
 * Round 33: a town or a place followed by its larger place in parentheses — X (Y), X (جنوب Y),
 * with nothing else inside — is in it: سانتا X (كاليفورنيا)، بلدة X (شمال سوريا). Y must be a
 * country, or a region (Location) after a town: two towns side by side (X (Z)) are one town's two
 * names, and a distance (نحو 50 كلم شمال Y) is no containment.
 */
export function parenthesizedPlaces(
  a: ArticleCtx,
  c: SentenceCtx,
  entities: Map<string, Entity>,
): Relation[] {
  const out: Relation[] = [];
  c.args.forEach((arg, i) => {
    if (arg.pseudo || arg.nisba || arg.modifier || (arg.type !== "City" && arg.type !== "Location")) return;
    // The parentheses open right after the name.
    if (!/^\s*\(\s*$/.test(c.tokens[arg.t1 + 1]?.gap ?? "")) return;
    let j = arg.t1 + 1;
    // Direction words (جنوب، شمال غرب) may come first, then the place with nothing between.
    for (let n = 0; (c.tokens[j] as Token | undefined)?.arg === -1; n++, j++) {
      const t = c.tokens[j] as Token;
      if (n >= MAX_DIRECTIONS || (n > 0 && t.gap !== "") || !hasKey(t, a.lex.directions)) return;
    }
    const place = c.args[i + 1];
    if (!place || place.t0 !== j || place.pseudo || place.nisba) return;
    if (j > arg.t1 + 1 && (c.tokens[j] as Token).gap !== "") return;
    // The parentheses close right after the place.
    const close = c.tokens[place.t1 + 1];
    if (close ? !/^\s*\)/.test(close.gap) : !/^\s*\)/.test(a.text.slice(place.end, place.end + 3))) return;
    const fits = place.type === "Country" || (place.type === "Location" && arg.type === "City");
    if (!fits || place.entity === arg.entity) return;
    if (entities.get(place.entity)?.type === "City") return;
    out.push(located(a, c, arg, place, 0.75));
  });
  return out;
}

/** التابعة / التابع / الواقعة / الواقع, singular: what the name right before belongs to or lies in. */
const AFFILIATED = /^(ال)?(تابع|واقع)[هة]?$/;

/**
 * Round 33: a body or a place followed by التابعة / الواقعة and its larger place is in that place,
 * also inside a person's title (رئيس بلدية X التابعة لمنطقة Y، مدير مركز X التابع لمحافظة Y),
 * where the frames take the name for the title's complement and skip it.
 */
export function titledAffiliations(a: ArticleCtx, c: SentenceCtx): Relation[] {
  const out: Relation[] = [];
  c.args.forEach((arg, i) => {
    if (arg.pseudo || arg.nisba) return;
    if (arg.type !== "Organization" && arg.type !== "City" && arg.type !== "Location") return;
    const word = c.tokens[arg.t1 + 1];
    if (!word || word.arg >= 0 || !AFFILIATED.test(word.norm) || /[،,.:؛;()]/.test(word.gap)) return;
    const place = c.args[i + 1];
    if (!place || place.pseudo || place.nisba || (place.type !== "City" && place.type !== "Location")) return;
    if (place.entity === arg.entity || /[،,.:؛;()]/.test((c.tokens[place.t0] as Token).gap)) return;
    // التابعة لمنطقة Y، الواقع في محافظة Y، الواقعة بـY: the place follows at once or after a head.
    let j = arg.t1 + 2;
    const first = c.tokens[j] as Token | undefined;
    if (first && j < place.t0 && first.norm === "في") j++;
    for (let n = 0; j < place.t0 && n < 2; n++, j++)
      if (!hasKey(c.tokens[j], a.lex.placeHeads) || (c.tokens[j] as Token).arg >= 0) return;
    if (j !== place.t0 || (place.prep === "" && j === arg.t1 + 2 && !/^[لب]/.test(c.tokens[j]?.norm ?? "")))
      return;
    out.push(located(a, c, arg, place, 0.75));
  });
  return out;
}

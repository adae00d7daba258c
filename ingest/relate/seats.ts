/**
 * Round 33 (places and parts): a body's seat named by a clause (التي تتخذ من Y مقراً لها، ومقرها
 * Y) and a town's larger place written in parentheses after it (X (Y)، X (جنوب Y)).
 */
import type { Entity, EntityType, Relation } from "../model.js";
import type { Arg } from "./args.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import { normalizeForMatch } from "../text/normalize.js";
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

/** Punctuation that ends a noun phrase between a place and what locates it. */
const PHRASE_BREAK = /[،,.:؛;!?؟()"“”«»\-–]/;
/** Non-name tokens from `from` up to (not including) `to` have no punctuation before them. */
function unbroken(c: SentenceCtx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PHRASE_BREAK.test((c.tokens[k] as Token).gap)) return false;
  return true;
}

/** A named place (a town or a region) that may be placed by the rules of round 36. */
function namedPlace(a: ArticleCtx, arg: Arg | undefined): arg is Arg {
  if (!arg || arg.pseudo || arg.nisba || arg.modifier) return false;
  if (arg.type !== "City" && arg.type !== "Location") return false;
  const t = a.typeOf(arg.entity);
  return t === "City" || t === "Location";
}

/** الواقع / الواقعة: the place right before lies in what follows. */
const LYING = words("الواقع", "الواقعة", "الواقعه");
/** A definite adjective the entity stage left after a place's name (حي X الهادئ، الضفة المحتلة). */
const definiteWord = (t: Token | undefined): boolean =>
  t !== undefined && t.arg < 0 && /^ال..../.test(t.norm) && !PHRASE_BREAK.test(t.gap);

/**
 * Where the locating words begin after a place: over الواقع(ة) or one definite adjective the
 * entity stage left outside the name (حي X الهادئ في ضواحي Y).
 */
function afterPlace(c: SentenceCtx, arg: Arg): number {
  const j = arg.t1 + 1;
  const t = c.tokens[j];
  if (t && t.arg < 0 && hasKey(t, LYING)) return j + 1;
  if (definiteWord(t) && !hasKey(t, COUNTRY_WORD) && !hasKey(t, GOVERNORATE)) return j + 1;
  return j;
}

/**
 * في / ب and direction words (في أقصى غرب، بشمال، شرق) from token `j`, up to the head at `k`.
 * Returns true when tokens j..k-1 are such words: a preposition or a bare direction first.
 */
function locatingWords(a: ArticleCtx, c: SentenceCtx, j: number, k: number, bare: boolean): boolean {
  if (j > k) return false;
  const head = c.tokens[k] as Token;
  // بالبلاد / بالمحافظة: ب written on the head itself.
  if (j === k) return /^ب/.test(head.norm);
  const first = c.tokens[j] as Token;
  const prep = first.norm === "في" || (/^ب../.test(first.norm) && hasKey(first, a.lex.placeHeads));
  if (!prep && !(bare && first.keys.includes(first.norm) && hasKey(first, a.lex.directions))) return false;
  for (let n = j + 1; n < k; n++) {
    const t = c.tokens[n] as Token;
    if (t.arg >= 0 || !hasKey(t, a.lex.placeHeads)) return false;
  }
  return k - j <= 4 && unbroken(c, j, k + 1);
}

/** البلاد: the country the sentence is about. */
const COUNTRY_WORD = words("البلاد");
/** Most tokens between a place and البلاد (الواقع في أقصى شمال غرب البلاد). */
const MAX_TO_HEAD = 5;

function relationOf(a: ArticleCtx, c: SentenceCtx, source: Arg, target: string, end: number): Relation {
  return {
    type: "LOCATED_IN",
    source: source.entity,
    target,
    properties: {},
    evidence: [{ sentence: c.index, start: source.start, end, text: a.text.slice(source.start, end) }],
    confidence: 0.7,
  };
}

/** The definite head token (البلاد، المحافظة) within MAX_TO_HEAD tokens after `from`, or -1. */
function headAfter(c: SentenceCtx, from: number, heads: ReadonlySet<string>, definite: string): number {
  for (let k = from; k < from + MAX_TO_HEAD && k < c.tokens.length; k++) {
    const t = c.tokens[k] as Token;
    if (t.arg >= 0) return -1;
    if (hasKey(t, heads) && t.keys.some((key) => key === definite)) return k;
  }
  return -1;
}

/**
 * Round 36: a town or a region «في / ب (أقصى) (شمال) البلاد» (إقليم X الواقع في أقصى غرب البلاد)
 * is in the country the sentence names before it — only when it names exactly one.
 */
export function countryAsBalad(a: ArticleCtx, c: SentenceCtx): Relation[] {
  const out: Relation[] = [];
  const definite = normalizeForMatch("البلاد");
  c.args.forEach((arg, i) => {
    if (!namedPlace(a, arg)) return;
    const j = afterPlace(c, arg);
    const k = headAfter(c, j, COUNTRY_WORD, definite);
    if (k < 0 || !locatingWords(a, c, j, k, false)) return;
    const countries = new Set<string>();
    for (const p of c.args.slice(0, i)) if (p.type === "Country" && !p.pseudo) countries.add(p.entity);
    if (countries.size !== 1) return;
    const [country] = [...countries] as [string];
    if (country === arg.entity) return;
    out.push(relationOf(a, c, arg, country, (c.tokens[k] as Token).end));
  });
  return out;
}

/** المحافظة: the one governorate the article names. */
const GOVERNORATE = words("المحافظة");
const GOVERNORATE_HEAD = core("محافظة");

/** The one City or Location of the article written with محافظة (محافظة X), or undefined. */
function soleGovernorate(a: ArticleCtx, entities: Map<string, Entity>): string | undefined {
  let found: string | undefined;
  for (const e of entities.values()) {
    if (e.type !== "City" && e.type !== "Location") continue;
    const forms = [e.name, ...e.aliases, ...e.mentions.map((m) => a.text.slice(m.start, m.end))];
    const headed = forms.some((f) => core(f.split(/\s+/)[0] ?? "") === GOVERNORATE_HEAD);
    // A governorate named by its head right before its name in the text counts too (بمحافظة X).
    const before = e.mentions.some((m) =>
      HEAD_BEFORE.test(normalizeForMatch(a.text.slice(Math.max(0, m.start - 12), m.start))),
    );
    if (!headed && !before) continue;
    if (found !== undefined && found !== e.id) return undefined;
    found = e.id;
  }
  return found;
}
/** محافظة (with و / ب / ل) written right before a mention. */
const HEAD_BEFORE = new RegExp(`(^|\\s)[وفبل]{0,2}${normalizeForMatch("محافظة")}\\s+$`);

/**
 * Round 36: a place referred to by its head noun — حي X شمال المحافظة، قرية X بالمحافظة، مركز X
 * في المحافظة — is in the one governorate the article names (محافظة Y); with two or none, nothing.
 */
export function governorateByHead(a: ArticleCtx, c: SentenceCtx, entities: Map<string, Entity>): Relation[] {
  const out: Relation[] = [];
  const definite = normalizeForMatch("المحافظة");
  c.args.forEach((arg) => {
    if (!namedPlace(a, arg)) return;
    const j = afterPlace(c, arg);
    const k = headAfter(c, j, GOVERNORATE, definite);
    if (k < 0 || !locatingWords(a, c, j, k, true)) return;
    // محافظة X in full is a name, read by the noun-phrase rules.
    const next = c.tokens[k + 1];
    if (next && next.arg >= 0 && !PHRASE_BREAK.test(next.gap)) return;
    const target = soleGovernorate(a, entities);
    if (!target || target === arg.entity) return;
    // A governorate is not inside the governorate.
    const own = entities.get(arg.entity);
    if (own && [own.name, ...own.aliases].some((f) => /^(محافظ|منطق|امار|إمار)/.test(f))) return;
    out.push(relationOf(a, c, arg, target, (c.tokens[k] as Token).end));
  });
  return out;
}

/** حيث تقع / حيث يقع: where X lies. */
const WHERE = normalizeForMatch("حيث");
const LIES = words("تقع", "يقع");

/**
 * Round 36: Y … حيث تقع (قرية) X — the place right before حيث (over a comma and two definite
 * adjectives: الضفة الغربية المحتلة، حيث تقع قرية X) holds X, a town, a region or a body. A town
 * holds no town, and nothing holds a country.
 */
export function whereLies(a: ArticleCtx, c: SentenceCtx): Relation[] {
  const out: Relation[] = [];
  c.tokens.forEach((t, k) => {
    if (t.arg >= 0 || t.norm !== WHERE || !hasKey(c.tokens[k + 1], LIES)) return;
    if ((c.tokens[k + 1] as Token).arg >= 0 || PHRASE_BREAK.test((c.tokens[k + 1] as Token).gap)) return;
    // The place lying there, over at most two place heads (قرية، مدينة).
    let j = k + 2;
    for (let n = 0; n < 2 && c.tokens[j]?.arg === -1 && hasKey(c.tokens[j], a.lex.placeHeads); n++) j++;
    const xi = argAt(c, j);
    const x = xi >= 0 ? (c.args[xi] as Arg) : undefined;
    if (!x || x.t0 !== j || x.pseudo || x.nisba || !unbroken(c, k + 2, j + 1)) return;
    if (x.type !== "City" && x.type !== "Location" && x.type !== "Organization") return;
    if (a.typeOf(x.entity) === "Country") return;
    // The holder, right before حيث over definite adjectives.
    let h = k - 1;
    for (let n = 0; n < 2 && definiteWord(c.tokens[h]) && h > 0; n++) h--;
    const yi = argAt(c, h);
    const y = yi >= 0 ? (c.args[yi] as Arg) : undefined;
    if (!y || y.t1 !== h || y.pseudo || y.nisba || !SEAT_PLACES.has(y.type)) return;
    if (!unbroken(c, h + 1, k)) return;
    if (y.entity === x.entity || (y.type === "City" && x.type === "City")) return;
    out.push(located(a, c, x, y, 0.7));
  });
  return out;
}

/** ضواحي: the outskirts of a town. */
const OUTSKIRTS = words("ضواحي", "بضواحي", "احدى", "إحدى");
const OUTSKIRTS_WORD = normalizeForMatch("ضواحي");

/**
 * Round 36: a district or a town «في (إحدى) ضواحي Y» / «بضواحي Y» is in the town Y (حي X الهادئ في
 * ضواحي Y).
 */
export function outskirts(a: ArticleCtx, c: SentenceCtx): Relation[] {
  const out: Relation[] = [];
  c.args.forEach((arg, i) => {
    if (!namedPlace(a, arg)) return;
    let j = afterPlace(c, arg);
    const y = c.args[i + 1];
    if (!y || y.pseudo || y.nisba || y.type !== "City" || a.typeOf(y.entity) !== "City") return;
    if (c.tokens[j]?.norm === "في") j++;
    let seen = false;
    for (; j < y.t0; j++) {
      const t = c.tokens[j] as Token;
      if (t.arg >= 0 || !hasKey(t, OUTSKIRTS)) return;
      if (t.keys.includes(OUTSKIRTS_WORD)) seen = true;
    }
    if (!seen || !unbroken(c, arg.t1 + 1, y.t0 + 1) || y.entity === arg.entity) return;
    // ب on the head (بضواحي) or في before it: the first word after the place must be one of them.
    const first = c.tokens[afterPlace(c, arg)] as Token;
    if (first.norm !== "في" && !/^ب/.test(first.norm)) return;
    out.push(located(a, c, arg, y, 0.7));
  });
  return out;
}

/**
 * Heads of venues: a park, a square, a hall, a hotel, a stadium, a beach. A body is seated in a
 * town or a region; written «في / بـ» a venue, it held something there (نظمت أمانة X في منتزه Y).
 */
const VENUE_HEADS = words(
  "منتزه",
  "متنزه",
  "حديقة",
  "ساحة",
  "شاطئ",
  "كورنيش",
  "قاعة",
  "فندق",
  "ملعب",
  "استاد",
  "ستاد",
  "مسرح",
  "صالة",
  "منتجع",
);

/**
 * Round 36: true for a LOCATED_IN of an organisation in a venue (أمانة X في منتزه Y، إدارة النادي
 * في فندق Y): where it held an event, not its seat. Dropped from the noun-phrase rules.
 */
export function atVenue(r: Relation, entities: Map<string, Entity>): boolean {
  if (r.type !== "LOCATED_IN" || entities.get(r.source)?.type !== "Organization") return false;
  const place = entities.get(r.target);
  if (!place || place.type === "City" || place.type === "Country") return false;
  return [place.name, ...place.aliases].some((f) => VENUE_HEADS.has(core(f.split(/\s+/)[0] ?? "")));
}

/** مقر: the seat of a body named by its head noun right after it (بمقر الوزارة). */
const SEAT_OF = words("مقر", "بمقر", "لمقر", "ومقر", "وبمقر");
/** Prepositions before a seat's place when not written on it. */
const AT = new Set(["في", "فى"]);

/** The one organisation of the article whose name opens with `head` (الوزارة → وزارة X), or undefined. */
function soleBodyByHead(entities: Map<string, Entity>, head: string): string | undefined {
  let found: string | undefined;
  for (const e of entities.values()) {
    if (e.type !== "Organization") continue;
    if (![e.name, ...e.aliases].some((f) => core(f.split(/\s+/)[0] ?? "") === head)) continue;
    if (found !== undefined && found !== e.id) return undefined;
    found = e.id;
  }
  return found;
}

/**
 * Round 40: a body's seat named by its head noun — «بمقر الوزارة في Y»، «في مقر الهيئة بY» — the
 * one organisation the article names with that head (وزارة X) is LOCATED_IN the town, region or
 * country Y; with two such bodies, or a head no body opens with, nothing.
 */
export function seatByHead(a: ArticleCtx, c: SentenceCtx, entities: Map<string, Entity>): Relation[] {
  const out: Relation[] = [];
  c.tokens.forEach((t, k) => {
    if (t.arg >= 0 || !hasKey(t, SEAT_OF)) return;
    const h = c.tokens[k + 1];
    if (!h || h.arg >= 0 || !/^ال.../.test(h.norm) || PHRASE_BREAK.test(h.gap)) return;
    let j = k + 2;
    const p = c.tokens[j];
    if (!p || PHRASE_BREAK.test(p.gap)) return;
    if (p.arg < 0 && AT.has(p.norm)) j++;
    const place = placeAt(c, j);
    if (!place || !unbroken(c, k + 2, j + 1)) return;
    // ب written on the place (بالرياض) when no في stands before it.
    if (j === k + 2 && !/^ب/.test((c.tokens[j] as Token).norm)) return;
    const body = soleBodyByHead(entities, core(h.norm));
    if (!body || body === place.entity) return;
    out.push(relationOf(a, c, { ...place, entity: body, start: t.start } as Arg, place.entity, place.end));
  });
  return out;
}

/** مركز / عاصمة: a town that is the seat of a governorate or a region (بعقوبة مركز محافظة ديالى). */
const SEAT_TOWN = words("مركز", "عاصمة");

/**
 * Round 40: a town «(،) مركز / عاصمة (محافظة) Y» — the seat of a governorate, a region or a
 * province — is LOCATED_IN Y (a Location or a City). A town is never the seat of a country here
 * (عاصمة + a country is read elsewhere).
 */
export function seatOfRegion(a: ArticleCtx, c: SentenceCtx): Relation[] {
  const out: Relation[] = [];
  c.args.forEach((arg) => {
    if (!namedPlace(a, arg) || arg.type !== "City") return;
    const k = arg.t1 + 1;
    const t = c.tokens[k];
    if (!t || t.arg >= 0 || !hasKey(t, SEAT_TOWN) || !t.keys.includes(t.norm)) return;
    if (PHRASE_BREAK.test(t.gap) && !/^\s*[،,]\s*$/.test(t.gap)) return;
    let j = k + 1;
    const head = c.tokens[j];
    if (head && head.arg < 0 && hasKey(head, a.lex.placeHeads)) j++;
    const y = placeAt(c, j);
    if (!y || y.type === "Country" || !namedPlace(a, y) || !unbroken(c, k + 1, j + 1)) return;
    if (y.entity === arg.entity) return;
    out.push(located(a, c, arg, y, 0.7));
  });
  return out;
}

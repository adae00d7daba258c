/**
 * Place rules: when a capital is the place rather than its government (في بغداد vs مع بغداد),
 * border crossings named after a town (معبر رفح), when a name from the bulk place gazetteer is a
 * place at all (placeAt), and the coordinates of the places an article names.
 */
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { type GazEntry, type Lexicon, phraseKeys } from "../lexicon/index.js";
import { readJsonFile } from "../lexicon/load.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { Entity, Properties } from "../model.js";
import { readingsOf, surfaceOffset, type Reading, type Token } from "../text/segment.js";
import { type Candidate, patternCandidate } from "./candidate.js";
import { glossPhrase } from "./gloss.js";
import { romanizeName } from "./label.js";
import { properWord } from "./landmarks.js";
import {
  gazAt,
  givenName,
  isDefiniteWord,
  isFunctionWord,
  isQuote,
  nisbaAt,
  phraseAt,
  readingHit,
  strippedLetters,
  type Hit,
  type SentenceCtx,
} from "./lookup.js";
import type { SentenceInput } from "./recognize.js";

// Words before a capital that make it a place (في بغداد) rather than its government (مع بغداد).
export const LOCATIVE = new Set([
  "في",
  "الي",
  "داخل",
  "قرب",
  "نحو",
  "وسط",
  "شمال",
  "جنوب",
  "شرق",
  "غرب",
  // شمالي بغداد (north of Baghdad): the adverbial form of the compass words.
  "شمالي",
  "جنوبي",
  "شرقي",
  "غربي",
  "العاصمه",
  "مدينه",
  "ضواحي",
]);

// Meetings and accords named after the city that hosted them (اتفاق فيينا، مؤتمر جنيف، قمة
// الرياض): the capital is the venue, not its government.
const VENUE_NOUNS = new Set([
  "اتفاق",
  "اتفاقيه",
  "معاهده",
  "مؤتمر",
  "قمه",
  "اجتماع",
  "اجتماعات",
  "محادثات",
  "مباحثات",
  "مفاوضات",
  "اعلان",
  "منتدي",
  "جوله",
]);

export function isLocative(s: SentenceCtx, hit: Hit<GazEntry>): boolean {
  const t = s.tokens[hit.from] as Token;
  if (strippedLetters(t, hit.reading).includes("ب")) return true;
  const venue = s.tokens[hit.from - 1];
  if (
    hit.reading.prefix === 0 &&
    venue?.kind === "word" &&
    readingsOf(venue).some((r) => VENUE_NOUNS.has(r.key))
  )
    return true;
  for (const back of [1, 2]) {
    const prev = s.tokens[hit.from - back];
    const key = prev?.norm.replace(/^[وف](?=..)/, "") ?? "";
    if (LOCATIVE.has(key) || (back === 1 && s.lex.locativeCues.has(key))) return true;
    // بمدينة الرياض، لشمال بغداد: a place noun with its preposition.
    if (/^[بل]../.test(key) && LOCATIVE.has(key.slice(1))) return true;
    if (!prev || prev.kind !== "word") break;
  }
  return inDateline(s, hit);
}

const CapitalCuesFile = z.object({
  _source: z.string(),
  verbs: z.array(z.string()),
  nouns: z.array(z.string()),
  adjectives: z.array(z.string()),
});
interface CapitalCues {
  verbs: Set<string>;
  nouns: Set<string>;
  adjectives: Set<string>;
}
let capitalCues: CapitalCues | null = null;
function governmentCues(): CapitalCues {
  if (!capitalCues) {
    const file = readJsonFile(
      fileURLToPath(new URL("./capital-cues.json", import.meta.url)),
      CapitalCuesFile,
    );
    const keys = (xs: string[]) => new Set(xs.map(normalizeForMatch));
    capitalCues = { verbs: keys(file.verbs), nouns: keys(file.nouns), adjectives: keys(file.adjectives) };
  }
  return capitalCues;
}

// An object pronoun on a verb (تنفيها بكين: "Beijing denies it").
const OBJECT_PRONOUN = /(?:ها|هما|هم|هن|ه|كم|نا)$/;
// Particles between a capital and its verb (واشنطن لا تريد، أنقرة قد ترفض).
const VERB_PARTICLES = new Set(["لا", "لم", "لن", "قد", "ما"]);

function isGovernmentVerb(t: Token | undefined): boolean {
  if (t?.kind !== "word") return false;
  const { verbs } = governmentCues();
  const key = t.norm.replace(/^[وف](?=...)/, "").replace(/^س(?=[تي]..)/, "");
  if (verbs.has(key)) return true;
  const bare = key.replace(OBJECT_PRONOUN, "");
  return bare !== key && verbs.has(bare);
}

/** A capital or country the gazetteer knows at token k (for a relation between two governments). */
function governmentAt(s: SentenceCtx, k: number): Hit<GazEntry> | null {
  const g = gazAt(s, k);
  return g && (g.value.type === "Country" || g.value.capital) ? g : null;
}

/**
 * A capital stands for its government only where the sentence makes it an actor: the subject of a
 * verb of stating, deciding or acting right before or after it (أعلنت أنقرة، واشنطن ترفض، تنفيها
 * بكين), the possessor after a noun of policy or stance (حلفاء واشنطن، عزلة طهران), or a side of
 * a relation between two governments (بين واشنطن وأنقرة، مع موسكو وواشنطن). Anywhere else — a
 * flight to Cairo, the streets of Beirut, a match in Rome, مدن مثل لندن وبرلين — it is the city.
 */
export function governmentContext(s: SentenceCtx, hit: Hit<GazEntry>): boolean {
  if (isLocative(s, hit)) return false;
  const stripped = strippedLetters(s.tokens[hit.from] as Token, hit.reading);
  const prev = s.tokens[hit.from - 1];
  // الخطة الجديدة لواشنطن، السياسة الخارجية لطهران: ل after a definite noun of policy (one
  // adjective may stand between) marks the capital as its possessor.
  if (stripped === "ل") return policyNounBefore(s, hit.from);
  if (/[بلك]/.test(stripped)) return false;
  // موسكو «لن تتراجع»: a quote opening after the capital.
  const after = isQuote(s.tokens[hit.to]) ? hit.to + 1 : hit.to;
  const next = s.tokens[after];
  if (isGovernmentVerb(prev)) return true;
  if (isGovernmentVerb(next)) return true;
  if (next?.kind === "word" && VERB_PARTICLES.has(next.norm) && isGovernmentVerb(s.tokens[after + 1]))
    return true;
  if (next?.kind === "word" && governmentCues().adjectives.has(next.norm)) return true;
  // حلفاء واشنطن، لمساعدة واشنطن، "مخاوف" واشنطن: the possessor of a noun of policy, stance or
  // aid (a closing quote may stand between).
  // بسياسة أنقرة: the noun may carry a preposition.
  const noun = isQuote(prev) && hit.from >= 2 ? s.tokens[hit.from - 2] : prev;
  if (
    noun?.kind === "word" &&
    stripped === "" &&
    governmentCues().nouns.has(noun.norm.replace(/^(?:[وف]?[لب]|[وف])(?=...)/, ""))
  )
    return true;
  // يتهمون أنقرة بأنها: a capital that a claim is made of (بأنها، بأنه) is the government.
  if (next?.kind === "word" && stripped === "" && CLAIMED_OF.has(next.norm)) return true;
  // العقوبات المفروضة على طهران: the government sanctions are imposed on.
  if (prev?.kind === "word" && prev.norm === "علي" && stripped === "") {
    const before = s.tokens[hit.from - 2];
    if (before?.kind === "word" && SANCTIONED_ON.has(before.norm)) return true;
  }
  // بين واشنطن وأنقرة / مع موسكو وواشنطن: the first side, then the second.
  const between = (t: Token | undefined): boolean =>
    t?.kind === "word" && (t.norm === "بين" || t.norm === "مع" || t.norm === "وبين" || t.norm === "ومع");
  if (between(prev) && next?.kind === "word" && next.norm.startsWith("و") && governmentAt(s, hit.to))
    return true;
  // هدنة بين أنقرة والمتمردين: after a noun of a relation, the first side is a government too.
  if (between(prev) && stripped === "" && next?.kind === "word" && next.norm.startsWith("و")) {
    const rel = s.tokens[hit.from - 2];
    if (rel?.kind === "word" && RELATION_NOUNS.has(rel.norm.replace(/^[وف]/, ""))) return true;
  }
  // التعاون مع أنقرة: a government is who one deals with.
  if (prev?.kind === "word" && (prev.norm === "مع" || prev.norm === "ومع") && stripped === "") return true;
  if (stripped.includes("و")) {
    for (let k = hit.from - 1; k >= Math.max(0, hit.from - 4); k--) {
      const g = governmentAt(s, k);
      if (g && g.to === hit.from) return between(s.tokens[k - 1]);
    }
  }
  return false;
}

// بأنها، بأنه: "that it ..." after a capital (اتهمت X أنقرة بأنها) makes it the one accused.
const CLAIMED_OF = new Set(["بانها", "بانه", "انها"]);

// Nouns of a relation between two sides (هدنة بين X وY، مفاوضات بين X وY).
const RELATION_NOUNS = new Set(
  [
    "هدنة",
    "الهدنة",
    "اتفاق",
    "الاتفاق",
    "مفاوضات",
    "المفاوضات",
    "محادثات",
    "المحادثات",
    "حوار",
    "الحوار",
    "الصراع",
    "صراع",
    "النزاع",
    "نزاع",
    "المصالحة",
    "مصالحة",
    "التوتر",
    "توتر",
    "الخلاف",
    "خلاف",
  ].map(normalizeForMatch),
);

// المفروضة على، العقوبات على، الضغوط على: sanctions and pressure fall on a government.
const SANCTIONED_ON = new Set([
  "المفروضه",
  "مفروضه",
  "العقوبات",
  "عقوبات",
  "الضغوط",
  "ضغوط",
  "الضغط",
  "الحصار",
]);

/** A definite noun of policy (الخطة، السياسة) right before token k, or one adjective before it. */
function policyNounBefore(s: SentenceCtx, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
    const t = s.tokens[j];
    if (t?.kind !== "word" || !/^[وف]?ال/.test(t.norm)) return false;
    if (governmentCues().nouns.has(t.norm.replace(/^[وف]?ال/, ""))) return true;
  }
  return false;
}

/** A dateline (بيروت - ...، الكاتب - الصحيفة - الرياض: ...) names where the story was filed. */
function inDateline(s: SentenceCtx, hit: Hit<GazEntry>): boolean {
  const next = s.tokens[hit.to];
  if (hit.from === 0 && next !== undefined && /^[-–—]$/.test(next.text)) return true;
  const before = s.tokens[hit.from - 1];
  return next?.text === ":" && (hit.from === 0 || (before !== undefined && /^[-–—]$/.test(before.text)));
}

/**
 * معبر رفح، معبر نصيب: a border crossing named after a town is a place of its own, not the town.
 * Returns false (nothing emitted) unless the word before a city is معبر.
 */
export function crossingAt(s: SentenceInput, gaz: Hit<GazEntry>, out: Candidate[]): boolean {
  const prev = s.tokens[gaz.from - 1];
  if (gaz.value.type !== "City" || gaz.reading.prefix !== 0 || !prev || prev.kind !== "word") return false;
  const r = readingsOf(prev).find((x) => x.key === "معبر");
  if (!r) return false;
  const start = prev.start + surfaceOffset(prev.text, r.prefix);
  const name = s.text.slice(start, gaz.end);
  out.push(
    patternCandidate(s.sentence, { start, end: gaz.end }, "Location", name, `${gaz.value.en} crossing`),
  );
  return true;
}

// Uses in Wikidata person names from which a one-word place name is more likely a person's name.
const NAME_WORD_USES = 3;

/** مدينة X، محافظة X (a place noun), في X، إلى X، من X، بـX (a locative word), or neither. */
function cueBefore(ctx: SentenceCtx, hit: Hit<GazEntry>): "noun" | "locative" | null {
  const prev = ctx.tokens[hit.from - 1];
  const key = prev?.kind === "word" ? prev.norm.replace(/^[وف](?=..)/, "") : "";
  if (ctx.lex.placeNouns.has(key) && hit.reading.prefix === 0) return "noun";
  if (key === "من" || isLocative(ctx, hit)) return "locative";
  return null;
}

/**
 * دار الرمادة، رياض المعرفة، جسر بني مالك: a one-word town name without the article followed
 * by a definite noun is the first word of a longer name or of a construct (a house of, gardens
 * of), not the town. An adjective (القديمة، الجنوبية, a participle المحاصرة), a place, or a
 * particle (اليوم) after it leaves the town standing.
 */
function inConstruct(ctx: SentenceCtx, hit: Hit<GazEntry>): boolean {
  return hit.to - hit.from === 1 && !hit.reading.key.startsWith("ال") && constructAfter(ctx, hit.to);
}

/** A definite noun at token k that a word before it governs (not its adjective, a place or a particle). */
function constructAfter(ctx: SentenceCtx, k: number): boolean {
  const next = ctx.tokens[k];
  if (next?.kind !== "word" || !/^ال../.test(next.norm) || isFunctionWord(ctx, next)) return false;
  if (ctx.lex.adjectives.has(next.norm) || /(ي|يه|يين|يون)$/.test(next.norm) || next.norm.startsWith("الم"))
    return false;
  return gazAt(ctx, k) === null && placeAtKey(ctx, k) === null;
}

// Heads of a state's name (جمهورية X، سلطنة X): like the place nouns, they take the name right after them.
const STATE_HEADS = new Set(["جمهوريه", "مملكه", "سلطنه", "اماره", "دوله"]);

/**
 * رئيس جمهورية بنين، مدينة بريدة: an indefinite head of a place or state governs the word after it
 * as its name; ب, ل or ك cannot come between them, so that word is no preposition + a town (ب + نين).
 */
function prepositionAfterHead(ctx: SentenceCtx, hit: Hit<GazEntry>): boolean {
  const t = ctx.tokens[hit.from];
  const prev = ctx.tokens[hit.from - 1];
  if (hit.reading.prefix === 0 || t?.kind !== "word" || prev?.kind !== "word") return false;
  if (!/^[بلك]/.test(t.norm)) return false;
  const key = prev.norm.replace(/^[وف](?=...)/, "");
  return !key.startsWith("ال") && (ctx.lex.placeNouns.has(key) || STATE_HEADS.has(key));
}

/** A bulk gazetteer name starting at token k, without the context placeAt asks for. */
function placeAtKey(ctx: SentenceCtx, k: number): Hit<GazEntry> | null {
  return phraseAt(ctx, k, (f, rest) => ctx.lex.places.longest(f, rest));
}

/**
 * A name from the bulk gazetteer at token i, when the sentence reads it as a place. Thousands of
 * town names are also words or given names (رواد pioneers, سري secret, شداد a given name), so a
 * name counts only with support: a place noun before it (مدينة X، محافظة X); or the tagger's
 * LOC; or, for a name of several words (or, with the tagger off, a prominent one that is no
 * given name), a locative word before it (في X، إلى X، من X، بـX); or, for a prominent one that
 * is no given name, the place of a dateline (X: …، الكاتب - الصحيفة - X: …).
 */
export function placeAt(ctx: SentenceCtx, i: number): Hit<GazEntry> | null {
  if (ctx.lex.places.size === 0) return null;
  const hit = phraseAt(ctx, i, (f, k) => ctx.lex.places.longest(f, k));
  if (!hit) {
    const common = phraseAt(ctx, i, (f, k) => ctx.lex.commonPlaces.longest(f, k));
    return common && !inConstruct(ctx, common) ? commonPlaceAt(ctx, common) : null;
  }
  if (inConstruct(ctx, hit) || prepositionAfterHead(ctx, hit)) return null;
  const cue = cueBefore(ctx, hit);
  if (cue === "noun") return hit;
  const first = ctx.tokens[i] as Token;
  const oneWord = hit.to - hit.from === 1;
  if (oneWord && isFunctionWord(ctx, first)) return null;
  // الجهة الشرقية: after a definite noun a definite word is that noun's adjective.
  const prev = ctx.tokens[i - 1];
  const definite = hit.reading.key.startsWith("ال") && hit.reading.prefix === 0;
  if (definite && isDefiniteWord(ctx, prev)) return null;
  const nameLike =
    givenName(ctx, first) !== undefined || (ctx.lex.nameWords.get(hit.reading.key) ?? 0) >= NAME_WORD_USES;
  // A province or city readers know, where a dateline stands: the tagger saw no sentence around it.
  if (hit.value.prominent === true && !nameLike && inDateline(ctx, hit)) return hit;
  const tag = ctx.tags?.[i];
  if (tag !== undefined && tag !== "O") {
    if (tag.endsWith("LOC")) return !(oneWord && nameLike) ? hit : null;
    // بخميس مشيط: a town of several words behind ب, or after في/إلى/من when its first word is no
    // given name, is the town, whichever name the tagger reads there.
    return !oneWord && cue === "locative" && (hit.reading.prefix > 0 || !nameLike) ? hit : null;
  }
  if (cue !== "locative") return null;
  if (!oneWord) return hit;
  return ctx.tags === null && hit.value.prominent === true && !nameLike ? hit : null;
}

// Nouns of a settlement after which an unknown name is the settlement (بمدينة X، قرية X).
const TOWN_NOUNS = new Set(["مدينه", "بلده", "قريه"]);
// Separators of a list of places: commas, and the dashes of a route (طريق X - Y) or of a list of
// fixtures or members (countries).
const LIST_SEPARATORS = new Set(["،", ",", "-", "–"]);

// Nouns of a town or province whose name follows (بلدة X، بمحافظة X): what makes an ordinary word a
// place. Not the compass words or حي (وسط البلد is downtown, not the town البلد); but ريف (the
// countryside round a town: ريف حماة). Not منطقة: منطقة بركان is as often the area of a volcano
// as a province.
const TOWN_HEADS = new Set([...TOWN_NOUNS, "محافظه", "ولايه", "اقليم", "ريف"]);
// Words that open a list of places: في الخبر والدمام، إلى X وY، بين X وY، مدن X وY، طريق X - Y.
const LIST_OPENERS = new Set(["في", "الي", "من", "بين", "مدن", "محافظات", "مناطق", "قري", "بلدات", "طريق"]);
const LIST_ITEMS = 6;

/**
 * A town whose name is an ordinary word (الخبر news, الحد limit, الوجه face): a place only after
 * a town noun (مدينة الخبر، بمحافظة الوجه), as the place of a dateline (الخبر - واس), or as one of
 * a list of towns the lexicon knows after في، إلى، بين or ب (في الدمام والخبر والظهران). Never alone,
 * and never on the tagger's word: a tagger trained on other text reads news' الخبر as a place.
 */
function commonPlaceAt(ctx: SentenceCtx, hit: Hit<GazEntry>): Hit<GazEntry> | null {
  if (hit.to - hit.from !== 1) return null;
  const prev = ctx.tokens[hit.from - 1];
  if (
    hit.reading.prefix === 0 &&
    prev?.kind === "word" &&
    readingsOf(prev).some((r) => TOWN_HEADS.has(r.key))
  )
    return hit;
  const first = ctx.tokens[hit.from] as Token;
  if (isFunctionWord(ctx, first) || givenName(ctx, first) !== undefined) return null;
  // والعاصمة، المدينة: a place noun in a list is that noun (جدة والعاصمة المقدسة), not a town.
  if (ctx.lex.placeNouns.has(hit.reading.key)) return null;
  if (inDateline(ctx, hit)) return hit;
  return inTownList(ctx, hit) || capitalBesideCountry(ctx, hit) ? hit : null;
}

/**
 * وصل إلى سيول في زيارة لكوريا الجنوبية: a capital named by an ordinary word (سيول torrents) is the
 * capital when its sentence names its country (كوريا، الكورية): the country's first word, less
 * its article and final alif, opens a word of the sentence.
 */
function capitalBesideCountry(ctx: SentenceCtx, hit: Hit<GazEntry>): boolean {
  const code = hit.value.country;
  if (hit.value.capital !== true || code === undefined) return false;
  const name = ctx.lex.countries.get(code)?.ar.split(" ")[0];
  if (name === undefined) return false;
  const stem = normalizeForMatch(name).replace(/^ال/, "").replace(/[اه]$/, "");
  if (stem.length < 3) return false;
  // One scan of the sentence per country (a long text of the same word stays linear).
  let seen = countryStems.get(ctx);
  if (!seen) countryStems.set(ctx, (seen = new Map()));
  const known = seen.get(stem);
  if (known !== undefined) return known;
  const found = ctx.tokens.some(
    (t) =>
      t.kind === "word" &&
      readingsOf(t).some((r) => r.key !== hit.reading.key && r.key.replace(/^ال/, "").startsWith(stem)),
  );
  seen.set(stem, found);
  return found;
}

const countryStems = new WeakMap<SentenceCtx, Map<string, boolean>>();

/** A town of the hand-written lexicon, or a bulk gazetteer name that is no ordinary word, at k. */
function knownTownAt(ctx: SentenceCtx, k: number): Hit<GazEntry> | null {
  const known = phraseAt(ctx, k, (f, rest) => ctx.lex.gazetteer.longest(f, rest));
  if (known && (known.value.type === "City" || known.value.type === "Location")) return known;
  const bulk = placeAtKey(ctx, k);
  return bulk && bulk.value.type !== "Country" ? bulk : null;
}

/** The token before a list item at `from` that joins it to the item before: ، or و on the item. */
function joined(ctx: SentenceCtx, from: number, reading: Reading): number | null {
  const t = ctx.tokens[from] as Token;
  if (reading.prefix > 0 && t.norm.startsWith("و")) return from;
  return LIST_SEPARATORS.has(ctx.tokens[from - 1]?.text ?? "") ? from - 1 : null;
}

/**
 * The common-word town at hit stands in a list (X، Y وZ) beside a known town, and the list follows
 * a word that opens a list of places (في، إلى، بين، مدن) or its first item carries ب (بالدمام والخبر).
 */
function inTownList(ctx: SentenceCtx, hit: Hit<GazEntry>): boolean {
  // The item after: ، Y or وY.
  const after = LIST_SEPARATORS.has(ctx.tokens[hit.to]?.text ?? "") ? hit.to + 1 : hit.to;
  const right = knownTownAt(ctx, after);
  let neighbour = right !== null && joined(ctx, right.from, right.reading) !== null;
  // The last item of a list takes و (الدمام، القطيف والخبر); after a bare comma with nothing
  // after it, the word starts a new phrase (بالدمام، صباح اليوم). A route's dash joins two
  // towns either way round (طريق الدمام - الخبر).
  const own = ctx.tokens[hit.from] as Token;
  const dash = /^[-–]$/.test(ctx.tokens[hit.from - 1]?.text ?? "");
  if (!neighbour && !dash && !(hit.reading.prefix > 0 && own.norm.startsWith("و"))) return false;
  // The items before, back to the word that opens the list.
  let from = hit.from;
  let reading: Reading = hit.reading;
  for (let n = 0; n < LIST_ITEMS; n++) {
    const link = joined(ctx, from, reading);
    const start = ctx.tokens[from] as Token;
    if (link === null) {
      const opener = ctx.tokens[from - 1];
      const key = opener?.kind === "word" ? opener.norm.replace(/^[وف](?=..)/, "") : "";
      const opens = LIST_OPENERS.has(key) || strippedLetters(start, reading).includes("ب");
      return neighbour && opens;
    }
    // The item ending right before the link: one to three words long.
    let item: Hit<GazEntry> | null = null;
    for (let len = 1; len <= 3 && !item; len++) {
      const h: Hit<GazEntry> | null = link - len >= 0 ? knownTownAt(ctx, link - len) : null;
      if (h && h.to === link) item = h;
    }
    if (!item) return false;
    neighbour = true;
    from = item.from;
    reading = item.reading;
  }
  return false;
}

const townOf = new WeakMap<GazEntry, GazEntry>();

/**
 * مدينة بلنسية، بمدينة سامارا: the bulk gazetteer has many foreign towns only as the province
 * named after them; right after the noun مدينة the name is the town (city:X, with the
 * province's coordinates, see withCoordinates).
 */
export function townOfProvince(ctx: SentenceCtx, hit: Hit<GazEntry>): Hit<GazEntry> {
  const e = hit.value;
  if (e.type !== "Location" || e.source !== "geo" || !e.id.startsWith("loc:")) return hit;
  const prev = ctx.tokens[hit.from - 1];
  if (prev?.kind !== "word" || !readingsOf(prev).some((r) => r.key === "مدينه")) return hit;
  let town = townOf.get(e);
  if (!town) {
    town = { ...e, type: "City", id: `city:${e.id.slice(4)}` };
    townOf.set(e, town);
  }
  return { ...hit, value: town };
}

/** Entities with the Wikidata id and coordinates of the places and countries the gazetteer locates. */
export function withCoordinates(entities: Entity[], lex: Lexicon): Entity[] {
  return entities.map((e) => {
    // A town read from its province (townOfProvince) has the province's coordinates.
    const p =
      lex.geo.get(e.id) ?? (e.id.startsWith("city:") ? lex.geo.get(`loc:${e.id.slice(5)}`) : undefined);
    if (!p || typeof e.properties.lat === "number") return e;
    const properties: Properties = { ...e.properties, lat: p.lat, lon: p.lon };
    if (p.qid) properties.qid = p.qid;
    return { ...e, properties };
  });
}

/**
 * مدينة شقرة، بلدة زمردان، قرية قرنوس: a town the gazetteers lack, named right after a noun of
 * a settlement — one indefinite word the lexicon does not know (properWord), or one the tagger
 * marks as a name. A known place after the noun is left to the gazetteer (placeAt); a title after
 * it is a city named after a person (مدينة الملك X), which the name rules handle.
 */
export function townAt(ctx: SentenceCtx, i: number): { to: number; start: number; end: number } | null {
  const cue = phraseAt(ctx, i, (first) => (TOWN_NOUNS.has(first) ? { value: true, length: 1 } : null));
  const k = cue?.to ?? -1;
  const t = ctx.tokens[k];
  // قريه (his village) is قرية after matching normalisation; the written ه tells them apart.
  const own = ctx.tokens[i]?.text.endsWith("ه") === true;
  if (!cue || own || t?.kind !== "word" || gazAt(ctx, k) || placeAt(ctx, k)) return null;
  // قرية دار السلامة: an indefinite word followed by a definite noun starts a longer name.
  if (!t.norm.startsWith("ال") && constructAfter(ctx, k + 1)) return null;
  // بمدينة العمران: a definite name needs the tagger's word for it, and no adjective's shape.
  const tagged =
    ctx.tags?.[k] === "B-LOC" &&
    !ctx.tags[k + 1]?.startsWith("I-") &&
    isDefiniteWord(ctx, t) &&
    !/(يه|ي)$/.test(t.norm);
  if (!tagged && !properWord(ctx, t) && !foreignTown(ctx, k)) return null;
  if (givenName(ctx, t) !== undefined) return null;
  // مدينة متكاملة، مدينة مستدامة: a participle in ة (متفاعلة، مستفعلة) describes the city.
  if (/^(مت|مست)...+ه$/.test(t.norm)) return null;
  return { to: k + 1, start: t.start, end: t.end };
}

/**
 * مدينة ميلووكي الأمريكية، بلدة X: an indefinite word in ي the lexicon does not know, after a
 * (feminine) noun of a settlement, is a name when the tagger marks it as a place or when the
 * country's feminine nisba follows — a masculine relative adjective cannot describe مدينة.
 */
function foreignTown(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  if (!/[^ه]ي$/.test(t.norm) || t.norm.startsWith("ال") || t.norm.length < 4) return false;
  if (isFunctionWord(ctx, t) || glossPhrase(ctx.lex, t.text) !== null || ctx.lex.titles.has(t.norm))
    return false;
  if (ctx.tags?.[k] === "B-LOC" && !ctx.tags[k + 1]?.startsWith("I-")) return true;
  const next = ctx.tokens[k + 1];
  return next?.kind === "word" && next.norm.endsWith("ه") && nisbaAt(ctx, k + 1)?.value.type === "Country";
}

export function townCandidate(s: SentenceInput, town: { start: number; end: number }): Candidate {
  const name = s.text.slice(town.start, town.end);
  return patternCandidate(s.sentence, town, "City", name, romanizeName(name));
}

// Nouns of a state before its name (جمهورية تركيا، مملكة البحرين); دولة is as often the
// common noun before a name (في دولة اليمن الشقيق: in the state of Yemen).
const STATE_NOUNS = new Set(["جمهوريه", "مملكه", "سلطنه"]);
// With the article before a nisba (الجمهورية اليمنية، المملكة المغربية); الدولة is left out
// (الدولة الإسلامية is a group, and home.ts reads الدولة alone).
const DEFINITE_STATE_NOUNS = new Set(["الجمهوريه", "المملكه", "السلطنه"]);
// Words of a state's formal name around its nisba (الجمهورية العربية السورية، المملكة الأردنية
// الهاشمية، الجمهورية الجزائرية الديمقراطية الشعبية).
const STATE_WORDS = new Set(["العربيه", "الاسلاميه", "الاتحاديه", "الديمقراطيه", "الشعبيه", "الهاشميه"]);

/**
 * Where a run of at most `max` state words (STATE_WORDS) from token k ends. A module function, not a
 * closure: tsx names each closure bound to a name with a defineProperty call, per word here.
 */
function stateWordsEnd(ctx: SentenceCtx, k: number, max: number): number {
  let to = k;
  while (to < k + max && STATE_WORDS.has(ctx.tokens[to]?.norm ?? "")) to++;
  return to;
}

/**
 * جمهورية تركيا، الجمهورية اليمنية، الجمهورية العربية السورية، جمهورية مصر العربية: a country's
 * formal name — a noun of a state before its name, or with the article before its feminine nisba
 * — is one mention of the country, the noun included.
 */
export function formalCountryAt(ctx: SentenceCtx, i: number): Hit<GazEntry> | null {
  const t = ctx.tokens[i];
  if (t?.kind !== "word") return null;
  for (const r of readingsOf(t)) {
    let country: Hit<GazEntry> | null = null;
    let to = 0;
    if (STATE_NOUNS.has(r.key)) {
      country = gazAt(ctx, i + 1);
      if (country?.value.type !== "Country" || country.reading.prefix !== 0) continue;
      if (country.value.source === "nisba") continue;
      to = stateWordsEnd(ctx, country.to, 1);
    } else if (DEFINITE_STATE_NOUNS.has(r.key)) {
      const k = stateWordsEnd(ctx, i + 1, 2);
      country = nisbaAt(ctx, k);
      const n = ctx.tokens[k]?.norm ?? "";
      if (country?.value.type !== "Country" || !n.startsWith("ال") || !n.endsWith("ه")) continue;
      to = stateWordsEnd(ctx, k + 1, 2);
    } else continue;
    const known = gazAt(ctx, i);
    if (known && known.to >= to) return null;
    const last = ctx.tokens[to - 1] as Token;
    return {
      ...country,
      from: i,
      to,
      start: t.start + surfaceOffset(t.text, r.prefix),
      end: last.end,
      reading: r,
    };
  }
  return null;
}

// Countries whose bare name is an ordinary word (مالي financial, بنين sons): the gazetteer knows
// them only by their formal name (جمهورية مالي). Bare, the name is the country after دولة or
// inside a list whose neighbour is a country (في النيجر ومالي وبنين).
const WORD_COUNTRIES = new Map([
  ["مالي", "جمهورية مالي"],
  ["بنين", "جمهورية بنين"],
]);
const wordCountryEntries = new WeakMap<Lexicon, Map<string, GazEntry>>();

function wordCountry(lex: Lexicon, key: string): GazEntry | undefined {
  let map = wordCountryEntries.get(lex);
  if (!map) {
    map = new Map();
    for (const [word, formal] of WORD_COUNTRIES) {
      const keys = phraseKeys(formal);
      const m = lex.gazetteer.longest(keys[0] as string, (o) => keys[o]);
      if (m?.value.type === "Country" && m.length === keys.length) map.set(word, m.value);
    }
    wordCountryEntries.set(lex, map);
  }
  return map.get(key);
}

/** A country (by name, not nisba) whose mention ends right before token `to`. */
function countryEndsAt(ctx: SentenceCtx, to: number): boolean {
  for (let k = Math.max(0, to - 4); k < to; k++) {
    const g = gazAt(ctx, k);
    if (g?.to === to && g.value.type === "Country" && g.value.source !== "nisba") return true;
  }
  const last = ctx.tokens[to - 1];
  return last?.kind === "word" && readingsOf(last).some((r) => wordCountry(ctx.lex, r.key) !== undefined);
}

/** A country named at token k (with or without و), as the next member of a list. */
function countryStartsAt(ctx: SentenceCtx, k: number): boolean {
  const g = gazAt(ctx, k);
  if (g?.value.type === "Country" && g.value.source !== "nisba") return true;
  const t = ctx.tokens[k];
  return t?.kind === "word" && readingsOf(t).some((r) => wordCountry(ctx.lex, r.key) !== undefined);
}

const isComma = (t: Token | undefined): boolean => t?.kind === "punct" && LIST_SEPARATORS.has(t.text);

/**
 * مالي، بنين as the country: after دولة (دولة مالي), or as a member of a list of countries — a
 * country (or another such name) right before it, joined by و or a comma, or after it (مالي
 * والنيجر، مالي، تشاد).
 */
export function wordCountryAt(ctx: SentenceCtx, i: number): Hit<GazEntry> | null {
  // دولة مالي: read from دولة, which a title would otherwise take (صاحب الدولة).
  const state = ctx.tokens[i];
  if (state?.kind === "word" && state.norm === "دوله") {
    const next = ctx.tokens[i + 1];
    if (next?.kind !== "word" || wordCountry(ctx.lex, next.norm) === undefined) return null;
    return wordCountryAt(ctx, i + 1);
  }
  const t = ctx.tokens[i];
  if (t?.kind !== "word") return null;
  for (const r of readingsOf(t)) {
    const entry = wordCountry(ctx.lex, r.key);
    if (!entry || (r.prefix > 0 && !t.norm.startsWith("و") && !t.norm.startsWith("ب"))) continue;
    const prev = ctx.tokens[i - 1];
    const joined = r.prefix > 0 && t.norm.startsWith("و");
    const afterState = r.prefix === 0 && prev?.kind === "word" && prev.norm === "دوله";
    const before = (joined && countryEndsAt(ctx, i)) || (isComma(prev) && countryEndsAt(ctx, i - 1));
    const next = ctx.tokens[i + 1];
    const after =
      (next?.kind === "word" && next.norm.startsWith("و") && countryStartsAt(ctx, i + 1)) ||
      (isComma(next) && countryStartsAt(ctx, i + 2) && !ctx.tokens[i + 2]?.norm.startsWith("و"));
    if (!afterState && !before && !after) continue;
    return readingHit(ctx, i, i + 1, entry, r);
  }
  return null;
}

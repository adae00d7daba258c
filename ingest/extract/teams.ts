/**
 * Sport clubs written by their name alone after a word of the game: فريق الرائد، لاعب النصر،
 * مدرب الاتحاد، جماهير الأهلي (org-cues.json `teamCues`). The club is one definite word that the
 * lexicon does not know as a common noun, an adjective, a head or a place: فريق العمل (task force),
 * لاعب الوسط (midfielder), فريق الباحثين (researchers) and مدرب اللياقة name no club.
 */
import type { GazEntry, Lexicon } from "../lexicon/index.js";
import { phraseKeys } from "../lexicon/load.js";
import { normalizeForMatch } from "../text/normalize.js";
import { readingsOf, surfaceOffset, withoutArticle, type Token } from "../text/segment.js";
import { type Candidate, patternCandidate } from "./candidate.js";
import { glossPhrase } from "./gloss.js";
import { romanizeName } from "./label.js";
import {
  gazAt,
  givenName,
  isFunctionWord,
  nisbaAt,
  phraseAt,
  strippedLetters,
  type Hit,
  type SentenceCtx,
} from "./lookup.js";
import { properWord } from "./landmarks.js";
import { orgCues } from "./orgs.js";
import { personCues } from "./person-cues.js";
import type { SentenceInput } from "./recognize.js";
import type { ResolveInput } from "./resolve.js";
import type { CandidateStore, SpanGroup } from "./store.js";

let cues: { cues: Set<string>; not: Set<string> } | null = null;

function cueKeys(list: { ar: string }[]): Set<string> {
  return new Set(list.map((c) => phraseKeys(c.ar).join(" ")));
}

/**
 * Read once. Asked about every word of every sentence: a named arrow declared in here would be
 * re-named by tsx/esbuild keep-names on each call (see lookup.ts keysAfter), 3% of extraction.
 */
export function teamCues(): { cues: Set<string>; not: Set<string> } {
  cues ??= { cues: cueKeys(orgCues().teamCues), not: cueKeys(orgCues().teamNotNames) };
  return cues;
}

/**
 * الباحثين، المفاوضين، الاستراتيجية، الهلالي: a plural of persons or a relative adjective
 * describes; a club's name is neither (a club named with a nisba is missed, not invented).
 */
function describing(norm: string): boolean {
  return /^ال..+(ين|ون|ي|يه)$/.test(norm);
}

/**
 * Is the definite word at token k a club's name rather than a word of the lexicon? With `and`,
 * the word carries the conjunction و (الهلال والنصر) and the name is what follows it.
 */
function clubWord(ctx: SentenceCtx, k: number, and = false): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== "word" || isFunctionWord(ctx, t)) return false;
  if (and && !/^وال/.test(t.norm)) return false;
  const norm = and ? t.norm.slice(1) : t.norm;
  if (norm.length < 5 || !norm.startsWith("ال")) return false;
  const bare = withoutArticle(norm) ?? "";
  const { lex } = ctx;
  if (teamCues().not.has(norm) || describing(norm)) return false;
  // A place of the gazetteer is a place (with the conjunction, on the reading without it).
  const gaz = gazAt(ctx, k);
  if (gaz && (!and || gaz.reading.prefix > 0)) return false;
  if (
    lex.orgHeads.has(bare) ||
    lex.placeHeads.has(bare) ||
    lex.placeNouns.has(bare) ||
    lex.placeNouns.has(norm)
  )
    return false;
  if (lex.adjectives.has(norm) || lex.titles.has(norm) || lex.titles.has(bare)) return false;
  if (personCues().personNouns.has(norm) || personCues().personNouns.has(bare)) return false;
  if (lex.places.longest(norm, () => undefined)) return false;
  return glossPhrase(lex, and ? t.text.replace(/^و/, "") : t.text) === null;
}

// Words of a match or a cup before بين: مباراة بين الهلال والنصر، نهائي الكأس بين الفيصلي والوحدة.
const MATCH_WORDS = new Set(
  ["مباراه", "مواجهه", "بطوله", "نهائي", "كاس", "ديربي", "سوبر"].flatMap((w) => [w, `ال${w}`]),
);

/**
 * The two clubs of a match named by «بين X وY» within three words of a word of the match
 * (مباراة، بطولة السوبر، نهائي الكأس), X at token i: the token ranges of both names.
 */
export function matchPairAt(ctx: SentenceCtx, i: number): { from: number; to: number }[] | null {
  const t = ctx.tokens[i - 1];
  if (t?.kind !== "word" || t.norm !== "بين") return null;
  let match = false;
  for (let k = Math.max(0, i - 4); k < i - 1 && !match; k++) {
    const w = ctx.tokens[k];
    match = w?.kind === "word" && readingsOf(w).some((r) => MATCH_WORDS.has(r.key));
  }
  if (!match || !clubWord(ctx, i) || !clubWord(ctx, i + 1, true)) return null;
  return [
    { from: i, to: i + 1 },
    { from: i + 1, to: i + 2 },
  ];
}

/** The club named right after a team cue at token i, as the token range of its name. */
export function teamAt(ctx: SentenceCtx, i: number): { from: number; to: number } | null {
  const cue = phraseAt(ctx, i, (first) => (teamCues().cues.has(first) ? { value: true, length: 1 } : null));
  if (!cue || !clubWord(ctx, cue.to)) return null;
  // فريق الرائد الأول، لاعب النصر السابق: an adjective may follow; a second definite noun in
  // construct (فريق العمل الميداني) is already ruled out by the lexicon, so one word is the name.
  return { from: cue.to, to: cue.to + 1 };
}

/** مدرب الرائد والنجمة: a second club joined by و to the club just named at token k-1. */
export function teamAndAt(ctx: SentenceCtx, k: number): { from: number; to: number } | null {
  return clubWord(ctx, k, true) ? { from: k, to: k + 1 } : null;
}

// سيتي، يونايتد: words after which football news writes an English club by its town; سبور a
// Turkish one (كونيا سبور، طرابزون سبور).
// سبورت too, after a town the gazetteer knows only (كونيا سبورت; سكاي سبورت is a channel).
const CLUB_SUFFIXES = new Set(["سيتي", "ستي", "يونايتد", "سبور", "سبورت"]);
const TOWN_ONLY_SUFFIXES = new Set(["سبورت"]);
const SUFFIX_EN: Record<string, string> = {
  سيتي: " City",
  ستي: " City",
  يونايتد: " United",
  سبور: "spor",
  سبورت: "spor",
};

/**
 * ستوك سيتي، ليدز يونايتد، كونيا سبور: a word the lexicon does not know as a common word, a head or a title
 * (a town of the gazetteer, or a word the tagger reads as a name) followed by سيتي or يونايتد is a club, as the token range of its
 * name. A name the gazetteer knows whole (مانشستر سيتي، مكسيكو سيتي) is left to it.
 */
export function clubSuffixAt(ctx: SentenceCtx, i: number): { from: number; to: number } | null {
  const next = ctx.tokens[i + 1];
  if (next?.kind !== "word" || !CLUB_SUFFIXES.has(next.norm)) return null;
  const t = ctx.tokens[i];
  if (t?.kind !== "word" || isFunctionWord(ctx, t) || t.norm.startsWith("ال") || t.norm.length < 3)
    return null;
  const gaz = gazAt(ctx, i);
  if (gaz && (gaz.to > i + 1 || gaz.value.type !== "City")) return null;
  if (gaz) return gaz.reading.prefix === 0 ? { from: i, to: i + 2 } : null;
  if (TOWN_ONLY_SUFFIXES.has(next.norm)) return null;
  // صفوف يونايتد، لمشجعي يونايتد: a common noun before the word is the club written short; an
  // unknown word is a town only when the tagger reads a name there.
  const tag = ctx.tags?.[i] ?? "O";
  if (tag === "O" || !properWord(ctx, t) || personCues().personNouns.has(t.norm)) return null;
  return { from: i, to: i + 2 };
}

/** The club of clubSuffixAt: an organisation named by both words. */
export function clubSuffixCandidate(s: SentenceInput, club: { from: number; to: number }): Candidate {
  const first = s.tokens[club.from] as Token;
  const last = s.tokens[club.to - 1] as Token;
  const name = `${first.text} ${last.text}`;
  const span = { start: first.start, end: last.end };
  // كونيا سبور → Konyaspor, ليدز يونايتد → Leeds United: a town the gazetteer knows keeps its label.
  const town = gazAt(s, club.from);
  const en =
    town && town.to === club.from + 1
      ? `${town.value.en}${SUFFIX_EN[last.norm] ?? ` ${romanizeName(last.text)}`}`
      : romanizeName(name);
  return patternCandidate(s.sentence, span, "Organization", name, en, { kind: "club" });
}

export function teamCandidate(s: SentenceInput, team: { from: number; to: number }): Candidate {
  const t = s.tokens[team.from] as Token;
  // والنصر: the name starts after the conjunction.
  const and = /^وال/.test(t.norm);
  const name = t.text.slice(and ? surfaceOffset(t.text, 1) : 0);
  const span = { start: t.start + (and ? surfaceOffset(t.text, 1) : 0), end: t.end };
  return patternCandidate(s.sentence, span, "Organization", name, romanizeName(name), { kind: "club" });
}

// Demonyms of the home nations of British football, which name no country of the gazetteer.
const HOME_NATIONS = new Set(["الانجليزي", "الاسكتلندي", "الويلزي"]);

/** برشلونة الإسباني: a masculine nationality after token k-1, not the start of a person's name after it. */
function masculineNationality(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== "word" || !/ي$/.test(t.norm) || (!HOME_NATIONS.has(t.norm) && !nisbaAt(ctx, k)))
    return false;
  // فينورد روتردام المغربي كريم: the nationality introduces the player named after it.
  const after = ctx.tokens[k + 1];
  return after?.kind !== "word" || givenName(ctx, after) === undefined;
}

/** A club of the gazetteer (orgKind club) at token k, or with a list's comma before it. */
function clubNear(ctx: SentenceCtx, k: number): boolean {
  return clubAt(ctx, k) || (ctx.tokens[k]?.text === "،" && clubAt(ctx, k + 1));
}

function clubAt(ctx: SentenceCtx, n: number): boolean {
  return gazAt(ctx, n)?.value.orgKind === "club";
}

/**
 * برشلونة الإسباني، ميلان الإيطالي، فريقه روما، تشلسي وليفربول: a city followed by a masculine
 * nationality (a city is feminine: برشلونة الإسبانية is the city), right after a word of the game
 * (فريق، لاعب، مدرب, with a pronoun: فريقه), or in a list with a club is the club named after it.
 */
export function clubCityAt(ctx: SentenceCtx, gaz: Hit<GazEntry>, before: Candidate | undefined): boolean {
  // فيرونا الإيطالي: a province of one word named like its town, in a sentence about the game.
  if (gaz.value.type === "Location" && gaz.to - gaz.from === 1 && !/^ال/.test(gaz.value.ar))
    return masculineNationality(ctx, gaz.to) && sportSentence(ctx);
  if (gaz.value.type !== "City") return false;
  if (masculineNationality(ctx, gaz.to) || clubNear(ctx, gaz.to)) return true;
  const prev = ctx.tokens[gaz.from - 1];
  // آرسنال، وليفربول: the club just recognised before the list's comma or و.
  const listed =
    prev?.text === "،" || /^[وف]$/.test(strippedLetters(ctx.tokens[gaz.from] as Token, gaz.reading));
  const end = listed ? (prev?.text === "،" ? prev.start : (ctx.tokens[gaz.from] as Token).start) : -1;
  if (before?.properties.kind === "club" && end >= 0 && before.end >= end - 2) return true;
  if (prev?.kind !== "word" || gaz.reading.prefix !== 0) return false;
  const { cues } = teamCues();
  if (readingsOf(prev).some((r) => cues.has(r.key) || cues.has(r.key.replace(/(ه|ها|هم)$/, "")))) return true;
  return playedAt(ctx, gaz.from);
}

/**
 * ميلان الإيطالي (the tagger's place): one word without the article that the gazetteer does not
 * know, followed by a country's masculine nationality in a sentence about the game, is the club of
 * that name, as clubCityAt reads a known city (a town is feminine: ميلان الإيطالية).
 */
export function taggedClubAt(ctx: SentenceCtx, from: number, to: number): boolean {
  const t = ctx.tokens[from];
  if (to - from !== 1 || t?.kind !== "word" || t.norm.startsWith("ال") || isFunctionWord(ctx, t))
    return false;
  if (gazAt(ctx, from) !== null || nisbaAt(ctx, to)?.value.type !== "Country") return false;
  return masculineNationality(ctx, to) && sportSentence(ctx);
}

// Nouns of a squad or a pitch before a club (صفوف ليفربول، قميص برشلونة، مرمى روما، نجم ميلان).
const SQUAD_WORDS = new Set(["صفوف", "قميص", "مرمي", "شباك", "نجم", "نجوم", "رئيس"]);
// Verbs of a result in the masculine (a town is feminine: خسرت موسكو is its government).
const RESULT_VERBS = new Set(
  [
    "فاز",
    "يفوز",
    "تغلب",
    "يتغلب",
    "تعادل",
    "يتعادل",
    "خسر",
    "يخسر",
    "هزم",
    "يهزم",
    "اكتسح",
    "سحق",
    "اقصي",
    "افلت",
  ].flatMap((w) => [w, `و${w}`, `ف${w}`]),
);
// A result verb, then these, then the other side: فاز على ليفربول، خسر أمام برشلونة، تعادل مع روما.
const RESULT_PREPOSITIONS = new Set(["علي", "امام", "مع"]);

/**
 * صفوف ليفربول، قميص برشلونة، رئيس برشلونة: a word of a squad or of the pitch right before a town
 * (at token k); فاز ليفربول، وتغلب برشلونة: a masculine verb of a result; فاز على ليفربول، خسر
 * أمام برشلونة، خسرت روما أمام ليفربول: such a verb (any person), perhaps its one-word subject,
 * and its preposition. The town is its club there.
 */
function playedAt(ctx: SentenceCtx, k: number): boolean {
  const prev = ctx.tokens[k - 1];
  if (prev?.kind !== "word") return false;
  if (SQUAD_WORDS.has(prev.norm) || RESULT_VERBS.has(prev.norm)) return true;
  if (!RESULT_PREPOSITIONS.has(prev.norm)) return false;
  // خسر أمام X، خسرت روما أمام X: the verb right before, or before its one-word subject.
  return [k - 2, k - 3].some((v) => {
    const verb = ctx.tokens[v];
    return verb?.kind === "word" && RESULT_VERBS.has(verb.norm.replace(/(ت|وا)$/, ""));
  });
}

/** The club a city's name stands for (clubCityAt): an organisation with the city's name. */
export function clubCityCandidate(s: SentenceInput, gaz: Hit<GazEntry>): Candidate {
  return patternCandidate(s.sentence, gaz, "Organization", gaz.value.ar, gaz.value.en, { kind: "club" });
}

/**
 * The name of a club that is also a city's (برشلونة الإسباني، نادي برشلونة), as a matching key:
 * a club recognised by a city's name (clubCityAt), or a head that only takes a name (نادي) and a
 * city of one word, perhaps with the club's nationality after it. Null for any other group.
 */
function clubCityName(lex: Lexicon, g: SpanGroup): string | null {
  if (g.proto.type !== "Organization" || g.proto.source !== "pattern") return null;
  const words = g.proto.name.split(" ");
  if (words.length === 1) return g.properties.kind === "club" ? normalizeForMatch(g.proto.name) : null;
  // نادي برشلونة الإسباني: the club's nationality after the name.
  const nationality = words.length === 3 && /^ال..+ي$/.test(normalizeForMatch(words[2] ?? ""));
  if ((words.length !== 2 && !nationality) || !lex.orgHeads.get(phraseKeys(words[0] ?? "").join(" "))?.proper)
    return null;
  return normalizeForMatch(words[1] ?? "");
}

/**
 * نادي برشلونة … وقال برشلونة … مع برشلونة: once an article has named a club by a city's name,
 * the city's bare name is the club there too — unless the article also writes the city as a
 * place (مدينة برشلونة، العاصمة البولندية وارسو), when each mention keeps the reading recognition
 * gave it.
 */
export function mergeClubCities(input: ResolveInput): void {
  const { store, lex } = input;
  const clubs = new Map<string, string>();
  for (const [id, g] of [...store.groups]) {
    const key = clubCityName(lex, g);
    const other = key ? clubs.get(key) : undefined;
    if (!key || other === "") continue;
    if (other === undefined) {
      clubs.set(key, id);
      continue;
    }
    // برشلونة (the club) and نادي برشلونة: one club, under the headed name.
    const headed = g.proto.name.includes(" ") ? id : other;
    const bare = headed === id ? other : id;
    const single = (x: string): boolean => !(store.groups.get(x)?.proto.name.includes(" ") ?? true);
    if (single(bare) && !single(headed)) {
      store.merge(bare, headed);
      clubs.set(key, headed);
    } else clubs.set(key, "");
  }
  const pairs: [string, string][] = [];
  for (const [id, g] of store.groups) {
    const club = g.proto.type === "City" ? clubs.get(normalizeForMatch(g.proto.name)) : undefined;
    if (club) pairs.push([id, club]);
  }
  if (pairs.length === 0) return;
  const starts = new Map<number, string>();
  for (const [id] of pairs) {
    const spans = store.groups.get(id)?.spans ?? [];
    for (let i = 0; i < spans.length; i += 2) starts.set(spans[i] as number, id);
  }
  const asPlace = new Set<string>();
  input.eachSentence((tokens) => {
    tokens.forEach((t, k) => {
      const id = starts.get(t.start);
      if (!id) return;
      // مدينة برشلونة، العاصمة البولندية وارسو: a place noun, perhaps with its nisba, before it.
      const nisba = /^ال..+(ي|يه)$/.test(tokens[k - 1]?.norm ?? "") ? 1 : 0;
      const prev = tokens[k - 1 - nisba];
      if (prev?.kind === "word" && readingsOf(prev).some((r) => lex.placeNouns.has(r.key))) asPlace.add(id);
    });
  });
  for (const [city, club] of pairs) if (!asPlace.has(city)) store.merge(city, club);
}

/**
 * مانشستر يونايتد … وقال يونايتد: once an article has named one club ending in سيتي or يونايتد,
 * the word alone later is that club (whatever type recognition gave it). With two such clubs
 * (مانشستر سيتي، ستوك سيتي) the bare word stays as it is.
 */
export function mergeClubSuffixes(store: CandidateStore): void {
  const clubs = new Map<string, string[]>();
  const bare: [string, string][] = [];
  for (const [id, g] of store.groups) {
    const key = normalizeForMatch(g.proto.name);
    if (CLUB_SUFFIXES.has(key)) bare.push([id, key]);
    const words = key.split(" ");
    const last = words[words.length - 1] ?? "";
    if (g.proto.type === "Organization" && words.length > 1 && CLUB_SUFFIXES.has(last))
      clubs.set(last, [...(clubs.get(last) ?? []), id]);
  }
  for (const [id, key] of bare) {
    const [only, ...more] = clubs.get(key) ?? [];
    if (only && more.length === 0) store.merge(id, only);
  }
}

let known: { names: Map<string, { ar: string; en: string }>; sport: Set<string> } | null = null;

/** org-cues.json `clubNames` (by matching key) and `sportWords`, read once. */
function knownClubs(): { names: Map<string, { ar: string; en: string }>; sport: Set<string> } {
  known ??= {
    names: new Map(orgCues().clubNames.map((c) => [phraseKeys(c.ar).join(" "), c])),
    sport: cueKeys(orgCues().sportWords),
  };
  return known;
}

// Club names that are as often a word of any sport sentence (the agreement, youth, cooperation,
// the federation):
// only before the club's nationality, or after a word of the game (teamAt).
const CLUB_HEADS = new Set(["نادي", "النادي"]);

const CUE_ONLY = new Set(["الاتفاق", "الشباب", "التعاون", "الاتحاد"]);

/** A word of the game (org-cues.json `sportWords` or `teamCues`) anywhere in the sentence. */
function sportSentence(ctx: SentenceCtx): boolean {
  const { sport } = knownClubs();
  const { cues } = teamCues();
  return ctx.tokens.some(
    (t) => t.kind === "word" && readingsOf(t).some((r) => sport.has(r.key) || cues.has(r.key)),
  );
}

export interface KnownClubHit {
  /** Token range of the mention: the name alone (the nationality after it is its country's mention). */
  from: number;
  to: number;
  /** Letters of the proclitic before the name (والنصر، للهلال). */
  prefix: number;
  /** للهلال: the span keeps the لل, the name is the club's. */
  restored: boolean;
  club: { ar: string; en: string };
  /** The country of the nationality written after the name (النصر الإماراتي), and the word. */
  country?: string;
  nationality?: string;
}

/**
 * مع النصر، والسد القطري، أمام الهلال: a well-known club's short name (org-cues.json `clubNames`)
 * in a sentence about the game (a word of `sportWords` or `teamCues` in it) is the club; الاتفاق،
 * الشباب، التعاون only with the club's nationality after them (السد الإثيوبي is still a dam in a
 * sentence about no game). A definite word
 * after it that is no nationality makes it a longer name or the ordinary word (الهلال الأحمر،
 * الاتحاد الأوروبي); a federation's head with a nationality is the federation (الاتحاد السعودي).
 */
export function knownClubAt(ctx: SentenceCtx, i: number): KnownClubHit | null {
  const t = ctx.tokens[i];
  if (t?.kind !== "word") return null;
  const { names } = knownClubs();
  const reading = readingsOf(t).find((r) => names.has(r.key));
  if (!reading) return null;
  const club = names.get(reading.key) as { ar: string; en: string };
  const gaz = gazAt(ctx, i);
  if ((gaz && gaz.to > i + 1) || !sportSentence(ctx)) return null;
  // النادي الأهلي: after the club's head the organisation rules read the whole name.
  const prev = ctx.tokens[i - 1];
  if (prev?.kind === "word" && readingsOf(prev).some((r) => CLUB_HEADS.has(r.key))) return null;
  const next = ctx.tokens[i + 1];
  const nisba = next?.kind === "word" ? nisbaAt(ctx, i + 1) : null;
  if (nisba?.value.type === "Country" && nisba.to === i + 2 && masculineNationality(ctx, i + 1)) {
    if (ctx.lex.orgHeads.has(withoutArticle(reading.key) ?? "")) return null;
    const country = nisba.value.en;
    const nationality = (next as Token).text;
    return {
      from: i,
      to: i + 1,
      prefix: reading.prefix,
      restored: reading.restoredArticle,
      club,
      country,
      nationality,
    };
  }
  if (next?.kind === "word" && next.norm.startsWith("ال") && !isFunctionWord(ctx, next)) return null;
  if (CUE_ONLY.has(reading.key)) return null;
  return { from: i, to: i + 1, prefix: reading.prefix, restored: reading.restoredArticle, club };
}

/** The club of knownClubAt: its short name (with the nationality written after it). */
export function knownClubCandidate(s: SentenceInput, hit: KnownClubHit): Candidate {
  const t = s.tokens[hit.from] as Token;
  const start = t.start + surfaceOffset(t.text, hit.prefix);
  // النصر الإماراتي: the nationality tells this club from another of the same name (النصر).
  const rest = hit.nationality ? ` ${hit.nationality}` : "";
  const name = `${hit.restored ? hit.club.ar : s.text.slice(start, t.end)}${rest}`;
  const en = hit.country ? `${hit.club.en} (${hit.country})` : hit.club.en;
  return patternCandidate(s.sentence, { start, end: t.end }, "Organization", name, en, { kind: "club" });
}

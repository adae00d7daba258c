/** Turns recognition hits into Candidates: ids, Arabic names, English labels, properties. */
import type { GazEntry } from "../lexicon/index.js";
import { phraseKeys } from "../lexicon/load.js";
import type { Properties } from "../model.js";
import { identityParts, normalizeForMatch, stripMarks } from "../text/normalize.js";
import { readingsOf, surfaceOffset, type Token } from "../text/segment.js";
import { type Candidate, patternCandidate } from "./candidate.js";
import { isGivenName, isPatronymic, procliticLength } from "./identity.js";
import { describedHead, describedPattern, glossPhrase, sayOnce } from "./gloss.js";
import { complementEn, labelId, personEn, romanizeName } from "./label.js";
import { verbShaped, type Hit } from "./lookup.js";
import type { NameHit } from "./names.js";
import type { OrgHit } from "./orgs.js";
import type { SentenceInput } from "./recognize.js";
import { lexicon as valuesLexicon } from "../values/lexicon.js";
import { foldWord } from "../values/fold.js";

// One properties object per gazetteer entry, shared by its candidates (read-only downstream):
// a 10 MB article has hundreds of thousands of mentions.
const sharedProps = new WeakMap<GazEntry, Properties>();
const countryProps = new Map<string, Properties>();

function entryProps(s: SentenceInput, e: GazEntry): Properties {
  let props = sharedProps.get(e);
  if (!props) {
    const country = e.country ? s.lex.countries.get(e.country) : undefined;
    props = {};
    if (country) props.country = country.id;
    if (e.orgKind) props.kind = e.orgKind;
    if (e.capital) props.capital = true;
    sharedProps.set(e, Object.freeze(props));
  }
  return props;
}

// Candidates are written out field by field: in Node 20 an object spread followed by more
// fields ({ ...base, type }) takes a slow path whose garbage outlives the young generation,
// which made recognition of a 10 MB article several hundred MB heavier.

/** A gazetteer hit; a capital in political context (`asGovernment`) stands for its country. */
export function gazCandidate(s: SentenceInput, hit: Hit<GazEntry>, asGovernment: boolean): Candidate {
  const e = hit.value;
  const country = e.country ? s.lex.countries.get(e.country) : undefined;
  if ((e.type === "Country" || asGovernment) && country && e.country) {
    let properties = countryProps.get(e.country);
    if (!properties) {
      properties = Object.freeze({ code: e.country });
      countryProps.set(e.country, properties);
    }
    return {
      start: hit.start,
      end: hit.end,
      sentence: s.sentence,
      source: "gazetteer",
      type: "Country",
      id: country.id,
      name: country.ar,
      nameEn: country.en,
      properties,
    };
  }
  const c: Candidate = {
    start: hit.start,
    end: hit.end,
    sentence: s.sentence,
    source: "gazetteer",
    type: e.type,
    id: e.id,
    name: e.ar,
    nameEn: e.en,
    properties: entryProps(s, e),
  };
  if (e.type === "Person") c.person = { parts: e.ar.split(" "), keys: [] };
  return c;
}

/** جامعة هارفارد → Harvard University: a proper name goes before a head glossed "University of". */
function beforeHead(pattern: string): string {
  return pattern.replace(/^([A-Z][a-z]+) of \{X\}$/, "{X} $1");
}

/**
 * The complement of a body of a place (كهرباء الرياض, أسمنت نجران) in English order — the place, then
 * the description's gloss (Riyadh Electricity) — or null: only when the place ends the complement
 * and every word before it is glossed.
 */
function placeAfterDescription(s: SentenceInput, org: OrgHit): string | null {
  const parts = org.complement;
  const last = parts.at(-1);
  if (org.place !== true || parts.length < 2 || !last?.en || !isPlace(s, last.text)) return null;
  const before = parts.slice(0, -1);
  if (before.some((p) => p.text.startsWith("ل") || p.text.startsWith("و"))) return null;
  const gloss = glossPhrase(s.lex, before.map((p) => p.text).join(" "));
  return gloss ? `${last.en} ${gloss}` : null;
}

/** True when the whole text is a city, region or country of the gazetteers (not a body: الأناضول). */
function isPlace(s: SentenceInput, text: string): boolean {
  const keys = phraseKeys(text);
  return [s.lex.gazetteer, s.lex.places].some((trie) => {
    const m = trie.longest(keys[0] ?? "", (o) => keys[o]);
    return m?.length === keys.length && ["City", "Location", "Country"].includes(m.value.type);
  });
}

/** Heads whose proper name needs no nisba in English: the nisba only says where the body is. */
const WHERE_ONLY = new Set(
  ["جامعة", "شركة", "بنك", "مصرف", "صحيفة", "مجموعة"].map((w) => normalizeForMatch(w)),
);

function orgLabel(s: SentenceInput, org: OrgHit): string {
  // كلية الطب → College of Medicine: a described complement keeps the head's "of"; a name goes before it.
  const complementArabic = org.complement.map((p) => p.text).join(" ");
  const describedAs = describedPattern(s.lex, org.head.ar, complementArabic);
  const described = describedAs !== null;
  // معهد الإدارة العامة → Institute of Public Administration: the description and its adjectives
  // may be one phrase of the glossary.
  const tail = s.tokens.slice(org.from + 1, org.nisba ? org.nisba.from : org.to).map((t) => t.text);
  const whole = described && org.adjectives.length ? glossPhrase(s.lex, tail.join(" ")) : null;
  // شركة كهرباء الرياض → Riyadh Electricity Company: a place after a glossed description is the
  // place the body is of, and English puts it first (not Electricity Riyadh Company).
  const placeFirst = described ? null : placeAfterDescription(s, org);
  const x = placeFirst ?? whole ?? complementEn(s.lex, org.complement);
  // A place with adjectives after it goes before the head too (بنك أبوظبي التجاري → Abu Dhabi
  // Commercial Bank, not Bank of Commercial Abu Dhabi).
  const proper =
    (org.named === true || (org.place === true && (org.adjectives.length > 0 || placeFirst !== null))) &&
    !described;
  const pattern = describedAs ?? (proper ? beforeHead(org.head.en) : org.head.en);
  const adjectives = whole ? [] : org.adjectives.filter((a) => a && !(x ?? "").includes(a));
  // After a proper name the adjectives describe the head (مستشفى الملك فيصل التخصصي → King Faisal
  // Specialist Hospital); after a description, and after the complement of "X of" (مجلس التنمية
  // السياحية → Council of Tourism Development), they describe the complement; before a purpose
  // (الهيئة العامة للسياحة) they describe the head and lead (General Tourism Commission).
  const adj = adjectives.join(" ");
  const purpose = org.complement[0]?.text.startsWith("ل") ?? false;
  const ofX = described || (pattern.includes(" of {X}") && !purpose);
  // جمعية البر الخيرية → al-Birr Charitable Association: a complement with no gloss is a name.
  const glossed = org.complement.every((p) => p.en !== null) || glossPhrase(s.lex, complementArabic) !== null;
  const named = proper || (pattern.startsWith("{X}") && !glossed);
  const inner = !x || !adj ? x : named ? `${x} ${adj}` : ofX ? `${adj} ${x}` : x;
  // المحكمة الجزائية المتخصصة: a name of adjectives alone has no complement (Specialized Criminal Court).
  let label = inner ? pattern.replace("{X}", inner) : pattern.replace(/\s*(of )?\{X\}\s*/, " ").trim();
  const lead = inner === x ? adjectives.filter((a) => !label.includes(a)) : [];
  if (lead.length) label = `${lead.join(" ")} ${label}`;
  const country = org.nisba?.value.country ? s.lex.countries.get(org.nisba.value.country) : undefined;
  // المنتخب الإنجليزي → England national team: a national side is named by its country in English.
  if (country && label === "National Team") return `${country.en} national team`;
  // جامعة برمنجهام البريطانية → Birmingham University: after a proper name the nisba only says where
  // the body is (not British Birmingham University); a club or team keeps it, as two countries'
  // clubs share names (الأهلي المصري، الأهلي السعودي).
  const says = proper && !adj && WHERE_ONLY.has(normalizeForMatch(org.head.ar));
  if (country && !says) label = country.demonym ? `${country.demonym} ${label}` : `${label} (${country.en})`;
  // الاتحاد العربي السعودي → Saudi Arabian Federation: العربية السعودية is the country's adjective.
  return sayOnce(label.replace(/^Saudi Arab(?= )/, "Saudi Arabian"));
}

/** البرلمان / مجلس النواب / مجلس الشعب: the words before the nisba name a national parliament. */
function isLegislature(s: SentenceInput, org: OrgHit): boolean {
  const end = org.nisba ? org.nisba.from : org.to;
  if (org.adjectives.length > 0 || end - org.from > 3) return false;
  const rest = s.tokens.slice(org.from + 1, end).map((t) => t.norm);
  const first = s.tokens[org.from] as Token;
  return readingsOf(first).some((r) => s.lex.legislatures.has([r.key, ...rest].join(" ")));
}

/** An organisation pattern: the organisation, plus its nisba as a mention of the country. */
export function orgCandidate(s: SentenceInput, org: OrgHit): Candidate[] {
  if (org.known) return [gazCandidate(s, org.known, false)];
  // للهيئة العامة → الهيئة العامة: the ل is a preposition, its second ل the article's.
  const from =
    org.restoredArticle || org.doubledLam
      ? org.start + surfaceOffset(s.text.slice(org.start, org.end), 1)
      : org.start;
  const name = stripMarks((org.restoredArticle ? "ا" : "") + s.text.slice(from, org.end));
  const legislature = isLegislature(s, org);
  const country = org.nisba?.value.country ? s.lex.countries.get(org.nisba.value.country) : undefined;
  // One label per country, so البرلمان اللبناني and مجلس النواب اللبناني are one entity.
  const nameEn =
    legislature && country
      ? country.demonym
        ? `${country.demonym} Parliament`
        : `Parliament of ${country.en}`
      : org.label
        ? org.label
        : org.seat || org.seatEn
          ? `${org.seat?.value.en ?? org.seatEn} ${orgLabel(s, org)}`
          : orgLabel(s, org);
  const properties: Properties = {};
  const out: Candidate[] = [];
  // The seat is a mention of its city too (المحكمة الجزائية بجدة names Jeddah).
  if (org.seat) out.push(gazCandidate(s, org.seat, false));
  if (org.nisba) {
    const nisba = gazCandidate(s, org.nisba, false);
    properties.country = nisba.id;
    out.push(nisba);
  }
  const c = patternCandidate(s.sentence, org, "Organization", name, nameEn, properties);
  if (legislature) c.legislature = true;
  // المحكمة الجزائية بجدة: the mention ends before ب and the seat; the name keeps it.
  const beforeSeat =
    org.seatFrom !== undefined && org.seatFrom > org.from ? s.tokens[org.seatFrom - 1] : undefined;
  if (beforeSeat) c.end = beforeSeat.end;
  return [c, ...out];
}

export function personCandidate(s: SentenceInput, name: NameHit, properties: Properties): Candidate {
  if (name.known) {
    const c = gazCandidate(s, name.known, false);
    // The chain may go on after the known name (محمد بن سلمان بن عبدالعزيز): one mention; so
    // may his given name before it (سيرجي لافروف).
    c.end = (s.tokens[name.to - 1] as Token).end;
    if (name.from < name.known.from) c.start = (s.tokens[name.from] as Token).start;
    c.properties = Object.assign({}, c.properties, properties);
    c.source = "pattern";
    return c;
  }
  return personFromTokens(s, name.from, name.to, properties, "pattern");
}

function personFromTokens(
  s: SentenceInput,
  from: number,
  to: number,
  properties: Properties,
  source: Candidate["source"],
): Candidate {
  const tokens = s.tokens.slice(from, to);
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  // وخالد، لعبدالرحمن: a proclitic stuck on a name whose rest is a known given name. The tagger
  // spans a conjunction with the name it joins (وسالم X); a name of its own that starts with و
  // is in the lexicon (وليد، وائل).
  // وحازم بن X: و on a word that is no given name as written, right before بن, is the conjunction.
  const conjunction = first.norm.startsWith("و") && (source === "tagger" || isPatronymic(tokens[1]?.norm));
  // لريتشارد برينس: a preposition on a foreign name that Wikidata's person names know without it.
  const preposition = (rest: string): boolean =>
    source === "tagger" &&
    /^[لب]/.test(first.norm) &&
    (s.lex.nameWords.get(rest) ?? 0) >= KNOWN_NAME_WORD &&
    !s.lex.nameWords.has(first.norm);
  const clitic = procliticLength(
    s.lex,
    first.norm,
    (rest) =>
      isGivenName(s.lex, rest) || (conjunction && rest.length === first.norm.length - 1) || preposition(rest),
  );
  const start = first.start + surfaceOffset(first.text, clitic);
  const parts = tokens.map((t, k) => stripMarks(k === 0 ? s.text.slice(start, t.end) : t.text));
  const keys = identityParts(tokens.map((t, k) => (k === 0 ? t.norm.slice(clitic) : t.norm)));
  return {
    start,
    end: last.end,
    sentence: s.sentence,
    type: "Person",
    id: null,
    name: stripMarks(s.text.slice(start, last.end)),
    nameEn: personEn(s.lex, parts),
    properties,
    person: { parts, keys, written: s.text.slice(start, first.end) },
    source,
  };
}

/**
 * جامعة هارفارد → Harfard University, not "Jamia Harfard": a tagger ORG span that starts with
 * an organisation head noun has the head glossed and the rest (a name) romanised.
 */
function headedLabel(s: SentenceInput, tokens: Token[]): string | null {
  const [first, ...rest] = tokens;
  if (!first || rest.length === 0) return null;
  const text = rest.map((t) => stripMarks(t.text)).join(" ");
  const head = s.lex.orgHeads.get(first.norm);
  if (!head) {
    // الاتحاد الآسيوي → Asian Federation: a definite head named by its words after it, all glossed.
    const definite = first.norm.startsWith("ال") ? s.lex.orgHeads.get(first.norm.slice(2)) : undefined;
    const after = definite && !definite.named ? glossPhrase(s.lex, text) : null;
    return definite && after ? `${after} ${definite.en.replace(/\s*(of )?\{X\}\s*/, " ").trim()}` : null;
  }
  // وزارة الداخلية → Ministry of Interior; a club's name is a name however it translates.
  const described = !head.named || describedHead(first.norm) ? glossPhrase(s.lex, text) : null;
  return described
    ? (describedPattern(s.lex, first.norm, text) ?? head.en).replace("{X}", described)
    : beforeHead(head.en).replace("{X}", romanizeName(text));
}

/** The word, or the word after one proclitic (وريال، بريالات), is a currency noun. */
function isCurrencyNoun(word: string): boolean {
  const nouns = valuesLexicon().currencyNouns;
  const w = foldWord(word);
  return nouns.has(w) || (/^[وفبل]/.test(w) && nouns.has(w.slice(1)));
}

/**
 * نيسان (أبريل) 2017، تموز/يوليو، آب 2015: a month name (the Syriac months are also a brand, a
 * surname or a god) followed by its other name or a year is a date.
 */
function datedMonth(s: SentenceInput, k: number): boolean {
  const forms = valuesLexicon().monthForms.get(foldWord((s.tokens[k] as Token).text));
  if (!forms?.some((f) => f.tokens.length === 1)) return false;
  const next = s.tokens[k + 1];
  const after = s.tokens[k + 2];
  if (next?.kind === "punct" && (next.text === "(" || next.text === "/" || next.text === "-"))
    return after !== undefined && valuesLexicon().monthForms.has(foldWord(after.text));
  return next !== undefined && /^[0-9٠-٩]{4}$/.test(next.text);
}

// Words that open the names of villages and landmarks (دير ياسين، وادي حنيفة، جبل عامل، تل أبيب،
// بئر السبع، عين الحلوة), never a person's.
const PLACE_OPENERS = new Set(["دير", "وادي", "جبل", "تل", "بئر", "عين"]);

/** دير ياسين، مخيم اليرموك: a person span of the tagger that opens with a place word is a place. */
function placeOpener(s: SentenceInput, first: Token): boolean {
  return PLACE_OPENERS.has(first.norm) || s.lex.placeNouns.has(first.norm);
}

/** A span the tagger found and no rule explained. */
export function taggerCandidate(s: SentenceInput, from: number, to: number, type: string): Candidate | null {
  const tokens = s.tokens.slice(from, to);
  if (tokens.every((t) => t.norm.length < 2)) return null;
  // A currency noun (ريال، دينار، جنيه) alone is money, whatever the tagger saw in it (ريال مدريد).
  if (tokens.length === 1 && isCurrencyNoun((tokens[0] as Token).text)) return null;
  if (tokens.length === 1 && datedMonth(s, from)) return null;
  if (type === "PERS" && to - from > 1 && placeOpener(s, tokens[0] as Token))
    return taggerCandidate(s, from, to, "LOC");
  if (type === "PERS") {
    const end = taggedNameEnd(s, from, to);
    // A title first: the name is the rest of the span.
    if (end < 0) return taggerCandidate(s, from + 1, to, type);
    return end > from ? personFromTokens(s, from, end, {}, "tagger") : null;
  }
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const name = stripMarks(s.text.slice(first.start, last.end));
  const nameEn = type === "ORG" ? (headedLabel(s, tokens) ?? romanizeName(name)) : romanizeName(name);
  const entityType = type === "ORG" ? "Organization" : "Location";
  const prefix = type === "ORG" ? "org" : "loc";
  const id = labelId(prefix, nameEn, name);
  return {
    start: first.start,
    end: last.end,
    sentence: s.sentence,
    type: entityType,
    id,
    name,
    nameEn,
    properties: {},
    source: "tagger",
  };
}

/**
 * Where a person span of the tagger really ends (`from` when it names nobody, -1 when it starts
 * with a title):
 * - الربيع العربي، البول السكري: a definite word and a definite word after it are a noun and its
 *   adjective, not a name (a family name alone is one word; الحسن بن علي goes on with بن; أليكس
 *   written اليكس is followed by its indefinite surname); الدين كريم، الله محمد: the tail of a
 *   compound name (نجم الدين) starts no name;
 * - حسن ومرقص، X واللورد Y: a conjunction inside joins a second name or phrase, and ends the first;
 * - X تؤكد، X ليرأس، مورينيو ضاحكاً: a verb (imperfect shape, ل + imperfect) or an indefinite
 *   accusative written with its tanween, after the name and no name word, is the clause going on.
 */
const COMPOUND_TAILS = new Set(["الدين", "الله"]);

function taggedNameEnd(s: SentenceInput, from: number, to: number): number {
  const first = s.tokens[from] as Token;
  // العماد ميشال عون: a rank or title the tagger took in is read with the name after it.
  if (to - from > 1 && s.lex.titles.has(first.norm) && !isGivenName(s.lex, first.norm)) return -1;
  const second = s.tokens[from + 1];
  const known = (t: Token): boolean => s.lex.nameWords.has(t.norm) || isGivenName(s.lex, t.norm);
  if (
    second &&
    to - from > 1 &&
    first.norm.startsWith("ال") &&
    !known(first) &&
    (second.norm.startsWith("ال") || COMPOUND_TAILS.has(first.norm))
  )
    return from;
  let end = to;
  for (let k = from + 1; k < to; k++) {
    const t = s.tokens[k] as Token;
    if (
      t.norm.startsWith("و") &&
      !known(t) &&
      (t.norm.startsWith("وال") || isGivenName(s.lex, t.norm.slice(1)))
    ) {
      end = k;
      break;
    }
  }
  while (end > from + 1) {
    const t = s.tokens[end - 1] as Token;
    if (t.norm.startsWith("ال")) break;
    // ليرأس: the verb is told by the word after ل (a rare name may be written like the whole).
    const rest = t.norm.slice(1);
    const verb =
      (verbShaped(t.norm) && !known(t)) ||
      (t.norm.startsWith("ل") && verbShaped(rest) && !s.lex.nameWords.has(rest) && !isGivenName(s.lex, rest));
    // Written with its tanween: a family name in ا without it (معافا) stays.
    const accusative = /(اً|ًا)$/.test(t.text) && !known(t);
    if (!verb && !accusative) break;
    end--;
  }
  return end;
}

// Uses in Wikidata person names from which a word is a known name word (not a chance match).
const KNOWN_NAME_WORD = 3;

/**
 * A newspaper or channel named without its head noun (media.ts): an organisation of kind media;
 * a business named by its quoted brand (`media` false) has no kind.
 */
export function mediaCandidate(s: SentenceInput, from: number, to: number, media = true): Candidate {
  const first = s.tokens[from] as Token;
  const last = s.tokens[to - 1] as Token;
  const name = stripMarks(s.text.slice(first.start, last.end));
  const span = { start: first.start, end: last.end };
  return patternCandidate(s.sentence, span, "Organization", name, romanizeName(name), media ? MEDIA : {});
}

const MEDIA: Properties = Object.freeze({ kind: "media" });

/**
 * شركة X Y → the company X Y (recognize.ts, namedForAt): the head written without its proclitic
 * (لشركة), the name romanised before the head's gloss.
 */
export function namedForCandidate(s: SentenceInput, head: number, to: number): Candidate {
  const first = s.tokens[head] as Token;
  const last = s.tokens[to - 1] as Token;
  const reading = readingsOf(first).find((r) => s.lex.orgHeads.has(r.key));
  const start = first.start + surfaceOffset(first.text, reading?.prefix ?? 0);
  const name = stripMarks(s.text.slice(start, last.end));
  const rest = stripMarks(s.text.slice((s.tokens[head + 1] as Token).start, last.end));
  const pattern = reading ? (s.lex.orgHeads.get(reading.key)?.en ?? "{X}") : "{X}";
  const nameEn = beforeHead(pattern).replace("{X}", romanizeName(rest));
  return patternCandidate(s.sentence, { start, end: last.end }, "Organization", name, nameEn, {});
}

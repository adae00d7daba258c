/**
 * Stage 3: recognition in one sentence. Three sources, in order of trust: title patterns,
 * gazetteer and organisation patterns (longest match, left to right), then the statistical
 * tagger for names the rules do not know. Rules win on type; the tagger only adds spans that
 * touch no rule span.
 */
import { readingsOf, withoutArticle, type Token } from "../text/segment.js";
import type { GazEntry } from "../lexicon/index.js";
import type { Properties } from "../model.js";
import type { Candidate } from "./candidate.js";
import {
  gazCandidate,
  mediaCandidate,
  namedForCandidate,
  orgCandidate,
  personCandidate,
  taggerCandidate,
} from "./candidates.js";
import {
  crudeGrade,
  gazAt,
  givenName,
  isDefiniteWord,
  isFunctionWord,
  isQuote,
  nisbaAt,
  phraseAt,
  taggedAs,
  verbLike,
  verbShaped,
  type Hit,
  type SentenceCtx,
} from "./lookup.js";
import { isPatronymic } from "./identity.js";
import { personCues } from "./person-cues.js";
import {
  CARDINALS,
  chainEnd,
  chainHead,
  feminineParticiple,
  firstNameBefore,
  familyNameShaped,
  foreignNameAfterSpeech,
  givenAndFamilyAt,
  nameAt,
  nisbaAsGivenName,
  notAName,
  OULD,
  procliticNoun,
  taggedRareFamilyName,
  titleFamilyName,
  titleWord,
  PERFECT_IFTAAL,
  type NameHit,
} from "./names.js";
import {
  landmarkAt,
  landmarkCandidate,
  landmarkListAt,
  landmarkListCandidates,
  regionListAt,
  regionListCandidates,
} from "./landmarks.js";
import { dualAt, dualCandidates } from "./duals.js";
import { mediaAt } from "./media.js";
import { companyAt, companyCandidate, marketAt, marketCandidate, marketContextOf } from "./companies.js";
import { orgAt, plainAdjectives, type OrgHit } from "./orgs.js";
import { branchAt, branchCandidate } from "./branches.js";
import { bracketTownAt, bracketTownCandidate, centreAt, centreCandidate } from "./centres.js";
import { phraseKeys } from "../lexicon/load.js";
import { isHomeWord, statePhraseAt } from "./home.js";
import {
  crossingAt,
  formalCountryAt,
  governmentContext,
  isLocative,
  LOCATIVE,
  townAt,
  townCandidate,
  wordCountryAt,
} from "./places.js";
import {
  clubCityAt,
  clubCityCandidate,
  clubSuffixAt,
  clubSuffixCandidate,
  knownClubAt,
  knownClubCandidate,
  matchPairAt,
  teamAndAt,
  teamAt,
  taggedClubAt,
  teamCandidate,
  teamCues,
} from "./teams.js";
import { titleAt, type TitleHit } from "./titles.js";
import { cupPlaceAt } from "./tournaments.js";
import { listedPersons, ouldMentions } from "./name-lists.js";

export interface SentenceInput extends SentenceCtx {
  text: string;
  sentence: number;
}

/** Words of a deputy or aide whose office a title after them names (نائب / مساعد وزير الدفاع X). */
const DEPUTY_WORDS = new Set(["نائب", "نائبه", "مساعد", "مساعده", "وكيل", "مستشار", "مستشاره"]);
const ORDINALS = new Set(["الاول", "الثاني", "الثالث"]);

/**
 * مساعد وزير الدفاع X، النائب الثاني لرئيس مجلس الوزراء: a title right after a deputy's word (over
 * an ordinal) is the office the person assists, not one they hold.
 */
function deputyBefore(s: SentenceInput, from: number): boolean {
  let k = from - 1;
  if (ORDINALS.has((s.tokens[k] as Token | undefined)?.norm ?? "")) k--;
  const t = s.tokens[k];
  return t?.kind === "word" && DEPUTY_WORDS.has(t.norm.replace(/^[وف]?(ال)?/, ""));
}

/**
 * نائب رئيس مجلس الوزراء، النائب الثاني لرئيس مجلس الوزراء: a head's title written with its
 * council (مجلس X) names the council too — the body the deputy is a member of. Only for a
 * deputy: the head's own title (رئيس مجلس الوزراء X) stands for the government he leads.
 */
function councilOfTitle(s: SentenceInput, hit: TitleHit): Candidate[] {
  for (let k = hit.title.from + 1; k < hit.title.to; k++) {
    if ((s.tokens[k] as Token | undefined)?.norm !== "مجلس") continue;
    const org = orgAt(s, k);
    return org && org.to === hit.title.to ? orgCandidate(s, org) : [];
  }
  return [];
}

function emitTitle(s: SentenceInput, hit: TitleHit, out: Candidate[]): void {
  let roleOf: string | null = null;
  if (hit.of && "gaz" in hit.of) {
    const g = hit.of.gaz;
    const c = gazCandidate(s, g, g.value.capital ? !isLocative(s, g) : false);
    out.push(c);
    roleOf = c.id;
  } else if (hit.of && "org" in hit.of) {
    const orgs = orgCandidate(s, hit.of.org);
    out.push(...orgs);
    // مدير الشؤون الصحية بمحافظة الأحساء، مدير تعليم جازان: the place the body is of is mentioned too.
    const within = hit.of.org.within;
    if (within?.land) out.push(landmarkCandidate(s, within.land));
    else if (within?.gaz) out.push(gazCandidate(s, within.gaz, false));
    roleOf = orgs[0]?.id ?? null;
  }
  if (deputyBefore(s, hit.title.from)) {
    // النائب الثاني لرئيس مجلس الوزراء: the council a deputy of its head sits on is named.
    if (!hit.of) out.push(...councilOfTitle(s, hit));
    // The deputy is named, with no role of the office; an unnamed deputy refers to no holder.
    if (hit.name) out.push(personCandidate(s, hit.name, {}));
    return;
  }
  const role = hit.title.value.en;
  const props: Properties = { role, roleAr: hit.title.value.ar, relation: hit.title.value.relation, roleOf };
  if (hit.flags.includes("former")) props.former = true;
  if (hit.name) {
    out.push(personCandidate(s, hit.name, props));
  } else {
    out.push({
      start: hit.title.start,
      end: hit.end,
      sentence: s.sentence,
      type: "Person",
      id: null,
      name: "",
      nameEn: "",
      properties: props,
      titleRef: { role, roleOf },
      source: "pattern",
    });
  }
}

// How far back a title may stand from the name its long complement leads to.
const TITLE_REACH = 10;

/**
 * المتحدث العسكري باسم الجماعة X، المبعوث الخاص للأمين العام إلى السودان X: a title whose
 * complement the patterns cannot parse still announces a name — one that starts with a given
 * name (or a tagger PERS) right after an entity, a few words after the title.
 */
function nameAfterTitle(s: SentenceInput, i: number, covered: Uint8Array, lastTitle: number): boolean {
  if (i - lastTitle > TITLE_REACH) return false;
  const t = s.tokens[i] as Token;
  // مدير عام فرع الوزارة بالجوف X: a complement the rules did not name still ends before a given name.
  // العريف/ X: a slash may stand between a rank and the name in lists.
  const prev = s.tokens[i - 1];
  if (covered[i - 1] !== 1)
    return givenName(s, t) !== undefined && (prev?.kind === "word" || prev?.text === "/");
  return givenName(s, t) !== undefined || taggedAs(s, i, "PERS");
}

/** Per set of nouns: the last words of its two-word entries (رجل الأعمال → الاعمال). */
const SECOND_WORDS = new WeakMap<ReadonlySet<string>, Set<string>>();

function secondWords(set: ReadonlySet<string>): Set<string> {
  let out = SECOND_WORDS.get(set);
  if (!out) {
    out = new Set();
    for (const e of set) if (e.includes(" ")) out.add(e.slice(e.indexOf(" ") + 1));
    SECOND_WORDS.set(set, out);
  }
  return out;
}

/** المواطن X، الدكتور X، رجل الأعمال X: a noun of standing or trade right before the name. */
function afterPersonNoun(s: SentenceInput, i: number): boolean {
  const nouns = personCues().personNouns;
  const prev = s.tokens[i - 1];
  if (prev?.kind !== "word") return false;
  if (readingsOf(prev).some((r) => nouns.has(r.key))) return true;
  // A reading has no space, so a two-word entry can only end with prev as written.
  if (!secondWords(nouns).has(prev.norm)) return false;
  const before = s.tokens[i - 2];
  return before?.kind === "word" && readingsOf(before).some((r) => nouns.has(`${r.key} ${prev.norm}`));
}

/** وأوضحت X، أكد X: a given name right after a verb of saying or doing is its subject's name. */
function afterSpeechVerb(s: SentenceInput, i: number): boolean {
  const prev = s.tokens[i - 1];
  if (prev?.kind !== "word" || givenName(s, s.tokens[i] as Token) === undefined) return false;
  const verbs = personCues().speechVerbs;
  return readingsOf(prev).some((r) => verbs.has(r.key));
}

/**
 * الشاب X عمل نبيل (young X [did] a noble deed): without a title's complement to end it, a name
 * goes on only with words that names are made of — given names, chain particles, family names with the
 * article, words of Wikidata's person names, or what the tagger calls a person.
 */
function nameWordsOnly(s: SentenceInput, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = s.tokens[k] as Token;
    // X رئيس اللجنة: a title after the name starts the apposition (آل الشيخ is a family).
    if (
      titleHere(s, k) &&
      !s.lex.particles.has((s.tokens[k - 1] as Token).norm) &&
      !(k === to - 1 && titleFamilyName(s, from, k))
    )
      return false;
    const ok =
      givenName(s, t) !== undefined ||
      s.lex.particles.has(t.norm) ||
      t.norm.startsWith("ال") ||
      s.lex.particles.has((s.tokens[k - 1] as Token).norm) ||
      s.lex.nameWords.has(t.norm) ||
      taggedAs(s, k, "PERS");
    if (!ok) return false;
  }
  return true;
}

/**
 * A title written at token k: a whole entry of the titles, not the first word of a longer one
 * without the rest of it (المرشد of المرشد الأعلى is a family name after a name chain).
 */
function titleHere(s: SentenceInput, k: number): boolean {
  const t = s.tokens[k] as Token;
  return s.lex.titles.has(t.norm) && s.lex.titles.longest(t.norm, (o) => s.tokens[k + o]?.norm) !== null;
}

/** المحامي، مهندس، والطبيب: a noun of standing or trade (person-cues.json), with or without the article. */
function isPersonNoun(t: Token): boolean {
  const nouns = personCues().personNouns;
  return readingsOf(t).some((r) => nouns.has(r.key) || nouns.has(`ال${r.key}`));
}

// Words that link the parts of a name chain and so cannot end one.
const NAME_LINKS = new Set(["بن", "ابن", "بنت", "ابو", "ال", "عبد"]);

/** A title (العقيد، وزير) or a noun of trade or standing (دكتور، المهندس) written before a name. */
function titleOrTrade(s: SentenceInput, t: Token): boolean {
  return isPersonNoun(t) || readingsOf(t).some((r) => s.lex.titles.has(r.key));
}

/** An imperfect verb (يركب، تستمر) that no list knows as a name word, ending a tagger's name. */
function verbAfterName(s: SentenceInput, k: number): boolean {
  const t = s.tokens[k] as Token;
  return (
    verbShaped(t.norm) &&
    givenName(s, t) === undefined &&
    (s.lex.nameWords.get(t.norm) ?? 0) < 3 &&
    !/(ي|اوي)$/.test(t.norm)
  );
}

/**
 * برئاسة وزير الخارجية، برئاسة فهد الحربي: رئاسة before a title or a given name is "chaired by",
 * not the name of a presidency (رئاسة الحرمين، رئاسة أمن الدولة).
 */
function chairedBy(s: SentenceInput, i: number): boolean {
  const t = s.tokens[i] as Token;
  const next = s.tokens[i + 1];
  if (next?.kind !== "word" || !readingsOf(t).some((r) => r.key === "رئاسه")) return false;
  if (givenName(s, next) !== undefined || readingsOf(next).some((r) => s.lex.titles.has(r.key))) return true;
  // A word many people are named with (فوزي), not a noun of the body's name.
  return !next.norm.startsWith("ال") && (s.lex.nameWords.get(next.norm) ?? 0) >= CHAIR_NAME_USES;
}

// Uses in Wikidata person names from which a word after رئاسة is read as a person's name.
const CHAIR_NAME_USES = 20;

/** A title right after a noun of a place or institution named after its holder (ملعب الملك). */
function namedAfter(s: SentenceInput, i: number): boolean {
  const prev = s.tokens[i - 1];
  if (prev?.kind !== "word") return false;
  const nouns = personCues().namedAfter;
  return readingsOf(prev).some((r) => nouns.has(r.key));
}

// Adjectives of a facility (مطار الملك خالد الدولي، استاد الملك فهد الدولي) that no person's
// name ends with: with them a title and a name are the facility's name even when its noun is left out.
const FACILITY_ADJECTIVES = new Set(["الدولي", "الدوليه"]);

/** من الملك خالد الدولي: a title and a name that end in (or run into) a facility's adjective. */
function facilityNamed(s: SentenceInput, to: number): boolean {
  return [to - 1, to].some((k) => {
    const t = s.tokens[k];
    return t?.kind === "word" && FACILITY_ADJECTIVES.has(t.norm);
  });
}

/**
 * شركة X Y، دوري X Y، المؤشر X Y: a full name (a given name or the tagger's person first, two
 * parts or more, no title)
 * right after a noun of a thing named for its founder or sponsor (person-cues.json `namedFor`)
 * names that thing — a company, a competition, a market index — not a person of the article.
 */
function namedForAt(s: SentenceInput, i: number): { to: number; org: boolean } | null {
  const t = s.tokens[i] as Token;
  let org: boolean | undefined;
  for (const r of readingsOf(t)) org ??= personCues().namedFor.get(withoutArticle(r.key) ?? r.key);
  const next = s.tokens[i + 1];
  if (org === undefined || next?.kind !== "word") return null;
  if (givenName(s, next) === undefined && !taggedAs(s, i + 1, "PERS")) return null;
  if (gazAt(s, i + 1)?.value.type !== undefined && gazAt(s, i + 1)?.value.type !== "Person") return null;
  const name = nameAt(s, i + 1);
  return name && name.to - name.from >= 2 ? { to: name.to, org } : null;
}

/**
 * رئيس البرلمان العراقي، رئيس مجلس النواب الأردني: a title ending in a country's parliament
 * names that parliament too (its nisba says which one); other titles of an office (وزير
 * الخارجية الأمريكي) name only the person's role.
 */
function legislatureInTitle(s: SentenceInput, from: number, to: number): OrgHit | null {
  for (let j = from + 1; j < to; j++) {
    const org = orgAt(s, j);
    if (!org?.nisba || org.to !== to) continue;
    const house = s.tokens
      .slice(j, org.nisba.from)
      .map((t) => t.text)
      .join(" ");
    const key = phraseKeys(house).join(" ");
    return readingsOf(s.tokens[j] as Token).some((r) =>
      s.lex.legislatures.has([r.key, ...key.split(" ").slice(1)].join(" ")),
    )
      ? org
      : null;
  }
  return null;
}

/** Rule-based candidates; returns the token indices they cover. */
function rules(s: SentenceInput, out: Candidate[]): Uint8Array {
  const covered = new Uint8Array(s.tokens.length);
  let lastTitle = -Infinity;
  const marketContext = marketContextOf(s);
  let i = 0;
  while (i < s.tokens.length) {
    const t = s.tokens[i] as Token;
    if (t.kind !== "word" || isFunctionWord(s, t)) {
      i++;
      continue;
    }
    const before = out.length;
    let to = i;
    const media = mediaAt(s, i);
    if (media) {
      out.push(mediaCandidate(s, media.from, media.to, media.media ?? true));
      covered.fill(1, media.from, media.to);
      i = media.to;
      continue;
    }
    const company = companyAt(s, i);
    if (company) {
      out.push(companyCandidate(s, company));
      covered.fill(1, company.from, company.to);
      i = company.to;
      continue;
    }
    const centre = centreAt(s, i);
    if (centre) {
      out.push(centreCandidate(s, centre));
      covered.fill(1, i, centre.to);
      i = centre.to;
      continue;
    }
    const bracketTown = bracketTownAt(s, i);
    if (bracketTown) {
      out.push(bracketTownCandidate(s, bracketTown));
      covered.fill(1, i, bracketTown.to);
      i = bracketTown.to;
      continue;
    }
    const market = marketAt(s, i, marketContext);
    if (market) {
      out.push(marketCandidate(s, market));
      covered.fill(1, i, market.to);
      i = market.to;
      continue;
    }
    const team = teamAt(s, i);
    if (team) {
      out.push(teamCandidate(s, team));
      // مدرب الرائد والنجمة: a second club joined to the first.
      const second = teamAndAt(s, team.to);
      if (second) out.push(teamCandidate(s, second));
      const end = second?.to ?? team.to;
      covered.fill(1, i, end);
      i = end;
      continue;
    }
    const suffixed = clubSuffixAt(s, i);
    if (suffixed) {
      out.push(clubSuffixCandidate(s, suffixed));
      covered.fill(1, i, suffixed.to);
      i = suffixed.to;
      continue;
    }
    const pair = matchPairAt(s, i);
    if (pair) {
      out.push(...pair.map((p) => teamCandidate(s, p)));
      covered.fill(1, i, i + 2);
      i += 2;
      continue;
    }
    const club = knownClubAt(s, i);
    if (club) {
      out.push(knownClubCandidate(s, club));
      covered.fill(1, i, club.to);
      i = club.to;
      continue;
    }
    const regions = regionListAt(s, i);
    if (regions) {
      out.push(...regionListCandidates(s, regions));
      covered.fill(1, i, regions.to);
      i = regions.to;
      continue;
    }
    const wordCountry = wordCountryAt(s, i);
    if (wordCountry) {
      out.push(gazCandidate(s, wordCountry, false));
      covered.fill(1, i, wordCountry.to);
      i = wordCountry.to;
      continue;
    }
    const formal = formalCountryAt(s, i);
    if (formal) {
      out.push(gazCandidate(s, formal, false));
      covered.fill(1, i, formal.to);
      i = formal.to;
      continue;
    }
    const list = landmarkListAt(s, i);
    if (list) {
      out.push(...landmarkListCandidates(s, list));
      covered.fill(1, i, list.to);
      i = list.to;
      continue;
    }
    const town = townAt(s, i);
    if (town) {
      out.push(townCandidate(s, town));
      covered.fill(1, i, town.to);
      i = town.to;
      continue;
    }
    const dual = dualAt(s, i);
    if (dual) {
      out.push(...dualCandidates(s, dual));
      covered.fill(1, i, dual.second.to);
      i = dual.second.to;
      continue;
    }
    const namedFor = namedForAt(s, i);
    if (namedFor) {
      // شركة X Y is the company; دوري X Y، مؤشر X Y name no one the article speaks of.
      if (namedFor.org) out.push(namedForCandidate(s, i, namedFor.to));
      covered.fill(1, i, namedFor.to);
      i = namedFor.to;
      continue;
    }
    const cup = cupPlaceAt(s, i);
    if (cup !== null) {
      // دوري أبطال أوروبا: a competition's name, no place or union.
      covered.fill(1, i, cup);
      i = cup;
      continue;
    }
    const title = titleAt(s, i);
    if (title?.name && (namedAfter(s, i) || facilityNamed(s, title.to))) {
      // ملعب الملك X: the title and name are the place's name; no person is mentioned.
      covered.fill(1, i, title.to);
      i = title.to;
      continue;
    }
    const gaz = gazAt(s, i);
    const org = chairedBy(s, i) ? null : orgAt(s, i);
    const land = landmarkAt(s, i);
    // وتركي القرشي: with the conjunction, the given name and the family name after it.
    const nisbaName =
      gaz && nisbaAsGivenName(s, gaz)
        ? (nameAt(s, i) ?? (gaz.reading.prefix > 0 ? { from: i, to: gaz.to + 1, known: null } : null))
        : null;
    if (land && (!gaz || land.to > gaz.to) && (!org || land.to > org.to)) {
      out.push(landmarkCandidate(s, land));
      to = land.to;
    } else if (title && (title.name || title.of) && (!gaz || title.to > gaz.to)) {
      emitTitle(s, title, out);
      const house = legislatureInTitle(s, i, title.to);
      if (house) out.push(...orgCandidate(s, house));
      to = title.to;
    } else if (org && (!gaz || (org.to > gaz.to && gaz.value.type !== "Organization"))) {
      out.push(...orgCandidate(s, org));
      if (org.within?.land) out.push(landmarkCandidate(s, org.within.land));
      else if (org.within?.gaz) out.push(gazCandidate(s, org.within.gaz, false));
      to = org.to;
    } else if (nisbaName) {
      out.push(personCandidate(s, nisbaName, {}));
      to = nisbaName.to;
    } else if (gaz && crossingAt(s, gaz, out)) {
      to = gaz.to;
    } else if (gaz && clubCityAt(s, gaz, out[out.length - 1])) {
      out.push(clubCityCandidate(s, gaz));
      to = gaz.to;
    } else if (gaz && branchAt(s, gaz)) {
      const branch = branchAt(s, gaz);
      if (branch) out.push(...branchCandidate(s, branch));
      to = gaz.to + 1;
    } else if (gaz) {
      // ميشيل أوباما، سيرجي لافروف: the given name before a known person's surname.
      const given = i > 0 && covered[i - 1] !== 1 ? firstNameBefore(s, i - 1, gaz) : null;
      if (!given && i > 1 && covered[i - 2] !== 1 && covered[i - 1] !== 1 && kunyaNisbaAt(s, i, gaz)) {
        // أبو خليل السوداني: the kunya and its nisba are the name the man goes by.
        out.push(personCandidate(s, { from: i - 2, to: gaz.to, known: null }, {}));
        covered.fill(1, i - 2, i);
        to = gaz.to;
      } else if (!given && i > 0 && covered[i - 1] !== 1 && nisbaFamilyAt(s, i, gaz)) {
        out.push(personCandidate(s, { from: i - 1, to: gaz.to, known: null }, {}));
        covered[i - 1] = 1;
        to = gaz.to;
      } else if (given) {
        const name: NameHit = { from: i - 1, to: chainEnd(s, gaz.to), known: given === "same" ? gaz : null };
        out.push(personCandidate(s, name, {}));
        covered[i - 1] = 1;
        to = name.to;
      } else {
        const c = gazCandidate(s, gaz, gaz.value.capital ? governmentContext(s, gaz) : false);
        to = c.type === "Person" ? chainEnd(s, gaz.to) : gaz.to;
        c.end = (s.tokens[to - 1] as Token).end;
        out.push(c);
      }
    } else if (title) {
      emitTitle(s, title, out);
      to = title.to;
    } else if (nameAfterTitle(s, i, covered, lastTitle) || afterPersonNoun(s, i) || afterSpeechVerb(s, i)) {
      const read = nameAt(s, i);
      if (read && read.to - read.from >= 2 && nameWordsOnly(s, read.from, read.to)) {
        const name = chainHead(s, read, covered);
        out.push(personCandidate(s, name, {}));
        covered.fill(1, name.from, i);
        to = name.to;
      }
    } else if (foreignNameAfterSpeech(s, i)) {
      const name = foreignNameAfterSpeech(s, i) as NameHit;
      out.push(personCandidate(s, name, {}));
      to = name.to;
    } else if (!namedAfter(s, i)) {
      const name = givenAndFamilyAt(s, i);
      if (name && nameWordsOnly(s, name.from, name.to)) {
        out.push(personCandidate(s, name, {}));
        to = name.to;
      }
    }
    if (s.lex.titles.has(t.norm) || readingsOf(t).some((r) => s.lex.titles.has(r.key))) lastTitle = i;
    if (out.length > before) covered.fill(1, i, to);
    i = Math.max(to, i + 1);
  }
  return covered;
}

// A word ending in tanween fath, before or after its alif (رويدًا، إيماناً).
const ACCUSATIVE = /(\u064B\u0627|\u0627\u064B)$/;
// Tanween damm or kasr: the ending of an indefinite noun or adjective.
const TANWEEN = /[\u064C\u064D]/;

/**
 * المدرب سينسا X: a foreign first name ending in a long a (سينسا، سيرخا) may have the shape of a
 * future verb; the tagger's span of two words or more whose first word ends so, as few verbs do,
 * and whose next word is a surname Wikidata's person names use, is a name.
 */
function foreignFirstName(s: SentenceInput, from: number, to: number): boolean {
  const first = s.tokens[from] as Token;
  const next = s.tokens[from + 1];
  if (to - from < 2 || !/[^و]ا$/.test(first.text) || next?.kind !== "word") return false;
  return !next.norm.startsWith("ال") && (s.lex.nameWords.get(next.norm) ?? 0) >= KNOWN_NAME_WORD;
}

/**
 * The words of a person's span, read in one pass: God's name with a proclitic, a definite word
 * not shaped like a family name, a function word inside or a noun with a plural pronoun makes the
 * span an ordinary phrase, not a name.
 */
function nameWordsFit(s: SentenceInput, from: number, to: number): boolean {
  // سعد العمير (the tagger's two words, a known given name first): a rarer family name.
  const givenFirst = to - from === 2 && !(s.tokens[from] as Token).norm.startsWith("ال");
  for (let k = from; k < to; k++) {
    const t = s.tokens[k] as Token;
    // لله الحمد، والله (praise be to God; by God): God's name with a proclitic is no part of a name
    // (عبد الله is written without one).
    if (/^[وف]?(ل|بال|تال)له$/.test(t.norm)) return false;
    if (k === from) continue;
    // حسن الجوار (good neighbourliness) is no person: a family name with the article has a name's
    // shape; التوفيق بين الإيمان: a preposition inside a span joins two nouns, not two names (a
    // last word like الخميس may still be a family name).
    if (
      t.norm.startsWith("ال") &&
      !familyNameShaped(s, t.norm) &&
      !(givenFirst && taggedRareFamilyName(s, k))
    )
      return false;
    if (k < to - 1 && isFunctionWord(s, t)) return false;
    // ونبيل مواقفكم (your noble stances), روى حدثنا (he told, "he told us"): a long word ending in a
    // pronoun of the plural (كم، هم، كما، هما، نا) that no person is named with is a noun or a verb
    // with its pronoun.
    if (/^.{3,}(كم|هم|كما|هما|نا)$/.test(t.norm) && !s.lex.nameWords.has(t.norm)) return false;
  }
  return true;
}

/**
 * The tagger is trained on a small corpus and sometimes tags a verb or an ordinary word; a span
 * it alone found must not look like a verb (سيستمر) and must hold a content word.
 */
function plausible(s: SentenceInput, from: number, to: number, type: string): boolean {
  const first = s.tokens[from] as Token;
  // رويدًا، إيمانًا، متحدثًا: the accusative ending (tanween fath) marks an adverb or a verbal noun;
  // a name is not written with it.
  if (ACCUSATIVE.test(first.text)) return false;
  // حيّ مُدركٌ (a living, aware being): a word written with the tanween of an indefinite noun, or
  // حيّ (alive) with its shadda, is an ordinary phrase, not a district or a name.
  for (let k = from; k < to; k++) if (TANWEEN.test((s.tokens[k] as Token).text)) return false;
  if (type === "LOC" && /^حيّ$/.test(first.text.replace(/[\u064B-\u0650\u0652]/g, ""))) return false;
  // فقال لي موظف (an employee told me): لي after a verb of saying is "to me", no Korean surname.
  const said = s.tokens[from - 1];
  if (
    type === "PERS" &&
    first.text === "لي" &&
    said?.kind === "word" &&
    readingsOf(said).some((r) => personCues().speechVerbs.has(r.key))
  )
    return false;
  const prevWord = s.tokens[from - 1];
  if (type !== "PERS" && to - from === 1 && prevWord?.kind === "word" && !isFunctionWord(s, prevWord)) {
    // مدينة ترفيهية، مؤسسة خيرية: an indefinite relative adjective after an indefinite noun
    // describes it; it names nothing.
    if (!first.norm.startsWith("ال") && /..يه$/.test(first.norm) && !prevWord.norm.startsWith("ال"))
      return false;
    // التدريب الأهلي، القطاع الأهلي (private training, the private sector): a definite relative
    // adjective after a definite noun that is no head of a body, place noun or word of the game
    // (النادي الأهلي، فريق الأهلي) is the noun's adjective.
    if (/^ال..+(ي|يه)$/.test(first.norm) && definiteNoun(s, prevWord)) return false;
  }
  // A name word of that shape (تشافي X، توميسلاف X) starts a name of two words or more; alone (قال
  // سيدي الأمير) it stays the verb or noun it reads as.
  const verb =
    to - from === 1 ? verbShaped(first.norm) && givenName(s, first) === undefined : verbLike(s, first);
  if (type === "PERS" && verb && !foreignFirstName(s, from, to)) return false;
  // اشترط، انتقد، اعترف (with an object pronoun: انتقداني): one word of the perfect verb's form
  // افتعل that no person of Wikidata is named with is the verb.
  if (
    type === "PERS" &&
    to - from === 1 &&
    PERFECT_IFTAAL.test(first.norm) &&
    !s.lex.nameWords.has(first.norm)
  )
    return false;
  // ثلاث مباريات، خمسة أهداف: a cardinal number counts the noun after it; it starts no name.
  if (type === "PERS" && to - from > 1 && CARDINALS.has(first.norm)) return false;
  // بخميس مشيط، وأبو عريش: a known place behind a proclitic, spanning the whole run, is that
  // place (the gazetteer has it), not a person's name.
  // A town of the bulk list must have two words or more there: one word may be a name too.
  if (type === "PERS") {
    const town = phraseAt(s, from, (f, next) => s.lex.places.longest(f, next));
    const g = gazAt(s, from) ?? (town && town.to - from > 1 ? town : null);
    const place = g?.value.type === "City" || g?.value.type === "Location" || g?.value.type === "Country";
    if (g && place && g.reading.prefix > 0 && g.to >= to) return false;
  }
  // حجاج بيت الله (the pilgrims of God's House): a span that stops right before الله, which no
  // compound name of it took, is a noun in construct with God, not a name.
  if (type === "PERS" && s.tokens[to]?.norm === "الله") return false;
  // وسيلتحق X، فيستمر: و or ف on a verb opens a clause; a given name after it is the subject.
  if (type === "PERS" && givenName(s, first) === undefined && conjoinedVerb(s, first.norm)) return false;
  if (type === "PERS" && (notAName(s, first) || namedAfter(s, from))) return false;
  if (type === "PERS" && commonPhrase(s, from, to)) return false;
  // والدي الغالي، ابنه الأكبر: a kin noun with its possessive pronoun names the kin, not a person.
  if (type === "PERS" && KIN_WITH_PRONOUN.test(first.norm) && givenName(s, first) === undefined) return false;
  if (type === "PERS" && !nameWordsFit(s, from, to)) return false;
  // السعيد، النبيل: one definite word is an adjective or a noun; a family name has nisba form.
  if (type === "PERS" && to - from === 1 && first.norm.startsWith("ال") && !/(ي|اوي)$/.test(first.norm))
    return false;
  // الأمر السامي الكريم: a definite word right after a definite noun is its adjective, not a name
  // (after a title the rules have read the name already).
  const before = s.tokens[from - 1];
  if (
    type === "PERS" &&
    first.norm.startsWith("ال") &&
    givenName(s, first) === undefined &&
    isDefiniteWord(s, before) &&
    !titleOrTrade(s, before as Token)
  )
    return false;
  // لتمويل، للأمين، بالاتفاق: a preposition and a noun, not a name.
  // للويس (for Luis): ل on a given name that starts with ل.
  if (
    type === "PERS" &&
    givenName(s, first) === undefined &&
    /^(لل|لت|بال)/.test(first.norm) &&
    !s.lex.givenNames.has(first.norm.slice(1))
  )
    return false;
  if (to - from === 1 && first.norm.length < 3) return false;
  // أيده الله، والله: God's name alone is no name of a person or a body.
  if (to - from === 1 && readingsOf(first).some((r) => r.key === "الله")) return false;
  // والشيعة، للجنة المحلية، بالمنظمة: a conjunction or a preposition before the article opens a
  // phrase of common nouns; the names the rules do not know are not written that way.
  if (
    type !== "PERS" &&
    /^([وف]?[بل]?|[وف])ال...|^[وف]?لل.../.test(first.norm) &&
    !first.norm.startsWith("ال")
  )
    return false;
  // الاتحاد القاري، الاتحاد الحالي (the continental, the present federation): a head of bodies and
  // an adjective that says which, alone, refers back to a body; it names none.
  if (
    type === "ORG" &&
    to - from === 2 &&
    plainAdjectives().has((s.tokens[from + 1] as Token).norm) &&
    readingsOf(first).some((r) => {
      const bare = withoutArticle(r.key);
      return r.prefix === 0 && bare !== null && s.lex.orgHeads.has(bare);
    })
  )
    return false;
  // للأكراد: لل is a preposition and the article, which begin no name of any kind.
  if (to - from === 1 && /^لل../.test(first.norm)) return false;
  // مهندس، مشرف: a noun of trade alone is nobody's name; المركزي، الوطنية: an adjective alone names nothing.
  if (to - from === 1 && type === "PERS" && isPersonNoun(first)) return false;
  if (to - from === 1 && type !== "PERS" && s.lex.adjectives.has(first.norm)) return false;
  // A bare head noun with the article (الوكالة، الوزارة، الحركة) refers back to a body named
  // earlier; it is a description, not a name of its own.
  if (
    to - from === 1 &&
    readingsOf(first).some((r) => {
      const bare = withoutArticle(r.key);
      return bare !== null && s.lex.orgHeads.has(bare);
    })
  )
    return false;
  // The gazetteer knows the usual places; a place only the tagger found (كورونا?) must stand
  // where places stand: after a locative preposition or a place noun (في تلعفر، مدينة الفاشر).
  if (type === "LOC") {
    // وشرق، ووسط المملكة: a compass word or a place noun alone is no place's name, and المملكة or
    // البلاد alone is the home country (home.ts), not a place of its own.
    const word = (r: { key: string }): boolean =>
      LOCATIVE.has(r.key) || s.lex.placeNouns.has(r.key) || isHomeWord(r.key);
    if (to - from === 1 && readingsOf(first).some(word)) return false;
    // خام غرب تكساس الوسيط: an oil benchmark, not the place.
    if (crudeGrade(s, from, to, 0)) return false;
    // في مشهد مؤثر (a moving scene): a town named by an ordinary word counts only where the
    // gazetteer's rules see a town's context (places.ts commonPlaceAt), never on the tagger's word.
    if (to - from === 1 && readingsOf(first).some((r) => s.lex.commonPlaces.longest(r.key, () => undefined)))
      return false;
    const prev = s.tokens[from - 1];
    const key = prev?.norm.replace(/^[وف](?=..)/, "") ?? "";
    return LOCATIVE.has(key) || s.lex.placeNouns.has(key) || key === "من";
  }
  return true;
}

// والدي، والدته، ابني، شقيقه، زوجتي: a kin noun with a possessive pronoun (not أبي/أم, which open a
// kunya, nor جده, which is the city).
const KIN_WITH_PRONOUN =
  /^(والد|والدت|ابن|ابنت|اخ|اخت|شقيق|شقيقت|عم|عمت|خال|خالت|زوج|زوجت|نجل|حفيد|حفيدت)(ي|ه|ها|هم|هما|نا|ك)$/;

// Uses in Wikidata person names below which a word with a feminine or plural ending is a common
// word (Wikidata's transliterations give a few uses to many ordinary words).
const FEW_NAME_USES = 5;

/**
 * روت باكية (she told, weeping), بحجر كبير (with a big stone), نتاج دراسات (the fruit of studies),
 * مشرف كرسي (the supervisor of a chair): two words only the tagger calls a person, neither of them
 * a given name nor a link of a name chain, that read as a phrase of common words — a noun of trade
 * in construct with a word no name uses, ب or ك glued to a noun of three letters, or, with
 * no title, noun of trade or verb of saying before it, an indefinite last word with a feminine or
 * plural ending (ة، ات) that few people are named with. A real name of two words the rules do not
 * know starts with a given name (سعد دوابشة، أحمد خواجة) or a kunya (أبو هريرة), or follows a
 * title (المستشار X), which keep it.
 */
function commonPhrase(s: SentenceInput, from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const first = s.tokens[from] as Token;
  const last = s.tokens[from + 1] as Token;
  const given = (t: Token): boolean =>
    givenName(s, t) !== undefined || readingsOf(t).some((r) => s.lex.givenNames.has(r.key));
  if (given(first) || given(last)) return false;
  if (readingsOf(first).some((r) => NAME_LINKS.has(r.key) || /^(ابي|ام|ابا)$/.test(r.key))) return false;
  const uses = (t: Token): number => s.lex.nameWords.get(t.norm) ?? 0;
  // مشرف كرسي: a noun of trade in construct with a word no name uses.
  if (isPersonNoun(first) && !first.norm.startsWith("ال") && uses(last) < KNOWN_NAME_WORD) return true;
  // بحجر، كرجل: the preposition on a noun of three letters (كليمان is a name of its own).
  if (/^[بك]/.test(first.norm) && first.norm.length === 4 && uses(first) === 0) return true;
  // المستشار فهمي صبحة: after a title, a noun of trade or a verb of saying it is a name.
  if (introduced(s, from)) return false;
  return !last.norm.startsWith("ال") && /(ه|ات)$/.test(last.norm) && uses(last) < FEW_NAME_USES;
}

/** A definite common noun (with a proclitic or not) that no body, place or club name follows as its name. */
function definiteNoun(s: SentenceInput, t: Token): boolean {
  const { cues } = teamCues();
  return readingsOf(t).some((r) => {
    const bare = withoutArticle(r.key);
    if (bare === null) return false;
    return (
      !s.lex.orgHeads.has(bare) &&
      !s.lex.placeNouns.has(bare) &&
      !s.lex.placeNouns.has(r.key) &&
      !cues.has(r.key) &&
      !cues.has(bare) &&
      !s.lex.titles.has(r.key) &&
      gazAt(s, s.tokens.indexOf(t)) === null
    );
  });
}

/** وسيلتحق، فيقول: و/ف on an imperfect verb, the rest being no name word (وتركي is و + تركي). */
function conjoinedVerb(s: SentenceInput, norm: string): boolean {
  const rest = norm.slice(1);
  return (
    /^[وف]/.test(norm) &&
    // فيليب، فيكتور، ويليام: a foreign given name that many people bear as written is no و or ف
    // on a verb.
    (s.lex.nameWords.get(norm) ?? 0) < WELL_KNOWN_NAME_WORD &&
    verbShaped(rest) &&
    !s.lex.givenNames.has(rest) &&
    (s.lex.nameWords.get(rest) ?? 0) < KNOWN_NAME_WORD
  );
}

// Uses in Wikidata person names from which a word is a known name word.
const KNOWN_NAME_WORD = 3;

// Uses from which a word is a name many people bear (فيليب، ويليام), whatever else it may read as.
const WELL_KNOWN_NAME_WORD = 20;

// بيليغريني، بوسكيتيس، كوتينيو، لياييتش: the ending of a transliterated surname (a vowel letter, or
// s, sh, ch, z); a preposition on an Arabic noun ends otherwise (بنقطة، بتسجيل، بهدفين).
const FOREIGN_SURNAME_END = /(ي|و|يس|وس|يش|وش|تش|يتش|ز)$/;

/**
 * سيرخيو بوسكيتيس، مانويل بيليغريني: a word with ب ل or ك in front that the tagger carries on
 * after a name many people bear is the surname, not a preposition on a noun, when it is long and
 * ends as transliterated surnames end (the letter before: no و on it, no article).
 */
function foreignSurname(s: SentenceInput, k: number): boolean {
  const t = s.tokens[k] as Token;
  const before = s.tokens[k - 1];
  if (s.tags?.[k] !== "I-PERS" || before?.kind !== "word") return false;
  if (t.norm.length < 6 || t.norm.startsWith("ال") || /^[بلك]ال/.test(t.norm)) return false;
  if (!FOREIGN_SURNAME_END.test(t.norm) || /[هة]/.test(t.norm.slice(-2))) return false;
  const name = before.norm.replace(/^[وف](?=.{3,})/, "");
  const known = (w: string): boolean =>
    s.lex.givenNames.has(w) || (s.lex.nameWords.get(w) ?? 0) >= WELL_KNOWN_NAME_WORD;
  if (!known(before.norm) && !known(name)) return false;
  // ملعب «X Y»: a name after the noun of a place (a quote between) names the place, not a person.
  let from = k - 1;
  while (from > 0 && taggedAs(s, from - 1, "PERS")) from--;
  if (isQuote(s.tokens[from - 1])) from--;
  const head = s.tokens[from - 1];
  return !(
    head?.kind === "word" && readingsOf(head).some((r) => placeOrBodyHead(s, withoutArticle(r.key) ?? r.key))
  );
}

function placeOrBodyHead(s: SentenceInput, key: string): boolean {
  return s.lex.placeNouns.has(key) || s.lex.placeHeads.has(key) || s.lex.orgHeads.has(key);
}

/**
 * المهاجم البرازيلي X، المدرب X، وقال X: a nationality (a nisba with the article), a title, a
 * noun of trade or a verb of saying right before one word announces it as a person's name; without
 * one, a lone word the tagger calls a person is as often an adjective or a verb (غريب، دان).
 */
function introduced(s: SentenceInput, i: number): boolean {
  const prev = s.tokens[i - 1];
  if (prev?.kind !== "word") return false;
  if (nisbaAt(s, i - 1) || titleOrTrade(s, prev)) return true;
  if (prev.norm.startsWith("ال") && /(ي|اوي)$/.test(prev.norm) && !isFunctionWord(s, prev)) return true;
  const verbs = personCues().speechVerbs;
  return readingsOf(prev).some((r) => verbs.has(r.key));
}

/**
 * الكنيست الإسرائيلي صادق، الاتحاد الأوروبي صادق (the Knesset ratified): a lone word right after
 * an organisation's name (with its nisba) follows the body as its verb; a name after a body comes
 * after a title of it (مدرب الهلال X), which the rules read.
 */
function afterBody(s: SentenceInput, i: number, out: Candidate[]): boolean {
  const start = (s.tokens[i - 1] as Token | undefined)?.start ?? -1;
  const body = out.findLast((c) => c.type === "Organization" && c.start <= start);
  if (!body) return false;
  const head = s.tokens.findIndex((t) => t.end > body.start);
  const before = s.tokens[head - 1];
  if (before?.kind === "word" && (titleOrTrade(s, before) || isPersonNoun(before))) return false;
  if (before?.kind === "word" && readingsOf(before).some((r) => /^(مدرب|لاعب|رئيس|مدير)/.test(r.key)))
    return false;
  const prev = s.tokens[i - 1] as Token;
  if (body.end >= prev.end) return true;
  const k = s.tokens.findIndex((t) => t.start >= body.end);
  return k === i - 1 && nisbaAt(s, k) !== null;
}

/**
 * A word inside a tagger's name that starts something else: a preposition on a noun (بنقطة)
 * or و on a name that is known only without it (وبيل; واطسون is a name as written).
 */
function joinedWord(s: SentenceInput, k: number): "person" | "noun" | null {
  const t = s.tokens[k] as Token;
  if (t.kind !== "word") return null;
  // فيصل وإبراهيم: و on a given name that is no name with it (وليد، وائل are) joins a second person.
  if (t.norm.startsWith("و") && !s.lex.givenNames.has(t.norm) && s.lex.givenNames.has(t.norm.slice(1)))
    return "person";
  if (givenName(s, t) !== undefined || s.lex.nameWords.has(t.norm)) return null;
  if (procliticNoun(s, t) && !foreignSurname(s, k)) return "noun";
  const rest = t.norm.slice(1);
  return t.norm.startsWith("و") && rest.length >= 3 && (s.lex.nameWords.get(rest) ?? 0) >= 3
    ? "person"
    : null;
}

/** A title (نائب رئيس الوزراء، خادم الحرمين الشريفين) that starts at token k and ends past token end. */
function titleRunsOn(s: SentenceInput, k: number, end: number): boolean {
  const t = s.tokens[k] as Token;
  if (givenName(s, t) !== undefined) return false;
  if (k + statePhraseAt(s.tokens, k) > end) return true;
  const title = titleAt(s, k);
  return title !== null && title.to > end;
}

/** راجيف سوري: two words, a name word and an indefinite nisba — a family name, no adjective. */
function indefiniteNisbaFamily(s: SentenceInput, from: number, to: number): boolean {
  const first = s.tokens[from] as Token;
  const last = s.tokens[to - 1] as Token;
  if (to - from !== 2 || last.norm.startsWith("ال") || isPersonNoun(first) || titleOrTrade(s, first))
    return false;
  return givenName(s, first) !== undefined || (s.lex.nameWords.get(first.norm) ?? 0) >= 3;
}

/**
 * راجيف سوري رئيس الشركة: the tagger reads a name word and a country's indefinite nisba after it
 * as one person's name — the nisba is the family name there (سوري الجنسية is an adjective of respect).
 */
function nisbaFamilyAt(s: SentenceInput, i: number, gaz: Hit<GazEntry>): boolean {
  if (gaz.to !== i + 1 || gaz.value.source !== "nisba" || gaz.value.type !== "Country") return false;
  if (!taggedAs(s, i - 1, "PERS") || s.tags?.[i] !== "I-PERS") return false;
  const next = s.tokens[i + 1];
  if (next?.kind === "word" && /^ال(جنسي[هة]|اصل|مولد|منشا|هويه|هوية)$/.test(next.norm)) return false;
  return indefiniteNisbaFamily(s, i - 1, i + 1);
}

/** أبو خليل السوداني، أم محمد المصري: a kunya (أبو or أم and a given name) before a country's nisba. */
function kunyaNisbaAt(s: SentenceInput, i: number, gaz: Hit<GazEntry>): boolean {
  if (gaz.to !== i + 1 || gaz.value.source !== "nisba" || gaz.value.type !== "Country") return false;
  const kunya = s.tokens[i - 2];
  const given = s.tokens[i - 1];
  if (kunya?.kind !== "word" || given?.kind !== "word" || !/^(ابو|ام)$/.test(kunya.norm)) return false;
  return (s.tokens[i] as Token).norm.startsWith("ال") && givenName(s, given) !== undefined;
}

/** لريكي (for Ricky): ل on a word Wikidata's person names use, the word with it being no name. */
function forName(s: SentenceInput, t: Token): boolean {
  if (t.kind !== "word" || !t.norm.startsWith("ل") || givenName(s, t) !== undefined) return false;
  const rest = t.norm.slice(1);
  return (
    rest.length >= 3 && !s.lex.nameWords.has(t.norm) && (s.lex.nameWords.get(rest) ?? 0) >= KNOWN_NAME_WORD
  );
}

/** بنك، شركة، الوزارة: a head noun of organisations (org-heads.json), with or without the article. */
function headNoun(s: SentenceInput, t: Token): boolean {
  return readingsOf(t).some((r) => s.lex.orgHeads.has(withoutArticle(r.key) ?? r.key));
}

/** A token that ends no tagger name: not a word, or a particle (not a word with the article). */
function trailingWord(s: SentenceInput, t: Token | undefined): boolean {
  return t?.kind !== "word" || (isFunctionWord(s, t) && !t.norm.startsWith("ال"));
}

/** المدرب، اللاعبين، المصممان: a noun of trade or a title, or the plural or dual of a noun of trade. */
function personNounOrPlural(s: SentenceInput, t: Token): boolean {
  if (titleOrTrade(s, t)) return true;
  const nouns = personCues().personNouns;
  return readingsOf(t).some((r) => /^ال.{3,}(ين|ون|ان)$/.test(r.key) && nouns.has(r.key.slice(0, -2)));
}

/**
 * المدرب اليوناني «X Y»، المصممان “X Y”: a quoted name right after a noun of trade or a title
 * (a nationality may stand between) is that person's, though the quotes make the tagger read a
 * brand or a body. A span with an organisation's head noun or a known body stays one.
 */
function quotedPerson(s: SentenceInput, from: number, to: number): boolean {
  if (!isQuote(s.tokens[from - 1]) || !isQuote(s.tokens[to])) return false;
  let k = from - 2;
  if (k > 0 && nisbaAt(s, k)?.to === k + 1) k--;
  const prev = s.tokens[k];
  if (prev?.kind !== "word" || !personNounOrPlural(s, prev)) return false;
  for (let j = from; j < to; j++) {
    const t = s.tokens[j] as Token;
    if (t.kind !== "word" || headNoun(s, t) || isFunctionWord(s, t)) return false;
    const g = gazAt(s, j);
    if (g && g.value.type !== "Person" && g.value.source !== "nisba") return false;
  }
  return true;
}

// سان، سانتا (Saint) start the names of towns (سان دييغو، سانتا كلارا); بيتش (beach) ends a
// beach's or a resort's (ميامي بيتش). No person of the news is named so.
const SAINT_WORDS = new Set(["سان", "سانتا", "سانت", "سانتو"]);
const BEACH_WORDS = new Set(["بيتش"]);

/** سانتا كلارا، مين بيتش: a span of two words or more the tagger calls a person that is a foreign place's name. */
function foreignPlaceWords(s: SentenceInput, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const first = (s.tokens[from] as Token).norm;
  const last = (s.tokens[to - 1] as Token).norm;
  return SAINT_WORDS.has(first) || BEACH_WORDS.has(last);
}

function taggerSpans(s: SentenceInput, covered: Uint8Array, out: Candidate[]): void {
  const tags = s.tags;
  if (!tags) return;
  let i = 0;
  while (i < tags.length) {
    const tag = tags[i] ?? "O";
    if (!tag.startsWith("B-") && !tag.startsWith("I-")) {
      i++;
      continue;
    }
    const tagged = tag.slice(2);
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${tagged}`) j++;
    let from = i;
    while (from < j && (s.tokens[from]?.kind !== "word" || isFunctionWord(s, s.tokens[from] as Token)))
      from++;
    // بنك X، شركة X: a span the tagger calls a person but that starts with an organisation's head
    // noun is that organisation.
    const type =
      tagged === "PERS" && from < j - 1 && headNoun(s, s.tokens[from] as Token)
        ? "ORG"
        : tagged === "PERS" && foreignPlaceWords(s, from, j)
          ? "LOC"
          : tagged === "LOC" && taggedClubAt(s, from, j)
            ? "ORG"
            : tagged === "ORG" && quotedPerson(s, from, j)
              ? "PERS"
              : tagged;
    // مساعد بن غالي العنزي: a span the tagger starts at بن, after a given name (one that is also
    // a noun: مساعد، رائد) the rules did not read, starts at that given name.
    if (type === "PERS" && from < j - 1 && isPatronymic((s.tokens[from] as Token).norm)) {
      const head = chainHead(s, { from: from + 1, to: j, known: null }, covered);
      if (head.from < from) from = head.from;
    }
    let to = j;
    // بلاتيني هو، X دون: a particle after the name is the clause going on (a weekday with the
    // article may be a family name: الخميس).
    while (to > from && trailingWord(s, s.tokens[to - 1])) to--;
    // العقيد دكتور X، الفارس X: a title or a noun of trade before the name is not part of it.
    while (type === "PERS" && to - from > 2 && titleOrTrade(s, s.tokens[from] as Token)) from++;
    // صالح بن فهد بن: a name particle ends no name; the tagger ran into the next line.
    while (type === "PERS" && to - from > 2 && NAME_LINKS.has((s.tokens[to - 1] as Token).norm)) to--;
    // عبدالله ولد (… a boy): ولد ends no name; the Mauritanian «son of» is read by the rules,
    // with the father's name after it.
    while (type === "PERS" && to > from && (s.tokens[to - 1] as Token).norm === OULD) to--;
    // ولد الشيخ: the rest of a Mauritanian name is a mention of the full name (persons.ts).
    if (type === "PERS" && (s.tokens[from] as Token | undefined)?.norm === OULD) to = from;
    // خالد الزهراني المحامي: a noun of trade after the name is its apposition, not part of it.
    while (type === "PERS" && to - from > 2 && isPersonNoun(s.tokens[to - 1] as Token)) to--;
    // سامي الصالح سفير …: a title after the name opens its apposition (أمير is also a given name).
    // المرشد after X بن Y: the first word of a longer title (المرشد الأعلى) only with the rest.
    while (
      type === "PERS" &&
      to - from > 1 &&
      titleWord(s, s.tokens[to - 1] as Token) &&
      titleHere(s, to - 1) &&
      !titleFamilyName(s, from, to - 1)
    )
      to--;
    // أوفى خادم الحرمين (… the Custodian of the Two Holy Mosques kept): a word that starts a title
    // running on past the span is that title, not a family name.
    while (type === "PERS" && to - from > 1 && titleRunsOn(s, to - 1, to)) to--;
    while (type === "PERS" && to > from && (s.tokens[to - 1] as Token).norm === OULD) to--;
    // X د. (… Dr): one letter after the name is an abbreviation that starts what follows.
    while (type === "PERS" && to - from > 1 && (s.tokens[to - 1] as Token).norm.length === 1) to--;
    // مورينو بنقطة (with a point)، رونالدو وبيل (and Bale): a preposition glued to a noun, or و
    // glued to another name, ends the name before it.
    // خليفة لبلاتر (a successor to Blatter): ل on a name word that is no name as written is "to"
    // that name, which starts there.
    for (let k = to - 1; type === "PERS" && k > from; k--) if (forName(s, s.tokens[k] as Token)) from = k;
    // دوغلاس وجوردي ألبا: the second person the tagger ran on into is read as a span of its own.
    let next = j;
    for (let k = from + 1; type === "PERS" && k < to; k++) {
      const joined = joinedWord(s, k);
      if (joined === null) continue;
      if (joined === "person" && to - k > 1) next = k;
      to = k;
    }
    // ريفير بليت الأرجنتيني: a nationality after the name describes it (often a club's), it is no
    // family name.
    // راجيف سوري: an indefinite nisba after a name word is its family name (an adjective of a name
    // would take the article).
    while (
      type === "PERS" &&
      to - from > 1 &&
      nisbaAt(s, to - 1)?.value.type === "Country" &&
      !indefiniteNisbaFamily(s, from, to)
    )
      to--;
    // عبدالعزيز يركب (… rides): a verb after a given name is the clause going on, not a surname.
    while (type === "PERS" && to - from > 1 && verbAfterName(s, to - 1)) to--;
    // حالة خالد مستقرة: a feminine participle after a given name is the predicate, no surname.
    while (type === "PERS" && to - from > 1 && feminineParticiple(s, to - 1, s.tokens[to - 1] as Token)) to--;
    if (
      to > from &&
      !covered.subarray(from, to).some((c) => c === 1) &&
      type !== "MISC" &&
      plausible(s, from, to, type)
    ) {
      const c = taggerCandidate(s, from, to, type);
      if (c?.person && to - from === 1 && (!introduced(s, from) || afterBody(s, from, out)))
        c.person.bare = true;
      if (c) out.push(c);
    }
    i = next;
  }
}

/**
 * شارك من خلال تويتر فيسبوك جوجل بلس: platforms written one after the other with nothing between
 * them (no و, no comma) are the share buttons of a web page, not platforms the article speaks of
 * (تويتر وفيسبوك). A candidate of kind platform with such a neighbour is dropped.
 */
function shareButtons(s: SentenceInput, out: Candidate[]): Candidate[] {
  const platforms = out.filter((c) => c.properties.kind === "platform").sort((a, b) => a.start - b.start);
  if (platforms.length < 2) return out;
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  s.tokens.forEach((t, k) => {
    byStart.set(t.start, k);
    byEnd.set(t.end, k);
  });
  const buttons = new Set<Candidate>();
  for (let n = 1; n < platforms.length; n++) {
    const a = platforms[n - 1] as Candidate;
    const b = platforms[n] as Candidate;
    const last = byEnd.get(a.end);
    const next = byStart.get(b.start);
    if (last !== undefined && next === last + 1) {
      buttons.add(a);
      buttons.add(b);
    }
  }
  return buttons.size === 0 ? out : out.filter((c) => !buttons.has(c));
}

export function recognize(s: SentenceInput): Candidate[] {
  const out: Candidate[] = [];
  const covered = rules(s, out);
  taggerSpans(s, covered, out);
  listedPersons(s, out);
  ouldMentions(s, out);
  return shareButtons(s, out);
}

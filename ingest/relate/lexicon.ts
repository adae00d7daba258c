import { readFileSync } from "node:fs";
import type { z } from "zod";
import { InputError } from "../errors.js";
import { RELATION_TYPES } from "../model.js";
import type { EntityType, RelationType } from "../model.js";
import { normalizeForMatch } from "../text/normalize.js";
import {
  grammarFile,
  institutionsFile,
  relationsFile,
  statementsFile,
  titlesFile,
} from "./lexicon-schema.js";
import type { withForms } from "./lexicon-schema.js";

/**
 * The relation stage's language knowledge, read once from JSON data files and compiled into maps
 * keyed by the matching-normalised core of each word, so matching a sentence never builds a regex.
 */

/** Matching core of a lexicon word: normalised, article removed (tokens are looked up the same way). */
export function core(w: string): string {
  const n = normalizeForMatch(w.trim());
  return n.startsWith("ال") && n.length >= 4 ? n.slice(2) : n;
}

export type Phrase = string[];
const phrase = (s: string): Phrase => s.trim().split(/\s+/).map(core);

export interface Trigger {
  ar: string;
  en: string;
  relation: RelationType;
  kind: "verb" | "noun";
  needsItem: boolean;
  /** Relations (العلاقات) count as cooperation only with a word saying they are good or growing in the sentence. */
  needsGoodwill: boolean;
  /** A verb of signing (وقع، أبرم) counts only with an agreement noun after it in its clause. */
  needsAgreement: boolean;
  /** تعرض / قام: an attack noun behind ل or ب after the verb (تعرض X لقصف من Y، قام X بقصف Y). */
  needsAttack: boolean;
  /** A transfer verb (ضم، انتقل إلى) is a club's signing only with a club named or a word of sports in its clause. */
  needsSport: boolean;
  /** اتفق مع: a club's signing only when the other party is a club or a national team itself. */
  needsTeam: boolean;
  /** أدرج X على قائمة العقوبات: a verb of listing is a sanction only with a sanctions list after it. */
  needsListing: boolean;
  /** Source types narrower than the relation's (a country joins no club: انضم). */
  sources?: ReadonlySet<EntityType>;
  frames: string[];
  phrase: Phrase;
  /** The first word as listed, match-normalised: a verb is read only off a word written so (القدم is no قدم). */
  written: string;
  /** The first word as listed ends in ة: a word written with ه there is another (مساعده 'his assistant' is no مساعدة). */
  taMarbuta: boolean;
  /** Matched a present-tense form with the future prefix سـ. */
  future: boolean;
  /** Matched a first-person present form (أ / ن prefix). */
  firstPerson: boolean;
  present: boolean;
}

export interface TitleEntry {
  en: string;
  relation: "LEADS" | "MEMBER_OF";
  complementRequired: boolean;
  phrase: Phrase;
  /** A title that names its state (خادم الحرمين الشريفين): the country's names, match-normalised. */
  implied?: string[];
  /** Derived for a deputy (نائب وزير): a member, even of the institution the title heads. */
  deputy?: boolean;
  /** Derived for the title of a unit (مدير إدارة X بشركة Y): a member of the organisation. */
  unit?: boolean;
  /** A title in sport (مدرب، المدير الفني، مهاجم): a country's nisba after it is a nationality. */
  sports?: boolean;
}

export interface TypeSpec {
  source: ReadonlySet<EntityType>;
  target: ReadonlySet<EntityType>;
  dated: boolean;
  symmetric: boolean;
}

export interface Coreferent {
  en: string;
  resolve: "head" | "issuer" | "role" | "title";
  head: string;
  role: string;
  kinds: string[];
}

/** A reporting verb or participle; `conjoined`: read only with و/ف or a shadda written on it. */
export interface ReportingWord {
  en: string;
  opens: Set<string>;
  /** Prefix letters opening the words on the word after the verb or speaker (نوّه X بالدعم). */
  prefixOpens: string[];
  conjoined: boolean;
  /** The content may be a noun phrase right after the speaker, with no أن (أكد X حرصَ ...). */
  object: boolean | "near";
  /** نقل X عن Y: X relays the words, Y (after عن) speaks. */
  relays: boolean;
  /** A person's words may follow the name directly (وأضاف X نحن ...). */
  direct: "any" | "opener" | undefined;
  /** The words only in a quote or after a colon right after the verb, speaker or opener (وواصل “...”). */
  quoted: boolean;
  /** With `quoted`: only a complementizer opens the words, never a quote or colon (أقر X بأن). */
  thatOnly: boolean;
  /** With `quoted`: what the words are about opens after this word (علّق على X بأن). */
  topic: Set<string>;
  /** Reports only a document's words, its issuer speaking (جاء في بيان لـX أن). */
  document: boolean;
}

export interface RelateLexicon {
  types: Map<RelationType, TypeSpec>;
  /** First word core → triggers starting with it (longest phrase first). */
  triggers: Map<string, Trigger[]>;
  prepositions: Set<string>;
  cliticPrepositions: Set<string>;
  transparent: Set<string>;
  relatives: Set<string>;
  breaks: Set<string>;
  negations: Set<string>;
  planned: Set<string>;
  announce: Set<string>;
  counterparts: Set<string>;
  countryPronouns: Set<string>;
  needCues: Set<string>;
  /** Particles between a fronted subject and its verb (وكان X قد استقبل). */
  auxiliaries: Set<string>;
  /** Numbers and quantity words between a preposition and its head (على ثلاثة مسؤولين في X). */
  quantifiers: Set<string>;
  /** People helped (اللاجئين): their nisba is who they are, not who is helped or backed. */
  beneficiaries: Set<string>;
  /** Verbs of repelling (صد): who repels an attack is not its author. */
  /** Acts named as a verb's object (أدانت X الهجوم على Y): what follows is the act's, not the verb's. */
  actNouns: Set<string>;
  /** The two parties named before (الجانبان، الطرفين): the last meeting's two ends. */
  partyWords: Set<string>;
  /** The two countries named before (البلدان، الدولتين): the states of those two ends. */
  stateParties: Set<string>;
  counterVerbs: Set<string>;
  /** Strong negators and verbs of denial (لم، عدم، رفض، نفى): a few words before a trigger, or the verb of the statement it is in, negate it. */
  denials: Set<string>;
  /** Words of time before a verbal noun (خلال لقاء، عقب اجتماع): the noun is a circumstance of its clause. */
  whileWords: Set<string>;
  /** Words of time right after a verb (وصل أمس): no subject is written there. */
  timeWords: Set<string>;
  /** Currency names: a country's nisba after one (دولار أمريكي) is no argument. */
  currencies: Set<string>;
  /** Qualifiers of an attack made in words (الإعلامي، الحاد): no ATTACKED. */
  verbalAttacks: Set<string>;
  /** Words of company (إلى جانب، برفقة، بمشاركة): who is named after one acts with the subject, not on it. */
  companions: Set<string>;
  /** Light verbs before an event noun (شنت غارات، وقعت اتفاقية): a sentence opening with one may go on about the previous subject. */
  supportVerbs: Set<string>;
  /** Religious formulae (حفظه الله): never an argument, whatever the entity stage made of them. */
  formulae: Set<string>;
  /** Words of a name chain (بن، آل): a place name next to them is part of a person's name. */
  nameLinks: Set<string>;
  /** Bodies written with a nisba but no name (الرئاسة الفرنسية): the country is not the speaker. */
  unnamedBodies: Set<string>;
  /** Nouns between a title and its complement's name (أمير منطقة X، رئيس نادي X). */
  complementHeads: Set<string>;
  /** Words that make the title after them a deputy's (نائب وزير الخارجية): MEMBER_OF. */
  deputies: Set<string>;
  /** Ranks that are also ordinary nouns (الفريق: the team): a title only right before a name. */
  teamRanks: Set<string>;
  /** الدولي، المحترف: words between a sports title and the player's name (مهاجمه الدولي X). */
  playerModifiers: Set<string>;
  /** Heads between a place and the larger place it is in (حي X بمدينة Y، X في شمال Y): LOCATED_IN. */
  placeHeads: Set<string>;
  /** Directions after a place that name the larger one without a preposition (حي X شرق Y). */
  directions: Set<string>;
  /** Heads of sites (مسجد، مطار، ملعب): a site في a city is inside it. */
  siteHeads: Set<string>;
  /** Places one goes to (إلى مقر البعثة في Y): a place behind في/ب after one takes إلى/ل (the destination). */
  venueHeads: Set<string>;
  /** Heads of armed groups (ضد التنظيم في Y): a place behind في after one is where the group is, not a target. */
  groupHeads: Set<string>;
  /** Deeds a verb of condemning may name (التصريحات، الجريمة، الانتهاكات): with a relative clause, its doer is opposed. */
  condemnedDeeds: Set<string>;
  /** Words of repaying before a loan (سداد قسط قرض): a debt paid back, no funding. */
  repayments: Set<string>;
  /** Quantities (إجمالي، عدد، نسبة) next to a verb of arrival: يصل إجمالي X إلى N amounts to, no one arrives. */
  amountWords: Set<string>;
  /** Words that say relations are good or growing (تعزيز، متميزة، طفرة): only then are relations cooperation. */
  goodRelations: Set<string>;
  /** Words that say relations are bad (توتر، الصدام، قطع): relations are then no cooperation. */
  badRelations: Set<string>;
  /** Conditionals (إذا، لو) before a trigger in its clause: the event is only supposed. */
  conditionals: Set<string>;
  /** Patronage and presence (برعاية، بمتابعة، بحضور): the person after it is no party of the event. */
  patronWords: Set<string>;
  /** Stems of things given that are no transfer (قدم تعازيه، شكره، استقالته، ورقة عمل), matched at a word's start. */
  gestures: string[];
  /** Nouns of a signed agreement (اتفاقية، مذكرة تفاهم، عقد): what a verb of signing needs after it. */
  agreementNouns: Set<string>;
  /** Lists a verb of listing puts names on (قائمة، لائحة) and the kinds that make them sanctions (العقوبات، الإرهاب، السوداء). */
  sanctionLists: Set<string>;
  /** Words of condolence (المعزين، العزاء، التعازي): a reception or visit to mourn is no meeting. */
  condolences: Set<string>;
  sanctionListKinds: Set<string>;
  /** Attack nouns behind ل / ب (تعرض X لهجوم، قام X بقصف Y): what a verb of exposure or doing needs. */
  attackNouns: Set<string>;
  /** Strikes named with a country's nisba (غارة أمريكية): «الغارة» after them is that country's. */
  attackEvents: Set<string>;
  /** Nouns a participle may modify over their genitive (طلب X المدعوم من Y): Y backs the request, not X. */
  requestNouns: Set<string>;
  /** Words before a place that make it a landmark (قرب Y، شرقي Y): no attacked place. */
  landmarkWords: Set<string>;
  /** Supervisor titles (X المشرف العام على المركز): X acts for the centre; no cooperating party. */
  supervisorTitles: Set<string>;
  /** Two bodies (اتحادي، الوزارتين) after بين: an agreement of theirs is no agreement of their states. */
  bodyPairs: Set<string>;
  /** Events one hosts (حفل، مؤتمر، بطولة): استضاف X حفل Y hosts Y's event; X meets nobody. */
  eventNouns: Set<string>;
  /** Adjectives between a site's name and في (مطار X الدولي في Y). */
  siteModifiers: Set<string>;
  pluralPlaceHeads: Set<string>;
  missionHeads: Set<string>;
  /** Words of sports news (مباراة، الدوري): a "meeting" there is a match, not MET. */
  sportsWords: Set<string>;
  /** Heads of team names (نادي، منتخب): a team "in" a city is where it plays, not its seat. */
  sportsHeads: Set<string>;
  /** Honorifics between a title and a name (وزير الدفاع صاحب السمو الملكي الأمير X). */
  honorifics: Set<string>;
  /** Words that cannot name a unit between a title and its organisation (اليوم، كلمة). */
  unitBreaks: Set<string>;
  /** Heads of a unit written right before its organisation (مدير فرع وزارة X). */
  unitHeads: Set<string>;
  /** National bodies written without a branch word (الدفاع المدني، هيئة الهلال الأحمر): "X بـY" is a branch's seat. */
  nationalBodies: Phrase[];
  /** Present-tense verbs of holding an office (X الذي يتولى منصب T): T is X's title. */
  officeVerbs: Set<string>;
  /** Bodies that govern the place in their name (إمارة منطقة X): not LOCATED_IN it by the name. */
  governingHeads: Set<string>;
  /** Heads of a unit named with its body behind ب/في (إدارة X بوزارة Y → PART_OF Y). */
  unitBodies: Set<string>;
  /** Titles of a town's office (محافظ Y → محافظة Y، أمين Y → أمانة Y): the head the office is named with. */
  seatTitles: Map<string, string>;
  /** Heads of places named after where they lead (طريق X، شارع X): not LOCATED_IN X by the name. */
  namedForHeads: Set<string>;
  /** Courtesy titles (الأمير، الشيخ): a fuller title before them is the holder's role. */
  courtesyTitles: Set<string>;
  /** Words a paper writes for its own country (المملكة، البلاد): the country they are a mention of is the article's home. */
  homeWords: Set<string>;
  /** First words of state offices (ولي العهد، وزير الداخلية) that, written without their country, are the home country's. */
  homeOffices: Set<string>;
  /** Stems of breaking an agreement (انتهك، خرق): an agreement noun right after one is no cooperation now. */
  breachWords: string[];
  /** Honorific pronouns (سموه، معاليه) after a verb: the subject or speaker is the person spoken of before. */
  honorificPronouns: Set<string>;
  /** «Its members» after a reporting verb (وأكد أعضاؤه): the body named before speaks. */
  memberPronouns: Set<string>;
  /** Words of obligation (يتعين، يجب) up to three words before a trigger: the event is urged, not done. */
  obligations: Set<string>;
  /** Verbs with an object pronoun (وصفته، أدانته): the name right after one is their subject, no party of the event before. */
  describers: Set<string>;
  /** Words of time before وصوله (لدى، عند، فور): a reception's guest is named before one, its hosts after. */
  arrivalWords: Set<string>;
  /** Adverbs of a tour's order between a verb with no subject written and its place (وينتقل بعدها إلى Y). */
  tourAdverbs: Set<string>;
  /** Adjectives of an attack noun (الجوية، الصاروخي): the attacker's nisba may follow them (الغارات الجوية الإسرائيلية). */
  attackAdjectives: Set<string>;
  /** Words of the dead and wounded (قتل، مقتل، مصرع، أصيب): قتل N من X في هجوم لـY names the attacked X. */
  casualtyWords: Set<string>;
  /** Round 42: hardships after واجه (صعوبة، تحديات، أزمة): no opponent is fought. */
  hardships: Set<string>;
  /** Round 42: people an aid or a campaign reaches (عائلة، أسرة) right after تستهدف: no attack. */
  aidTargets: Set<string>;
  /** Round 42: campaigns, programmes and aid that «target» (تستهدف) whom they serve. */
  campaignNouns: Set<string>;
  /** Round 42: a dead man's body (جثمان، جثة) before his name: no visit. */
  bodyWords: Set<string>;
  /** Round 42: participles of location (الواقع، الكائن) before a place behind ب / في. */
  sitedWords: Set<string>;
  /** Round 42: words of a partner before a party of an attack (موالية لـY، بالتنسيق مع Y). */
  allyWords: Set<string>;
  /** Title head → institution head (وزير الخزانة → وزارة الخزانة), or a whole title → the body it heads (رئيس البرلمان → البرلمان). */
  titleInstitutions: Map<string, string>;
  items: Map<string, string>;
  verbs: Map<string, ReportingWord>;
  /** جاء (في بيان لـX أن): reports a document's words only; not read as a reporting verb elsewhere. */
  documentVerbs: Map<string, ReportingWord>;
  participles: Map<string, ReportingWord>;
  complementizers: Set<string>;
  media: Map<string, string>;
  platformMarkers: Set<string>;
  outlets: Set<string>;
  documents: Set<string>;
  objectHeads: Set<string>;
  issuing: Set<string>;
  issuerMarkers: Set<string>;
  sourceMarkers: Set<string>;
  speechOpeners: Set<string>;
  offices: Set<string>;
  officeWords: Set<string>;
  coreferents: Map<string, Coreferent>;
  /** Last word core → titles ending with it (longest first). */
  titles: Map<string, TitleEntry[]>;
  /** Every word of every title, to recognise a title phrase before a nisba. */
  titleWords: Set<string>;
  titleModifiers: Map<string, string>;
  stateHeads: Phrase[];
  stateKinds: Set<string>;
  excludedKinds: Set<string>;
  nisbaBodyHeads: Set<string>;
  nisbaBodyMedia: Set<string>;
  companyHeads: Set<string>;
  mediaHeads: Set<string>;
  mediaAdjectives: Set<string>;
}

function load<T>(file: URL, schema: z.ZodType<T>, owner: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (cause) {
    throw new InputError(`relate: cannot read ${file.pathname} (${owner}); fix the JSON`, { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `relate: ${file.pathname} is invalid at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "unknown"} (${owner})`,
    );
  }
  return parsed.data;
}

const set = (ws: { ar: string }[]): Set<string> => new Set(ws.map((w) => core(w.ar)));
const byLength = <T extends { phrase: Phrase }>(a: T, b: T): number => b.phrase.length - a.phrase.length;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const PRESENT_PREFIXES: [string, { future: boolean; firstPerson: boolean }][] = [
  ["ي", { future: false, firstPerson: false }],
  ["ت", { future: false, firstPerson: false }],
  ["ا", { future: false, firstPerson: true }],
  ["ن", { future: false, firstPerson: true }],
  ["سي", { future: true, firstPerson: false }],
  ["ست", { future: true, firstPerson: false }],
  ["سا", { future: true, firstPerson: true }],
  ["سن", { future: true, firstPerson: true }],
];

function compileTriggers(file: z.infer<typeof relationsFile>): Map<string, Trigger[]> {
  const map = new Map<string, Trigger[]>();
  for (const t of file.triggers) {
    const base = {
      ar: t.ar,
      en: t.en,
      relation: t.relation,
      kind: t.kind,
      needsItem: t.needs === "item",
      needsGoodwill: t.needs === "goodwill",
      needsAgreement: t.needs === "agreement",
      needsAttack: t.needs === "attack",
      needsSport: t.needs === "sport",
      needsTeam: t.needs === "team",
      needsListing: t.needs === "listing",
      ...(t.sources ? { sources: new Set(t.sources) } : {}),
      frames: t.frames,
    };
    const add = (form: string, flags: { future: boolean; firstPerson: boolean; present: boolean }) => {
      const p = phrase(form);
      const first = form.trim().split(/\s+/)[0] ?? "";
      const written = normalizeForMatch(first);
      push(map, p[0] ?? "", { ...base, ...flags, phrase: p, written, taMarbuta: first.endsWith("ة") });
    };
    for (const form of t.forms) add(form, { future: false, firstPerson: false, present: false });
    for (const stem of t.present ?? []) {
      for (const [prefix, flags] of PRESENT_PREFIXES) add(prefix + stem, { ...flags, present: true });
    }
  }
  for (const list of map.values()) list.sort(byLength);
  return map;
}

function compileTitles(
  file: z.infer<typeof titlesFile>,
  implied: z.infer<typeof grammarFile>["impliedTitles"],
  sportsWords: ReadonlySet<string>,
  /** Prepositions a title may end with (المشرف العام على): no title words elsewhere. */
  prepositions: ReadonlySet<string>,
  seats: z.infer<typeof grammarFile>["seatTitles"],
): {
  titles: Map<string, TitleEntry[]>;
  titleWords: Set<string>;
} {
  const titles = new Map<string, TitleEntry[]>();
  const titleWords = new Set<string>();
  for (const t of file.titles) {
    const forms = [t.ar, ...(t.variants ?? [])];
    // One form of the entry in sport makes them all (المدير الفني is a variant of مدرب).
    const sports = forms.some((f) =>
      normalizeForMatch(f)
        .split(/\s+/)
        .some((w) => sportsWords.has(core(w))),
    );
    for (const form of forms) {
      // Titles keep their article: الرئيس (President) is not رئيس (head of ...).
      const p = normalizeForMatch(form).trim().split(/\s+/);
      for (const w of p) if (!prepositions.has(core(w))) titleWords.add(core(w));
      const entry = {
        en: t.en,
        relation: t.relation,
        complementRequired: t.complement === "required",
        phrase: p,
        ...(sports ? { sports } : {}),
      };
      push(titles, p[p.length - 1] ?? "", entry);
    }
  }
  // أمين جدة X: relate-only titles of a town's office (not names' cues in the entity stage).
  for (const t of seats)
    if (t.title) {
      const p = normalizeForMatch(t.ar).trim().split(/\s+/);
      for (const w of p) titleWords.add(core(w));
      push(titles, p[p.length - 1] ?? "", {
        en: t.title,
        relation: "LEADS",
        complementRequired: true,
        phrase: p,
      });
    }
  for (const t of implied) {
    const p = normalizeForMatch(t.ar).trim().split(/\s+/);
    for (const w of p) titleWords.add(core(w));
    const countries = t.countries.map((c) => normalizeForMatch(c));
    push(titles, p[p.length - 1] ?? "", {
      en: t.en,
      relation: "LEADS",
      complementRequired: false,
      phrase: p,
      implied: countries,
    });
  }
  for (const list of titles.values()) list.sort(byLength);
  return { titles, titleWords };
}

function build(): RelateLexicon {
  const here = (name: string) => new URL(`./lexicon/${name}`, import.meta.url);
  const rel = load(here("relations.json"), relationsFile, "owner: relation extraction");
  const gr = load(here("grammar.json"), grammarFile, "owner: relation extraction");
  const st = load(here("statements.json"), statementsFile, "owner: relation extraction");
  const inst = load(here("institutions.json"), institutionsFile, "owner: relation extraction");
  const ti = load(
    new URL("../lexicon/data/titles.json", import.meta.url),
    titlesFile,
    "owner: entity extraction",
  );
  const types = new Map<RelationType, TypeSpec>();
  for (const t of rel.types) {
    types.set(t.type, {
      source: new Set(t.source),
      target: new Set(t.target),
      dated: t.dated,
      symmetric: false,
    });
  }
  for (const type of RELATION_TYPES) {
    if (!types.has(type))
      throw new InputError(`relate: relations.json has no entry for relation type ${type}; add one`);
  }
  for (const t of ["MET", "COOPERATES_WITH"] as const) {
    const spec = types.get(t);
    if (spec) spec.symmetric = true;
  }
  const verbMap = (list: z.infer<typeof withForms>[], document = false) => {
    const m = new Map<string, ReportingWord>();
    for (const v of list) {
      const conjoined = new Set((v.conjoined ?? []).map(core));
      for (const f of v.forms)
        m.set(core(f), {
          en: v.en,
          opens: new Set((v.opens ?? []).map(core)),
          prefixOpens: v.prefixOpens ?? [],
          conjoined: conjoined.has(core(f)),
          object: v.object ?? false,
          relays: v.relays === true,
          direct: v.direct,
          quoted: v.quoted === true || v.quoted === "that",
          thatOnly: v.quoted === "that",
          topic: new Set((v.topic ?? []).map(core)),
          document,
        });
    }
    return m;
  };
  const { titles, titleWords } = compileTitles(
    ti,
    gr.impliedTitles,
    set(gr.sportsWords),
    set(gr.prepositions),
    gr.seatTitles,
  );
  return {
    types,
    triggers: compileTriggers(rel),
    prepositions: set(gr.prepositions),
    cliticPrepositions: set(gr.cliticPrepositions),
    transparent: set(gr.transparentHeads),
    relatives: set(gr.relativePronouns),
    breaks: set(gr.clauseBreaks),
    negations: set(gr.negations),
    planned: set(gr.plannedMarkers),
    announce: set(gr.announceMarkers),
    counterparts: set(gr.counterparts),
    countryPronouns: set(gr.countryPronouns),
    needCues: set(gr.needCues),
    auxiliaries: set(gr.auxiliaries),
    quantifiers: set(gr.quantifiers),
    beneficiaries: set(gr.beneficiaries),
    actNouns: set(gr.actNouns),
    partyWords: set(gr.partyWords),
    stateParties: set(gr.stateParties),
    counterVerbs: set(gr.counterVerbs),
    companions: set(gr.companions),
    verbalAttacks: set(gr.verbalAttacks),
    whileWords: set(gr.whileWords),
    timeWords: set(gr.timeWords),
    currencies: set(gr.currencies),
    denials: set(gr.denials),
    supportVerbs: set(gr.supportVerbs),
    formulae: new Set(gr.formulae.map((f) => normalizeForMatch(f.ar))),
    nameLinks: set(gr.nameLinks),
    unnamedBodies: set(gr.unnamedBodies),
    complementHeads: set(gr.complementHeads),
    deputies: set(gr.deputies),
    teamRanks: set(gr.teamRanks),
    playerModifiers: set(gr.playerModifiers),
    placeHeads: set(gr.placeHeads),
    directions: set(gr.directions),
    siteHeads: set(gr.siteHeads),
    venueHeads: set(gr.venueHeads),
    groupHeads: set(gr.groupHeads),
    condemnedDeeds: set(gr.condemnedDeeds),
    repayments: set(gr.repayments),
    amountWords: set(gr.amountWords),
    goodRelations: set(gr.goodRelations),
    badRelations: set(gr.badRelations),
    conditionals: set(gr.conditionals),
    patronWords: set(gr.patronWords),
    gestures: gr.gestures.map((w) => normalizeForMatch(w.ar)),
    agreementNouns: set(gr.agreementNouns),
    sanctionLists: set(gr.sanctionLists),
    condolences: set(gr.condolences),
    sanctionListKinds: set(gr.sanctionListKinds),
    attackNouns: set(gr.attackNouns),
    attackEvents: set(gr.attackEvents),
    requestNouns: set(gr.requestNouns),
    landmarkWords: set(gr.landmarkWords),
    supervisorTitles: set(gr.supervisorTitles),
    bodyPairs: set(gr.bodyPairs),
    eventNouns: set(gr.eventNouns),
    siteModifiers: set(gr.siteModifiers),
    pluralPlaceHeads: set(gr.pluralPlaceHeads),
    missionHeads: set(gr.missionHeads),
    sportsWords: set(gr.sportsWords),
    sportsHeads: set(gr.sportsHeads),
    honorifics: set(gr.honorifics),
    courtesyTitles: set(gr.courtesyTitles),
    unitBreaks: set(gr.unitBreaks),
    unitHeads: set(gr.unitHeads),
    nationalBodies: gr.nationalBodies.map((w) => phrase(w.ar)),
    officeVerbs: set(gr.officeVerbs),
    governingHeads: set(gr.governingHeads),
    unitBodies: set(gr.unitBodies),
    seatTitles: new Map(gr.seatTitles.map((w) => [core(normalizeForMatch(w.ar)), normalizeForMatch(w.head)])),
    namedForHeads: set(gr.namedForHeads),
    homeWords: set(gr.homeWords),
    homeOffices: set(gr.homeOffices),
    breachWords: gr.breachWords.map((w) => normalizeForMatch(w.ar)),
    honorificPronouns: set(gr.honorificPronouns),
    memberPronouns: set(gr.memberPronouns),
    obligations: set(gr.obligations),
    describers: set(gr.describers),
    arrivalWords: set(gr.arrivalWords),
    tourAdverbs: set(gr.tourAdverbs),
    attackAdjectives: set(gr.attackAdjectives),
    casualtyWords: set(gr.casualtyWords),
    hardships: set(gr.hardships),
    aidTargets: set(gr.aidTargets),
    campaignNouns: set(gr.campaignNouns),
    bodyWords: set(gr.bodyWords),
    sitedWords: set(gr.sitedWords),
    allyWords: set(gr.allyWords),
    titleInstitutions: new Map(
      gr.titleInstitutions.map((t) => [phrase(t.ar).join(" "), phrase(t.head).join(" ")]),
    ),
    items: new Map(gr.items.map((i) => [core(i.ar), i.en])),
    verbs: verbMap(st.verbs),
    documentVerbs: verbMap(st.documentVerbs, true),
    participles: verbMap(st.participles),
    complementizers: set(st.complementizers),
    media: new Map(st.media.map((m) => [core(m.ar), m.en])),
    platformMarkers: set(st.platformMarkers),
    outlets: set(st.outlets),
    documents: set(st.documents),
    objectHeads: set(st.objectHeads),
    issuing: set(st.issuing),
    issuerMarkers: set(st.issuerMarkers),
    sourceMarkers: set(st.sourceMarkers),
    speechOpeners: set(st.speechOpeners),
    offices: set(st.offices),
    officeWords: set(st.officeWords),
    coreferents: new Map(
      st.coreferents.map((c) => [
        core(c.ar),
        { en: c.en, resolve: c.resolve, head: core(c.head ?? ""), role: c.role ?? "", kinds: c.kinds ?? [] },
      ]),
    ),
    titles,
    titleWords,
    titleModifiers: new Map(ti.modifiers.map((m) => [core(m.ar), m.flag])),
    stateHeads: inst.stateHeads.map((h) => phrase(h.ar)),
    stateKinds: new Set(inst.stateKinds),
    excludedKinds: new Set(inst.excludedKinds),
    nisbaBodyHeads: new Set(inst.nisbaBodyHeads.map((h) => core(h.ar))),
    nisbaBodyMedia: new Set(inst.nisbaBodyMedia.map((h) => core(h.ar))),
    companyHeads: new Set(inst.companyHeads.map((h) => core(h.ar))),
    mediaHeads: new Set(inst.mediaHeads.map((h) => core(h.ar))),
    mediaAdjectives: new Set(inst.mediaAdjectives.map((h) => core(h.ar))),
  };
}

let cached: RelateLexicon | null = null;

/** The compiled lexicon, built on first use. */
export function relateLexicon(): RelateLexicon {
  cached ??= build();
  return cached;
}

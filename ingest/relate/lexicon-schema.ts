import { z } from "zod";
import { ENTITY_TYPES, RELATION_TYPES } from "../model.js";

/** Schemas of the relation stage's data files (ingest/relate/lexicon/*.json and the shared titles). */

const word = z.object({ ar: z.string().min(1), en: z.string().min(1) });
const words = z.array(word);

const SLOT =
  /^(subject|object|after|gen|genl|nisba|before|prev|relhead|speaker|actor|doer|person|host|guest|owner|agent|attacked|dead|prep:[^>|]+(\|[^>|]+)*)$/;
const frame = z
  .string()
  .refine((f) => ["between", "pair", "coord", "group", "appos"].includes(f) || checkPair(f), {
    message:
      "a frame is 'between', 'pair', 'coord', 'group', 'appos' or 'SOURCE>TARGET' over the slots listed in _frames",
  });
function checkPair(f: string): boolean {
  const parts = f.split(">");
  return parts.length === 2 && parts.every((p) => SLOT.test(p));
}

export const relationsFile = z.object({
  types: z.array(
    z.object({
      type: z.enum(RELATION_TYPES),
      en: z.string(),
      source: z.array(z.enum(ENTITY_TYPES)),
      target: z.array(z.enum(ENTITY_TYPES)),
      dated: z.boolean(),
    }),
  ),
  triggers: z.array(
    z.object({
      ar: z.string(),
      en: z.string(),
      relation: z.enum(RELATION_TYPES),
      kind: z.enum(["verb", "noun"]),
      forms: z.array(z.string().min(1)).min(1),
      present: z.array(z.string().min(2)).optional(),
      needs: z.enum(["item", "goodwill", "agreement", "attack", "sport", "team", "listing"]).optional(),
      sources: z.array(z.enum(ENTITY_TYPES)).optional(),
      frames: z.array(frame).min(1),
    }),
  ),
});

export const grammarFile = z.object({
  prepositions: words,
  cliticPrepositions: words,
  transparentHeads: words,
  relativePronouns: words,
  clauseBreaks: words,
  negations: words,
  plannedMarkers: words,
  announceMarkers: words,
  counterparts: words,
  countryPronouns: words,
  items: words,
  needCues: words,
  auxiliaries: words,
  quantifiers: words,
  beneficiaries: words,
  partyWords: words,
  stateParties: words,
  actNouns: words,
  counterVerbs: words,
  companions: words,
  verbalAttacks: words,
  whileWords: words,
  timeWords: words,
  currencies: words,
  denials: words,
  supportVerbs: words,
  formulae: words,
  nameLinks: words,
  unnamedBodies: words,
  titleInstitutions: z.array(word.extend({ head: z.string().min(1) })),
  complementHeads: words,
  deputies: words,
  impliedTitles: z.array(word.extend({ countries: z.array(z.string().min(1)).min(1) })),
  teamRanks: words,
  playerModifiers: words,
  placeHeads: words,
  directions: words,
  siteHeads: words,
  venueHeads: words,
  groupHeads: words,
  condemnedDeeds: words,
  repayments: words,
  amountWords: words,
  goodRelations: words,
  badRelations: words,
  conditionals: words,
  patronWords: words,
  gestures: words,
  agreementNouns: words,
  sanctionLists: words,
  condolences: words,
  sanctionListKinds: words,
  attackNouns: words,
  attackEvents: words,
  requestNouns: words,
  landmarkWords: words,
  supervisorTitles: words,
  bodyPairs: words,
  eventNouns: words,
  siteModifiers: words,
  /** Round 28: plural heads of a list of places (قرى X وY التابعة لـZ). */
  pluralPlaceHeads: words,
  /** Round 28: heads of missions that sit in the country they are "in" (السفارة X في Y). */
  missionHeads: words,
  sportsWords: words,
  sportsHeads: words,
  honorifics: words,
  courtesyTitles: words,
  unitBreaks: words,
  unitHeads: words,
  nationalBodies: words,
  officeVerbs: words,
  governingHeads: words,
  unitBodies: words,
  seatTitles: z.array(word.extend({ head: z.string().min(1), title: z.string().min(1).optional() })),
  namedForHeads: words,
  homeWords: words,
  homeOffices: words,
  breachWords: words,
  honorificPronouns: words,
  memberPronouns: words,
  obligations: words,
  describers: words,
  arrivalWords: words,
  tourAdverbs: words,
  attackAdjectives: words,
  casualtyWords: words,
  /** Round 42: hardships after واجه / تواجه (صعوبة، تحديات، أزمة): a hardship faced, no opponent. */
  hardships: words,
  /** Round 42: people an aid or a campaign reaches (عائلة، أسرة، المستفيدين) after تستهدف: no attack. */
  aidTargets: words,
  /** Round 42: campaigns, programmes and aid (حملة، برنامج، المساعدات) that «target» (تستهدف) whom they serve. */
  campaignNouns: words,
  /** Round 42: a dead man's body (جثمان، جثة، رفات) before his name: the body arrives, he visits nothing. */
  bodyWords: words,
  /** Round 42: participles of location (الواقع، الكائن) before a place behind ب / في: it locates a site. */
  sitedWords: words,
  /** Round 42: words of a partner (موالية لـY، بالتنسيق مع Y) before a party of an attack: not its target. */
  allyWords: words,
});

export const withForms = word.extend({
  forms: z.array(z.string()).min(1),
  opens: z.array(z.string()).optional(),
  /**
   * Letters that open the words as a prefix of the word right after the verb or the speaker (نوّه
   * X بالدعم: the ب is written on the first word of what is noted).
   */
  prefixOpens: z.array(z.string()).optional(),
  /** Forms read as this verb only with و/ف or a shadda written on them (وبين، بيّن: بين is also «between»). */
  conjoined: z.array(z.string()).optional(),
  /** The content may be a noun phrase right after the speaker (أكد X حرصَ ...، توقع X زيادةَ ...). */
  object: z.union([z.boolean(), z.literal("near")]).optional(),
  /** نقل X عن Y: X relays the words, Y (after عن) speaks. */
  relays: z.boolean().optional(),
  /**
   * A person's words may follow the name directly, with no أن, colon or quote: any word (قال X، نحن
   * ...) or only a word of `speechOpeners` (وأضاف X نحن ...; أضاف X هدفاً is no speech).
   */
  direct: z.enum(["any", "opener"]).optional(),
  /**
   * The words only in a quote or after a colon right after the verb, the speaker or one of `opens`
   * (وواصل “...”، وختم بالقول «...»): the verb is no report otherwise (واصل X عمله). "that": only a
   * complementizer opens them (أقر X بأن; أقر مشاركة X “...” quotes a name, not words).
   */
  quoted: z.union([z.boolean(), z.literal("that")]).optional(),
  /**
   * With `quoted`: a word opening what the words are about (علّق على X بأن، أجاب على سؤال X بأن),
   * after the verb or the speaker; a quote, colon or complementizer a few words after it still opens them.
   */
  topic: z.array(z.string()).optional(),
});
export const statementsFile = z.object({
  verbs: z.array(withForms),
  /** Verbs that report only a document's words, its issuer speaking (جاء في بيان لـX أن). */
  documentVerbs: z.array(withForms),
  participles: z.array(withForms),
  complementizers: words,
  media: words,
  platformMarkers: words,
  /** Outlets and platforms named before their name (لإذاعة X، على موقع X): X heard or carried the words. */
  outlets: words,
  documents: words,
  /** Heads of a noun-phrase content right after أكد with no speaker named (وأكد أهمية ...). */
  objectHeads: words,
  /** Verbs of issuing a document (أصدر X بياناً، بيان أصدره X): X is what «البيان» stands for later. */
  issuing: words,
  issuerMarkers: words,
  sourceMarkers: words,
  /** Words that open direct speech after the name of a verb with `direct: "opener"` (نحن، هناك، لا). */
  speechOpeners: words,
  /** Heads of an unnamed press office (المركز الإعلامي، إدارة العلاقات العامة) speaking for the body after it. */
  offices: words,
  /** Words that make such a head a press office (الإعلامي، العلاقات، الرسمي). */
  officeWords: words,
  coreferents: z.array(
    word.extend({
      resolve: z.enum(["head", "issuer", "role", "title"]),
      head: z.string().optional(),
      role: z.string().optional(),
      kinds: z.array(z.string()).optional(),
    }),
  ),
});

export const titlesFile = z.object({
  modifiers: z.array(word.extend({ flag: z.string() })),
  titles: z.array(
    word.extend({
      relation: z.enum(["LEADS", "MEMBER_OF"]),
      complement: z.string().optional(),
      variants: z.array(z.string()).optional(),
    }),
  ),
});

export const institutionsFile = z.object({
  stateHeads: words,
  stateKinds: z.array(z.string()),
  excludedKinds: z.array(z.string()),
  /** Round 24: banks, agencies and national companies named with a country's nisba. */
  nisbaBodyHeads: words,
  /** Round 24: words right after such a head that make it a medium (وكالة الأنباء). */
  nisbaBodyMedia: words,
  /** Round 28: heads written right before a company's name (شركة "X" الهندية → PART_OF India). */
  companyHeads: words,
  /** Round 33: heads written right before a medium's name (صحيفة «X» الإسبانية → PART_OF Spain). */
  mediaHeads: words,
  /** Round 33: words of a medium's kind between its name and the nisba (قناة X الإخبارية التركية). */
  mediaAdjectives: words,
});

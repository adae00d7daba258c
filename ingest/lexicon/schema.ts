/** Shapes of the lexicon data files (ingest/lexicon/data/*.json), checked once at load. */
import { z } from "zod";

const ar = z.string().regex(/[\u0621-\u064a]/, "must contain Arabic letters");
const en = z.string().min(1);
const variants = z.array(ar).default([]);
const iso = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code");
// A state of news that is no ISO 3166-1 country (England, Scotland) has its ISO 3166-2 code: GB-ENG.
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, "must be an ISO 3166-1 alpha-2 or ISO 3166-2 code");

export const CountriesFile = z.object({
  _source: z.string(),
  countries: z.array(
    z
      .object({
        code: countryCode,
        ar,
        en,
        variants,
        nisba: z.array(ar),
        demonym: en.optional(),
        /** A constituent country's sovereign state (GB for GB-ENG). */
        partOf: iso.optional(),
      })
      .strict(),
  ),
});

export const CitiesFile = z.object({
  _source: z.string(),
  cities: z.array(
    z
      .object({
        id: z.string().regex(/^city:[a-z0-9-]+$/),
        ar,
        en,
        country: iso.optional(),
        capital: z.boolean().optional(),
        marked: z.boolean().optional(),
        common: z.boolean().optional(),
        variants,
        commonVariants: z.array(ar).optional(),
        notBefore: z.array(ar).optional(),
      })
      .strict(),
  ),
});

export const PlacesFile = z.object({
  _source: z.string(),
  placeNouns: z.array(z.object({ ar, en }).strict()),
  locativeCues: z.array(z.object({ ar, en }).strict()).default([]),
  placeHeads: z
    .array(
      z
        .object({
          ar,
          en: z.string().includes("{X}", { message: "must contain {X} for the name" }),
          strict: z.boolean().optional(),
          region: z.boolean().optional(),
          named: z.boolean().optional(),
          plural: z.string().optional(),
          // Plural and dual forms of a region head before a list of places (مناطق X وY، منطقتي X وY).
          lists: z.array(ar).optional(),
          // Towns a region of this head is named after (منطقة الرياض، منطقة تبوك): in a list of
          // regions their bare name is the region too.
          seats: z.array(ar).optional(),
        })
        .strict(),
    )
    .default([]),
  places: z.array(
    z
      .object({ id: z.string().regex(/^loc:[a-z0-9-]+$/), ar, en, country: iso.optional(), variants })
      .strict(),
  ),
});

export const OrganizationsFile = z.object({
  _source: z.string(),
  organizations: z.array(
    z
      .object({
        id: z.string().regex(/^org:[a-z0-9-]+$/),
        ar,
        en,
        kind: z.enum([
          "intergovernmental",
          "government-body",
          "agency",
          "armed-group",
          "party",
          "media",
          "platform",
          "ngo",
          "military-alliance",
          "company",
          "club",
        ]),
        country: iso.optional(),
        variants,
        notBefore: z.array(ar).optional(),
      })
      .strict(),
  ),
});

export const PersonsFile = z.object({
  _source: z.string(),
  persons: z.array(z.object({ id: z.string().regex(/^person:[a-z0-9-]+$/), ar, en, variants }).strict()),
});

export const TitlesFile = z.object({
  _source: z.string(),
  modifiers: z.array(
    z.object({ ar, en, flag: z.enum(["former", "current", "elect", "designate"]) }).strict(),
  ),
  titles: z.array(
    z
      .object({
        ar,
        en,
        relation: z.enum(["LEADS", "MEMBER_OF"]),
        complement: z.literal("required").optional(),
        variants,
      })
      .strict(),
  ),
});

const Gloss = z.object({ ar, en }).strict();

export const OrgHeadsFile = z.object({
  _source: z.string(),
  heads: z.array(
    z
      .object({
        ar,
        en: z.string().includes("{X}", { message: "must contain {X} for the complement" }),
        strict: z.boolean().optional(),
        named: z.boolean().optional(),
        proper: z.boolean().optional(),
        ofPlace: z.boolean().optional(),
      })
      .strict(),
  ),
  complements: z.array(Gloss),
  adjectives: z.array(Gloss),
  nisbaHeads: z.array(Gloss),
  legislatures: z.array(Gloss).default([]),
});

export const NamesFile = z.object({
  _source: z.string(),
  given: z.array(Gloss),
  particles: z.array(Gloss),
  letters: z.array(Gloss),
});

export const FunctionWordsFile = z.object({
  _source: z.string(),
  asWritten: z.object({ _note: z.string(), words: z.array(z.object({ ar, en: z.string().min(1) })) }),
  timesOfDay: z.object({ _note: z.string(), words: z.array(ar), anchors: z.array(ar) }),
  words: z.array(ar),
});

export const HomeCountryFile = z.object({
  _source: z.string(),
  words: z.array(z.object({ ar, en, kingdom: z.boolean().optional() }).strict()),
  kingdoms: z.array(iso),
  notAfter: z.array(Gloss),
  notBefore: z.array(Gloss),
  statePhrases: z.array(z.object({ ar, en, country: iso, holderTitle: z.string().optional() }).strict()),
  kingdomCues: z.array(z.object({ ar, en, country: iso, afterAmount: z.boolean().optional() }).strict()),
  amountWords: z.array(Gloss),
});

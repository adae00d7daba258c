/**
 * Cues about persons the title and name lexicons do not give (person-cues.json, validated once):
 * nouns of places named after a titled person (ملعب الملك X), titles followed by a given name, and
 * nouns of standing or trade that announce a name (المواطن X), and verbs whose subject is one.
 */
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readJsonFile } from "../lexicon/load.js";
import { normalizeForMatch } from "../text/normalize.js";

const Gloss = z.object({ ar: z.string().regex(/[\u0621-\u064a]/), en: z.string().min(1) }).strict();
const File = z.object({
  _source: z.string(),
  namedAfter: z.array(Gloss),
  givenNameTitles: z.array(Gloss),
  personNouns: z.array(Gloss),
  speechVerbs: z.array(Gloss),
  ambiguousTitles: z.array(Gloss),
  namedFor: z.array(Gloss.extend({ org: z.boolean() }).strict()),
});

export interface PersonCues {
  /** Matching-normalised nouns of places named after a titled person. */
  namedAfter: Set<string>;
  /** Matching-normalised titles after which one word is a given name. */
  givenNameTitles: Set<string>;
  /** Matching-normalised nouns of standing or trade (المواطن، الدكتور) after which a name is a person. */
  personNouns: Set<string>;
  /** Matching-normalised reporting and ceremony verbs (أكد، افتتح) after which a given name starts a name. */
  speechVerbs: Set<string>;
  /** Matching-normalised ranks that are also ordinary nouns (الفريق the team). */
  ambiguousTitles: Set<string>;
  /**
   * Matching-normalised nouns after which a full name is a thing named after its founder or
   * sponsor (شركة X Y، دوري X Y، مؤشر X Y): true when that thing is an organisation.
   */
  namedFor: Map<string, boolean>;
}

let cached: PersonCues | null = null;

/** The cues, loaded on first use. */
export function personCues(): PersonCues {
  if (cached) return cached;
  const data = readJsonFile(fileURLToPath(new URL("./person-cues.json", import.meta.url)), File);
  const keys = (list: { ar: string }[]): Set<string> => new Set(list.map((g) => normalizeForMatch(g.ar)));
  cached = {
    namedAfter: keys(data.namedAfter),
    givenNameTitles: keys(data.givenNameTitles),
    personNouns: keys(data.personNouns),
    speechVerbs: keys(data.speechVerbs),
    ambiguousTitles: keys(data.ambiguousTitles),
    namedFor: new Map(data.namedFor.map((g) => [normalizeForMatch(g.ar), g.org])),
  };
  return cached;
}

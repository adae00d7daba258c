/**
 * The word lists of the name heuristics, read from the project's own lexicon (titles, function
 * words, given names, gazetteers) plus bench/report/data/name-noise.json (honorifics, common
 * nouns and formulae the extractor's lexicon has no use for).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { readData } from "../../ingest/lexicon/load.js";
import * as S from "../../ingest/lexicon/schema.js";
import { identityKey, type NameKnowledge } from "./names.js";

const gloss = z.object({ ar: z.string().min(1), en: z.string().min(1) }).strict();
const NameNoiseFile = z.object({
  _source: z.string(),
  honorifics: z.array(gloss),
  commonNouns: z.array(gloss),
  formulae: z.array(gloss),
});

const NAME_NOISE = join(import.meta.dirname, "data", "name-noise.json");

function readNameNoise(): z.infer<typeof NameNoiseFile> {
  const parsed = NameNoiseFile.safeParse(JSON.parse(readFileSync(NAME_NOISE, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`report:corpus: ${NAME_NOISE} is invalid at ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return parsed.data;
}

/** Every Arabic string of a parsed data file (names, variants, nisbas), skipping notes and glosses. */
export function arabicStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") {
    if (/[\u0621-\u064a]/u.test(value)) out.push(value);
  } else if (Array.isArray(value)) {
    value.forEach((v) => arabicStrings(v, out));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (!k.startsWith("_") && k !== "en") arabicStrings(v, out);
  }
  return out;
}

/** The heuristics' word lists; `seenNames` are entity names found in the corpus. */
export function loadNameKnowledge(seenNames: Iterable<string> = []): NameKnowledge {
  const gazetteers = [
    readData("persons.json", S.PersonsFile),
    readData("countries.json", S.CountriesFile),
    readData("cities.json", S.CitiesFile),
    readData("places.json", S.PlacesFile),
    readData("organizations.json", S.OrganizationsFile),
    readData("org-heads.json", S.OrgHeadsFile),
    readData("names.json", S.NamesFile),
  ];
  const names = arabicStrings(gazetteers).map(identityKey);
  const given = readData("names.json", S.NamesFile).given.map((g) => identityKey(g.ar));
  const titles = readData("titles.json", S.TitlesFile);
  const functionWords = readData("function-words.json", S.FunctionWordsFile);
  const noise = readNameNoise();
  const knownNames = new Set([...names, ...[...seenNames].map(identityKey)]);
  return {
    knownWords: new Set(names.flatMap((n) => n.split(" "))),
    givenNames: new Set(given),
    knownNames,
    nameWords: new Set([...knownNames].flatMap((n) => n.split(" "))),
    titles: [
      ...titles.titles.flatMap((t) => [t.ar, ...t.variants]),
      ...noise.honorifics.map((h) => h.ar),
    ].map(identityKey),
    commonNouns: noise.commonNouns.map((n) => identityKey(n.ar)),
    // Not the as-written list: in identity form the preposition على is the name علي.
    functionWords: new Set(functionWords.words.map(identityKey)),
    formulae: noise.formulae.map((f) => identityKey(f.ar)),
  };
}

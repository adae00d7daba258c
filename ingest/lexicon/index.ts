/**
 * Loads the lexicon data files once, validates them and builds the lookup structures used by
 * recognition. All keys are matching-normalised token sequences (see ingest/text/normalize.ts).
 */
import type { EntityType } from "../model.js";
import { normalizeLight } from "../text/normalize.js";
import { buildGazetteer } from "./gazetteer.js";
import { addAll, addAllGlosses, phraseKeys, readData } from "./load.js";
import { loadPlaceGazetteer, type GeoPoint } from "./places.js";
import * as S from "./schema.js";
import { loadTranslit } from "./translit.js";
import { PhraseTrie } from "./trie.js";

export { phraseKeys };
export type { GeoPoint };

export type GazSource = "country" | "nisba" | "city" | "place" | "org" | "person" | "geo";

export interface GazEntry {
  id: string;
  type: EntityType;
  /** Canonical Arabic name and English label of the entity (for a nisba: its country). */
  ar: string;
  en: string;
  source: GazSource;
  /** ISO code of the country the entity belongs to (a city's, an agency's, a nisba's). */
  country?: string;
  capital?: boolean;
  orgKind?: string;
  /** Normalised words that, right after the name, show it is the ordinary word (القاعدة الجوية). */
  notBefore?: Set<string>;
  /** A place from the bulk gazetteer that readers know without a cue (capital, province). */
  prominent?: boolean;
  /**
   * A town whose one-word name is also an ordinary word (الخبر news, الحد limit; cities.json's
   * `common` مشهد scene): a place only in a place's context (مدينة X, a dateline, a list of
   * towns), never alone.
   */
  common?: boolean;
}

export interface TitleEntry {
  ar: string;
  en: string;
  relation: "LEADS" | "MEMBER_OF";
  complementRequired: boolean;
}

export interface CountryInfo {
  id: string;
  ar: string;
  en: string;
  demonym: string | null;
}

export interface Gloss {
  ar: string;
  en: string;
}

export interface OrgHead extends Gloss {
  strict: boolean;
  /** Any complement names the body (نادي X، مستشفى X): the head is never an ordinary noun phrase. */
  named?: boolean;
  /** Only ever followed by a proper name (نادي X): an unknown indefinite word after it is that name. */
  proper?: boolean;
  /** Names a body only before a place (تعليم جازان، صحة عسير): an ordinary noun otherwise. */
  ofPlace?: boolean;
  /** A place head whose complement, when already a region, is that region (منطقة عسير). */
  region?: boolean;
}

export interface Lexicon {
  gazetteer: PhraseTrie<GazEntry>;
  titles: PhraseTrie<TitleEntry>;
  modifiers: Map<string, { en: string; flag: string }>;
  orgHeads: Map<string, OrgHead>;
  /** Heads that name a body only before a place (تعليم جازان), kept out of orgHeads: elsewhere they are ordinary nouns. */
  placeBodyHeads: Map<string, OrgHead>;
  /** Definite nouns that name an institution before a nisba (الجيش الإسرائيلي). */
  nisbaHeads: PhraseTrie<Gloss>;
  complements: PhraseTrie<Gloss>;
  /** Normalised names of a national parliament (البرلمان، مجلس النواب، مجلس الشعب). */
  legislatures: Set<string>;
  adjectives: Map<string, Gloss>;
  /** Keyed by normalizeLight (على is not علي). */
  givenNames: Map<string, string>;
  particles: Map<string, string>;
  letters: Map<string, string>;
  functionWords: Set<string>;
  /** Function words as written (ى kept) whose matching form is also a name: على vs علي. */
  writtenFunctionWords: Set<string>;
  /** Times of day (صباح، مساء) that are no name before a time anchor (أمس، اليوم، الجمعة). */
  timesOfDay: Set<string>;
  timeAnchors: Set<string>;
  countries: Map<string, CountryInfo>;
  /** Entries told apart from a homograph only by their marks (عمّان vs عُمان), keyed as written. */
  marked: Map<string, GazEntry>;
  /** Words after which a name is a place (مدينة، معبر، شمال). */
  placeNouns: Set<string>;
  /** Nouns that head a place's name (منطقة X → X Region, مطار X → X Airport). */
  placeHeads: Map<string, OrgHead>;
  /** Plural place heads (متنزهات) → the singular head each name of their list takes (متنزه). */
  placeHeadPlurals: Map<string, OrgHead>;
  /** Plural and dual region heads (مناطق، منطقتي) → the region head each place of their list takes. */
  regionLists: Map<string, OrgHead>;
  /** Towns a region is named after (places.json `seats`: الرياض، تبوك) → their region head (منطقة). */
  regionSeats: Map<string, OrgHead>;
  /** Words before a capital that make it the place, not its government (زار بكين، قصف كييف). */
  locativeCues: Set<string>;
  /**
   * Cities written like a country once marks are ignored (الجزائر، الكويت، تونس; عمان for
   * عمّان/عُمان), keyed by normalised phrase: the country reading wins unless context says city.
   */
  homographs: Map<string, GazEntry>;
  /** The capital of each country, by ISO code (العاصمة الجزائرية الجزائر). */
  capitals: Map<string, GazEntry>;
  /** Spelling variants of each gazetteer entity by id (أميركا/أمريكا), for search aliases. */
  variants: Map<string, string[]>;
  /** Provinces and towns from the bulk place gazetteer: recognised only in context (extract/places.ts). */
  places: PhraseTrie<GazEntry>;
  /** Bulk gazetteer towns named like an ordinary word (الخبر): only placeAt reads them, in context. */
  commonPlaces: PhraseTrie<GazEntry>;
  /** Wikidata id and coordinates of places and countries, by entity id. */
  geo: Map<string, GeoPoint>;
  /** Matching-normalised word → uses in Wikidata person names: a name word is a risky place. */
  nameWords: Map<string, number>;
}

/** Compound given names are matched written apart and joined (عبد العزيز، عبدالعزيز). */
function givenNameMap(given: Gloss[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const g of given) {
    const key = normalizeLight(g.ar);
    map.set(key, g.en);
    if (key.includes(" ")) map.set(key.replace(/ /g, ""), g.en);
  }
  return map;
}

function build(): Lexicon {
  const { gazetteer, variants, marked, commonCities, homographs, capitals, countries, placesFile } =
    buildGazetteer();

  const titleData = readData("titles.json", S.TitlesFile);
  const titles = new PhraseTrie<TitleEntry>();
  for (const t of titleData.titles) {
    const entry: TitleEntry = {
      ar: t.ar,
      en: t.en,
      relation: t.relation,
      complementRequired: t.complement === "required",
    };
    addAll(titles, "titles.json", [t.ar, ...t.variants], entry, (a, b) => a.en === b.en);
  }
  const modifiers = new Map(
    titleData.modifiers.map((m) => [phraseKeys(m.ar).join(" "), { en: m.en, flag: m.flag }]),
  );

  const heads = readData("org-heads.json", S.OrgHeadsFile);
  const complements = new PhraseTrie<Gloss>();
  addAllGlosses(complements, heads.complements);
  const nisbaHeads = new PhraseTrie<Gloss>();
  addAllGlosses(nisbaHeads, heads.nisbaHeads);
  const names = readData("names.json", S.NamesFile);
  const functionWordsFile = readData("function-words.json", S.FunctionWordsFile);
  const placeGaz = loadPlaceGazetteer();
  for (const [id, forms] of placeGaz.variants) if (!variants.has(id)) variants.set(id, forms);
  // Hand-written cities named by an ordinary word join the bulk table's context-only towns.
  for (const { keys, entry } of commonCities) placeGaz.common.add(keys, entry);
  const single = (list: Gloss[]): Map<string, Gloss> =>
    new Map(list.map((g) => [phraseKeys(g.ar).join(" "), g]));

  return {
    gazetteer,
    titles,
    modifiers,
    orgHeads: new Map(
      heads.heads
        .filter((h) => !h.ofPlace)
        .map((h) => [
          phraseKeys(h.ar).join(" "),
          {
            ar: h.ar,
            en: h.en,
            strict: h.strict ?? false,
            named: h.named ?? false,
            proper: h.proper ?? false,
          },
        ]),
    ),
    placeBodyHeads: new Map(
      heads.heads
        .filter((h) => h.ofPlace)
        .map((h) => [phraseKeys(h.ar).join(" "), { ar: h.ar, en: h.en, strict: true, ofPlace: true }]),
    ),
    complements,
    legislatures: new Set(heads.legislatures.map((g) => phraseKeys(g.ar).join(" "))),
    nisbaHeads,
    adjectives: single(heads.adjectives),
    givenNames: givenNameMap(names.given),
    particles: new Map([...single(names.particles)].map(([k, g]) => [k, g.en])),
    letters: new Map([...single(names.letters)].map(([k, g]) => [k, g.en])),
    functionWords: new Set(functionWordsFile.words.map((w) => phraseKeys(w).join(" "))),
    writtenFunctionWords: new Set(functionWordsFile.asWritten.words.map((w) => normalizeLight(w.ar))),
    timesOfDay: new Set(functionWordsFile.timesOfDay.words.map((w) => phraseKeys(w).join(" "))),
    timeAnchors: new Set(functionWordsFile.timesOfDay.anchors.map((w) => phraseKeys(w).join(" "))),
    countries,
    marked,
    placeNouns: new Set(placesFile.placeNouns.map((p) => phraseKeys(p.ar).join(" "))),
    placeHeads: new Map(
      placesFile.placeHeads.map((h) => [
        phraseKeys(h.ar).join(" "),
        { ar: h.ar, en: h.en, strict: h.strict ?? false, region: h.region ?? false, named: h.named ?? false },
      ]),
    ),
    placeHeadPlurals: new Map(
      placesFile.placeHeads.flatMap((h) =>
        h.plural
          ? [[phraseKeys(h.plural).join(" "), { ar: h.ar, en: h.en, strict: h.strict ?? false }] as const]
          : [],
      ),
    ),
    regionLists: new Map(
      placesFile.placeHeads.flatMap((h) =>
        (h.lists ?? []).map(
          (form) => [phraseKeys(form).join(" "), { ar: h.ar, en: h.en, strict: true, region: true }] as const,
        ),
      ),
    ),
    regionSeats: new Map(
      placesFile.placeHeads.flatMap((h) =>
        (h.seats ?? []).map(
          (seat) => [phraseKeys(seat).join(" "), { ar: h.ar, en: h.en, strict: true, region: true }] as const,
        ),
      ),
    ),
    locativeCues: new Set(placesFile.locativeCues.map((p) => phraseKeys(p.ar).join(" "))),
    homographs,
    capitals,
    variants,
    places: placeGaz.trie,
    commonPlaces: placeGaz.common,
    geo: placeGaz.geo,
    nameWords: loadTranslit().nameCount,
  };
}

let cached: Lexicon | null = null;

/** The lexicon, loaded and validated on first use. */
export function loadLexicon(): Lexicon {
  cached ??= build();
  return cached;
}

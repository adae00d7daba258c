/**
 * The gazetteer: persons, organisations, places, cities and countries (with generated nisba
 * adjectives) in one phrase trie, plus the city homographs of country names, the capital of
 * each country and every entity's spelling variants (search aliases).
 */
import { addAll, phraseKeys, readData } from "./load.js";
import type { CountryInfo, GazEntry } from "./index.js";
import * as S from "./schema.js";
import { PhraseTrie } from "./trie.js";

/** Arabic-speaking countries: their place names are Arabic words, spelt one way. */
export const ARAB_COUNTRIES: ReadonlySet<string> = new Set(
  `SA AE BH KW OM QA YE IQ SY JO LB PS EG SD LY TN DZ MA MR EH SO DJ KM`.split(" "),
);

// A foreign name spelt with ج for غ is shorter than this only by accident (غانا / جانا "came to us").
const MIN_G_VARIANT = 5;

/**
 * بنغلاديش / بنجلاديش، الكونغو / الكونجو، هامبورغ / هامبورج: Arabic writes the foreign g as غ
 * or as ج (Egyptian and much Gulf usage). The ج spelling of a place outside the Arabic-speaking
 * countries, as a trie key; null when the name has no غ or is too short to be unambiguous.
 */
export function foreignGVariant(keys: readonly string[], country: string | undefined): string[] | null {
  if (!country || ARAB_COUNTRIES.has(country) || !keys.some((k) => k.includes("غ"))) return null;
  if (keys.join("").length < MIN_G_VARIANT) return null;
  return keys.map((k) => k.replaceAll("غ", "ج"));
}

export interface Gazetteer {
  gazetteer: PhraseTrie<GazEntry>;
  variants: Map<string, string[]>;
  marked: Map<string, GazEntry>;
  /**
   * Cities whose one-word name is an ordinary word (مشهد a scene, حماة protectors, تدمر destroys),
   * flagged `common`: kept out of the gazetteer, read only in a town's context (extract/places.ts).
   */
  commonCities: { keys: string[]; entry: GazEntry }[];
  homographs: Map<string, GazEntry>;
  capitals: Map<string, GazEntry>;
  countries: Map<string, CountryInfo>;
  placesFile: ReturnType<typeof S.PlacesFile.parse>;
}

export function buildGazetteer(): Gazetteer {
  const gazetteer = new PhraseTrie<GazEntry>();
  const variants = new Map<string, string[]>();
  const note = (id: string, ar: string, more: string[]): void => {
    const list = variants.get(id) ?? [];
    for (const v of [ar, ...more]) if (!list.includes(v)) list.push(v);
    variants.set(id, list);
  };
  const same = (a: GazEntry, b: GazEntry): boolean => a.id === b.id;
  const gVariants: { keys: string[]; entry: GazEntry }[] = [];
  for (const p of readData("persons.json", S.PersonsFile).persons) {
    note(p.id, p.ar, p.variants);
    addAll(
      gazetteer,
      "persons.json",
      [p.ar, ...p.variants],
      { id: p.id, type: "Person", ar: p.ar, en: p.en, source: "person" },
      same,
    );
  }
  for (const o of readData("organizations.json", S.OrganizationsFile).organizations) {
    note(o.id, o.ar, o.variants);
    const e: GazEntry = {
      id: o.id,
      type: "Organization",
      ar: o.ar,
      en: o.en,
      source: "org",
      orgKind: o.kind,
    };
    if (o.country) e.country = o.country;
    if (o.notBefore) e.notBefore = new Set(o.notBefore.map((w) => phraseKeys(w).join(" ")));
    addAll(gazetteer, "organizations.json", [o.ar, ...o.variants], e, same);
  }
  const placesFile = readData("places.json", S.PlacesFile);
  for (const p of placesFile.places) {
    note(p.id, p.ar, p.variants);
    const e: GazEntry = { id: p.id, type: "Location", ar: p.ar, en: p.en, source: "place" };
    if (p.country) e.country = p.country;
    addAll(gazetteer, "places.json", [p.ar, ...p.variants], e, same);
  }
  const marked = new Map<string, GazEntry>();
  const commonCities: { keys: string[]; entry: GazEntry }[] = [];
  const homographs = new Map<string, GazEntry>();
  const capitals = new Map<string, GazEntry>();
  const countryData = readData("countries.json", S.CountriesFile).countries;
  const countryKeys = new Set(
    countryData.flatMap((c) => [c.ar, ...c.variants].map((p) => phraseKeys(p).join(" "))),
  );
  for (const c of readData("cities.json", S.CitiesFile).cities) {
    note(c.id, c.ar, [...c.variants, ...(c.commonVariants ?? [])]);
    const e: GazEntry = {
      id: c.id,
      type: "City",
      ar: c.ar,
      en: c.en,
      source: "city",
      capital: c.capital ?? false,
    };
    if (c.country) e.country = c.country;
    if (c.notBefore) e.notBefore = new Set(c.notBefore.map((w) => phraseKeys(w).join(" ")));
    if (c.capital && c.country) capitals.set(c.country, e);
    const forms = [c.ar, ...c.variants];
    if (c.marked) for (const form of forms) marked.set(form, e);
    // سيول (torrents; Seoul): a spelling that is an ordinary word is read only in a town's context.
    for (const f of c.commonVariants ?? []) commonCities.push({ keys: phraseKeys(f), entry: e });
    if (c.common) {
      e.common = true;
      for (const f of forms) commonCities.push({ keys: phraseKeys(f), entry: e });
      continue;
    }
    const plain = forms.filter((f) => !countryKeys.has(phraseKeys(f).join(" ")));
    for (const f of forms) if (!plain.includes(f)) homographs.set(phraseKeys(f).join(" "), e);
    if (!c.marked) {
      addAll(gazetteer, "cities.json", plain, e, same);
      gVariants.push(...plain.map((f) => ({ keys: phraseKeys(f), entry: e })));
    }
  }
  const countries = new Map<string, CountryInfo>();
  for (const c of countryData) {
    const entry: GazEntry = {
      id: `country:${c.code}`,
      type: "Country",
      ar: c.ar,
      en: c.en,
      source: "country",
      country: c.code,
    };
    note(entry.id, c.ar, c.variants);
    countries.set(c.code, { id: entry.id, ar: c.ar, en: c.en, demonym: c.demonym ?? null });
    // Generated names may repeat a hand-written city or place (e.g. a city-state): the first wins.
    for (const phrase of [c.ar, ...c.variants]) {
      const keys = phraseKeys(phrase);
      gazetteer.add(keys, entry);
      gVariants.push({ keys, entry });
    }
  }
  for (const c of countryData) {
    const entry: GazEntry = {
      id: `country:${c.code}`,
      type: "Country",
      ar: c.ar,
      en: c.en,
      source: "nisba",
      country: c.code,
    };
    // Masculine singular, feminine, plural oblique and nominative: عراقي، عراقية، عراقيين، عراقيون.
    for (const stem of c.nisba)
      for (const form of [stem, stem + "ة", stem + "ين", stem + "ون"]) {
        const keys = phraseKeys(form);
        gazetteer.add(keys, entry);
        gVariants.push({ keys, entry });
      }
  }
  // Last, so that a spelling some entry already has keeps that entry (the trie's first wins).
  for (const { keys, entry } of gVariants) {
    const variant = foreignGVariant(keys, entry.country);
    if (variant) gazetteer.add(variant, entry);
  }
  return { gazetteer, variants, marked, commonCities, homographs, capitals, countries, placesFile };
}

/**
 * The place gazetteer built from countries-states-cities (places-gazetteer.tsv, ODbL — see
 * data/ATTRIBUTION.md): provinces and towns the hand-written files do not name, kept in their
 * own trie because a name from a bulk table needs context before it counts (extract/places.ts),
 * and coordinates with Wikidata ids for every place, hand-written or not.
 */
import type { EntityType } from "../model.js";
import type { GazEntry } from "./index.js";
import { badRow, eachTsvRow } from "./load.js";
import { PhraseTrie } from "./trie.js";

export interface GeoPoint {
  qid: string | null;
  lat: number;
  lon: number;
}

export interface PlaceGazetteer {
  trie: PhraseTrie<GazEntry>;
  /**
   * Towns whose one-word name is an ordinary word (الخبر، الحد), flagged `c`: kept apart so only
   * placeAt, which asks for a place's context, ever reads them.
   */
  common: PhraseTrie<GazEntry>;
  /** Coordinates by entity id (country:IQ, city:baghdad, loc:nineveh...). */
  geo: Map<string, GeoPoint>;
  variants: Map<string, string[]>;
  /**
   * Entity id by type and Arabic name (`City\tبغداد`), null when two places share both: how an
   * entity stored under an id the gazetteer no longer uses still finds its coordinates.
   */
  byName: Map<string, string | null>;
}

const FILE = "places-gazetteer.tsv";
// `keys` holds the matching keys of ar and its variants, computed by the build script: tokenising
// ten thousand names at every start would double the lexicon's load time.
const COLUMNS = [
  "id",
  "type",
  "ar",
  "en",
  "country",
  "qid",
  "lat",
  "lon",
  "flags",
  "variants",
  "keys",
] as const;
const TYPES = new Set<EntityType>(["Country", "City", "Location"]);

export function loadPlaceGazetteer(): PlaceGazetteer {
  const trie = new PhraseTrie<GazEntry>();
  const common = new PhraseTrie<GazEntry>();
  const geo = new Map<string, GeoPoint>();
  const variants = new Map<string, string[]>();
  const byName = new Map<string, string | null>();
  eachTsvRow(FILE, COLUMNS, (row, n) => {
    const [id, type, ar, en, country, qid, lat, lon, flags, more, keys] = row as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const point = { qid: qid || null, lat: Number(lat), lon: Number(lon) };
    const known = flags?.includes("k") ?? false;
    if (
      !/^(country|city|loc):[A-Za-z0-9-]+$/.test(id) ||
      !TYPES.has(type as EntityType) ||
      (!known && (!ar || !en || !/^[A-Z]{2}$/.test(country ?? ""))) ||
      !(Math.abs(point.lat) <= 90 && Math.abs(point.lon) <= 180)
    )
      throw badRow(
        FILE,
        n + 1,
        "needs an id, a type, Arabic and English names, a country code and coordinates",
      );
    geo.set(id, point);
    const named = `${type}\t${ar}`;
    byName.set(named, byName.has(named) ? null : id);
    // A hand-written entry ("k") is recognised by the main gazetteer; it only borrows coordinates.
    if (known) return;
    const entry: GazEntry = {
      id,
      type: type as EntityType,
      ar,
      en,
      source: "geo",
      country: country as string,
      prominent: flags?.includes("p") ?? false,
      ...(flags?.includes("c") ? { common: true } : {}),
    };
    const forms = [ar, ...(more ? more.split("|") : [])];
    const into = entry.common === true ? common : trie;
    for (const key of (keys as string).split("|")) into.add(key.split(" "), entry);
    if (forms.length > 1) variants.set(id, forms);
  });
  return { trie, common, geo, variants, byName };
}

/**
 * Derives the shipped place gazetteer and transliteration table from the shared data sets:
 *   ingest/lexicon/data/places-gazetteer.tsv  ← places/places.tsv (countries-states-cities, ODbL 1.0)
 *   ingest/lexicon/data/translit.tsv          ← translit/wikidata-names-cc0.tsv (CC0) and
 *                                               translit/google-ar2en-apache2.tsv (Apache-2.0)
 * What is kept and why is in ingest/lexicon/data/ATTRIBUTION.md; re-run after changing the
 * hand-written lexicon (its names win, and get coordinates from the table).
 *
 * Run: npx tsx scripts/build-lexicons.ts [--data ../shared/data]   (the output is committed)
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { ROOT_DIR } from "../ingest/config.js";
import { slug } from "../ingest/extract/label.js";
import { ARAB_COUNTRIES, buildGazetteer } from "../ingest/lexicon/gazetteer.js";
import { phraseKeys, readData } from "../ingest/lexicon/load.js";
import { FunctionWordsFile } from "../ingest/lexicon/schema.js";
import { stripMarks } from "../ingest/text/normalize.js";
import { transliterate } from "../ingest/text/romanize-rules.js";
import { selectPlaces, type KnownEntry, type SourcePlace } from "./lexicons/places.js";
import { buildTranslit } from "./lexicons/translit.js";

// The Arab League and its neighbours: news in Arabic names their towns, not only their capitals.
const REGION = new Set(
  `SA AE BH KW OM QA YE IQ SY JO LB PS IL EG SD SS LY TN DZ MA MR EH SO DJ KM TR IR AF PK CY ER ET TD`.split(
    " ",
  ),
);

const { values: args } = parseScriptArgs(
  "scripts/build-lexicons.ts",
  {
    data: { type: "string", default: path.join(ROOT_DIR, "..", "shared", "data") },
    // Only read, to tell ordinary words from names; nothing of it is written out.
    ner: { type: "string", default: path.join(ROOT_DIR, "..", "shared", "data", "anercorp", "train.conll") },
  },
  scriptUsage(import.meta.url),
);
const DATA = args.data as string;
const OUT = path.join(ROOT_DIR, "ingest", "lexicon", "data");

function tsv(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path.join(DATA, file), "utf8").split("\n");
  const cols = (head ?? "").split("\t");
  return lines
    .filter((l) => l.trim() !== "")
    .map((l) => Object.fromEntries(l.split("\t").map((v, i) => [cols[i] ?? `c${i}`, v])));
}

const num = z.coerce.number().finite();
const Place = z.object({
  // Some rows have no Wikidata item ("" or NULL): kept, without a qid.
  qid: z
    .string()
    .regex(/^(Q\d+|NULL|)$/)
    .transform((q) => (q === "NULL" ? "" : q)),
  name_en: z.string().min(1),
  name_ar: z.string(),
  kind: z.enum(["country", "state", "city"]),
  subtype: z.string(),
  country: z.string().regex(/^[A-Z]{2}$/),
  lat: num,
  lon: num,
});

// Marks, tatweel and direction marks are not part of a name.
const plainArabic = (ar: string): string =>
  stripMarks(ar.normalize("NFC")).replace(/\u0640|\u200e|\u200f/g, "");
const key = (ar: string): string => phraseKeys(ar).join(" ");
// News English writes Sao Paulo and Najran: accents and transcription marks go.
const LETTERS: Record<string, string> = {
  ı: "i",
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
  ß: "ss",
  æ: "ae",
  Ħ: "H",
  ħ: "h",
  ð: "d",
  þ: "th",
};
const plainEnglish = (en: string): string =>
  en
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ıłŁøØđĐßæĦħðþ]/g, (c) => LETTERS[c] ?? c)
    .replace(/[ʻʿʾ‘’]/g, "'")
    .normalize("NFC");
const functionWords = new Set(readData("function-words.json", FunctionWordsFile).words.map(key));

/** Words the NER corpus has as ordinary words at least twice and never inside a place name. */
function commonWords(file: string): Set<string> {
  const plain = new Map<string, number>();
  const place = new Set<string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [word, tag] = line.split(/\s+/);
    if (!word || !tag) continue;
    const k = key(word);
    if (tag.endsWith("LOC")) place.add(k);
    else if (tag === "O") plain.set(k, (plain.get(k) ?? 0) + 1);
  }
  return new Set([...plain].filter(([k, n]) => n >= 2 && !place.has(k)).map(([k]) => k));
}

function knownEntries(): KnownEntry[] {
  const { gazetteer, variants, commonCities } = buildGazetteer();
  // A city named by an ordinary word is in no trie the lookup below walks.
  const common = new Map(commonCities.map((c) => [c.entry.id, c.entry]));
  const out: KnownEntry[] = [];
  for (const [id, forms] of variants) {
    const keys = forms.map(key);
    const first = keys[0]?.split(" ") ?? [];
    const entry = common.get(id) ?? gazetteer.longest(first[0] ?? "", (o) => first[o])?.value;
    const type =
      entry?.type === "Country" || entry?.type === "City" || entry?.type === "Location"
        ? entry.type
        : "Other";
    out.push({ id, type, keys, country: entry?.country, en: entry?.en, capital: entry?.capital });
  }
  return out;
}

const source: SourcePlace[] = [];
let bad = 0;
for (const raw of tsv("places/places.tsv")) {
  const r = Place.safeParse(raw);
  if (!r.success) {
    bad++;
    continue;
  }
  const p = r.data;
  source.push({
    ...p,
    en: plainEnglish(p.name_en),
    ar: plainArabic(p.name_ar),
  });
}
const { rows, dropped } = selectPlaces(source, {
  key,
  functionWords,
  commonWords: commonWords(args.ner as string),
  known: knownEntries(),
  region: REGION,
  arab: ARAB_COUNTRIES,
  slug,
});
const placeLines = rows.map((r) =>
  [
    r.id,
    r.type,
    r.ar,
    r.en,
    r.country,
    r.qid,
    r.lat,
    r.lon,
    (r.known ? "k" : "") + (r.prominent ? "p" : "") + (r.common ? "c" : ""),
    r.variants.join("|"),
    [r.ar, ...r.variants].map(key).join("|"),
  ].join("\t"),
);
writeFileSync(
  path.join(OUT, "places-gazetteer.tsv"),
  ["id\ttype\tar\ten\tcountry\tqid\tlat\tlon\tflags\tvariants\tkeys", ...placeLines, ""].join("\n"),
);
console.log(
  `places: ${rows.length} rows (${rows.filter((r) => r.known).length} coordinates for known entries)`,
);
console.log(`  skipped ${bad} malformed rows`);
for (const d of dropped.sort((a, b) => b.count - a.count)) console.log(`  dropped ${d.count}: ${d.reason}`);

const wikidata = tsv("translit/wikidata-names-cc0.tsv").map((r) => ({
  en: r.en ?? "",
  ar: plainArabic(r.ar ?? ""),
  count: Number(r.count) || 1,
}));
const google = tsv("translit/google-ar2en-apache2.tsv").map((r) => ({
  ar: plainArabic(r.ar ?? ""),
  en: r.en ?? "",
}));
const translit = buildTranslit(wikidata, google, { key, functionWords, houseStyle: transliterate });
writeFileSync(
  path.join(OUT, "translit.tsv"),
  ["ar\ten\tcount", ...translit.map((t) => `${t.ar}\t${t.en}\t${t.count}`), ""].join("\n"),
);
console.log(`translit: ${translit.length} words (from ${wikidata.length} + ${google.length} pairs)`);

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeSentence, staticFeatures } from "../../../ingest/ner/features.js";
import { LexiconIndex } from "../../../ingest/ner/lookup.js";
import {
  buildNameWords,
  buildPlaces,
  formatNameWords,
  formatPlaces,
  NAME_LISTS_BIN,
  nameWordFeatures,
  parseNameLists,
  readNameLists,
  serializeNameLists,
  viewNameLists,
} from "../../../ingest/ner/name-lists.js";

// Rows written for this test in the layouts of /work/shared/data/translit and places.
const WIKIDATA = [
  "en\tar\tcount",
  "spicer\tسبايسر\t3",
  "sean\tشون\t30",
  "shawn\tشون\t4",
  "hassan\tحسن\t25",
  "hasan\tحسن\t1",
].join("\n");
const GOOGLE = ["ar\ten", "حسن\thassan", "الواحة\twaha"].join("\n");
const PLACES = [
  "qid\tname_en\tname_ar\tkind\tsubtype\tcountry\tlat\tlon",
  "Q1\tJordan\tالأردن\tcountry\t\tJO\t0\t0",
  "Q2\tAmman\tعمّان\tcity\tcapital\tJO\t0\t0",
  "Q3\tJordan town\tالأردن\tcity\t\tUS\t0\t0",
  "Q4\tNew Cairo\tالقاهرة الجديدة\tcity\t\tEG\t0\t0",
  "Q5\tLatin only\tLatin\tcity\t\tXX\t0\t0",
  "Q6\tRegion\tمنطقة\tregion\t\tXX\t0\t0",
].join("\n");

describe("buildNameWords", () => {
  const words = buildNameWords(WIKIDATA, GOOGLE);
  it.each([
    ["سبايسر", "wf2"], // 3 uses, spelt "spicer" (c not in ch): foreign
    ["شون", "w4"], // 34 uses over two spellings, neither foreign
    ["حسن", "wg4"], // in both tables
    ["واحه", "g"], // Google only; the article is stripped from the key
  ])("%s → %s", (key, flags) => {
    expect(words.get(key)).toBe(flags);
  });

  it("round-trips through the shipped file format", () => {
    const lists = parseNameLists(formatNameWords(words), formatPlaces(buildPlaces(PLACES)));
    expect(new Map(lists.words)).toEqual(words);
    expect(lists.hash).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("buildPlaces", () => {
  it("keeps Arabic names by kind, a name under its largest kind only", () => {
    expect(buildPlaces(PLACES)).toEqual({
      country: ["اردن"],
      state: [],
      city: ["عمان", "قاهره جديده"],
    });
  });
});

describe("parseNameLists", () => {
  it.each([
    ["key\tflags\nحسن\tzz\n", "kind\tkey\n", /bad flags/],
    ["key\tflags\n", "kind\tkey\nplanet\tمريخ\n", /unknown kind/],
    ["key\tflags\nحسن\n", "kind\tkey\n", /columns/],
    ["key\tflags\n\nحسن\tw1\nشون\n", "kind\tkey\n", /line 3 has 1 columns/],
  ])("rejects a damaged file", (words, places, error) => {
    expect(() => parseNameLists(words, places)).toThrow(error);
  });

  it.each([
    ["CRLF line ends", "key\tflags\r\nحسن\tw1\r\n", "kind\tkey\r\ncity\tعمان\r\n"],
    ["blank lines, no final newline", "key\tflags\n\nحسن\tw1", "kind\tkey\n\ncity\tعمان"],
    ["extra columns", "key\tflags\tnote\nحسن\tw1\tx\n", "kind\tkey\tnote\ncity\tعمان\tx\n"],
  ])("reads the first two cells of each row (%s)", (_case, words, places) => {
    const lists = parseNameLists(words, places);
    expect([...lists.words]).toEqual([["حسن", "w1"]]);
    expect(lists.places.byKind()).toEqual({ city: ["عمان"] });
  });
});

describe("name-list features", () => {
  const lists = parseNameLists(
    formatNameWords(buildNameWords(WIKIDATA, GOOGLE)),
    formatPlaces(buildPlaces(PLACES)),
  );
  const lexicon = new LexiconIndex(
    { triggers: {}, gazetteers: {}, triggersHash: "", gazetteerHash: "" },
    lists,
  );
  const featuresAt = (sentence: string, i: number) =>
    staticFeatures(analyzeSentence(sentence.split(" "), lexicon), i);

  it("gives each flag of a listed word, also behind a clitic, and its neighbours", () => {
    expect(nameWordFeatures("wf2")).toEqual(["nw", "nw=w", "nw=f", "nw=2"]);
    expect(nameWordFeatures(undefined)).toEqual([]);
    expect(featuresAt("وقال شون سبايسر", 1)).toEqual(
      expect.arrayContaining(["nw", "nw=4", "nw|dnone", "nw+1|nw"]),
    );
    expect(featuresAt("ولسبايسر", 0)).toEqual(expect.arrayContaining(["nw=f"]));
    expect(featuresAt("وقال شون سبايسر", 0)).toEqual(expect.arrayContaining(["nw+1|-"]));
  });

  it("gives each word its place in a run of listed name words, with the run's length", () => {
    const sp = (sentence: string, i: number) => featuresAt(sentence, i).filter((f) => f.startsWith("sp="));
    expect(sp("وقال شون سبايسر اليوم", 1)).toEqual(["sp=B2", "sp=B|u", "sp=E2+1", "sp=E|u+1"]);
    expect(sp("وقال شون سبايسر اليوم", 2)).toEqual(["sp=E2", "sp=E|u", "sp=B2-1", "sp=B|u-1"]);
    expect(sp("وقال حسن اليوم", 1)).toEqual(["sp=S1", "sp=S|u"]);
    expect(sp("وقال حسن اليوم", 0)).toEqual(["sp=S1+1", "sp=S|u+1"]);
  });

  it("marks place-name matches over several words", () => {
    expect(featuresAt("في القاهرة الجديدة اليوم", 1)).toContain("pl0=city:B");
    expect(featuresAt("في القاهرة الجديدة اليوم", 2)).toEqual(
      expect.arrayContaining(["pl0=city:I", "pl-1=city:B"]),
    );
    expect(featuresAt("زار الأردن", 0)).toContain("pl+1=country:B");
  });

  it("has none of them without lists", () => {
    const bare = new LexiconIndex({ triggers: {}, gazetteers: {}, triggersHash: "", gazetteerHash: "" });
    const f = staticFeatures(analyzeSentence(["شون", "الأردن"], bare), 0);
    expect(f.filter((x) => x.startsWith("nw") || x.startsWith("pl"))).toEqual([]);
  });
});

describe("name-lists.bin", () => {
  const wordsText = formatNameWords(buildNameWords(WIKIDATA, GOOGLE));
  const placesText = formatPlaces(buildPlaces(PLACES));
  const parsed = parseNameLists(wordsText, placesText);
  const probes = ["حسن", "شون", "سبايسر", "الواحه", "عمان", "اردن", "قاهره", "قاهره جديده", "جديده", "مريخ"];
  const lookups = (lists: ReturnType<typeof parseNameLists>) =>
    probes.map((k) => [lists.words.get(k), lists.places.phrases.get(k), lists.places.later.get(k)]);

  it("views the same lists it was written from, only for the same files", () => {
    const bytes = serializeNameLists(parsed);
    const viewed = viewNameLists(bytes, parsed.hash, wordsText, placesText);
    expect(viewed && lookups(viewed)).toEqual(lookups(parsed));
    expect(viewed?.places.kinds).toEqual(parsed.places.kinds);
    expect(viewed?.places.byKind()).toEqual(parsed.places.byKind());
    expect(viewNameLists(bytes, "0123456789abcdef", wordsText, placesText)).toBeNull();
    expect(viewNameLists(bytes.subarray(0, 40), parsed.hash, wordsText, placesText)).toBeNull();
  });

  it("is written beside the lists on first read and used after, and rewritten when they change", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "name-lists-"));
    try {
      writeFileSync(path.join(dir, "name-words.tsv"), wordsText);
      writeFileSync(path.join(dir, "places.tsv"), placesText);
      const first = readNameLists(dir);
      const bin = path.join(dir, NAME_LISTS_BIN);
      expect(existsSync(bin)).toBe(true);
      const second = readNameLists(dir);
      expect(second && lookups(second)).toEqual(lookups(parsed));
      expect(second?.hash).toBe(first?.hash);
      writeFileSync(path.join(dir, "name-words.tsv"), "key\tflags\nمريخ\tg\n");
      const changed = readNameLists(dir);
      expect(changed?.words.get("مريخ")).toBe("g");
      expect(changed?.words.get("حسن")).toBeUndefined();
      expect(
        viewNameLists(readFileSync(bin), changed?.hash ?? "", "key\tflags\nمريخ\tg\n", placesText),
      ).not.toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

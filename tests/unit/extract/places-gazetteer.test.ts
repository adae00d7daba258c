// Sentences written for these tests; the places are from the bundled place gazetteer.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { loadLexicon } from "../../../ingest/lexicon/index.js";
import { phraseKeys } from "../../../ingest/lexicon/load.js";
import { readTsv } from "../../../ingest/lexicon/load.js";

// The lexicon and the tagger load once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد"), 60_000);

const places = (text: string, tagger: boolean) =>
  extract(text, { tagger })
    .entities.filter((e) => e.type !== "Person" && e.type !== "Organization")
    .map((e) => ({
      id: e.id,
      type: e.type,
      nameEn: e.nameEn,
      qid: e.properties.qid,
      hasLat: typeof e.properties.lat === "number",
    }));

describe.each([true, false])("bulk place gazetteer (tagger %s)", (tagger) => {
  it.each([
    ["افتتح المعرض في المنطقة الشرقية بحضور المسؤولين", "loc:eastern-province", "Location"],
    ["وصل الوفد أمس إلى مدينة الجبيل", "city:al-jubayl", "City"],
    ["هطلت أمطار غزيرة على منطقة عسير", "loc:asir", "Location"],
    // A foreign town the gazetteer has only as its province: after مدينة it is the town.
    ["أقام المنتخب معسكره في مدينة سامارا الروسية", "city:samara", "City"],
    ["وسقطت قذيفة على مدينة كيليس التركية", "city:kilis", "City"],
    ["وزار الوفد ولاية تينيسي الأمريكية", "loc:tennessee", "Location"],
  ])("%s → %s", (text, id, type) => {
    expect(places(text, tagger)).toContainEqual(expect.objectContaining({ id, type, hasLat: true }));
  });

  it.each([
    "ارتفعت الأسعار في السنة الماضية بنسبة كبيرة", // السنة: a town's name, and "the year"
    "وقف الجنود على الجهة الشرقية من السور", // الشرقية after a definite noun is an adjective
  ])("no place in: %s", (text) => {
    expect(places(text, tagger)).toEqual([]);
  });
});

// Regions and cities of Saudi Arabia every reader of its papers knows: hand-written (cities.json,
// places.json), so they need no place noun or tagger before them.
describe.each([true, false])("Saudi regions and cities (tagger %s)", (tagger) => {
  it.each([
    ["تمتد السحب الرعدية على مرتفعات عسير", "loc:asir", "Location"],
    ["وصلت القافلة إلى القصيم صباح اليوم", "loc:al-qassim", "Location"],
    ["ضبطت الجهات المختصة المخالفين في حائل", "city:hail", "City"],
    ["افتتح المحافظ المهرجان في الأحساء", "city:al-ahsa", "City"],
  ])("%s → %s", (text, id, type) => {
    expect(places(text, tagger)).toContainEqual(expect.objectContaining({ id, type }));
  });
});

describe("coordinates of known places", () => {
  it("countries and hand-written cities carry a Wikidata id and coordinates", () => {
    const found = places("التقى وزير خارجية العراق بنظيره في بغداد", false);
    expect(found).toContainEqual(expect.objectContaining({ id: "country:IQ", qid: "Q796", hasLat: true }));
    expect(found).toContainEqual(expect.objectContaining({ id: "city:baghdad", hasLat: true }));
  });
});

describe("places-gazetteer.tsv", () => {
  it("its keys column matches the current normalisation (else re-run scripts/build-lexicons.ts)", () => {
    const cols = ["id", "type", "ar", "en", "country", "qid", "lat", "lon", "flags", "variants", "keys"];
    const stale = readTsv("places-gazetteer.tsv", cols).filter((r) => {
      const forms = [r[2] as string, ...(r[9] ? (r[9] as string).split("|") : [])];
      return !r[8]?.includes("k") && forms.map((f) => phraseKeys(f).join(" ")).join("|") !== r[10];
    });
    expect(stale).toEqual([]);
    expect(loadLexicon().places.size).toBeGreaterThan(5000);
  });
});

// Word pairs written for these tests, in the shape of the Wikidata and Google tables.
import { describe, expect, it } from "vitest";
import { phraseKeys } from "../../../ingest/lexicon/load.js";
import { transliterate } from "../../../ingest/text/romanize-rules.js";
import { buildTranslit } from "../../../scripts/lexicons/translit.js";

const key = (ar: string): string => phraseKeys(ar).join(" ");
const opts = { key, functionWords: new Set([key("من")]) };

describe("buildTranslit", () => {
  it("chooses the most frequent English form and drops misaligned pairs", () => {
    const rows = buildTranslit(
      [
        { en: "stephen", ar: "ستيفن", count: 30 },
        { en: "steven", ar: "ستيفن", count: 12 },
        { en: "jr.", ar: "جون", count: 9 }, // not a name word
        { en: "6th", ar: "جون", count: 2 },
        { en: "john", ar: "جون", count: 50 },
        { en: "monday", ar: "الاثنين", count: 3 }, // article words are left to the romaniser
        { en: "min", ar: "من", count: 3 }, // function word
      ],
      [
        { ar: "هارفارد", en: "harvard" },
        { ar: "ستيفن", en: "stefan" }, // Wikidata has a form seen twice: it wins
        { ar: "قضاعي", en: "abbar" }, // misaligned
      ],
      opts,
    );
    expect(rows.map((r) => [r.ar, r.en])).toEqual([
      ["جون", "John"],
      ["ستيفن", "Stephen"],
      ["هارفارد", "Harvard"],
    ]);
  });
});

describe("buildTranslit house style", () => {
  it("keeps the romaniser's spelling when the table attests it", () => {
    const rows = buildTranslit(
      [
        { en: "mokhtar", ar: "مختار", count: 9 },
        { en: "mukhtar", ar: "مختار", count: 4 },
      ],
      [],
      { ...opts, houseStyle: () => "Mukhtar" },
    );
    expect(rows.map((r) => r.en)).toEqual(["Mukhtar"]);
  });
});

describe("buildTranslit rare forms", () => {
  it("drops the romaniser's spelling when the table attests it only rarely", () => {
    const rows = buildTranslit(
      [
        { en: "matthias", ar: "ماتياس", count: 40 },
        { en: "matyas", ar: "ماتياس", count: 1 },
      ],
      [],
      { ...opts, houseStyle: () => "Matyas" },
    );
    expect(rows.map((r) => r.en)).toEqual(["Matthias"]);
  });

  it("prefers the Wikipedia pair over a Wikidata form seen only twice", () => {
    const rows = buildTranslit(
      [{ en: "klaudia", ar: "كلاوديا", count: 2 }],
      [{ ar: "كلاوديا", en: "claudia" }],
      opts,
    );
    expect(rows.map((r) => r.en)).toEqual(["Claudia"]);
  });
});

describe("buildTranslit accents", () => {
  it("keeps a European name's accents and leaves out a scholarly transliteration's marks", () => {
    const rows = buildTranslit(
      [
        { en: "gérard", ar: "جيرار", count: 20 },
        { en: "gerard", ar: "جيرار", count: 3 },
        { en: "bölöni", ar: "بولوني", count: 2 },
        { en: "ḥamdān", ar: "حمدان", count: 5 }, // dots below: not a news spelling
        { en: "hamdan", ar: "حمدان", count: 2 },
      ],
      [],
      opts,
    );
    expect(rows.map((r) => [r.ar, r.en])).toEqual([
      ["بولوني", "Bölöni"],
      ["جيرار", "Gérard"],
      ["حمدان", "Hamdan"],
    ]);
  });
});

describe("buildTranslit silent final d", () => {
  it("reads a rare French spelling without د as the frequent name with it", () => {
    const rows = buildTranslit(
      [
        { en: "bernard", ar: "برنارد", count: 40 },
        { en: "bernhardt", ar: "برنار", count: 1 },
        { en: "ahmad", ar: "احمد", count: 40 },
        { en: "ahma", ar: "احم", count: 1 }, // not a silent d: no -rd
      ],
      [],
      opts,
    );
    expect(rows.map((r) => [r.ar, r.en])).toEqual([
      ["احم", "Ahma"],
      ["احمد", "Ahmad"],
      ["برنار", "Bernard"],
      ["برنارد", "Bernard"],
    ]);
  });
});

describe("buildTranslit English spelling of ش", () => {
  it("breaks a near tie against the French ch (Shoukry, not Chokri), but not against sch", () => {
    const rows = buildTranslit(
      [
        { en: "chokri", ar: "شكري", count: 4 },
        { en: "shoukry", ar: "شكري", count: 3 },
        { en: "schauer", ar: "شاور", count: 3 },
        { en: "shower", ar: "شاور", count: 2 },
      ],
      [],
      opts,
    );
    expect(rows.map((r) => [r.ar, r.en])).toEqual([
      ["شاور", "Schauer"],
      ["شكري", "Shoukry"],
    ]);
  });
});

describe("buildTranslit family names with the article", () => {
  it("takes a form that doubles a consonant of the romaniser's reading, and nothing else", () => {
    const rows = buildTranslit(
      [
        { en: "alqassab", ar: "القصاب", count: 2 }, // the shadda the rules cannot see
        { en: "elnagar", ar: "النجار", count: 3 }, // a regional spelling: other consonants
        { en: "alessandro", ar: "اليساندرو", count: 5 }, // a foreign name in Al-
        { en: "zahrani", ar: "الزهراني", count: 4 }, // no article written, nothing doubled
      ],
      [{ ar: "القطان", en: "alqattan" }],
      { ...opts, houseStyle: transliterate },
    );
    expect(rows.map((r) => [r.ar, r.en])).toEqual([
      ["القصاب", "al-Qassab"],
      ["القطان", "al-Qattan"],
    ]);
  });
});

// Rows written for these tests (made-up coordinates and ids), in the shape of places.tsv.
import { describe, expect, it } from "vitest";
import { slug } from "../../../ingest/extract/label.js";
import { phraseKeys } from "../../../ingest/lexicon/load.js";
import { rejectReason, selectPlaces, type SourcePlace } from "../../../scripts/lexicons/places.js";
import { soundsAlike } from "../../../scripts/lexicons/skeleton.js";

const key = (ar: string): string => phraseKeys(ar).join(" ");
const place = (over: Partial<SourcePlace>): SourcePlace => ({
  qid: "Q100",
  en: "Zarqa",
  ar: "الزرقاء",
  kind: "city",
  subtype: "city",
  country: "JO",
  lat: 32,
  lon: 36,
  ...over,
});
const opts = {
  key,
  functionWords: new Set([key("في")]),
  commonWords: new Set([key("مركز")]),
  region: new Set(["JO", "SA", "TR"]),
  arab: new Set(["JO", "SA"]),
  slug,
  known: [],
};

describe("soundsAlike", () => {
  it.each([
    ["حلب", "Aleppo", true],
    ["دمشق", "Damascus", true],
    ["الرياض", "Riyadh", true],
    ["ستيفن", "Steven", true],
    ["دفن", "Bury", false], // a translation of the English word, not the town's name
    ["مباشرة", "Directly", false],
    ["جون", "6th", false],
  ])("%s / %s → %s", (ar, en, alike) => {
    expect(soundsAlike(ar, en) >= 0.5).toBe(alike);
  });
});

describe("rejectReason", () => {
  it.each([
    [place({}), null],
    [place({ ar: "Zarqa الزرقاء" }), "Latin letters or digits in the Arabic name"],
    [place({ ar: "مدينة الزرقاء الجديدة الكبرى الشمالية" }), "implausibly long Arabic name"],
    [place({ ar: "في", en: "Fi" }), "function word"],
    [
      place({ ar: "دفن", en: "Bury", country: "JO" }),
      "Arabic name does not sound like the English (machine translation)",
    ],
    [
      place({ ar: "الإقليم الشمالي", en: "Northern Territory", country: "TR" }),
      "translated name outside the Arabic-speaking countries",
    ],
    [place({ ar: "الحدود الشمالية", en: "Northern Borders", country: "SA", kind: "state" }), null],
  ])("%o → %s", (p, reason) => {
    expect(rejectReason(p, opts)).toBe(reason);
  });
});

describe("selectPlaces", () => {
  it("keeps an Arab town named like an ordinary word as a context-only row, drops a foreign one", () => {
    const { rows, dropped } = selectPlaces(
      [
        place({ qid: "Q3", ar: "مركز", en: "Markaz", country: "JO" }),
        place({ qid: "Q4", ar: "مركز", en: "Merkez", country: "TR", kind: "state", subtype: "province" }),
        place({ qid: "Q5", en: "Zarqa" }),
      ],
      opts,
    );
    expect(rows.map((r) => [r.qid, r.common])).toEqual([
      ["Q3", true],
      ["Q5", false],
    ]);
    expect(dropped.map((d) => d.reason)).toContain(
      "one-word name that is an ordinary word, outside the Arabic-speaking countries",
    );
  });

  it("keeps one row per name: the most prominent place, with its coordinates", () => {
    const { rows } = selectPlaces(
      [
        place({
          qid: "Q1",
          en: "Karak",
          ar: "الكرك",
          kind: "state",
          subtype: "governorate",
          lat: 31.1,
          lon: 35.7,
        }),
        place({ qid: "Q2", en: "Karak", ar: "الكرك", subtype: "adm1", lat: 31.18, lon: 35.7 }),
      ],
      opts,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        id: "city:karak",
        type: "City",
        qid: "Q2",
        lat: 31.18,
        prominent: true,
        known: false,
      }),
    ]);
  });

  it("drops a name two countries give to places of the same rank", () => {
    const { rows, dropped } = selectPlaces(
      [place({ qid: "Q3", country: "JO" }), place({ qid: "Q4", country: "SA" })],
      opts,
    );
    expect(rows).toEqual([]);
    expect(dropped).toContainEqual({ reason: "name shared by places in two countries", count: 1 });
  });

  it("drops small towns outside the region, keeps its provinces", () => {
    const { rows } = selectPlaces(
      [
        place({ qid: "Q5", ar: "برادفورد", en: "Bradford", country: "GB" }),
        place({ qid: "Q6", ar: "كنت", en: "Kent", country: "GB", kind: "state", subtype: "county" }),
      ],
      opts,
    );
    expect(rows.map((r) => r.id)).toEqual(["loc:kent"]);
  });

  it("lends coordinates to a hand-written entry instead of adding a second entity", () => {
    const known = [{ id: "city:zarqa-jo", type: "City" as const, keys: [key("الزرقاء")], country: "JO" }];
    const { rows } = selectPlaces([place({ qid: "Q7" })], { ...opts, known });
    expect(rows).toEqual([expect.objectContaining({ id: "city:zarqa-jo", qid: "Q7", known: true })]);
  });

  it("lends a state row's coordinates to a constituent country of the lexicon (GB-ENG)", () => {
    const known = [
      { id: "country:GB-ENG", type: "Country" as const, keys: [key("إنجلترا")], country: "GB-ENG" },
    ];
    const england = place({
      qid: "Q21",
      ar: "إنجلترا",
      en: "England",
      kind: "state",
      subtype: "country",
      country: "GB",
    });
    const { rows } = selectPlaces([england], { ...opts, known });
    expect(rows).toEqual([expect.objectContaining({ id: "country:GB-ENG", qid: "Q21", known: true })]);
  });

  it("also keeps a province under its bare name (ولاية X → X)", () => {
    const { rows } = selectPlaces(
      [
        place({
          qid: "Q8",
          ar: "محافظة معان",
          en: "Ma'an Governorate",
          kind: "state",
          subtype: "governorate",
        }),
      ],
      opts,
    );
    expect(rows[0]?.variants).toEqual(["معان"]);
  });
});

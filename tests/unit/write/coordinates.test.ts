import { describe, expect, it } from "vitest";
import { loadPlaceGazetteer } from "../../../ingest/lexicon/places.js";
import { locate } from "../../../ingest/write/coordinates.js";

const places = loadPlaceGazetteer();

describe("place gazetteer coordinates", () => {
  it.each([
    // Countries carry the representative point of their own row in the places table.
    ["country:IQ", "Q796", 29, 34, 38, 49],
    ["country:SA", "Q851", 16, 32, 34, 56],
    ["city:baghdad", "Q1530", 33, 34, 44, 45],
  ])("%s has its Wikidata id and a point in its region", (id, qid, latMin, latMax, lonMin, lonMax) => {
    const p = places.geo.get(id);
    expect(p?.qid).toBe(qid);
    expect(p?.lat).toBeGreaterThan(latMin);
    expect(p?.lat).toBeLessThan(latMax);
    expect(p?.lon).toBeGreaterThan(lonMin);
    expect(p?.lon).toBeLessThan(lonMax);
  });

  it("gives every country of the gazetteer a point", () => {
    const countries = [...places.geo.keys()].filter((id) => id.startsWith("country:"));
    expect(countries.length).toBeGreaterThan(200);
  });
});

describe("locate (coordinates for entities written before them)", () => {
  it("finds entities by id, else by type and Arabic name, and leaves unknown places alone", () => {
    const rows = locate(
      [
        { id: "city:baghdad", type: "City", name: "بغداد" },
        { id: "city:old-baghdad-id", type: "City", name: "بغداد" },
        { id: "loc:nowhere", type: "Location", name: "مكان لا يعرفه أحد" },
        // The name of a city, but stored as a country: not the same place.
        { id: "country:xx", type: "Country", name: "بغداد" },
      ],
      places,
    );
    const baghdad = places.geo.get("city:baghdad");
    expect(rows).toEqual([
      { id: "city:baghdad", ...baghdad },
      { id: "city:old-baghdad-id", ...baghdad },
    ]);
  });

  it("does not guess when two places share a type and a name", () => {
    const geo = new Map([
      ["city:a", { qid: "Q1", lat: 1, lon: 1 }],
      ["city:b", { qid: "Q2", lat: 2, lon: 2 }],
    ]);
    const byName = new Map<string, string | null>([["City\tالمدينة", null]]);
    expect(locate([{ id: "city:c", type: "City", name: "المدينة" }], { geo, byName })).toEqual([]);
  });
});

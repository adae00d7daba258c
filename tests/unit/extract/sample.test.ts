// The founding sample article (samples/seed-article.txt): the acceptance list of issue 3.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT_DIR } from "../../../ingest/config.js";
import { extract } from "../../../ingest/extract/index.js";
import type { Entity, ExtractionResult } from "../../../ingest/model.js";

const input = readFileSync(path.join(ROOT_DIR, "samples/seed-article.txt"), "utf8");

const EXPECTED: [string, Entity["type"], string][] = [
  ["person:joe-biden", "Person", "Joe Biden"],
  ["", "Person", "Kadhimi"],
  ["", "Person", "Hassan"],
  ["person:george-w-bush", "Person", "George W. Bush"],
  ["country:US", "Country", "United States"],
  ["country:IQ", "Country", "Iraq"],
  ["country:CN", "Country", "China"],
  ["country:AF", "Country", "Afghanistan"],
  ["loc:white-house", "Location", "White House"],
  ["loc:oval-office", "Location", "Oval Office"],
  ["loc:middle-east", "Location", "Middle East"],
  ["org:iraqi-council-of-ministers", "Organization", "Iraqi Council of Ministers"],
  ["org:isis", "Organization", "ISIS"],
  ["org:associated-press", "Organization", "Associated Press"],
  ["org:iraqi-counter-terrorism-service", "Organization", "Counter-Terrorism Service"],
  ["org:international-coalition", "Organization", "International coalition"],
  ["org:joint-operations-command", "Organization", "Joint Operations Command"],
  ["org:twitter", "Organization", "Twitter"],
];

function find(r: ExtractionResult, id: string, en: string): Entity[] {
  return r.entities.filter((e) => (id ? e.id === id : e.nameEn.includes(en)));
}

const count = (r: ExtractionResult, id: string, text: string): number =>
  r.entities.find((e) => e.id === id)?.mentions.filter((m) => m.text === text).length ?? 0;

describe.each([
  ["rules only", false],
  ["with the tagger", true],
])("seed article, %s", (_label, tagger) => {
  const r = extract(input, { tagger, articleDate: "2021-07-26" });

  it.each(EXPECTED)("finds %s %s (%s) exactly once", (id, type, en) => {
    const found = find(r, id, en);
    expect(found).toHaveLength(1);
    expect(found[0]?.type).toBe(type);
  });

  it("finds nothing else", () => {
    expect(r.entities).toHaveLength(EXPECTED.length);
  });

  it("finds every mention of the main entities", () => {
    expect(count(r, "country:US", "واشنطن")).toBe(4);
    expect(count(r, "country:US", "الأميركي")).toBe(5);
    expect(count(r, "country:IQ", "بغداد")).toBe(2);
    expect(count(r, "person:joe-biden", "بايدن")).toBe(8);
    const kadhimi = find(r, "", "Kadhimi")[0];
    expect(kadhimi?.mentions.map((m) => m.text)).toEqual([
      "مصطفى الكاظمي",
      "الكاظمي",
      "مصطفى الكاظمي",
      "الكاظمي",
      "للكاظمي",
      "الكاظمي",
    ]);
    expect(r.entities.find((e) => e.id === "org:isis")?.mentions).toHaveLength(4);
  });

  it("gives persons their roles", () => {
    expect(r.entities.find((e) => e.id === "person:joe-biden")?.properties).toMatchObject({
      role: "President",
      roleOf: "country:US",
    });
    expect(find(r, "", "Kadhimi")[0]?.properties).toMatchObject({
      role: "Prime Minister",
      roleOf: "country:IQ",
    });
    expect(find(r, "", "Hassan")[0]?.properties).toMatchObject({
      role: "Spokesperson",
      roleOf: "org:iraqi-council-of-ministers",
    });
    expect(r.entities.find((e) => e.id === "person:george-w-bush")?.properties).toMatchObject({
      role: "President",
      former: true,
    });
  });

  it("links organisations to their country by nisba", () => {
    expect(r.entities.find((e) => e.id === "org:iraqi-counter-terrorism-service")?.properties.country).toBe(
      "country:IQ",
    );
  });

  it("keeps text === input.slice(start, end) for every mention and sentence", () => {
    for (const e of r.entities) for (const m of e.mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
    for (const s of r.sentences ?? []) expect(input.slice(s.start, s.end)).toBe(s.text);
    for (const v of r.values) expect(input.slice(v.start, v.end)).toBe(v.text);
  });

  it("finds the money value", () => {
    expect(r.values.find((v) => v.kind === "money")).toMatchObject({ value: 25_000_000, currency: "USD" });
  });
});

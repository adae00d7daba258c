import { describe, expect, it } from "vitest";
import { DICTIONARIES } from "../../../graph-ui/src/i18n/dict.js";
import { plural, propertyText } from "../../../graph-ui/src/i18n/index.js";
import {
  COMMUNITY_PALETTE,
  ENTITY_STYLES,
  OTHER_NODE_COLOR,
  SMALL_COMMUNITY_COLOR,
} from "../../../graph-ui/src/graph/styles.js";

describe("plural forms come from Intl.PluralRules", () => {
  // Arabic counted nouns (issue 15 saw "15 روابط" and "1 علاقات").
  it.each([
    ["ar", "edges", 1, "رابط واحد"],
    ["ar", "edges", 2, "رابطان"],
    ["ar", "edges", 3, "3 روابط"],
    ["ar", "edges", 10, "10 روابط"],
    ["ar", "edges", 15, "15 رابطًا"],
    ["ar", "edges", 100, "100 رابط"],
    ["ar", "relations", 1, "علاقة واحدة"],
    ["ar", "relations", 4, "4 علاقات"],
    ["ar", "nodes", 18, "18 عقدة"],
    ["en", "nodes", 1, "1 node"],
    ["en", "edges", 5000, "5,000 edges"],
  ] as const)("%s %s %i → %s", (lang, key, n, text) => {
    expect(plural(lang, key, n)).toBe(text);
  });
});

describe("relation properties in the interface language", () => {
  it.each([
    ["ar", "status", "reported", "بحسب ما أُفيد"],
    ["en", "status", "done", "done"],
    ["ar", "role", "President", "الرئيس"],
    ["ar", "date", "2021-07-26", "2021-07-26"],
  ] as const)("%s %s %s → %s", (lang, key, value, text) => {
    expect(propertyText(lang, key, value)).toBe(text);
  });

  it("the two dictionaries have the same keys", () => {
    expect(Object.keys(DICTIONARIES.ar).sort()).toEqual(Object.keys(DICTIONARIES.en).sort());
  });
});

describe("community colours cannot be mistaken for entity-type colours", () => {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const distance = (a: string, b: string) => {
    const [x, y] = [rgb(a), rgb(b)];
    return Math.hypot(...x.map((v, i) => v - (y[i] ?? 0)));
  };
  const typeColours = [...ENTITY_STYLES.map((s) => s.color), OTHER_NODE_COLOR];
  it.each([...COMMUNITY_PALETTE, SMALL_COMMUNITY_COLOR])("%s is far from every type colour", (c) => {
    for (const t of typeColours) expect(distance(c, t), `${c} vs ${t}`).toBeGreaterThan(70);
  });
});

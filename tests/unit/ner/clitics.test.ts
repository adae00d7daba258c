import { describe, expect, it } from "vitest";
import { analyzeClitics, listKey } from "../../../ingest/ner/clitics.js";

// Words as ANERcorp and news print them: clitics attached, hamza forms varying.
describe("analyzeClitics", () => {
  it.each([
    ["العراق", "العراق", "عراق", "ال"],
    ["والعراق", "العراق", "عراق", "و+ال"],
    ["بالولايات", "الولايات", "ولايات", "ب+ال"],
    ["للأمم", "الامم", "امم", "ل+ال"],
    ["وللأمم", "الامم", "امم", "و+ل+ال"],
    ["فالرئيس", "الرئيس", "رئيس", "ف+ال"],
    ["لبنان", "لبنان", "لبنان", ""],
    ["ماكرون", "ماكرون", "ماكرون", ""],
    ["الأميركية", "الاميركيه", "اميركيه", "ال"],
  ])("%s → stem %s, core %s, clitics %s", (word, stem, core, clitics) => {
    const a = analyzeClitics(word);
    expect(a).toMatchObject({ stem, core, clitics });
  });

  it.each([
    ["وزارة", "وزاره"],
    ["بغداد", "بغداد"],
    ["ببغداد", "بغداد"],
    ["وبغداد", "بغداد"],
    ["وكالة", "وكاله"],
  ])("keeps a reading of %s that is %s", (word, key) => {
    expect(analyzeClitics(word).keys).toContain(key);
  });

  it("never strips suffixes or leaves a stem under two letters", () => {
    expect(analyzeClitics("وال").core).toBe("وال");
    expect(analyzeClitics("بايدن").keys).toContain("بايدن");
  });

  it.each([
    ["الأمم", "امم"],
    ["وزارة", "وزاره"],
    ["فلسطين", "فلسطين"],
    ["إلهام", "الهام"],
    ["ألبرت", "البرت"],
    ["الإمارات", "امارات"],
  ])("listKey(%s) = %s (list words carry no clitics but the article)", (word, key) => {
    expect(listKey(word)).toBe(key);
  });
});

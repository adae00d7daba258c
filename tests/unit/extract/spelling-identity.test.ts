// A foreign name written with and without its vowel letters (ميشال / ميشيل) is one person across
// articles; Arabic names that differ by a letter stay apart. Sentences written for Rawabit; names
// invented.
import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { canonicalSpelling } from "../../../ingest/extract/spelling.js";
import { loadLexicon } from "../../../ingest/lexicon/index.js";
import { stub } from "./stub-tagger.js";

const personOf = (text: string): { id: string; name: string } | undefined =>
  extract(text, { tagger: stub({}) }).entities.find((e) => e.type === "Person");

describe("spelling variants of a foreign name: one id, the written name kept", () => {
  it("joins ميشال and ميشيل of the same surname", () => {
    const a = personOf("وقال وزير الخارجية الفرنسي ميشال دورفان إن بلاده تدعم الاتفاق.");
    const b = personOf("وقال وزير الخارجية الفرنسي ميشيل دورفان إن بلاده تدعم الاتفاق.");
    expect(a?.id).toMatch(/^person:/);
    expect(a?.id).toBe(b?.id);
    expect(a?.name).toBe("ميشال دورفان");
    expect(b?.name).toBe("ميشيل دورفان");
  });

  it("keeps apart two Arabic given names of one skeleton", () => {
    const a = personOf("وقال وزير الصحة حامد الزهراني إن المستشفى افتتح.");
    const b = personOf("وقال وزير الصحة حميد الزهراني إن المستشفى افتتح.");
    expect(a?.id).toMatch(/^person:/);
    expect(b?.id).toMatch(/^person:/);
    expect(a?.id).not.toBe(b?.id);
  });

  it("keeps apart two surnames of one spelling family but another name (سلمان، سليمان)", () => {
    const a = personOf("وقال وزير المالية خالد سلمان إن الميزانية أقرت.");
    const b = personOf("وقال وزير المالية خالد سليمان إن الميزانية أقرت.");
    expect(a?.id).not.toBe(b?.id);
  });

  it("maps a word to the commoner spelling only, and leaves a listed Arabic name alone", () => {
    const lex = loadLexicon();
    expect(canonicalSpelling(lex, "ميشال")).toBe("ميشيل");
    expect(canonicalSpelling(lex, "ميشيل")).toBe("ميشيل");
    expect(canonicalSpelling(lex, "حامد")).toBe("حامد");
    expect(canonicalSpelling(lex, "سلمان")).toBe("سلمان");
  });
});

// Identity normalisation of names, on spellings written for Rawabit.
import { describe, expect, it } from "vitest";
import { identityKey, identityParts, normalizeForMatch, stripMarks } from "../../../ingest/text/normalize.js";

describe("identityKey: one key for the spellings of one name", () => {
  it.each([
    ["عبد العزيز", "عبدالعزيز"],
    ["سالم بن عبد الرحمن", "سالم بن عبدالرحمن"],
    ["أحمد", "احمد"],
    ["إبراهيم", "ابراهيم"],
    ["مصطفى", "مصطفي"],
    ["أسامة", "اسامه"],
    ["محمّد", "محمد"],
    ["مُحَمَّد", "محمد"],
    ["عبـــدالله", "عبد الله"],
    ["نصر الله", "نصرالله"],
    ["نور الدين", "نورالدين"],
    ["آل  سعيد", "ال سعيد"],
  ])("%s = %s", (a, b) => {
    expect(identityKey(a)).toBe(identityKey(b));
  });

  it.each([
    ["سلمان", "سليمان"],
    ["عبد الله بن فهد", "عبد الله فهد"],
  ])("%s ≠ %s", (a, b) => {
    expect(identityKey(a)).not.toBe(identityKey(b));
  });

  it.each([
    [
      ["سالم", "بن", "عبد", "الرحمن"],
      ["سالم", "بن", "عبدالرحمن"],
    ],
    [
      ["حسن", "نصر", "الله"],
      ["حسن", "نصرالله"],
    ],
    [["عبد"], ["عبد"]],
  ])("identityParts(%j) → %j", (parts, want) => {
    expect(identityParts(parts)).toEqual(want);
  });

  it("keeps normalizeForMatch as it was (no joining)", () => {
    expect(normalizeForMatch("عبد العزيز")).toBe("عبد العزيز");
  });
});

describe("stripMarks: the display form of a name", () => {
  it.each([
    ["مُحَمَّدٌ", "محمد"],
    ["عبـــدالله", "عبدالله"],
    ["أحمد", "أحمد"],
    ["إبراهيمُ", "إبراهيم"],
  ])("%s → %s", (written, display) => {
    expect(stripMarks(written)).toBe(display);
  });
});

import { describe, expect, it } from "vitest";
import { paragraphs, readings, sentences, surfaceOffset, tokenize } from "../../../ingest/text/segment.js";
import { normalizeLight } from "../../../ingest/text/normalize.js";

const split = (text: string): string[] => sentences(text).map((r) => text.slice(r.start, r.end));

describe("sentences", () => {
  it.each([
    [
      "full stop and Arabic question mark",
      "وصل الوفد. هل ينجح الحوار؟ نعم!",
      ["وصل الوفد.", "هل ينجح الحوار؟", "نعم!"],
    ],
    [
      "not inside a decimal number",
      "بلغ النمو 7.32 في المئة. وتراجع التضخم.",
      ["بلغ النمو 7.32 في المئة.", "وتراجع التضخم."],
    ],
    [
      "not inside curly quotes",
      "قال: “سنأتي. ولن نتأخر”. ثم غادر.",
      ["قال: “سنأتي. ولن نتأخر”.", "ثم غادر."],
    ],
    ["not inside guillemets", "كتب «الخبر الأول. والثاني» أمس.", ["كتب «الخبر الأول. والثاني» أمس."]],
    ["at line breaks", "عنوان الخبر\nنص الخبر", ["عنوان الخبر", "نص الخبر"]],
    [
      "” used on both sides",
      "ووفقاً لـ”أسوشيتيد برس. ”، ترى الإدارة.",
      ["ووفقاً لـ”أسوشيتيد برس. ”، ترى الإدارة."],
    ],
  ])("split at %s", (_label, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("splits paragraphs at blank lines", () => {
    const text = "الأول\n\n  الثاني\nتابع\n \nالثالث";
    expect(paragraphs(text).map((r) => text.slice(r.start, r.end))).toEqual([
      "الأول",
      "الثاني\nتابع",
      "الثالث",
    ]);
  });
});

describe("tokenize", () => {
  it.each([
    ["punctuation glued to words", "قال بايدن،إنه", ["قال", "بايدن", "،", "إنه"]],
    ["numbers with separators", "بـ25 مليون و7.32 و١٬٥", ["بـ", "25", "مليون", "و", "7.32", "و", "١٬٥"]],
    ["quotes", "“ملتزمة”", ["“", "ملتزمة", "”"]],
    ["Latin words", "موقع Twitter", ["موقع", "Twitter"]],
  ])("%s", (_label, text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it("normalises for matching but keeps the surface", () => {
    const [t] = tokenize("أمريكا");
    expect(t).toMatchObject({ text: "أمريكا", norm: "امريكا", start: 0, end: 6, kind: "word" });
  });
});

describe("readings (proclitics for lookup only)", () => {
  it.each([
    ["وللعراق", ["وللعراق", "للعراق", "العراق", "لعراق"]],
    ["للبنان", ["للبنان", "البنان", "لبنان"]],
    ["بغداد", ["بغداد", "غداد"]],
    ["والكاظمي", ["والكاظمي", "الكاظمي"]],
    ["فبالعراق", ["فبالعراق", "بالعراق", "العراق"]],
    ["لواشنطن", ["لواشنطن", "واشنطن"]],
    ["ناظم", ["ناظم"]],
  ])("%s", (word, keys) => {
    expect(readings(word).map((r) => r.key)).toEqual(keys);
  });

  it("never strips suffixes", () => {
    for (const r of readings("الكاظمية")) expect(r.key.endsWith("ية")).toBe(true);
  });

  it("counts diacritics with their letter when mapping a stripped prefix to the surface", () => {
    expect(surfaceOffset("وَبغداد", 1)).toBe(2);
    expect(surfaceOffset("وبغداد", 1)).toBe(1);
  });

  it("keeps ى apart from ي in the light form (على is not علي)", () => {
    expect(normalizeLight("على")).not.toBe(normalizeLight("علي"));
    expect(normalizeLight("أحمد")).toBe("احمد");
  });
});

describe("dotted acronyms", () => {
  it("keeps سي.إن.إن one word, and أ.ف.ب letters and stops", () => {
    const words = (t: string): string[] => tokenize(t).map((k) => k.text);
    expect(words("قالت سي.إن.إن أمس")).toEqual(["قالت", "سي.إن.إن", "أمس"]);
    expect(words("(أ.ف.ب)")).toEqual(["(", "أ", ".", "ف", ".", "ب", ")"]);
    expect(words("انتهى.وقال")).toEqual(["انتهى", ".", "وقال"]);
  });
});

import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

// Sentences written for this test: a currency noun after an amount is money, never an entity.
describe("currency nouns are not entities", () => {
  it.each([
    "بلغت قيمة المشروع 500 مليون ريال وفق الوزارة.",
    "ودفع المواطن ثلاثة آلاف ريال رسوما للخدمة.",
    "ارتفع سعر الصرف إلى 3 دنانير مقابل الدولار.",
  ])("%s", (text) => {
    const names = extract(text).entities.map((e) => e.name);
    expect(names.filter((n) => /ريال|دينار|دنانير/.test(n))).toEqual([]);
  });
});

describe("relation triggers", () => {
  it("carry the gloss without the lexicon's worked example", () => {
    const r = extract("وصل الوفد إلى العاصمة الصينية بكين أمس.");
    const located = r.relations.filter((x) => x.type === "LOCATED_IN");
    expect(located.length).toBeGreaterThan(0);
    for (const rel of located) expect(String(rel.properties?.trigger ?? "")).not.toMatch(/[()→]/);
  });
});

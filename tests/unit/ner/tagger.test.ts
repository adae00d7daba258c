import { describe, expect, it } from "vitest";
import { spansOf } from "../../../ingest/ner/evaluate.js";
import { loadTagger } from "../../../ingest/ner/loader.js";
import { isAllowedAfter } from "../../../ingest/ner/tags.js";

// Sentences written for these tests in news style; the model never saw them.
const words = (s: string) => s.split(" ");
const spans = (sentence: string) => {
  const w = words(sentence);
  return spansOf(loadTagger().tag(w)).map((s) => `${s.kind}:${w.slice(s.start, s.end).join(" ")}`);
};

describe("the committed tagger", () => {
  it("loads with its training record", () => {
    const tagger = loadTagger();
    expect(tagger.training.corpus).toBe("train.conll");
    expect(tagger.training.tokens).toBeGreaterThan(100_000);
    expect(loadTagger()).toBe(tagger);
  });

  it("finds a person after a title and a place after في", () => {
    expect(spans("التقى الرئيس الفرنسي إيمانويل ماكرون في باريس")).toEqual(
      expect.arrayContaining(["PERS:إيمانويل ماكرون", "LOC:باريس"]),
    );
  });

  it.each([
    ["وقال وزير الخارجية الأميركي أنتوني بلينكن إن واشنطن تدعم الحوار", ["PERS:أنتوني بلينكن", "LOC:واشنطن"]],
    ["وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى بغداد مساء أمس", ["PERS:مصطفى الكاظمي", "LOC:بغداد"]],
    ["وأعلنت الأمم المتحدة أن المساعدات وصلت إلى سوريا", ["ORG:الأمم المتحدة", "LOC:سوريا"]],
  ])("%s", (sentence, expected) => {
    expect(spans(sentence)).toEqual(expect.arrayContaining(expected));
  });

  it("tags nothing in a sentence without names", () => {
    expect(spans("وقال إن الاجتماع سيعقد يوم الخميس المقبل لبحث الأوضاع")).toEqual([]);
  });

  it("always returns valid BIO, one tag per word, with margins", () => {
    const sentence = words("قال جورج بوش في واشنطن إن القوات الأميركية ستبقى في أفغانستان حتى نهاية العام");
    const scored = loadTagger().tagWithScores(sentence);
    expect(scored).toHaveLength(sentence.length);
    scored.forEach((s, i) => {
      expect(isAllowedAfter(scored[i - 1]?.tag ?? "O", s.tag)).toBe(true);
      expect(s.margin).toBeGreaterThanOrEqual(0);
    });
    expect(loadTagger().tag([])).toEqual([]);
  });

  it("carries a name tagged after its title to a later bare mention in the same document", () => {
    const doc = [words("انتقد الرئيس اللبناني اميل لحود امس الحكومة"), words("واضاف لحود ان الحوار مستمر")];
    const tags = loadTagger().tagDocument(doc);
    expect(tags[0]?.slice(3, 5)).toEqual(["B-PERS", "I-PERS"]);
    expect(tags[1]?.[1]).toBe("B-PERS");
  });

  it("gives extraction one tagging function per document, equal to tagDocument", () => {
    const doc = [words("انتقد الرئيس اللبناني اميل لحود امس الحكومة"), words("واضاف لحود ان الحوار مستمر")];
    const tag = loadTagger().document();
    expect(doc.map((w) => tag(w))).toEqual(loadTagger().tagDocument(doc));
  });
});

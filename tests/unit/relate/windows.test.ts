import { describe, expect, it } from "vitest";
import { relate } from "../../../ingest/relate/index.js";
import { windows } from "../../../ingest/relate/prepare.js";
import { article, CAST, splitSentences } from "./fixture.js";

// A news paragraph written for this test: a meeting, a reported statement with an elided speaker.
const sisi = { id: "sisi", type: "Person" as const, forms: ["عبد الفتاح السيسي"] };
const lavrov = { id: "lavrov", type: "Person" as const, forms: ["سيرغي لافروف"] };
const PARAGRAPH =
  "واستقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف في القاهرة، وقال إن بلاده حريصة على التعاون مع روسيا. " +
  "وأكد سيرغي لافروف أن موسكو تدعم الحوار.";
const CASTING = [CAST.eg!, CAST.ru!, sisi, lavrov];
const repeated = (n: number) => Array.from({ length: n }, () => PARAGRAPH).join("\n\n");

describe("relate: long inputs are read in windows of sentences", () => {
  it.each([
    ["an ordinary article", 3, 1_000_000, 1],
    ["a long input, small windows", 200, 2_000, 16],
  ])("%s: %i paragraphs, windows of %i characters → %i windows", (_what, n, limit, count) => {
    const text = repeated(n);
    const sentences = splitSentences(text);
    const got = windows(text, sentences, limit);
    expect(got).toHaveLength(count);
    expect(got.flat()).toEqual(sentences);
    const longest = Math.max(...sentences.map((s) => s.end - s.start));
    for (const w of got) {
      const size = w.reduce((k, s) => k + s.end - s.start, 0);
      expect(size).toBeLessThanOrEqual(2 * limit + longest);
      if (w !== got.at(-1)) expect(size).toBeGreaterThanOrEqual(limit);
    }
    // Every window after the first opens a paragraph (a quote and its speaker stay together).
    for (const w of got.slice(1)) expect(text.slice(w[0]!.start - 2, w[0]!.start)).toBe("\n\n");
  });

  it("finds the same facts in windows as in one pass, and as many per paragraph as in one paragraph", () => {
    const one = relate(article(PARAGRAPH, CASTING));
    const n = 200;
    const input = article(repeated(n), CASTING);
    const windowed = relate(input, { windowChars: 2_000 });
    expect(windowed).toEqual(relate(input, { windowChars: Number.POSITIVE_INFINITY }));
    expect(one.statements.length).toBeGreaterThan(0);
    expect(windowed.statements).toHaveLength(n * one.statements.length);
    expect(windowed.relations.map((r) => [r.type, r.source, r.target])).toEqual(
      one.relations.map((r) => [r.type, r.source, r.target]),
    );
    windowed.relations.forEach((r, i) =>
      expect(r.evidence).toHaveLength(n * (one.relations[i]?.evidence.length ?? 0)),
    );
  });
});

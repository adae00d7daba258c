import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { articleId, normaliseForId } from "../../../ingest/write/article-id.js";

const direct = (text: string): string =>
  "a:" + createHash("sha256").update(normaliseForId(text), "utf8").digest("hex").slice(0, 16);

describe("articleId", () => {
  it("is the hash of the normalised text, asked once or many times", () => {
    const text = "قال الوزير إن  المحادثات ستستأنف غدا.\n";
    expect(articleId(text)).toBe(direct(text));
    expect(articleId(text)).toBe(direct(text));
    // Re-wrapped white space and tatweel are the same article.
    expect(articleId("قال الوزيـــر إن المحادثات ستستأنف غدا.")).toBe(articleId(text));
  });

  it("gives every text its own id however many texts went before (the recent ids are bounded)", () => {
    const texts = Array.from({ length: 1500 }, (_, i) => `خبر رقم ${i} عن الاجتماع`);
    const first = texts.map(articleId);
    expect(new Set(first).size).toBe(texts.length);
    // Again, after the early ones have left the recent ids: the same answers.
    expect(texts.map(articleId)).toEqual(first);
    expect(first[7]).toBe(direct(texts[7] as string));
  });
});

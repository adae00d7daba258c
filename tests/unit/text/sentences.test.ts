import { describe, expect, it } from "vitest";
import { sentenceRanges, sentences, sentenceWindows } from "../../../ingest/text/sentences.js";

// Written for this test: short news sentences in paragraphs of two.
const PARAGRAPH = "وصل الوفد إلى بغداد. وبدأت المحادثات أمس.";
const paragraphs = (n: number): string => Array.from({ length: n }, () => PARAGRAPH).join("\n\n");
const size = (w: { start: number; end: number }[]): number => w.reduce((k, s) => k + s.end - s.start, 0);

describe("sentence windows", () => {
  it.each([
    ["paragraphs, small windows", paragraphs(30), 100],
    ["paragraphs, one window", paragraphs(30), 100_000],
    ["one endless paragraph", paragraphs(30).replaceAll("\n\n", " "), 100],
    ["one endless line of quotes", `قال: “${PARAGRAPH}” `.repeat(20), 60],
  ])("%s: the windows hold every sentence once, in order", (_what, text, limit) => {
    const windows = [...sentenceWindows(text, limit)];
    expect(windows.flat()).toEqual(sentences(text));
    expect([...sentenceRanges(text)]).toEqual(sentences(text));
    const longest = Math.max(...sentences(text).map((s) => s.end - s.start));
    for (const w of windows) expect(size(w)).toBeLessThanOrEqual(2 * limit + longest);
    for (const w of windows.slice(0, -1)) expect(size(w)).toBeGreaterThanOrEqual(limit);
  });

  it("cuts at a paragraph break when one comes before twice the limit", () => {
    const text = paragraphs(30);
    const windows = [...sentenceWindows(text, 100)];
    expect(windows.length).toBeGreaterThan(5);
    for (const w of windows.slice(1)) expect(text.slice((w[0]?.start ?? 0) - 2, w[0]?.start)).toBe("\n\n");
  });

  it("cuts between sentences when the text has no paragraph breaks", () => {
    const text = paragraphs(30).replaceAll("\n\n", " ");
    const windows = [...sentenceWindows(text, 100)];
    expect(windows.length).toBeGreaterThan(5);
  });

  it("gives no window for an empty text", () => {
    expect([...sentenceWindows("  \n\n ", 100)]).toEqual([]);
  });
});

describe("abbreviated titles", () => {
  const texts = (t: string): string[] => sentences(t).map((s) => t.slice(s.start, s.end));
  it("a one-letter title's stop written on the name (د.X) ends no sentence", () => {
    expect(texts("وأشرف المدير العلاجي د.سامي الحربي على العملية. وعاد الفريق مساء.")).toEqual([
      "وأشرف المدير العلاجي د.سامي الحربي على العملية.",
      "وعاد الفريق مساء.",
    ]);
  });
  it("a stop after a letter inside a word still ends the sentence", () => {
    expect(texts("وصل الوفد أمس.وبدأت المحادثات.")).toEqual(["وصل الوفد أمس.", "وبدأت المحادثات."]);
  });
  it("a dotted acronym (سي.إن.إن) ends no sentence; at the end of one its last stop does", () => {
    expect(texts("وقال الوزير لشبكة سي.إن.إن إن المحادثات مستمرة. ونقلت إف.بي.آي.")).toEqual([
      "وقال الوزير لشبكة سي.إن.إن إن المحادثات مستمرة.",
      "ونقلت إف.بي.آي.",
    ]);
  });
  it("short words typed with no space after the stop still end their sentence", () => {
    expect(texts("وصل الوفد من هنا.ثم عاد.")).toEqual(["وصل الوفد من هنا.", "ثم عاد."]);
  });
});

import { describe, expect, it } from "vitest";
import { segments } from "../../../graph-ui/src/panels/highlight.js";
import { isRtl } from "../../../graph-ui/src/render/labels.js";

// From samples/seed-article.txt, first sentence of the body.
const S = "استقبل الرئيس الأميركي جو بايدن في البيت الأبيض";

describe("evidence highlighting", () => {
  it("marks the evidence span and the mention inside it", () => {
    const segs = segments(S, [
      { start: 0, end: 31, kind: "evidence" },
      { start: 23, end: 31, kind: "mention" },
    ]);
    expect(segs).toEqual([
      { text: "استقبل الرئيس الأميركي ", mark: "evidence" },
      { text: "جو بايدن", mark: "mention" },
      { text: " في البيت الأبيض", mark: null },
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(S);
  });

  it.each([
    [[{ start: -5, end: 6, kind: "evidence" as const }], "استقبل"],
    [[{ start: 40, end: 999, kind: "evidence" as const }], S.slice(40)],
  ])("clamps out-of-range offsets %j", (ranges, marked) => {
    expect(segments(S, ranges).find((s) => s.mark)?.text).toBe(marked);
  });

  it("keeps markup-like text as plain text runs", () => {
    const text = '<img src=x onerror="alert(1)">';
    expect(segments(text, [])).toEqual([{ text, mark: null }]);
  });
});

describe("label direction", () => {
  it.each([
    ["جو بايدن", true],
    ["Joe Biden", false],
    ["2021 بغداد", true],
    ["CIA وكالة", false],
    ["", false],
  ])("%j rtl=%s", (label, rtl) => {
    expect(isRtl(label)).toBe(rtl);
  });
});

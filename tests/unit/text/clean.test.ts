import { describe, expect, it } from "vitest";
import { clean, toOriginal } from "../../../ingest/text/clean.js";

describe("clean", () => {
  it.each([
    ["tatweel", "بايـــدن يصل", "بايدن يصل"],
    ["bidi and zero-width controls", "\u202bالعراق\u202c\u200f و\u200bبغداد", "العراق وبغداد"],
    ["BOM", "\ufeffخبر", "خبر"],
    ["nothing to clean", "قال الرئيس", "قال الرئيس"],
  ])("removes %s", (_label, input, expected) => {
    expect(clean(input).text).toBe(expected);
  });

  it.each([
    ["tags and entities", "<p>قال&nbsp;<b>بايدن</b> &amp; الكاظمي</p>", "قال بايدن & الكاظمي"],
    ["script and style bodies", "<script>var x = 'داعش';</script><style>p{}</style><p>خبر</p>", "خبر"],
    ["comments", "<!-- واشنطن -->بغداد", "بغداد"],
    ["numeric entities", "&#1593;&#x631;&#1575;&#1602;", "عراق"],
  ])("strips HTML: %s", (_label, input, expected) => {
    expect(clean(input, { html: true }).text.trim()).toBe(expected);
  });

  it("maps every cleaned span back to the original input", () => {
    const input = "<p>استقبل <b>جو بايـدن</b>&nbsp;الكاظمي</p>";
    const c = clean(input, { html: true });
    for (const word of ["جو بايدن", "الكاظمي", "استقبل"]) {
      const at = c.text.indexOf(word);
      const o = toOriginal(c, at, at + word.length);
      expect(input.slice(o.start, o.end).replace(/ـ/g, "")).toBe(word);
    }
  });

  it("keeps identity offsets when nothing changes", () => {
    const c = clean("قال بايدن");
    expect(c.origStart).toBeNull();
    expect(toOriginal(c, 4, 9)).toEqual({ start: 4, end: 9 });
  });

  it("does not treat a plain-text '<' as markup unless asked", () => {
    expect(clean("3 < 5 في العراق").text).toBe("3 < 5 في العراق");
  });
});

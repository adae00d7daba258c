import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import type { SentenceTagger } from "../../../ingest/extract/tagger.js";

/** A tagger that tags the listed words (a run of them B-PERS then I-PERS) and nothing else. */
function tagging(words: string[]): SentenceTagger {
  const set = new Set(words);
  return {
    tag: (ws) =>
      ws.map((w, i) => (set.has(w) ? (i > 0 && set.has(ws[i - 1] as string) ? "I-PERS" : "B-PERS") : "O")),
  };
}

const persons = (text: string, tagger: SentenceTagger | false): string[] =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

// Sentences written for these tests.
describe("the given name before بن, after a title's long complement", () => {
  it("starts the name, with a conjunction on it", () => {
    const text = "وحضر اللقاء وزير التجارة، وماجد بن سالم الهديان مدير المكتب الخاص للوزير.";
    expect(persons(text, false)).toContain("ماجد بن سالم الهديان");
  });

  it("starts the name after a comma", () => {
    const text = "وأوضح مدير إدارة الحدائق بأمانة المدينة، فهد بن ناصر بن مطلق، أن العمل بدأ.";
    expect(persons(text, false)).toEqual(["فهد بن ناصر بن مطلق"]);
  });

  it("starts the name when only the tagger knows it", () => {
    const text = "وشكر قائد حرس الحدود بالمنطقة اللواء/ دغيم بن سعد الشمري الفرق الميدانية.";
    expect(persons(text, tagging(["دغيم", "بن", "سعد", "الشمري"]))).toEqual(["دغيم بن سعد الشمري"]);
    const joined = "وحضر الحفل وزير المالية، ووهاج بن خالد الجبري رئيس المراسم.";
    expect(persons(joined, tagging(["ووهاج", "بن", "خالد", "الجبري"]))).toContain("وهاج بن خالد الجبري");
  });

  it("is not a title or a word nothing marks as a name", () => {
    const text = "وأكد مدير الإدارة العامة للمرور في المنطقة بن سالم الحربي أن الخطة جاهزة.";
    expect(persons(text, false)).not.toContain("المنطقة بن سالم الحربي");
  });
});

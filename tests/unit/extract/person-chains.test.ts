import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import type { SentenceTagger } from "../../../ingest/extract/tagger.js";
import { sameForeignName } from "../../../ingest/extract/spelling.js";
import { loadLexicon } from "../../../ingest/lexicon/index.js";
import { tagging } from "./person-helpers.js";

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

const people = (text: string, tagger: SentenceTagger | false): { id: string; mentions: string[] }[] =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "Person")
    .map((e) => ({ id: e.id, mentions: e.mentions.map((m) => m.text) }));

describe("a given name before a known person's surname", () => {
  it("is his own given name spelt another way", () => {
    const text = "وقال سيرجي لافروف في مؤتمر صحفي إن المحادثات مستمرة.";
    expect(people(text, tagging(["سيرجي", "لافروف"]))).toEqual([
      { id: "person:sergei-lavrov", mentions: ["سيرجي لافروف"] },
    ]);
    const titled = "وقال وزير الخارجية الروسي سيرجي لافروف إن المحادثات مستمرة.";
    expect(people(titled, false).map((p) => p.mentions)).toEqual([["سيرجي لافروف"]]);
  });

  it("is another person of that family when the tagger reads one name", () => {
    const text = "وشاركت ميشيل أوباما في حفل لجمع التبرعات، وقال أوباما إنه سعيد.";
    const found = people(text, tagging(["ميشيل", "أوباما"]));
    expect(found.find((p) => p.mentions.includes("ميشيل أوباما"))?.id).not.toBe("person:barack-obama");
    const joined = "وحضرت الحفل نجمات كثيرات، وميشيل أوباما.";
    expect(people(joined, tagging(["وميشيل", "أوباما"])).map((p) => p.mentions)).toEqual([["ميشيل أوباما"]]);
  });

  it("is no given name after a title, nor a verb the tagger runs into the name", () => {
    expect(people("وقال الرئيس أوباما إن الاتفاق جيد.", tagging(["أوباما"]))).toEqual([
      { id: "person:barack-obama", mentions: ["أوباما"] },
    ]);
    expect(people("ثم قال أوباما إن الاتفاق جيد.", tagging(["قال", "أوباما"]))).toEqual([
      { id: "person:barack-obama", mentions: ["أوباما"] },
    ]);
  });
});

describe("a person's given name and surname tagged as two names side by side", () => {
  it("are one mention", () => {
    const tagger: SentenceTagger = {
      tag: (ws) => ws.map((w) => (w === "غاريث" || w === "ويلسون" ? "B-PERS" : "O")),
    };
    const text = "وسجل المهاجم غاريث ويلسون هدفين، ثم عاد ويلسون إلى الدكة.";
    const mentions = people(text, tagger).flatMap((p) => p.mentions);
    expect(mentions).toContain("غاريث ويلسون");
    expect(mentions).not.toContain("غاريث");
  });
});

describe("sameForeignName", () => {
  const lex = loadLexicon();
  it("matches a foreign name with and without its vowel letters, G as ج or غ", () => {
    expect(sameForeignName(lex, "ادين", "ايدين")).toBe(true);
    expect(sameForeignName(lex, "سيرجي", "سيرغي")).toBe(true);
  });
  it("tells Arabic names apart by their vowels", () => {
    expect(sameForeignName(lex, "سعيد", "سعد")).toBe(false);
    expect(sameForeignName(lex, "سلمان", "سليمان")).toBe(false);
  });
});

describe("the first word of a longer title after a name chain", () => {
  it("is the family name the tagger carries the name on through", () => {
    const text = "وأوضح مدير التعليم سامي بن فهد المرشد، أن المقابلات تبدأ غدا.";
    expect(persons(text, tagging(["سامي", "بن", "فهد", "المرشد"]))).toEqual(["سامي بن فهد المرشد"]);
  });

  it("is the title with the rest of it", () => {
    const text = "وقال سامي بن فهد المرشد الأعلى للجماعة إن الاجتماع انتهى.";
    expect(persons(text, tagging(["سامي", "بن", "فهد", "المرشد"]))).toEqual(["سامي بن فهد"]);
  });
});

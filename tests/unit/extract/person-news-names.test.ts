import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import type { SentenceTagger } from "../../../ingest/extract/tagger.js";

const persons = (text: string): string[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

// Sentences written for these tests.
describe("women's given names of Gulf news", () => {
  it("start a name before a family name of nisba form", () => {
    expect(persons("وأوضحت مديرة المدرسة سناء الحربي أن الاختبارات بدأت.")).toEqual(["سناء الحربي"]);
    expect(persons("وشاركت في الورشة أحلام الزهراني وعدد من المعلمات.")).toEqual(["أحلام الزهراني"]);
  });
});

describe("a preposition with its pronoun after a given name", () => {
  it("makes the given name a verb (أشرف عليه: supervised it)", () => {
    expect(persons("ودخل الفريق معسكرا أشرف عليه المدرب الوطني.")).toEqual([]);
    expect(persons("وأقيم الحفل الذي أشرف عليه المهندس سامر الغامدي.")).toEqual(["سامر الغامدي"]);
  });
});

/** A tagger that tags the listed words (a run of them B-X then I-X) with one type and nothing else. */
function tagging(words: string[], type = "PERS"): SentenceTagger {
  const set = new Set(words);
  return {
    tag: (ws) =>
      ws.map((w, i) =>
        set.has(w) ? (i > 0 && set.has(ws[i - 1] as string) ? `I-${type}` : `B-${type}`) : "O",
      ),
  };
}

const tagged = (text: string, tagger: SentenceTagger): string[] =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

describe("a rarer family name with the article after a given name", () => {
  it("is kept when the tagger reads the two words as one name", () => {
    const text = "وكان سامر العويد مدير الفرع توقع زيادة الطلب.";
    expect(tagged(text, tagging(["سامر", "العويد"]))).toEqual(["سامر العويد"]);
  });

  it("is no plural noun in construct with the given name", () => {
    const text = "وحثهم على بذل الجهود في سبيل رضا المستفيدين من الخدمات.";
    expect(tagged(text, tagging(["رضا", "المستفيدين"]))).toEqual([]);
  });

  it("is no common word the lexicon knows", () => {
    expect(tagged("ودعا إلى حسن الجوار بين الدول.", tagging(["حسن", "الجوار"]))).toEqual([]);
  });
});

describe("a quoted name after a noun of trade", () => {
  it("is a person even when the tagger reads a body in the quotes", () => {
    const text = "وقال المدرب البرتغالي «جوزيه ماركيتو» إن الفريق جاهز.";
    expect(tagged(text, tagging(["جوزيه", "ماركيتو"], "ORG"))).toEqual(["جوزيه ماركيتو"]);
    const two = "وعرض المصممان “ماركو بيليتش” تصورهما للجهاز.";
    expect(tagged(two, tagging(["ماركو", "بيليتش"], "ORG"))).toEqual(["ماركو بيليتش"]);
  });

  it("stays a body when it has a body's head noun", () => {
    const text = "وقال المدرب «شركة الأفق» إن العقد انتهى.";
    expect(tagged(text, tagging(["شركة", "الأفق"], "ORG"))).toEqual([]);
  });
});

describe("what a title or a noun of standing is followed by", () => {
  it("is no name when it is the noun of a place or a body", () => {
    expect(persons("وغادر سمو ولي العهد مطار قاعدة الملك فهد الجوية مساء أمس.")).toEqual([]);
  });

  it("is no name when it is a noun phrase after the team (الفريق, not the rank)", () => {
    expect(persons("ونشبت خلافات بينه وبين زملائه في الفريق كبار السن بعد المباراة.")).toEqual([]);
    expect(persons("وقال الفريق سامر الدوسري إن القوات جاهزة.")).toEqual(["سامر الدوسري"]);
  });

  it("names the coach after مدرب الفريق", () => {
    expect(persons("وأجرى مدرب الفريق ماركو بيليتش العديد من التغييرات.")).toEqual(["ماركو بيليتش"]);
  });

  it("is no name when it is a noun of standing itself (رجل الأمن)", () => {
    expect(persons("وقال الأمير إن المواطن رجل الأمن الأول.")).toEqual([]);
  });
});

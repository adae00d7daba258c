// Sentences written for these tests: a club or hospital named once with its head noun, then
// by its name alone, after the definite head, or after a word for its management.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const orgs = (text: string, tagger: boolean) =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "Organization")
    .map((e) => ({ name: e.name, mentions: e.mentions.map((m) => m.text) }));

// The lexicon and the tagger load once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد"), 60_000);

describe.each([true, false])("later mentions of a headed organisation (tagger %s)", (tagger) => {
  it("the bare name, the definite head and the management are the club", () => {
    const text =
      "أعلن نادي النجوم تعاقده مع مدافع جديد. وقال مدرب النجوم إن اللاعب سيشارك غدا. " +
      "وتدرب الفريق الأول بالنادي النجوم مساء أمس، وشكرت إدارة النجوم الجماهير.";
    const found = orgs(text, tagger);
    expect(found).toHaveLength(1);
    expect(found[0]?.name).toBe("نادي النجوم");
    expect(found[0]?.mentions.length).toBeGreaterThanOrEqual(4);
  });

  it("a place after a named head stays the place (شرطة X)", () => {
    const text = "قالت شرطة الرياض إن التحقيق مستمر. ووصل الوفد إلى الرياض مساء أمس.";
    const found = extract(text, { tagger }).entities;
    expect(found.find((e) => e.type === "City")?.mentions.map((m) => m.text)).toContain("الرياض");
  });
});

describe("later mentions: the search over the article", () => {
  // The search itself; the tagger may still tag the adjective as a name of its own.
  it("a definite word after a definite noun stays that noun's adjective", () => {
    const text = "أعلن نادي الأهلي تعاقده مع مهاجم. وقال مسؤول في القطاع الأهلي إن الاستثمار يزداد.";
    const [club] = orgs(text, false);
    expect(club?.mentions).toEqual(["نادي الأهلي"]);
  });
});

describe("an outlet named once, then by its name alone", () => {
  it("صحيفة X: the head and an unglossed definite name make the outlet, found again bare and quoted", () => {
    const text =
      "وذكرت صحيفة النبراس أن الحادث وقع أمس. وعلمت النبراس أن المتهم أوقف. وتحتفظ «النبراس» بنسخة من الخطاب.";
    expect(orgs(text, false)).toEqual([
      { name: "صحيفة النبراس", mentions: ["صحيفة النبراس", "النبراس", "النبراس"] },
    ]);
  });

  it("an indefinite outlet name counts only between quotes (the word is also a verb)", () => {
    const text = "وقال المتحدث لـ«نبأ» إن التحقيق مستمر. وتحتفظ «نبأ» بنسخة من الخطاب. وقد نبأ الناس بالخبر.";
    expect(orgs(text, false)).toEqual([{ name: "نبأ", mentions: ["نبأ", "نبأ"] }]);
  });

  it("a byline's outlet is found again only between quotes (its bare name may be a word)", () => {
    const text =
      "النهار - جدة: أعلنت الأمانة عن مشروع يخدم النهار والليل. وقال المدير لـ«النهار» إن العمل بدأ.";
    expect(orgs(text, false)).toEqual([{ name: "النهار", mentions: ["النهار", "النهار"] }]);
  });

  it.each(["وطلب القاضي صحيفة السوابق من المتقدم.", "وتلا القاضي صحيفة الاتهام.", "وشق العمال قناة الري."])(
    "no outlet: %s",
    (text) => {
      expect(orgs(text, false)).toEqual([]);
    },
  );
});

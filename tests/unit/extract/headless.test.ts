// Sentences written for these tests: a club or hospital named once with its head noun, then
// by its name alone, after the definite head, or after a word for its management.
import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const orgs = (text: string, tagger: boolean) =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "Organization")
    .map((e) => ({ name: e.name, mentions: e.mentions.map((m) => m.text) }));

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

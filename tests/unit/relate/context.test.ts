import { describe, expect, it } from "vitest";
import { relate } from "../../../ingest/relate/index.js";
import { article, CAST, triples, person } from "./fixture.js";
import type { FixtureEntity } from "./fixture.js";

// News-style sentences written for these tests: the context rules around the frames.
const paris: FixtureEntity = {
  id: "paris",
  type: "City",
  forms: ["باريس"],
  properties: { capital: true, country: "fr" },
};
const ly: FixtureEntity = { id: "ly", type: "Country", forms: ["ليبيا"] };
const fr: FixtureEntity = { ...CAST.fr!, forms: ["فرنسا", "الفرنسي", "الفرنسية"] };

describe("relate: context around the frames", () => {
  it("gives نظيره the title of the other party, with the counterpart's own country", () => {
    const text = "واستقبل الرئيس التركي رجب طيب أردوغان نظيره الفرنسي إيمانويل ماكرون في أنقرة.";
    const cast = [
      { id: "tr", type: "Country" as const, forms: ["التركي"] },
      fr,
      person("erdogan", "رجب طيب أردوغان"),
      person("macron", "إيمانويل ماكرون"),
    ];
    const got = triples(relate(article(text, cast)).relations);
    expect(got).toEqual(
      expect.arrayContaining(["erdogan LEADS tr", "macron LEADS fr", "erdogan MET macron"]),
    );
  });

  it("lets a capital stand for its government where a city cannot act (FUNDED source)", () => {
    const text = "وقال الوزير إن باريس ستقدم مساعدات بقيمة 50 مليون يورو لليبيا.";
    const { relations } = relate(article(text, [fr, paris, ly]));
    const r = relations.find((x) => x.type === "FUNDED");
    expect(r).toMatchObject({
      source: "fr",
      target: "ly",
      properties: { currency: "EUR", status: "planned" },
    });
  });

  it("keeps a visited capital a city", () => {
    const text = "وزار الرئيس الفرنسي إيمانويل ماكرون باريس.";
    const { relations } = relate(article(text, [fr, paris, person("macron", "إيمانويل ماكرون")]));
    expect(triples(relations)).toContain("macron VISITED paris");
  });

  it("reads a past form after أعلن as the verbal noun: planned, not done", () => {
    const text = "وأعلنت فرنسا سحب قواتها من مالي.";
    const [r] = relate(article(text, [fr, CAST.ml!])).relations;
    expect(r).toMatchObject({
      type: "WITHDREW_FROM",
      source: "fr",
      target: "ml",
      properties: { status: "planned" },
    });
  });

  it("does not give a verbal noun the date of an earlier event in its clause", () => {
    const text =
      "وسحبت الولايات المتحدة قواتها من أفغانستان في أغسطس 2021 بعد عشرين عاماً من الغزو الأميركي لأفغانستان.";
    const { relations } = relate(article(text, [CAST.us!, CAST.af!]));
    expect(relations.find((r) => r.type === "WITHDREW_FROM")?.properties.date).toBe("2021-08");
    const invasion = relations.find((r) => r.type === "ATTACKED");
    expect(invasion).toMatchObject({ source: "us", target: "af" });
    expect(invasion?.properties.date).toBeUndefined();
  });

  it("finds an SVO subject before قد", () => {
    const text = "وكانت الولايات المتحدة قد سحبت قواتها من أفغانستان.";
    expect(triples(relate(article(text, [CAST.us!, CAST.af!])).relations)).toEqual(["us WITHDREW_FROM af"]);
  });

  it("takes the subject of the clause's verb as the agent of a later verbal noun", () => {
    const text = "وسيزور لافروف القاهرة الأسبوع المقبل لإجراء محادثات مع نظيره المصري سامح شكري.";
    const cast = [CAST.eg!, person("lavrov", "لافروف"), person("shoukry", "سامح شكري")];
    const got = triples(relate(article(text, cast)).relations);
    expect(got).toContain("lavrov MET shoukry");
    expect(got).not.toContain("eg MET shoukry");
  });

  it("reads an accusative noun (هجوماً) as its trigger", () => {
    const text = "وكانت روسيا قد شنت هجوماً واسعاً على أوكرانيا في فبراير 2022.";
    const [r] = relate(article(text, [CAST.ru!, CAST.ua!])).relations;
    expect(r).toMatchObject({
      type: "ATTACKED",
      source: "ru",
      target: "ua",
      properties: { date: "2022-02" },
    });
  });

  it("takes the place, not the nisba before it, as what was visited (العاصمة البريطانية لندن)", () => {
    const text = "وزار الرئيس الأوكراني فولوديمير زيلينسكي العاصمة البريطانية لندن.";
    const cast = [
      CAST.ua!,
      { id: "gb", type: "Country" as const, forms: ["المملكة المتحدة", "البريطانية"] },
      { id: "london", type: "City" as const, forms: ["لندن"] },
      person("zelensky", "فولوديمير زيلينسكي"),
    ];
    const got = triples(relate(article(text, cast)).relations);
    expect(got).toContain("zelensky VISITED london");
    expect(got).not.toContain("zelensky VISITED gb");
  });

  it("does not make the speaker's country the agent of a verbal noun it merely mentions", () => {
    const text = "وقال وزير الخارجية الفرنسي جان إيف لودريان إن البرنامج يهدف إلى مكافحة داعش.";
    const { relations } = relate(article(text, [fr, CAST.isis!, person("ledrian", "جان إيف لودريان")]));
    expect(triples(relations)).not.toContain("fr OPPOSES isis");
  });
});

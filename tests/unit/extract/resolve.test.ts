// Short articles written for Rawabit in news style.
import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const rules = (text: string) => extract(text, { tagger: false }).entities;

describe("resolution", () => {
  it("joins a surname to the full name, before and after it", () => {
    const text =
      "ترودو: سنواصل الدعم\n\nقال رئيس الوزراء الكندي جاستن ترودو إن بلاده ستواصل الدعم. وأضاف ترودو أن الحوار مستمر، فيما رحب حلفاء لترودو بالقرار.";
    const people = rules(text).filter((e) => e.type === "Person");
    expect(people).toHaveLength(1);
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(["ترودو", "جاستن ترودو", "ترودو", "ترودو"]);
  });

  it("gives a bare title to the one person who holds it", () => {
    const text = "استقبل الرئيس الفرنسي إيمانويل ماكرون الوفد. وقال الرئيس الفرنسي إن بلاده تدعم الحوار.";
    const macron = rules(text).find((e) => e.id === "person:emmanuel-macron");
    expect(macron?.mentions.map((m) => m.text)).toEqual(["إيمانويل ماكرون", "الرئيس الفرنسي"]);
  });

  it("makes nisba adjectives and the capital mentions of the country", () => {
    const text = "وقال المسؤولون الأميركيون إن واشنطن ملتزمة بدعم الحكومة الأمريكية للعراق.";
    const us = rules(text).find((e) => e.id === "country:US");
    expect(us?.mentions.map((m) => m.text)).toEqual(["الأميركيون", "واشنطن", "الأمريكية"]);
    expect(us?.aliases).toEqual(expect.arrayContaining(["واشنطن", "الأميركيون"]));
  });

  it("joins an organisation written without its nisba to the one written with it", () => {
    const text = "قرر مجلس الوزراء العراقي تعطيل الدوام. وقال مجلس الوزراء إن القرار مؤقت.";
    const orgs = rules(text).filter((e) => e.type === "Organization");
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.mentions).toHaveLength(2);
  });

  it("keeps the لل of a word in its mention", () => {
    const lebanon = rules("قدم الاتحاد مساعدات للبنان وللعراق.").filter((e) => e.type === "Country");
    expect(lebanon.map((e) => e.mentions[0]?.text)).toEqual(["للبنان", "للعراق"]);
  });

  it("gives the same person the same id in two articles", () => {
    const a = rules("قال وزير الخارجية العماني سالم الحارثي إن المحادثات إيجابية.");
    const b = rules("التقى وزير الخارجية العماني سالم الحارثي نظيره الإيراني.");
    const id = (es: typeof a) => es.find((e) => e.type === "Person")?.id;
    expect(id(a)).toMatch(/^person:[0-9a-f]{8}$/);
    expect(id(a)).toBe(id(b));
  });

  it("infers the country of a former office holder from the current one", () => {
    const text = "قال الرئيس الأميركي جو بايدن إن الحرب التي بدأها الرئيس السابق جورج دبليو بوش انتهت.";
    const bush = rules(text).find((e) => e.id === "person:george-w-bush");
    expect(bush?.properties).toMatchObject({ role: "President", former: true, roleOf: "country:US" });
  });
});

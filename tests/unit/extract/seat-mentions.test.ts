// Sentences written for these tests (orgpl4 round): a body's office in a place is named with the
// place, but its mention ends before ب and the place, as news writes it again without the place.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const found = (text: string): { type: string; name: string; nameEn: string; mentions: string[] }[] =>
  extract(text, { tagger: false }).entities.map((e) => ({
    type: e.type,
    name: e.name,
    nameEn: e.nameEn,
    mentions: e.mentions.map((m) => m.text),
  }));

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("the mention of a body in a place", () => {
  it("a court of a city: the mention stops before the city, the name keeps it", () => {
    const got = found("وأصدرت المحكمة الجزائية بالدمام حكمها على المتهمين أمس.");
    const court = got.find((e) => e.type === "Organization");
    expect(court?.name).toBe("المحكمة الجزائية بالدمام");
    expect(court?.mentions).toEqual(["المحكمة الجزائية"]);
    expect(got.map((e) => `${e.type}:${e.nameEn}`)).toContain("City:Dammam");
  });

  it("a department of a region written with its head", () => {
    const got = found("وأعلنت إدارة الطرق بمنطقة حائل إغلاق الطريق مؤقتا.");
    const roads = got.find((e) => e.type === "Organization");
    expect(roads?.nameEn).toBe("Ha'il Roads Department");
    expect(roads?.mentions).toEqual(["إدارة الطرق"]);
  });

  it("a body with no place keeps its whole mention", () => {
    const got = found("وأعلنت الهيئة العامة للإحصاء نتائج المسح.");
    expect(got.find((e) => e.type === "Organization")?.mentions).toEqual(["الهيئة العامة للإحصاء"]);
  });
});

describe("the education directorate of a region", () => {
  it("الإدارة العامة للتعليم + ب + a region with its head is that region's directorate", () => {
    const got = found("وأعلنت الإدارة العامة للتعليم بمنطقة القصيم مواعيد الاختبارات.");
    const edu = got.filter((e) => e.type === "Organization");
    expect(edu).toHaveLength(1);
    expect(edu[0]?.nameEn).toMatch(/Qassim/);
    expect(edu[0]?.mentions).toEqual(["الإدارة العامة للتعليم"]);
  });
});

describe("no preposition between a place head and its name", () => {
  it("جمهورية + a word starting with ب is no ب + a town", () => {
    const got = found("وبعث الملك برقية تهنئة إلى رئيس جمهورية بنين بمناسبة العيد الوطني.");
    expect(got.filter((e) => e.type === "City")).toEqual([]);
  });

  it("a town whose name starts with ب keeps its whole reading after مدينة", () => {
    const got = found("ووصل الوفد إلى مدينة بريدة مساء أمس.");
    expect(got.map((e) => `${e.type}:${e.nameEn}`)).toContain("City:Buraidah");
  });
});

describe("a committee or secretariat of a known body", () => {
  it("الأمانة العامة + ل + a known organisation is the organisation's secretariat, a body of its own", () => {
    const got = found("وأعلنت الأمانة العامة لجامعة الدول العربية موعد الاجتماع الطارئ.");
    const names = got.filter((e) => e.type === "Organization").map((e) => e.nameEn);
    expect(names).toContain("General Secretariat of the Arab League");
    expect(names).toContain("Arab League");
  });

  it("without an adjective after the head, the known organisation alone is named", () => {
    const got = found("وقال إن الأمانة لجامعة الدول العربية واجب على الجميع.");
    expect(got.filter((e) => e.type === "Organization").map((e) => e.nameEn)).not.toContain(
      "General Secretariat of the Arab League",
    );
  });
});

// Sentences written for these tests (orgpl3 round): a body's office in a city or region.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const found = (text: string): { type: string; nameEn: string; mentions: string[] }[] =>
  extract(text, { tagger: false }).entities.map((e) => ({
    type: e.type,
    nameEn: e.nameEn,
    mentions: e.mentions.map((m) => m.text),
  }));

const orgs = (text: string): string[] =>
  found(text)
    .filter((e) => e.type === "Organization")
    .map((e) => e.nameEn);

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("health affairs of a place", () => {
  it("الشؤون الصحية + ب + a city is that city's health directorate, and the city is mentioned", () => {
    const got = found("وقالت الشؤون الصحية بالدمام إن المصابين غادروا المستشفى.");
    expect(got).toContainEqual({
      type: "Organization",
      nameEn: "Dammam Health Affairs",
      // The mention ends before the place (orgpl4); the name keeps it.
      mentions: ["الشؤون الصحية"],
    });
    expect(got.map((e) => `${e.type}:${e.nameEn}`)).toContain("City:Dammam");
  });

  it("is one entity with صحة + the same place, after a title too", () => {
    const got = found(
      "وأكد مدير عام الشؤون الصحية بمنطقة القصيم أن الخطة جاهزة. وأضاف أن صحة القصيم تستقبل البلاغات.",
    );
    const health = got.filter((e) => e.type === "Organization");
    expect(health).toHaveLength(1);
    expect(health[0]?.mentions).toHaveLength(2);
    expect(got.map((e) => `${e.type}:${e.nameEn}`)).toContain("Location:Al-Qassim");
  });

  it("each place's directorate is a body of its own", () => {
    const got = orgs("ونسقت الشؤون الصحية بجدة مع الشؤون الصحية بالطائف.");
    expect(got).toHaveLength(2);
  });

  it("with no place after it, the field is no body", () => {
    expect(orgs("وتحدث المسؤول عن الشؤون الصحية في الأحياء الفقيرة.")).toEqual([]);
  });
});

describe("a department or directorate of a place", () => {
  it("إدارة + a glossed field + ب + a region is the local department", () => {
    expect(orgs("وأعلنت إدارة الطرق بمنطقة حائل إغلاق الطريق مؤقتا.")).toContain("Ha'il Roads Department");
  });

  it("مديرية + a known body + ب + a region is the body's directorate there", () => {
    const got = orgs("وحذرت مديرية الدفاع المدني بمنطقة نجران من السيول. وقال الدفاع المدني إن الفرق جاهزة.");
    expect(got.some((e) => /Najran/.test(e) && /Civil Defense Directorate/.test(e))).toBe(true);
    expect(got).toContain("Civil Defense");
  });

  it("إدارة + a glossed field with no place is still no name", () => {
    expect(orgs("وناقش المجلس إدارة الطرق في المدن الكبرى.")).toEqual([]);
  });
});

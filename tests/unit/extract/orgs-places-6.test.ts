// Issue 12, organisations and places as arguments, round 6. Sentences written for these tests.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

beforeAll(() => void extract("تمهيد"), 60_000);

const mentionsOf = (text: string, en: string): string[] =>
  extract(text)
    .entities.filter((e) => e.nameEn === en)
    .flatMap((e) => e.mentions.map((m) => m.text));

describe("organisations as arguments, round 6", () => {
  it("ناسا and the US space agency's Arabic name are one organisation", () => {
    const text =
      'وأعلنت وكالة الفضاء الأميركية "ناسا" إطلاق مسبار جديد. وقال مسؤول في ناسا إن الرحلة تستغرق عاما.';
    expect(mentionsOf(text, "NASA")).toEqual(["وكالة الفضاء الأميركية", "ناسا", "ناسا"]);
  });

  it("الأممي (of the United Nations) is a mention of the UN, as a country's nisba is of it", () => {
    const text = "ووصل المبعوث الأممي سامي العلي إلى العاصمة لبحث خطة السلام مع الأمم المتحدة.";
    expect(mentionsOf(text, "United Nations")).toEqual(["الأممي", "الأمم المتحدة"]);
    const rels = extract(text).relations.filter((r) => r.type === "MEMBER_OF");
    expect(rels.map((r) => r.target)).toContain("org:united-nations");
  });

  it("مركز محافظة X: the governorate's seat is the governorate, no organisation", () => {
    const got = extract("وسيطرت القوات على مركز محافظة الأنبار بعد معارك عنيفة.").entities;
    expect(got.map((e) => [e.type, e.mentions.map((m) => m.text)])).toEqual([
      ["Location", ["محافظة الأنبار"]],
    ]);
  });

  it("a centre named after a person is still an organisation", () => {
    const got = extract("وافتتح الوزير مركز الملك فهد الثقافي في الرياض.").entities;
    expect(got.some((e) => e.type === "Organization" && e.name === "مركز الملك فهد الثقافي")).toBe(true);
  });

  it("وكذلك (and likewise) ends an organisation's name: it never continues one", () => {
    const text = "ونالت المباراة موافقة الاتحاد المصري لكرة القدم وكذلك الاتحاد العربي لكرة القدم.";
    const names = extract(text)
      .entities.filter((e) => e.type === "Organization")
      .map((e) => e.mentions[0]?.text);
    expect(names).toContain("الاتحاد المصري لكرة القدم");
    expect(names.some((n) => n?.includes("كذلك"))).toBe(false);
  });
});

// Sentences written for these tests (orgpl3 round): lists of Saudi regions and one agency.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const found = (text: string): { type: string; nameEn: string; mentions: string[] }[] =>
  extract(text, { tagger: false }).entities.map((e) => ({
    type: e.type,
    nameEn: e.nameEn,
    mentions: e.mentions.map((m) => m.text),
  }));

const typed = (text: string): string[] => found(text).map((e) => `${e.type}:${e.nameEn}`);

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("lists of regions", () => {
  it("a compass region by its adjective alone in a plural head's list", () => {
    const got = typed("تهطل أمطار غزيرة على مناطق الشرقية والرياض والقصيم.");
    expect(got).toContain("Location:Eastern Province");
    expect(got).toContain("Location:Riyadh Region");
    expect(got).not.toContain("City:Riyadh");
  });

  it("region names joined after a singular head are regions too, the first with its head", () => {
    const got = found("وزار الفريق مصانع في منطقة المدينة المنورة وتبوك وعسير.");
    expect(got).toContainEqual({
      type: "Location",
      nameEn: "Medina Region",
      mentions: ["منطقة المدينة المنورة"],
    });
    expect(got).toContainEqual({ type: "Location", nameEn: "Tabuk Region", mentions: ["تبوك"] });
    expect(got.filter((e) => e.type === "City")).toEqual([]);
  });

  it("a known region opens a list of regions without a head", () => {
    const got = typed("وتتأثر مرتفعات القصيم وحائل بالأتربة.");
    expect(got).toContain("Location:Al-Qassim");
    expect(got).toContain("Location:Ha'il Region");
  });

  it("a town that names no region ends the list and stays a town", () => {
    const got = typed("وزار الوفد منطقة الرياض والخبر يوم الأحد.");
    expect(got).toContain("Location:Riyadh Region");
    expect(got).not.toContain("Location:Khobar Region");
    expect(typed("ووصل الوفد إلى جازان وصبيا")).toContain("City:Sabya");
  });

  it("منطقة الشرقية is the Eastern Province", () => {
    expect(typed("وحضر رئيس البلدية التابعة لمنطقة الشرقية الحفل.")).toContain("Location:Eastern Province");
  });
});

describe("the border guard", () => {
  it("حرس الحدود alone is an agency", () => {
    const got = found("وضبطت دوريات حرس الحدود عشرة مهربين قرب الحدود.");
    expect(got).toContainEqual({ type: "Organization", nameEn: "Border Guard", mentions: ["حرس الحدود"] });
  });
});

describe("a mosque named after a force", () => {
  it("مسجد + قوات + a glossed definite field is the mosque", () => {
    const got = found("وصلى المصلون الجمعة في مسجد قوات الطوارئ وسط المدينة.");
    expect(got.map((e) => `${e.type}:${e.nameEn}`)).toContain("Location:Emergency Forces Mosque");
  });

  it("مسجد + قوات + an indefinite word names nothing", () => {
    expect(found("وحاصرت المسجد قوات كبيرة.").filter((e) => e.type === "Location")).toEqual([]);
  });
});

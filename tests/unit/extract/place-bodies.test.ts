// Sentences written for these tests; the people and towns are invented unless commonly known.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const entities = (text: string): { type: string; name: string; mentions: string[] }[] =>
  extract(text, { tagger: false }).entities.map((e) => ({
    type: e.type,
    name: e.name,
    mentions: e.mentions.map((m) => m.text),
  }));

const orgs = (text: string): string[] =>
  entities(text)
    .filter((e) => e.type === "Organization")
    .map((e) => e.name);

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("education and health directorates named by their place (تعليم X، صحة X)", () => {
  it.each([
    ["وقال مدير تعليم تبوك إن المدارس جاهزة لاستقبال الطلاب.", "تعليم تبوك"],
    ["وأعلنت إدارة تعليم محافظة صبيا عن خطتها للعام الجديد.", "تعليم محافظة صبيا"],
    ["واستقبلت صحة عسير عشرات الحالات خلال العيد.", "صحة عسير"],
    ["وقدم شكوى لصحة الرياض أمس.", "صحة الرياض"],
  ])("%s", (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it("the place is a mention of its own too", () => {
    expect(entities("وأعلنت إدارة تعليم محافظة صبيا عن خطتها.")).toContainEqual(
      expect.objectContaining({ type: "Location", name: "محافظة صبيا" }),
    );
  });

  it.each([
    "ويهتم المركز بتعليم اللغة العربية لغير الناطقين بها.",
    "ويهدف البرنامج إلى تعليم القرآن الكريم للأطفال.",
    "وحذر الأطباء من أثر التدخين على صحة الإنسان.",
    "وتتابع إدارة صحة البيئة نظافة المطاعم.",
    "واستقبلت صحة المنطقة الحالات.",
  ])("no directorate: %s", (text) => {
    expect(orgs(text).filter((n) => /^(تعليم|صحة)/.test(n))).toEqual([]);
  });

  it("with and without the region's head, and under its formal name, one body", () => {
    const found = entities(
      "وأوضحت الإدارة العامة للتعليم بجازان أن الخطة جاهزة. وقال مدير تعليم منطقة جازان إن المدارس جاهزة. وأضاف أن تعليم جازان أكمل استعداده.",
    );
    const bodies = found.filter((e) => e.type === "Organization");
    expect(bodies).toHaveLength(1);
    expect(bodies[0]?.mentions).toHaveLength(3);
  });

  it("a seat after a national body's purpose is its headquarters, not part of its name", () => {
    expect(orgs("وأعلنت الهيئة العامة للإحصاء بالرياض نتائج المسح.")).toContain("الهيئة العامة للإحصاء");
  });
});

describe("a foreign town in ي after a noun of a settlement", () => {
  it.each([
    ["ووقع الحادث في مدينة ميلووكي الأمريكية مساء أمس.", "ميلووكي"],
    ["وزار الوفد مدينة سالزبوري البريطانية.", "سالزبوري"],
  ])("%s", (text, name) => {
    expect(entities(text)).toContainEqual(expect.objectContaining({ type: "City", name }));
  });

  it("a masculine adjective after مدينة is no name", () => {
    expect(entities("وزار الوفد مدينة سياحي الجديدة.").filter((e) => e.type === "City")).toEqual([]);
  });
});

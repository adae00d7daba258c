// Sentences written for these tests; the governorates are invented unless commonly known.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

interface Place {
  type: string;
  name: string;
  mentions: string[];
}

const places = (text: string, tagger = false): Place[] =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "Location" || e.type === "City")
    .map((e) => ({ type: e.type, name: e.name, mentions: e.mentions.map((m) => m.text) }));

const named = (text: string): { type: string; name: string }[] =>
  places(text).map(({ type, name }) => ({ type, name }));

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a region named with its head, then by its name alone", () => {
  it("the bare name of a governorate's seat is the governorate", () => {
    const found = places(
      "وأعلنت الإدارة ارتفاع عدد الزوار في محافظة الطائف. وقال المسؤول إن الطائف تستقبل الزوار طوال العام.",
    );
    expect(found).toContainEqual({
      type: "Location",
      name: "محافظة الطائف",
      mentions: ["محافظة الطائف", "الطائف"],
    });
    expect(found.filter((p) => p.type === "City")).toEqual([]);
  });

  it("the bare name of a large region's seat stays the city", () => {
    const found = named("وافتتح أمير منطقة الرياض المعرض. ويقام المعرض في الرياض سنويا.");
    expect(found).toContainEqual({ type: "Location", name: "منطقة الرياض" });
    expect(found).toContainEqual({ type: "City", name: "الرياض" });
  });

  it("a definite common noun after منطقة is not searched for alone", () => {
    const found = places("وتراجعت الأسهم في منطقة اليورو. وارتفع اليورو أمام الدولار.");
    expect(found.flatMap((p) => p.mentions)).not.toContain("اليورو");
  });

  it("a governorate the gazetteer lacks, then its name with a proclitic", () => {
    const found = places("افتتح المحافظ المشروع في محافظة زمردان. وأكد أن الأهالي بزمردان ينتظرونه.");
    expect(found).toContainEqual({
      type: "Location",
      name: "محافظة زمردان",
      mentions: ["محافظة زمردان", "زمردان"],
    });
  });

  it("the town named with its own noun stays the town", () => {
    const found = named("وتقع مدينة الطائف في محافظة الطائف جنوب مكة المكرمة.");
    expect(found).toContainEqual({ type: "City", name: "الطائف" });
    expect(found).toContainEqual({ type: "Location", name: "محافظة الطائف" });
  });

  it("no region, no change: the bare name is the town", () => {
    expect(named("ووصل الفريق إلى حائل مساء أمس.")).toEqual([{ type: "City", name: "حائل" }]);
  });
});

describe("a list of places after a plural or dual region head", () => {
  it("each place of the list is its region", () => {
    const found = named("وتشهد مناطق تبوك والجوف وحائل أمطارا متفرقة.");
    expect(found).toEqual([
      { type: "Location", name: "منطقة تبوك" },
      { type: "Location", name: "منطقة الجوف" },
      { type: "Location", name: "منطقة حائل" },
    ]);
  });

  it("a dual head with two places of several words", () => {
    expect(named("وتمتد الأمطار إلى مرتفعات منطقتي مكة المكرمة والمدينة المنورة.")).toEqual([
      { type: "Location", name: "منطقة مكة المكرمة" },
      { type: "Location", name: "منطقة المدينة المنورة" },
    ]);
  });

  it("the list in brackets, joined by commas and و", () => {
    expect(named("ويتوقع هطول أمطار على مناطق (تبوك، والجوف، وحائل) مساء اليوم.")).toEqual([
      { type: "Location", name: "منطقة تبوك" },
      { type: "Location", name: "منطقة الجوف" },
      { type: "Location", name: "منطقة حائل" },
    ]);
  });

  it("a plural head before one place is no list", () => {
    expect(named("وتجولت الفرق في مناطق حائل أمس.")).toEqual([{ type: "City", name: "حائل" }]);
  });
});

describe("bare جازان is the region, as news uses it", () => {
  it.each([
    ["وزار المسؤول مستشفيات جازان أمس.", { type: "Location", name: "منطقة جازان" }],
    ["وأقيم الحفل في مدينة جازان مساء الخميس.", { type: "City", name: "مدينة جازان" }],
  ])("%s", (text, place) => {
    expect(named(text)).toContainEqual(place);
  });
});

describe("facility adjectives end a landmark's name", () => {
  it.each([
    ["وهبطت الطائرة في مطار الملك خالد الدولي صباح اليوم.", "مطار الملك خالد الدولي"],
    ["وغادر الوفد عبر مطار حائل الإقليمي.", "مطار حائل الإقليمي"],
  ])("%s", (text, name) => {
    expect(named(text)).toContainEqual({ type: "Location", name });
  });
});

describe("the tagger's compass words and home words are no places", () => {
  it("وشرق، ووسط المملكة", () => {
    const found = places("ويبقى الطقس حارا على شمال شرق وشرق ووسط المملكة.", true);
    expect(found.map((p) => p.name)).not.toContain("وشرق");
    expect(found.map((p) => p.name)).not.toContain("المملكة");
  });
});

describe("facilities named with an unknown word after a head that always takes a name", () => {
  it.each([
    ["وتجول الزوار في حديقة زمردان العامة.", "حديقة زمردان"],
    ["وأقيمت المباراة على ستاد قرنوس أمس.", "ستاد قرنوس"],
  ])("%s", (text, name) => {
    expect(named(text)).toContainEqual({ type: "Location", name });
  });

  it("a mosque named after the body it belongs to is the mosque", () => {
    expect(named("واستهدف الهجوم مسجد قوات الأمن الخاصة في المدينة.")).toContainEqual({
      type: "Location",
      name: "مسجد قوات الأمن الخاصة",
    });
  });

  it("a club's stadium keeps the club", () => {
    const found = extract("وتدرب الفريق على ملعب نادي الهلال مساء أمس.", { tagger: false }).entities;
    expect(found.map((e) => e.type)).toContain("Organization");
  });

  it("a road named for the town it leads to names the town; one named after a person is a road", () => {
    const found = named("ووقع الحادث على طريق الطائف قرب طريق الملك فهد.");
    expect(found).toContainEqual({ type: "City", name: "الطائف" });
    expect(found).toContainEqual({ type: "Location", name: "طريق الملك فهد" });
    expect(found.map((p) => p.name)).not.toContain("طريق الطائف");
  });

  it("عن طريق is the idiom, not a road", () => {
    const found = named("وتصل البضائع عن طريق البحر الأحمر.");
    expect(found).toContainEqual({ type: "Location", name: "البحر الأحمر" });
    expect(found.map((p) => p.name)).not.toContain("طريق البحر الأحمر");
  });
});

describe("places news names: holy sites, straits, provinces", () => {
  it.each([
    ["ووصل الحجاج إلى مشعر منى صباح اليوم.", "مشعر منى"],
    ["وصلى المصلون في الحرم النبوي الشريف.", "المسجد النبوي"],
    ["وعبرت السفينة مضيق البوسفور.", "مضيق البوسفور"],
    ["وضربت الفيضانات أقاليم خيبر بختونخوا والبنجاب.", "خيبر بختونخوا"],
  ])("%s", (text, name) => {
    expect(named(text)).toContainEqual({ type: "Location", name });
  });
});

describe("a settlement noun before a common noun with its proclitic and article", () => {
  it("قرية بالفيضانات names no town", () => {
    expect(named("وتضررت أكثر من ست مئة قرية بالفيضانات الأخيرة.")).toEqual([]);
  });
});

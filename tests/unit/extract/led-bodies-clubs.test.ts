// Sentences written for these tests.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const orgs = (text: string, tagger = false): string[] =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "Organization")
    .flatMap((e) => e.mentions.map((m) => m.text));

beforeAll(() => void extract("تمهيد"), 120_000);

describe("a body's everyday head after the one who runs it", () => {
  it.each([
    ["وقال مدير إدارة المرور إن الحملة بدأت.", "إدارة المرور"],
    ["وقال مدير عام إدارة الحج والعمرة إن الاستعدادات اكتملت.", "إدارة الحج والعمرة"],
    ["وقال رئيس لجنة الانضباط إن العقوبة نهائية.", "لجنة الانضباط"],
    ["وعين الاتحاد مديرا جديدا. وقال مدير دائرة التحكيم إن الحكام جاهزون.", "دائرة التحكيم"],
  ])("%s", (text, mention) => {
    expect(orgs(text)).toContain(mention);
  });

  it.each([
    "وقالت إدارة المرور إن الحملة بدأت.",
    "وأوضح مدير عام إدارة العلاقات العامة بالأمانة أن العمل بدأ.",
    "وناقش الخبراء تحسين إدارة المرور في المدن.",
  ])("%s: no leader, or an office every body has, names no body", (text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe("English clubs written with سيتي or يونايتد", () => {
  it.each([
    ["وفاز ليدز يونايتد على ضيفه في الدوري.", "ليدز يونايتد"],
    ["وخسر الفريق أمام بريستول سيتي في الكأس.", "بريستول سيتي"],
  ])("%s", (text, mention) => {
    expect(orgs(text, true)).toContain(mention);
  });

  it("the bare word later is the one club named in full", () => {
    const e = extract("وفاز مانشستر يونايتد على ضيفه. وقال مدرب يونايتد إن الفوز مستحق.").entities.filter(
      (x) => x.type === "Organization",
    );
    expect(e).toHaveLength(1);
    expect(e[0]?.mentions.map((m) => m.text)).toEqual(["مانشستر يونايتد", "يونايتد"]);
  });

  it.each([
    ["ولعب اللاعب في صفوف يونايتد ثلاثة مواسم.", "صفوف يونايتد"],
    ["وقدم النادي الشكر لمشجعي يونايتد.", "لمشجعي يونايتد"],
  ])("%s: a common noun before the word is no town", (text, wrong) => {
    expect(orgs(text, true)).not.toContain(wrong);
  });

  it("a city the gazetteer knows whole stays a city", () => {
    const e = extract("وزار الوفد مكسيكو سيتي أمس.").entities;
    expect(e.map((x) => [x.type, x.name])).toContainEqual(["City", "مكسيكو سيتي"]);
  });
});

describe("a definite head, its adjective and its purpose", () => {
  it.each([
    ["وحضر الوزير والمجلس التنسيقي لحجاج الداخل.", "المجلس التنسيقي لحجاج الداخل"],
    ["وقال رئيس المجلس الاستشاري للشباب إن الخطة جاهزة.", "المجلس الاستشاري للشباب"],
    ["وتلقت الإدارة العامة للدفاع المدني بلاغا عن الحريق.", "الإدارة العامة للدفاع المدني"],
  ])("%s", (text, mention) => {
    expect(orgs(text)).toContain(mention);
  });

  it("a second body joined by و is not part of the first one's purpose", () => {
    const found = orgs("وحضر الوزير والمجلس التنسيقي لحجاج الداخل واللجنة الوطنية للحج والعمرة.");
    expect(found).toEqual(["المجلس التنسيقي لحجاج الداخل", "اللجنة الوطنية للحج والعمرة"]);
  });

  it("a body the gazetteer knows after ل alone stays that body", () => {
    expect(orgs("وتبرع الفريق للهلال الأحمر بمبلغ كبير.")).toEqual(["للهلال الأحمر"]);
  });
});

describe("a title ending in a country's parliament", () => {
  it.each([
    ["وقال رئيس البرلمان العراقي اليوم إن الجلسة تأجلت.", "البرلمان العراقي"],
    ["وقال رئيس مجلس النواب الأردني إن الجلسة تأجلت.", "مجلس النواب الأردني"],
  ])("%s names the parliament too", (text, mention) => {
    expect(orgs(text)).toContain(mention);
  });

  it("another office's title names no body", () => {
    expect(orgs("وقال وزير الخارجية الأمريكي إن المحادثات مستمرة.")).toEqual([]);
  });
});

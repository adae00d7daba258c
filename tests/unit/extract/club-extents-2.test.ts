// Sentences written for these tests: clubs written with the definite النادي, and clubs named
// after their town in sports news.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const mentions = (text: string, type: string, tagger = true): string[] =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === type)
    .flatMap((e) => e.mentions.map((m) => m.text));

beforeAll(() => void extract("تمهيد"), 60_000);

describe("النادي before a club's one-word name is part of the mention", () => {
  it.each([
    ["وردت إدارة النادي الأهلي بخطاب رسمي على العرض.", "النادي الأهلي"],
    ["وانضم المدافع إلى الفريق الأول بالنادي الأهلي هذا الصيف.", "النادي الأهلي"],
    ["وسجل مهاجم الأهلي هدفين، وشكرت جماهير النادي الأهلي لاعبيها.", "النادي الأهلي"],
    ["وأعلن نادي الهلال تجديد عقد حارسه، وقال النادي الهلال في بيان إن العقد يمتد عامين.", "النادي الهلال"],
  ])("%s", (text, mention) => {
    expect(mentions(text, "Organization")).toContain(mention);
  });

  it("a definite adjective after another noun is no club", () => {
    expect(mentions("وقال مسؤول في القطاع الأهلي إن الدعم سيستمر.", "Organization")).toEqual([]);
  });
});

describe("a town that is also a club, in the words of a match", () => {
  it.each([
    ["وسجل المهاجم هدفين في مرمى ليفربول خلال المباراة.", "ليفربول"],
    ["وانتقل الظهير إلى صفوف برشلونة بعد موسمين في فرنسا.", "برشلونة"],
    ["وفاز برشلونة بصعوبة في الجولة الأولى من الدوري.", "برشلونة"],
    ["وخسر الضيوف أمام ليفربول بهدف نظيف.", "ليفربول"],
    ["وقال رئيس برشلونة إن النادي لا يفكر في بيع نجومه.", "برشلونة"],
  ])("%s", (text, club) => {
    expect(mentions(text, "Organization", false)).toContain(club);
    expect(mentions(text, "City", false)).not.toContain(club);
  });

  it.each([
    ["وتعيش جالية عربية كبيرة في ليفربول منذ عقود.", "ليفربول"],
    ["وخسرت موسكو رهانها على الاتفاق مع جيرانها.", "موسكو"],
  ])("%s: the town", (text, town) => {
    expect(mentions(text, "City", false)).toContain(town);
  });

  it("نادي X with its nationality, then X alone in a match: one club", () => {
    const r = extract(
      "أعلن نادي برشلونة الإسباني رحيل مدافعه. وكان المدافع قد لعب في صفوف برشلونة ثمانية مواسم.",
      {
        tagger: false,
      },
    );
    const clubs = r.entities.filter((e) => e.type === "Organization");
    expect(clubs).toHaveLength(1);
    expect(clubs[0]?.mentions.map((m) => m.text)).toEqual(["نادي برشلونة الإسباني", "برشلونة"]);
    expect(r.entities.filter((e) => e.type === "City")).toEqual([]);
  });
});

describe("a bare sports title belongs to the one club, written with النادي", () => {
  it("اللاعب X after إدارة النادي X is the club's player", () => {
    const r = extract(
      "وسجل مهاجم الأهلي هدفين. واتفقت إدارة النادي الأهلي مع اللاعب سامر العتيبي على تجديد عقده.",
    );
    const club = r.entities.find((e) => e.type === "Organization");
    const player = r.entities.find((e) => e.type === "Person");
    expect(club?.mentions.map((m) => m.text)).toContain("النادي الأهلي");
    expect(
      r.relations.some((x) => x.type === "MEMBER_OF" && x.source === player?.id && x.target === club?.id),
    ).toBe(true);
  });
});

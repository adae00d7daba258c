// Sentences written for these tests.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const persons = (text: string): string[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a given name and a family name need no title or verb of saying before them", () => {
  it.each([
    ["وأنهى الفريق الشوط الأول بهدف سجله نايف الزهراني في الدقيقة العاشرة.", ["نايف الزهراني"]],
    ["واختتم علي العساف الأهداف من ركلة جزاء.", ["علي العساف"]],
    ["سجل الأول فهد العتيبي والثاني منصور الشهري.", ["فهد العتيبي", "منصور الشهري"]],
    ["وحضر الحفل عبدالعزيز بن صالح الحميد وعدد من المسؤولين.", ["عبدالعزيز بن صالح الحميد"]],
  ])("%s", (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  it("reads the second of two names joined by و without the conjunction", () => {
    expect(persons("وتألق في المباراة سلطان المالكي وعلي القرني.")).toEqual(["سلطان المالكي", "علي القرني"]);
  });
});

describe("…but not a common definite word after a given name", () => {
  it.each([
    "وقال إن القرار يزيد الآمال في تحسن السوق.",
    "وعاد أحمد الحالي إلى مقعده.",
    "وشارك الطالب في مسابقة جائزة خالد السنوية.",
    "وتحدث عن قيمة أمين السعودية في السوق.",
  ])("%s", (text) => {
    expect(persons(text)).toEqual([]);
  });
});

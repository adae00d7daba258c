import { describe, expect, it } from "vitest";
import { tagging, persons } from "./person-helpers.js";

// Sentences written for these tests.
describe("a given name written with the article", () => {
  it("opens the name instead of ending it", () => {
    expect(persons("وأشادت العنود الحربي بمستوى الطالبات في المسابقة.")).toContain("العنود الحربي");
    const text = "وقال الرئيس الإيفواري الحسن واتارا إن الانتخابات ستجري في موعدها.";
    expect(persons(text, tagging(["الحسن", "واتارا"]))).toContain("الحسن واتارا");
  });

  it("stays alone before a word of no name", () => {
    expect(persons("وقال الرئيس الحسن الجديد في الخطاب.")).not.toContain("الحسن الجديد");
  });
});

describe("a given name, بن and the father's given name with nothing announcing them", () => {
  it("is a name, with a rare family name when the clause stops after it", () => {
    expect(persons("وعقد الاجتماع بحضور ماجد بن سالم الجبيلان نائب المدير العام.")).toContain(
      "ماجد بن سالم الجبيلان",
    );
    expect(persons("وجرى الاحتفال بحضور سعد بن عبد الله الفريحان.")).toContain("سعد بن عبد الله الفريحان");
    expect(persons("وحضر اللقاء فهد بن خالد.")).toContain("فهد بن خالد");
  });

  it("leaves a definite object after the chain out", () => {
    expect(persons("وافتتح سعد بن خالد المشروع الجديد في المدينة.")).toEqual(["سعد بن خالد"]);
  });
});

describe("a foreign first name many people bear, after a verb of saying", () => {
  it("takes the rare surname after it", () => {
    expect(persons("وقال ستيفن كولوميرو إن الفريق سيعود أقوى.")).toContain("ستيفن كولوميرو");
    expect(persons("وأضاف فيليب برانكوزي: «المهم هو الفوز».")).toContain("فيليب برانكوزي");
  });

  it("takes no adverb or preposition on a noun", () => {
    expect(persons("وقال فيليب لاحقا إن الفريق سيعود أقوى.")).toEqual([]);
    expect(persons("وقال مارتن بمناسبة الافتتاح إن المشروع مهم.")).toEqual([]);
  });
});

describe("a given name and a rare definite word before a title in apposition", () => {
  it("is a name", () => {
    expect(persons("وكان فهد الحميدان مدير الإدارة حاضرا في الاجتماع.")).toContain("فهد الحميدان");
  });

  it("is no name without the title", () => {
    expect(persons("وكان فهد الحميدان حاضرا في الاجتماع.")).toEqual([]);
  });
});

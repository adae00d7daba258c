import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import type { SentenceTagger } from "../../../ingest/extract/tagger.js";
import { tagging, persons } from "./person-helpers.js";

// Sentences written for these tests.
describe("a name in a list of names", () => {
  it("is a person beside a person, though its family name is rare", () => {
    expect(persons("وضمت القائمة سالم الجديع.")).toEqual([]);
    expect(persons("وضمت القائمة خالد الحربي وسالم الجديع وفهد المضيان.")).toEqual([
      "خالد الحربي",
      "سالم الجديع",
      "فهد المضيان",
    ]);
  });

  it("reads the list to both its ends, over commas", () => {
    const text = "وحضر التدريب سالم الجديع، نايف الشلهوب، خالد الحربي، فهد المضيان.";
    expect(persons(text)).toEqual(["سالم الجديع", "نايف الشلهوب", "خالد الحربي", "فهد المضيان"]);
  });

  it("takes the family name the tagger left out after the given name", () => {
    const text = "وضمت القائمة خالد الحربي وحسن الجديع وماجد الغامدي.";
    const tagger = tagging(["خالد", "الحربي", "وحسن", "وماجد", "الغامدي"]);
    expect(persons(text, tagger)).toContain("حسن الجديع");
  });

  it("keeps a noun phrase that is no name out", () => {
    expect(persons("وشارك سامي القحطاني وحسن المعاملة في الحفل.")).toEqual(["سامي القحطاني"]);
    expect(persons("وقال خالد الحربي، سعيد الحظ من فاز.")).toEqual(["خالد الحربي"]);
  });

  it("stops at a word that goes on with the clause", () => {
    expect(persons("وحضر خالد الحربي وسالم الجديع المشروع الجديد.")).not.toContain("سالم الجديع المشروع");
  });
});

const mentions = (text: string, tagger: SentenceTagger | false = false): string[][] =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.mentions.map((m) => m.text));

describe("a Mauritanian name with ولد", () => {
  it("goes on through ولد to the father's name", () => {
    const text = "واستقبل الرئيس الموريتاني محمد ولد عبد العزيز الوفد.";
    expect(persons(text, tagging(["محمد", "ولد"]))).toEqual(["محمد ولد عبد العزيز"]);
    const envoy = "وقال وزير الخارجية الموريتاني سالم ولد الشيخ محمد إن المحادثات مستمرة.";
    expect(persons(envoy, tagging(["سالم"]))).toEqual(["سالم ولد الشيخ محمد"]);
  });

  it("names the full name later without its given name", () => {
    const text =
      "وقال وزير الخارجية الموريتاني سالم ولد الشيخ محمد إن المحادثات مستمرة. وأضاف ولد الشيخ محمد أن الأطراف وافقت.";
    expect(mentions(text, tagging(["سالم", "محمد"]))).toEqual([["سالم ولد الشيخ محمد", "ولد الشيخ محمد"]]);
  });

  it("is «was born» or «a boy» before any other word", () => {
    expect(persons("وقد ولد الشيخ سالم في مكة المكرمة.", tagging(["سالم"]))).not.toContain("ولد الشيخ سالم");
    expect(persons("وقال الأب: ابني فهد ولد ذكي.", tagging(["فهد", "ولد"]))).not.toContain("فهد ولد");
  });
});

describe("a family name that is also a title", () => {
  it("ends the given names when no name follows it", () => {
    expect(persons("ترأس الاجتماع الدكتور سامي الشيخ، وبدأ بالترحيب بالحضور.")).toEqual(["سامي الشيخ"]);
    expect(persons("وأكد المهندس ماجد الباشا أن العمل انتهى.")).toContain("ماجد الباشا");
  });

  it("is the next person's title before a name", () => {
    expect(persons("واستقبل الأمير فيصل الشيخ محمد بن صالح.")).not.toContain("فيصل الشيخ");
  });
});

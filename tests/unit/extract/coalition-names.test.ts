// Sentences written for these tests: the coalition and the Popular Resistance as organisations.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const orgs = (text: string): { name: string; mentions: string[] }[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === "Organization")
    .map((e) => ({ name: e.name, mentions: e.mentions.map((m) => m.text) }));

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("coalitions and resistance groups", () => {
  it("a bare قوات التحالف is the coalition forces", () => {
    expect(orgs("وقالت قوات التحالف إنها دمرت مخزنا للأسلحة.").map((o) => o.name)).toContain("قوات التحالف");
  });

  it("قوات التحالف joins the one coalition the article names", () => {
    const found = orgs("وشنت طائرات التحالف العربي غارات على المدينة. وأكدت قوات التحالف استمرار العمليات.");
    const coalition = found.filter((o) => o.mentions.includes("قوات التحالف"));
    expect(coalition).toHaveLength(1);
    expect(coalition[0]?.mentions).toContain("التحالف العربي");
  });

  it("المقاومة الشعبية is an organisation, but not the peaceful resistance as an idea", () => {
    expect(orgs("وسيطرت المقاومة الشعبية على التلال المحيطة بالمدينة.").map((o) => o.name)).toContain(
      "المقاومة الشعبية",
    );
    expect(orgs("ودعا الكاتب إلى المقاومة الشعبية السلمية للاستيطان.").map((o) => o.name)).not.toContain(
      "المقاومة الشعبية",
    );
  });

  it("the Houthi militias are the Houthis", () => {
    expect(orgs("وانسحبت المليشيات الحوثية من الحي.").map((o) => o.name)).toContain("الحوثيون");
  });
});

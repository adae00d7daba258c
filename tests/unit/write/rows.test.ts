import { describe, expect, it } from "vitest";
import { InputError } from "../../../ingest/errors.js";
import type { ExtractionResult } from "../../../ingest/model.js";
import { articleId, normaliseForId } from "../../../ingest/write/article-id.js";
import { buildArticleRows } from "../../../ingest/write/rows.js";
import { sentenceAt, sentencesOf } from "../../../ingest/write/sentences.js";
import { ARTICLES, fixtureExtract, NEWS_SPEC } from "./fixture-extractor.js";

const opts = { extractorVersion: "test" };

describe("articleId", () => {
  it.each([
    ["re-wrapped lines", "استقبل بايدن\nالكاظمي", "استقبل بايدن  الكاظمي "],
    ["tatweel and zero-width marks", "استقبـــل\u200f بايدن", "استقبل بايدن"],
  ])("ignores %s", (_why, a, b) => {
    expect(articleId(a)).toBe(articleId(b));
  });

  it("differs when a word differs and has the documented shape", () => {
    expect(articleId("استقبل بايدن الكاظمي")).not.toBe(articleId("استقبل بايدن السوداني"));
    expect(articleId("نص")).toMatch(/^a:[0-9a-f]{16}$/);
    expect(normaliseForId("  a \n\n b ")).toBe("a b");
  });
});

describe("sentences", () => {
  it("splits on Arabic and Latin terminal punctuation and line breaks, with offsets into the text", () => {
    const text = "عنوان\n\nالجملة الأولى. هل هذه الثانية؟ نعم!";
    const got = sentencesOf(text, undefined);
    expect(got.map((s) => s.text)).toEqual(["عنوان", "الجملة الأولى.", "هل هذه الثانية؟", "نعم!"]);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentenceAt(got, text.indexOf("الثانية"))?.index).toBe(2);
  });
});

describe("buildArticleRows", () => {
  const text = ARTICLES.meeting;
  const result = fixtureExtract(text, NEWS_SPEC);
  const rows = buildArticleRows({ text, title: " بايدن يستقبل الكاظمي ", url: "" }, result, opts);

  it("addresses the article by content and keeps the original text", () => {
    expect(rows.article.id).toBe(articleId(text));
    expect(rows.article.text).toBe(text);
    expect(rows.article.title).toBe("بايدن يستقبل الكاظمي");
    expect(rows.article.url).toBeNull();
    expect(rows.sentences.map((s) => s.id)).toEqual(
      rows.sentences.map((s) => `${rows.article.id}:${s.index}`),
    );
  });

  it("stores mention offsets within the sentence text", () => {
    expect(rows.mentions.length).toBeGreaterThan(0);
    for (const m of rows.mentions) {
      const s = rows.sentences.find((x) => x.id === m.sentenceId);
      expect(s?.text.slice(m.start, m.end)).toBe(m.text);
    }
    const biden = rows.entities.find((e) => e.id === "person:joe-biden");
    expect(biden?.mentions).toBe(rows.mentions.filter((m) => m.entityId === "person:joe-biden").length);
  });

  it("builds search keys from the matching-normalised name, aliases and lower-cased English name", () => {
    const biden = rows.entities.find((e) => e.id === "person:joe-biden");
    expect(biden?.searchKeys).toEqual(["جو بايدن", "بايدن", "joe biden"]);
    const house = rows.entities.find((e) => e.id === "org:white-house");
    expect(house?.searchKeys).toContain("البيت الابيض");
  });

  it("stores symmetric relations with source id < target id and keeps evidence arrays parallel", () => {
    const met = rows.relations.find((r) => r.type === "MET");
    expect(met).toMatchObject({ source: "person:joe-biden", target: "person:mustafa-al-kadhimi" });
    for (const r of rows.relations) {
      expect(r.evidence).toHaveLength(r.sentenceIds.length);
      expect(r.evidenceStart).toHaveLength(r.sentenceIds.length);
      r.sentenceIds.forEach((sid, i) => {
        const s = rows.sentences.find((x) => x.id === sid);
        expect(r.evidence[i]).toBe(s?.text);
        expect(r.evidenceEnd[i]).toBeLessThanOrEqual(s?.text.length ?? -1);
      });
    }
    expect(rows.relations.find((r) => r.type === "FUNDED")?.props).toEqual({
      amount: 155000000,
      currency: "USD",
    });
  });

  it("merges duplicate relations of one article and drops repeated sentences", () => {
    const met = result.relations.find((r) => r.type === "MET");
    if (!met) throw new Error("fixture has a MET relation");
    const flipped = { ...met, source: met.target, target: met.source, confidence: 0.95 };
    const twice: ExtractionResult = { ...result, relations: [...result.relations, flipped] };
    const merged = buildArticleRows({ text }, twice, opts).relations.filter((r) => r.type === "MET");
    expect(merged).toHaveLength(1);
    expect(merged[0]?.sentenceIds).toHaveLength(1);
    expect(merged[0]?.confidence).toBe(0.95);
  });

  it("is deterministic", () => {
    expect(buildArticleRows({ text }, fixtureExtract(text, NEWS_SPEC), opts)).toEqual(
      buildArticleRows({ text }, result, opts),
    );
  });

  it.each([
    [
      "an unknown relation type",
      { relations: [{ ...result.relations[0]!, type: "LIKES" as never }] },
      /unknown relation type "LIKES"/,
    ],
    [
      "an unknown entity type",
      { entities: [{ ...result.entities[0]!, type: "Planet" as never }] },
      /unknown type "Planet"/,
    ],
    [
      "a relation to a missing entity",
      { relations: [{ ...result.relations[0]!, target: "person:nobody" }] },
      /person:nobody/,
    ],
  ])("rejects %s", (_what, patch, message) => {
    expect(() => buildArticleRows({ text }, { ...result, ...patch }, opts)).toThrow(InputError);
    expect(() => buildArticleRows({ text }, { ...result, ...patch }, opts)).toThrow(message);
  });
});

describe("buildArticleRows de-duplication (rows are CREATEd)", () => {
  it("keeps one mention per (sentence, entity, start) and one statement per span", () => {
    const text = ARTICLES.meeting;
    const result = fixtureExtract(text, NEWS_SPEC);
    const [first] = result.entities;
    const [statement] = result.statements;
    if (!first || !statement) throw new Error("fixture has entities and a statement");
    const doubled: ExtractionResult = {
      ...result,
      entities: [{ ...first, mentions: [...first.mentions, ...first.mentions] }, ...result.entities.slice(1)],
      statements: [...result.statements, { ...statement }],
    };
    const once = buildArticleRows({ text }, result, opts);
    const twice = buildArticleRows({ text }, doubled, opts);
    expect(twice.mentions).toEqual(once.mentions);
    expect(twice.statements).toEqual(once.statements);
    expect(twice.entities).toEqual(once.entities);
  });
});

describe("buildArticleRows money, triggers and platforms", () => {
  const text = ARTICLES.meeting;
  const result = fixtureExtract(text, NEWS_SPEC);
  const funded = result.relations.find((r) => r.type === "FUNDED");
  const met = result.relations.find((r) => r.type === "MET");
  if (!funded || !met) throw new Error("fixture has FUNDED and MET relations");
  const sentenceOf = (needle: string) => {
    const s = result.sentences?.find((x) => x.text.includes(needle));
    if (!s) throw new Error(`fixture sentence with ${needle}`);
    return { sentence: s.index, start: s.start, end: s.end, text: s.text };
  };
  const rowOf = (relations: ExtractionResult["relations"], type: string) =>
    buildArticleRows({ text }, { ...result, relations }, opts).relations.find((r) => r.type === type);

  it.each([
    ["one amount on one sentence", [funded], [155000000], ["USD"]],
    [
      "a second relation without an amount pads its sentence with 0 / ''",
      [funded, { ...funded, properties: {}, evidence: [sentenceOf("استقبل")] }],
      [155000000, 0],
      ["USD", ""],
    ],
    [
      "an amount that arrives second is padded before, on its own first sentence",
      [
        { ...funded, properties: {}, evidence: [sentenceOf("استقبل")] },
        { ...funded, properties: { amount: 20, currency: "EUR" } },
      ],
      [0, 20],
      ["", "EUR"],
    ],
    [
      "a relation repeating an amount-less sentence gets the amount there",
      [
        { ...funded, properties: {} },
        { ...funded, properties: { amount: 7, currency: "USD" } },
      ],
      [7],
      ["USD"],
    ],
  ])("keeps amounts parallel to sentenceIds: %s", (_why, relations, amounts, currencies) => {
    const row = rowOf(relations, "FUNDED");
    expect(row?.amounts).toEqual(amounts);
    expect(row?.currencies).toEqual(currencies);
    expect(row?.amounts).toHaveLength(row?.sentenceIds.length ?? -1);
  });

  it("gives relations without any amount no lists, and keeps the trigger", () => {
    const row = rowOf([{ ...met, properties: { trigger: "met" } }], "MET");
    expect(row?.amounts).toBeNull();
    expect(row?.currencies).toBeNull();
    expect(row?.props.trigger).toBe("met");
  });

  it.each([
    ["a known platform", "org:white-house", "org:white-house"],
    ["no platform", undefined, null],
  ])("stores a statement's platform: %s", (_why, platform, expected) => {
    const statements = result.statements.map((st) => ({ ...st, platform }));
    const rows = buildArticleRows({ text }, { ...result, statements }, opts);
    expect(rows.statements.length).toBeGreaterThan(0);
    for (const st of rows.statements) expect(st.platform).toBe(expected);
  });

  it("rejects a statement platform the extraction did not return", () => {
    const statements = result.statements.map((st) => ({ ...st, platform: "organization:nowhere" }));
    expect(() => buildArticleRows({ text }, { ...result, statements }, opts)).toThrow(/organization:nowhere/);
  });
});

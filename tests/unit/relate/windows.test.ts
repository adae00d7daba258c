// Long inputs: relate() reads the article sentence by sentence in three sweeps, and only a short
// input keeps its prepared sentences between sweeps. The result must not depend on that.
import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { EVAL_ARTICLES_JOINED as evalArticles, SAMPLE as sample } from "../../support/texts.js";
import type { Entity, Relation } from "../../../ingest/model.js";
import { relate, type RelateInput } from "../../../ingest/relate/index.js";
import { mergeRelations } from "../../../ingest/relate/merge.js";
import { mentionIndex } from "../../../ingest/relate/prepare.js";
import { RoleLog } from "../../../ingest/relate/roles.js";
import { article, CAST, triples } from "./fixture.js";

function relateInput(text: string): RelateInput {
  const r = extract(text, { articleDate: "2021-07-26" });
  return { text, sentences: r.sentences ?? [], entities: r.entities, values: r.values };
}

// Written for this test: a meeting with an elided speaker, repeated as paragraphs.
const sisi = { id: "sisi", type: "Person" as const, forms: ["عبد الفتاح السيسي"] };
const lavrov = { id: "lavrov", type: "Person" as const, forms: ["سيرغي لافروف"] };
const PARAGRAPH =
  "واستقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف في القاهرة، وقال إن بلاده حريصة على التعاون مع روسيا. " +
  "وأكد سيرغي لافروف أن موسكو تدعم الحوار.";
const CASTING = [CAST.eg!, CAST.ru!, sisi, lavrov];
const repeated = (n: number) => Array.from({ length: n }, () => PARAGRAPH).join("\n\n");

// Written for this test: a bare title (الرئيس التركي) forty paragraphs before the name it stands for.
const tr = { id: "tr", type: "Country" as const, forms: ["تركيا", "التركي"] };
const qa = { id: "qa", type: "Country" as const, forms: ["قطر", "القطري"] };
const erdogan = { id: "erdogan", type: "Person" as const, forms: ["رجب طيب أردوغان"] };
const tamim = { id: "tamim", type: "Person" as const, forms: ["تميم بن حمد"] };
const FILLER = "وتناولت المحادثات ملفات الطاقة والتعليم والصحة. وقال مسؤولون إن الاجتماع كان مثمرا.";
const BARE_FIRST = [
  "واستقبل أمير قطر الشيخ تميم بن حمد الرئيس التركي في الديوان الأميري.",
  ...Array.from({ length: 40 }, () => FILLER),
  "وكان الرئيس التركي رجب طيب أردوغان قد وصل إلى الدوحة مساء السبت.",
].join("\n\n");

describe("relate: long inputs, sentence by sentence", () => {
  it.each([
    ["the sample article", sample],
    ["ten evaluation articles in one input", evalArticles],
  ])("%s: preparing every sentence again per sweep gives the kept-sentences result", (_what, text) => {
    const input = relateInput(text);
    const kept = relate(input, { keepChars: Number.POSITIVE_INFINITY });
    const alone = relate(input, { keepChars: 0 });
    expect(kept.relations.length).toBeGreaterThan(10);
    expect(kept.statements.length).toBeGreaterThan(10);
    expect(alone).toEqual(kept);
  });

  it("finds as many facts per paragraph in a long input as in one paragraph", () => {
    const one = relate(article(PARAGRAPH, CASTING));
    const n = 200;
    const input = article(repeated(n), CASTING);
    const long = relate(input, { keepChars: 0 });
    expect(long).toEqual(relate(input, { keepChars: Number.POSITIVE_INFINITY }));
    expect(one.statements.length).toBeGreaterThan(0);
    expect(long.statements).toHaveLength(n * one.statements.length);
    expect(triples(long.relations)).toEqual(triples(one.relations));
    long.relations.forEach((r, i) =>
      expect(r.evidence).toHaveLength(n * (one.relations[i]?.evidence.length ?? 0)),
    );
  });

  it.each([0, Number.POSITIVE_INFINITY])(
    "a title named forty paragraphs later resolves a bare title before it (keepChars %s)",
    (keepChars) => {
      const input = article(BARE_FIRST, [tr, qa, erdogan, tamim]);
      const got = triples(relate(input, { keepChars }).relations);
      expect(got).toContain("erdogan MET tamim");
      expect(got).toContain("erdogan LEADS tr");
      expect(got).not.toContain("tamim MET tr");
    },
  );
});

describe("relate: compact article-wide state", () => {
  const entity = (id: string, starts: number[]): Entity => ({
    id,
    type: "Person",
    name: id,
    nameEn: id,
    aliases: [],
    mentions: starts.map((start) => ({ start, end: start + 2, text: "ab" })),
    properties: {},
  });

  it.each([
    [
      [
        ["a", [9, 1]],
        ["b", [5, 1]],
      ],
      ["a@1", "b@1", "b@5", "a@9"],
    ],
    [
      [
        ["a", [0]],
        ["b", [0]],
        ["c", [0]],
      ],
      ["a@0", "b@0", "c@0"],
    ],
    [
      [
        ["a", []],
        ["b", [3, 2, 1]],
      ],
      ["b@1", "b@2", "b@3"],
    ],
  ] as [[string, number[]][], string[]][])(
    "mentions sorted by start, ties in entity order: %j",
    (spec, expected) => {
      const idx = mentionIndex(
        spec.map(([id, starts]) => entity(id, starts)),
        [],
      );
      const got = Array.from(idx.start, (s, i) => `${idx.entities[idx.entity[i] ?? -1]?.id}@${s}`);
      expect(got).toEqual(expected);
      idx.start.forEach((s, i) => {
        const e = idx.entities[idx.entity[i] ?? -1];
        expect(e?.mentions[idx.mention[i] ?? -1]?.start).toBe(s);
      });
    },
  );

  // Roles in text order: spokesperson x at 10, president p at 20, spokesperson y at 30, and 300 more.
  const log = new RoleLog();
  log.add({ person: "x", role: "Spokesperson", target: "iq", offset: 10 });
  log.add({ person: "p", role: "President", target: "us", offset: 20 });
  log.add({ person: "y", role: "Spokesperson", target: "iq", offset: 30 });
  for (let k = 0; k < 300; k++) log.add({ person: "p", role: "President", target: "us", offset: 100 + k });

  it.each([
    [11, "Spokesperson", 200, "x"],
    [10, "Spokesperson", 200, undefined],
    [31, "Spokesperson", 200, "y"],
    [25, "Spokesperson", 200, "x"],
    [25, "President", 200, "p"],
    [25, "Minister", 200, undefined],
    [1000, "Spokesperson", 200, undefined],
    [1000, "Spokesperson", 400, "y"],
  ] as const)("the last role before %i: %s within %i roles → %s", (at, role, reach, expected) => {
    expect(log.lastBefore(at, role, reach)).toBe(expected);
  });

  it("indexes title holders by role and country", () => {
    expect([...(log.holdersOf("Spokesperson", "iq") ?? [])]).toEqual(["x", "y"]);
    expect([...(log.holdersOf("President", "us") ?? [])]).toEqual(["p"]);
    expect(log.holdersOf("President", "iq")).toBeUndefined();
    expect(log.length).toBe(303);
  });

  it("keeps the first of a span given twice, in order of start", () => {
    const ev = (start: number, end: number, sentence: number) => ({ sentence, start, end, text: "x" });
    const r = (evidence: Relation["evidence"]): Relation => ({
      type: "MET",
      source: "a",
      target: "b",
      properties: {},
      evidence,
      confidence: 0.7,
    });
    const [m] = mergeRelations([
      r([ev(20, 30, 1)]),
      r([ev(5, 9, 0)]),
      r([ev(20, 25, 2)]),
      r([ev(20, 30, 3)]),
    ]);
    expect(m?.evidence.map((e) => [e.start, e.end, e.sentence])).toEqual([
      [5, 9, 0],
      [20, 30, 1],
      [20, 25, 2],
    ]);
  });
});

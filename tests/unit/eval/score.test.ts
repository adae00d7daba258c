// Sentences written for Rawabit in the style of wire news; predictions are built by hand so each
// case checks one scoring rule of bench/eval.
import { describe, expect, it } from "vitest";
import {
  checkReferences,
  locateMentions,
  type GoldArticle,
  type GoldEntity,
} from "../../../bench/eval/gold.js";
import { alignEntities } from "../../../bench/eval/align.js";
import { prf, scoreArticle } from "../../../bench/eval/score.js";
import type { Entity, ExtractionResult, Relation, Statement } from "../../../ingest/model.js";

const TEXT =
  "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة، الاثنين، أمير قطر تميم بن حمد، وقال أردوغان إن «تركيا ستدعم قطر». وزار أردوغان الدوحة.";

function ent(
  nameEn: string,
  name: string,
  type: GoldEntity["type"],
  mentions: string[],
  optional = false,
): GoldEntity {
  return optional ? { name, nameEn, type, mentions, optional } : { name, nameEn, type, mentions };
}

const GOLD: GoldArticle = {
  title: "test",
  entities: [
    ent("Recep Tayyip Erdogan", "رجب طيب أردوغان", "Person", ["رجب طيب أردوغان", "أردوغان", "أردوغان"]),
    ent("Turkey", "تركيا", "Country", ["التركي", "تركيا", "أنقرة"]),
    ent("Qatar", "قطر", "Country", ["قطر", "قطر"]),
    ent("Tamim bin Hamad", "تميم بن حمد", "Person", ["تميم بن حمد"]),
    ent("Doha", "الدوحة", "City", ["الدوحة"]),
  ],
  relations: [
    {
      type: "LEADS",
      sourceEn: "Recep Tayyip Erdogan",
      targetEn: "Turkey",
      properties: { role: "President" },
    },
    { type: "MET", sourceEn: "Recep Tayyip Erdogan", targetEn: "Tamim bin Hamad" },
    { type: "VISITED", sourceEn: "Recep Tayyip Erdogan", targetEn: "Doha" },
    { type: "SUPPORTS", sourceEn: "Turkey", targetEn: "Qatar", optional: true },
  ],
  statements: [{ speakerEn: "Recep Tayyip Erdogan", cue: "ستدعم" }],
};

/** A predicted entity whose mentions are the given surfaces, found in TEXT in order. */
function pred(id: string, nameEn: string, name: string, type: Entity["type"], surfaces: string[]): Entity {
  let from = 0;
  const mentions = surfaces.map((s) => {
    const start = TEXT.indexOf(s, from);
    if (start < 0) throw new Error(`test fixture: "${s}" not in TEXT`);
    from = start + s.length;
    return { start, end: start + s.length, text: s };
  });
  return { id, type, name, nameEn, aliases: [], mentions, properties: {} };
}

const rel = (type: Relation["type"], source: string, target: string, properties = {}): Relation => ({
  type,
  source,
  target,
  properties,
  evidence: [],
  confidence: 1,
});

const GOOD_ENTITIES = [
  pred("p:erdogan", "Recep Tayyip Erdogan", "رجب طيب أردوغان", "Person", [
    "رجب طيب أردوغان",
    "أردوغان",
    "أردوغان",
  ]),
  pred("c:tr", "Turkey", "تركيا", "Country", ["التركي", "أنقرة", "تركيا"]),
  pred("c:qa", "Qatar", "قطر", "Country", ["قطر", "قطر"]),
  pred("p:tamim", "Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني", "Person", ["تميم بن حمد"]),
  pred("city:doha", "Doha", "الدوحة", "City", ["الدوحة"]),
];

function result(
  entities: Entity[],
  relations: Relation[] = [],
  statements: Statement[] = [],
): ExtractionResult {
  return { entities, relations, statements, values: [] };
}

const score = (r: ExtractionResult) => scoreArticle(TEXT, GOLD, locateMentions(TEXT, GOLD.entities).spans, r);

describe("locateMentions", () => {
  it.each([
    ["a proclitic before the name", "وقال أردوغان", ["أردوغان"], [5]],
    ["two proclitics", "وبأنقرة اجتماع", ["أنقرة"], [2]],
    ["not inside a longer word", "الأميركية والأميركي", ["الأميركي"], [11]],
    ["not after a non-proclitic letter", "سأردوغان", ["أردوغان"], []],
  ])("finds %s", (_case, text, mentions, starts) => {
    const { spans } = locateMentions(text, [ent("X", "س", "Person", mentions)]);
    expect(spans[0]?.map((s) => s.start)).toEqual(starts);
  });

  it("lets a longer gold name claim the nisba inside it", () => {
    const text = "وقال مجلس النواب اللبناني إن لبنان يحتاج إلى رئيس. وأكد النواب اللبنانيون ذلك.";
    const { spans, problems } = locateMentions(text, [
      ent("Parliament", "مجلس النواب اللبناني", "Organization", ["مجلس النواب اللبناني"]),
      ent("Lebanon", "لبنان", "Country", ["لبنان", "اللبنانيون"]),
    ]);
    expect(problems).toEqual([]);
    expect(spans[1]?.map((s) => s.text)).toEqual(["لبنان", "اللبنانيون"]);
  });

  it("gives numbered occurrences of one surface to different entities", () => {
    const text = "عقد المؤتمر في الرباط، واتهمت الجزائر الرباط بالتصعيد.";
    const { spans, problems } = locateMentions(text, [
      ent("Rabat", "الرباط", "City", ["الرباط#1"]),
      ent("Morocco", "المغرب", "Country", ["الرباط#2"]),
    ]);
    expect(problems).toEqual([]);
    expect(spans.map((s) => s.map((m) => m.start))).toEqual([[15], [38]]);
  });

  it.each([
    [
      "a count that disagrees with the text",
      [ent("Qatar", "قطر", "Country", ["قطر"])],
      /listed 1 time\(s\) but occurs 2/,
    ],
    [
      "one surface for two entities without numbers",
      [ent("Doha", "الدوحة", "City", ["الدوحة"]), ent("Qatar", "قطر", "Country", ["الدوحة"])],
      /number its occurrences/,
    ],
  ])("reports %s", (_case, entities, message) => {
    expect(locateMentions(TEXT, entities).problems.join("\n")).toMatch(message);
  });
});

describe("checkReferences", () => {
  it("names relation ends, speakers and cues that do not exist", () => {
    const gold: GoldArticle = {
      ...GOLD,
      relations: [{ type: "MET", sourceEn: "Recep Tayyip Erdogan", targetEn: "Joe Biden" }],
      statements: [{ speakerEn: "Qatar", cue: "غير موجود" }],
    };
    expect(checkReferences(TEXT, gold)).toEqual([
      'relation MET names "Joe Biden", which is not a gold entity',
      'statement cue "غير موجود" does not occur in the text',
    ]);
  });
});

describe("prf", () => {
  it.each([
    [
      { tp: 3, fp: 1, fn: 1 },
      { precision: 0.75, recall: 0.75, f1: 0.75 },
    ],
    [
      { tp: 0, fp: 0, fn: 2 },
      { precision: 1, recall: 0, f1: 0 },
    ],
    [
      { tp: 0, fp: 0, fn: 0 },
      { precision: 1, recall: 1, f1: 1 },
    ],
  ])("%j → %j", (counts, expected) => {
    expect(prf(counts)).toEqual(expected);
  });
});

describe("alignEntities", () => {
  const { spans } = locateMentions(TEXT, GOLD.entities);
  it.each([
    ["by English label", pred("x", "qatar", "دولة", "Country", ["قطر"]), 2],
    ["by Arabic name after normalisation", pred("x", "Dauha", "الدوحه", "City", ["الدوحة"]), 4],
    ["by a shared mention form", pred("x", "Tameem", "تميم", "Person", ["تميم بن حمد"]), 3],
  ])("matches %s", (_case, p, goldIndex) => {
    expect(alignEntities(GOLD.entities, spans, [p]).get(goldIndex)).toBe(p);
  });

  it("never matches across types", () => {
    const doha = pred("x", "Doha", "الدوحة", "Country", ["الدوحة"]);
    expect(alignEntities(GOLD.entities, spans, [doha]).size).toBe(0);
  });

  it("pairs one to one, the better candidate first", () => {
    const full = pred("a", "Recep Tayyip Erdogan", "رجب طيب أردوغان", "Person", ["رجب طيب أردوغان"]);
    const split = pred("b", "Erdogan", "أردوغان", "Person", ["أردوغان"]);
    const aligned = alignEntities(GOLD.entities, spans, [split, full]);
    expect(aligned.get(0)).toBe(full);
    expect([...aligned.values()]).not.toContain(split);
  });
});

describe("scoreArticle", () => {
  it("scores a perfect extraction as perfect", () => {
    const s = score(
      result(
        GOOD_ENTITIES,
        [
          rel("LEADS", "p:erdogan", "c:tr", { role: "president" }),
          rel("MET", "p:tamim", "p:erdogan"),
          rel("VISITED", "p:erdogan", "city:doha"),
        ],
        [{ speaker: "p:erdogan", text: "تركيا ستدعم قطر", start: 96, end: 111, verb: "قال", source: null }],
      ),
    );
    expect(s.misses).toEqual([]);
    expect(s.falsePositives).toEqual([]);
    expect(s.entities).toEqual({ tp: 5, fp: 0, fn: 0 });
    expect(s.mentions).toEqual({ found: 10, total: 10, exactBoundary: 10 });
    expect(s.relations).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(s.relationProperties).toEqual({ agree: 1, total: 1 });
    expect(s.statements.found).toBe(1);
  });

  it.each([
    ["a symmetric relation in either order", rel("MET", "p:erdogan", "p:tamim"), { tp: 1, fp: 0, fn: 2 }],
    [
      "a directed relation reversed as a miss and a false positive",
      rel("VISITED", "city:doha", "p:erdogan"),
      { tp: 0, fp: 1, fn: 3 },
    ],
    ["an optional gold relation as neither", rel("SUPPORTS", "c:tr", "c:qa"), { tp: 0, fp: 0, fn: 3 }],
    ["a relation to itself as a false positive", rel("MET", "c:qa", "c:qa"), { tp: 0, fp: 1, fn: 3 }],
  ])("counts %s", (_case, r, counts) => {
    expect(score(result(GOOD_ENTITIES, [r])).relations).toEqual(counts);
  });

  it("reports a missed entity, its mentions and a spurious one with their reasons", () => {
    const [erdogan, , qatar, tamim, doha] = GOOD_ENTITIES as [Entity, Entity, Entity, Entity, Entity];
    const ankara = pred("city:ankara", "Ankara", "أنقرة", "City", ["أنقرة"]);
    const spurious = pred("p:x", "Al-Ithnayn", "الاثنين", "Person", ["الاثنين"]);
    const s = score(result([erdogan, qatar, tamim, doha, ankara, spurious]));
    expect(s.entities).toEqual({ tp: 4, fp: 2, fn: 1 });
    expect(s.mentions.total).toBe(10);
    expect(s.mentions.found).toBe(7);
    expect(s.misses).toContain("entity Turkey «تركيا» (Country): found as Ankara «أنقرة» (City)");
    expect(s.falsePositives).toContain('entity Al-Ithnayn «الاثنين» (Person) mentions ["الاثنين"]');
  });

  it("counts a relation through a wrongly aligned endpoint as a false positive", () => {
    const ankara = pred("city:ankara", "Ankara", "أنقرة", "City", ["أنقرة"]);
    const s = score(result([...GOOD_ENTITIES, ankara], [rel("VISITED", "p:erdogan", "city:ankara")]));
    expect(s.falsePositives).toContain('relation VISITED Recep Tayyip Erdogan → Ankara* {} — ""');
  });

  it.each([
    ["the right speaker on the cue", "p:erdogan", 96, 111, 1, { tp: 1, fp: 0, fn: 0 }],
    ["the right speaker elsewhere in the text", "p:erdogan", 0, 20, 0, { tp: 1, fp: 0, fn: 0 }],
    ["another speaker on the cue", "c:qa", 96, 111, 0, { tp: 0, fp: 1, fn: 1 }],
  ])("matches a statement by %s", (_case, speaker, start, end, found, speakers) => {
    const st: Statement = { speaker, text: TEXT.slice(start, end), start, end, verb: "قال", source: null };
    const s = score(result(GOOD_ENTITIES, [], [st]));
    expect(s.statements.found).toBe(found);
    expect(s.speakers).toEqual(speakers);
  });

  it("checks gold properties of matched relations", () => {
    const s = score(result(GOOD_ENTITIES, [rel("LEADS", "p:erdogan", "c:tr", { role: "Prime Minister" })]));
    expect(s.relationProperties).toEqual({ agree: 0, total: 1 });
    expect(s.misses).toContain(
      'property LEADS Recep Tayyip Erdogan → Turkey role: gold "President", predicted "Prime Minister"',
    );
  });
});

// Corpus-report aggregation over hand-built extraction results (made-up names, no corpus text).
import { describe, expect, it } from "vitest";
import { addArticle, addBadLine, buildReport, newAggregate } from "../../../bench/report/aggregate.js";
import { reportLines } from "../../../bench/report/format.js";
import type { NameKnowledge } from "../../../bench/report/names.js";
import type { Entity, EntityType, ExtractionResult, Relation } from "../../../ingest/model.js";

const K: NameKnowledge = {
  knownWords: new Set(["سالم", "راشد"]),
  givenNames: new Set(["سالم", "راشد"]),
  knownNames: new Set(),
  nameWords: new Set(["سالم", "راشد"]),
  titles: ["الامير"],
  commonNouns: [],
  functionWords: new Set(["في"]),
  formulae: [],
};

function entity(id: string, type: EntityType, name: string, mentions = 1): Entity {
  const m = Array.from({ length: mentions }, (_, i) => ({ start: i, end: i + 1, text: name }));
  return { id, type, name, nameEn: id, aliases: [], mentions: m, properties: {} };
}

const rel = (type: Relation["type"]): Relation => ({
  type,
  source: "a",
  target: "b",
  properties: {},
  evidence: [],
  confidence: 1,
});

const result = (entities: Entity[], relations: Relation[] = []): ExtractionResult => ({
  entities,
  relations,
  statements: [],
  values: [],
});

function aggregate() {
  const agg = newAggregate();
  const cost = { words: 100, ms: 50, cpuMs: 25 };
  addArticle(
    agg,
    result(
      [
        entity("p1", "Person", "سالم بن راشد", 3),
        entity("p2", "Person", "سالم"),
        entity("c1", "City", "النخيل"),
      ],
      [rel("LEADS"), rel("MET"), rel("LEADS")],
    ),
    cost,
  );
  addArticle(agg, result([entity("p1", "Person", "سالم بن راشد", 2), entity("p2", "Person", "سالم")]), cost);
  addArticle(
    agg,
    result([entity("p3", "Person", "سالم بن راشد بن حمدان"), entity("p4", "Person", "وسالم")], [rel("MET")]),
    cost,
  );
  addBadLine(agg, 4, "not JSON");
  return agg;
}

describe("corpus aggregates", () => {
  const report = buildReport(aggregate(), K, { top: 2, dupTop: 10, examples: 5 });

  it("counts distinct entities by id, mentions and those seen in one article only", () => {
    expect(report.articles).toBe(3);
    expect(report.entities.find((t) => t.type === "Person")).toEqual({
      type: "Person",
      distinct: 4,
      mentions: 9,
      seenOnce: 2,
      shareSeenOnce: 0.5,
    });
    expect(report.entities.find((t) => t.type === "City")?.distinct).toBe(1);
    expect(report.entities.find((t) => t.type === "Country")?.distinct).toBe(0);
  });

  it("lists the most frequent entities of each type, by articles then mentions", () => {
    expect(report.top.Person?.map((e) => [e.id, e.articles, e.mentions])).toEqual([
      ["p1", 2, 5],
      ["p2", 2, 2],
    ]);
  });

  it("finds duplicates among the top entities and flags suspicious names", () => {
    expect(report.duplicates.pairs.map((p) => `${p.a} ≈ ${p.b} ${p.kind}`)).toEqual([
      "سالم بن راشد ≈ سالم chain-prefix",
      "سالم بن راشد ≈ سالم بن راشد بن حمدان chain-prefix",
      "سالم ≈ سالم بن راشد بن حمدان chain-prefix",
    ]);
    expect(report.suspicious.counts).toMatchObject({ proclitic: 1, "single-word-shared": 1, title: 0 });
    expect(report.suspicious.examples.proclitic).toEqual([{ name: "وسالم", type: "Person", articles: 1 }]);
  });

  it("counts relations per article and throughput", () => {
    expect(report.relations.total).toBe(4);
    expect(report.relations.byType).toEqual([
      { type: "LEADS", count: 2, perArticle: 2 / 3 },
      { type: "MET", count: 2, perArticle: 2 / 3 },
    ]);
    expect(report.throughput).toMatchObject({ words: 300, extractSeconds: 0.15, wordsPerSecond: 2000 });
    expect(report.throughput.wordsPerCpuSecond).toBeCloseTo(4000);
    expect(report.badLines).toEqual({ count: 1, examples: [{ line: 4, error: "not JSON" }] });
  });

  it("prints a text report with every section", () => {
    const text = reportLines(report, "c.jsonl.gz").join("\n");
    for (const heading of [
      "Entities by type",
      "Top 2 Person",
      "Suspected duplicates among the top 10 of each type: 3 pair(s)",
      "Suspicious names",
      "Relations: 4 (1.33 per article)",
      "2,000 words/s wall",
      "line 4: not JSON",
    ])
      expect(text).toContain(heading);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { run as kgIngest } from "../../ingest/cli/commands/ingest.js";
import { ROOT_DIR } from "../../ingest/config.js";
import { loadCypher } from "../../ingest/db/cypher-files.js";
import { coerceParams, loadQueryLibrary } from "../../ingest/queries/library.js";
import { runReadOnly } from "../../ingest/server/readonly.js";
import { prepareArticle, writePrepared } from "../../ingest/write/article.js";
import { ingestArticle, ingestBatch, resetGraph } from "../../ingest/write/index.js";
import { useFreshDb } from "../support/db.js";
import { ARTICLES, fixtureExtract, fixtureExtractor, NEWS_SPEC } from "../unit/write/fixture-extractor.js";
import { countOf, dumpGraph, edgesWithEvidence, holdOpen, untilBlocked } from "./ingest-helpers.js";

const SAMPLE = readFileSync(path.join(ROOT_DIR, "samples", "seed-article.txt"), "utf8");
const extractor = fixtureExtractor(NEWS_SPEC);
const db = useFreshDb();

describe("cross-article accumulation", () => {
  it("merges shared entities into one node and grows counts and articleIds", async () => {
    const first = await ingestArticle(
      db,
      { text: ARTICLES.meeting, publishedAt: "2021-07-26" },
      { extractor },
    );
    const second = await ingestArticle(
      db,
      { text: ARTICLES.visit, publishedAt: "2021-07-28" },
      { extractor },
    );
    expect([first.status, second.status]).toEqual(["new", "new"]);

    expect(await countOf(db, "MATCH (e:Entity {id: 'person:joe-biden'}) RETURN count(e) AS n")).toBe(1);
    const [kadhimi] = await db.read<{ mentionCount: number; articleCount: number; labels: string[] }>(
      "MATCH (e:Entity {id: 'person:mustafa-al-kadhimi'}) RETURN e.mentionCount AS mentionCount, e.articleCount AS articleCount, labels(e) AS labels",
    );
    const mentions = await countOf(
      db,
      "MATCH (:Sentence)-[m:MENTIONS]->(:Entity {id: 'person:mustafa-al-kadhimi'}) RETURN count(m) AS n",
    );
    expect(kadhimi).toMatchObject({ mentionCount: mentions, articleCount: 2 });
    expect(kadhimi?.labels.sort()).toEqual(["Entity", "Person"]);

    const [met] = await edgesWithEvidence(
      db,
      "MATCH (:Entity {id: 'person:joe-biden'})-[r:MET]->(:Entity {id: 'person:mustafa-al-kadhimi'})",
    );
    expect(met?.articleIds).toEqual([first.articleId, second.articleId]);
    expect([met?.count, met?.articleCount]).toEqual([2, 2]);
    expect(met?.sentenceIds).toHaveLength(2);
    expect((met?.evidence as string[]).every((s) => s.includes("استقبل"))).toBe(true);
    expect([met?.firstSeen, met?.lastSeen]).toEqual(["2021-07-26", "2021-07-28"]);
    // One Evidence node per article, tied to its article and its sentences.
    expect(
      await countOf(
        db,
        "MATCH (:Article)-[:HAS_EVIDENCE]->(ev:Evidence)-[:IN_SENTENCE]->(:Sentence) WHERE ev.type = 'MET' RETURN count(DISTINCT ev) AS n",
      ),
    ).toBe(2);
    expect(await countOf(db, "MATCH (:Entity)-[r:MET]-(:Entity) RETURN count(DISTINCT r) AS n")).toBe(1);
  });

  it("replaces the old version's facts when the same URL comes with new text", async () => {
    await resetGraph(db);
    const url = "https://example.com/news/1";
    const v1 = await ingestArticle(db, { text: ARTICLES.visit, url }, { extractor });
    await ingestArticle(db, { text: ARTICLES.meeting }, { extractor });
    const v2 = await ingestArticle(db, { text: ARTICLES.baghdad, url }, { extractor });
    expect(v2.status).toBe("replaced");

    expect(await countOf(db, "MATCH (a:Article {id: $id}) RETURN count(a) AS n", { id: v1.articleId })).toBe(
      0,
    );
    expect(
      await countOf(db, "MATCH (s:Sentence) WHERE s.articleId = $id RETURN count(s) AS n", {
        id: v1.articleId,
      }),
    ).toBe(0);
    expect(
      await countOf(db, "MATCH (ev:Evidence {articleId: $id}) RETURN count(ev) AS n", {
        id: v1.articleId,
      }),
    ).toBe(0);
    // VISITED was supported only by v1: gone. MET is still supported by the other article.
    expect(await countOf(db, "MATCH ()-[r:VISITED]->() RETURN count(r) AS n")).toBe(0);
    const [met] = await edgesWithEvidence(db, "MATCH ()-[r:MET]->()");
    expect([met?.count, met?.articleCount]).toEqual([1, 1]);
    expect(met?.articleIds).toHaveLength(1);
    const [kadhimi] = await db.read<{ articleCount: number; mentionCount: number }>(
      "MATCH (e:Entity {id: 'person:mustafa-al-kadhimi'}) RETURN e.articleCount AS articleCount, e.mentionCount AS mentionCount",
    );
    expect(kadhimi).toEqual({ articleCount: 1, mentionCount: 1 });
    expect(await countOf(db, "MATCH (a:Article {url: $url}) RETURN count(a) AS n", { url })).toBe(1);
    // بغداد appears only in the replacement now; the baghdad entity belongs to v2 alone.
    expect(await countOf(db, "MATCH (e:Entity {id: 'city:baghdad'}) RETURN e.articleCount AS n")).toBe(1);
  });
});

describe("money per evidence", () => {
  const grant = (amount: number, currency: string) => ({
    ...NEWS_SPEC,
    relations: (NEWS_SPEC.relations ?? []).map((r) =>
      r.type === "FUNDED" ? { ...r, properties: { amount, currency } } : r,
    ),
  });
  const flows = async () =>
    (
      await edgesWithEvidence(
        db,
        "MATCH (:Entity {id: 'country:usa'})-[r:FUNDED]->(:Entity {id: 'country:iraq'})",
      )
    ).map((r) => ({
      amounts: r.amounts as number[],
      currencies: r.currencies as string[],
      ids: r.sentenceIds as string[],
      amount: r.amount,
      currency: r.currency,
    }));

  const moneyFlows = async () => {
    const q = loadQueryLibrary().find((x) => x.name === "money-flows");
    if (!q) throw new Error("money-flows query is in cypher/queries");
    const { rows } = await runReadOnly(db, q.cypher, coerceParams(q, {}));
    return rows.map(({ giverEn, amount, currency, flows }) => ({ giverEn, amount, currency, flows }));
  };

  it("keeps one amount per article parallel to sentenceIds; replacing a version takes its amount out", async () => {
    await resetGraph(db);
    const url = "https://example.com/news/grant";
    const other = ARTICLES.meeting.replace("155 مليون", "20 مليون");
    await ingestArticle(db, { text: other }, { extractor: fixtureExtractor(grant(20e6, "EUR")) });
    await ingestArticle(
      db,
      { text: ARTICLES.meeting, url },
      { extractor: fixtureExtractor(grant(155e6, "USD")) },
    );
    const [both] = await flows();
    expect(both?.amounts).toEqual([20e6, 155e6]);
    expect(both?.currencies).toEqual(["EUR", "USD"]);
    expect(both?.ids).toHaveLength(2);
    expect([both?.amount, both?.currency]).toEqual([155e6, "USD"]);
    expect(await moneyFlows()).toEqual([
      { giverEn: "United States", amount: 155e6, currency: "USD", flows: 1 },
      { giverEn: "United States", amount: 20e6, currency: "EUR", flows: 1 },
    ]);

    // Re-ingesting changes nothing.
    await ingestArticle(db, { text: other }, { extractor: fixtureExtractor(grant(20e6, "EUR")) });
    expect(await flows()).toEqual([both]);

    // A new version of the USD article without the grant sentence: its amount leaves the lists, and
    // amount/currency fall back to the latest amount still supported.
    await ingestArticle(
      db,
      { text: ARTICLES.visit, url },
      { extractor: fixtureExtractor(grant(155e6, "USD")) },
    );
    const [left] = await flows();
    expect(await moneyFlows()).toEqual([
      { giverEn: "United States", amount: 20e6, currency: "EUR", flows: 1 },
    ]);
    expect(left).toEqual({
      amounts: [20e6],
      currencies: ["EUR"],
      ids: both?.ids.slice(0, 1),
      amount: 20e6,
      currency: "EUR",
    });
  });

  it("stores a statement's platform and a relation's trigger", async () => {
    await resetGraph(db);
    const withPlatform = {
      version: "fixture-platform",
      extract: (input: { text: string }) => {
        const r = fixtureExtract(input.text, NEWS_SPEC);
        return {
          ...r,
          statements: r.statements.map((st) => ({ ...st, platform: "org:white-house" })),
          relations: r.relations.map((rel) => ({
            ...rel,
            properties: { ...rel.properties, trigger: "met" },
          })),
        };
      },
    };
    await ingestArticle(db, { text: ARTICLES.meeting }, { extractor: withPlatform });
    const platforms = await db.read<{ platform: string }>(
      "MATCH (st:Statement) RETURN st.platform AS platform",
    );
    expect(platforms.length).toBeGreaterThan(0);
    for (const p of platforms) expect(p.platform).toBe("org:white-house");
    const triggers = await db.read<{ trigger: string }>("MATCH ()-[r:MET]->() RETURN r.trigger AS trigger");
    expect(triggers).toEqual([{ trigger: "met" }]);
  });
});

describe("write plans", () => {
  /** Operator names of a statement's plan, as Neo4j would plan it on the graph as it is now. */
  async function operators(name: string): Promise<string[]> {
    // Planned afresh on the graph as it is (a statement's own `replan=skip` would hand back the
    // plan cached by earlier tests).
    const text = loadCypher(name).replace(/^CYPHER replan=skip$/m, "");
    const result = await db.driver.executeQuery(
      `CYPHER replan=force EXPLAIN ${text}`,
      {},
      { database: db.config.database },
    );
    const out: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }): void => {
      out.push(plan.operatorType.replace(/@.*$/, ""));
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(result.summary.plan as unknown as { operatorType: string; children: unknown[] });
    return out;
  }

  // Planned on an empty graph, a relationship MERGE between two known entities scanned every
  // relationship in the database per row; the article statement is planned once and kept
  // (`CYPHER replan=skip`), so its plan must not depend on how big the graph was at the time.
  it.each([
    "write/article",
    "write/entity-totals",
    "write/remove-article",
    "write/remove-relations",
    "write/lookup",
  ])("%s finds what it writes by index and expansion, even on an empty graph", async (name) => {
    await resetGraph(db);
    const ops = await operators(name);
    expect(ops.length).toBeGreaterThan(0);
    expect(ops.filter((op) => /Scan/.test(op))).toEqual([]);
  });
});

describe("idempotency", () => {
  it("ingesting the sample twice leaves an identical graph (full dump)", async () => {
    await resetGraph(db);
    const first = await ingestArticle(
      db,
      { text: SAMPLE, title: "عينة", url: "https://example.com/seed" },
      { extractor },
    );
    await ingestArticle(db, { text: ARTICLES.visit }, { extractor });
    const before = await dumpGraph(db);
    const again = await ingestArticle(
      db,
      { text: SAMPLE, title: "عينة", url: "https://example.com/seed" },
      { extractor },
    );
    const after = await dumpGraph(db);
    expect(first.status).toBe("new");
    expect(again.status).toBe("unchanged");
    expect(again.articleId).toBe(first.articleId);
    expect(after).toEqual(before);
    expect(before.relationships.length).toBeGreaterThan(3);
  });

  it("a re-wrapped copy of the same text is the same article", async () => {
    const report = await ingestArticle(db, { text: SAMPLE.replace(/\n\n/g, "\n \n") }, { extractor });
    expect(report.status).toBe("unchanged");
  });
});

describe("concurrency", () => {
  it("8 concurrent ingests of articles sharing entities give one node per entity and exact counts", async () => {
    await resetGraph(db);
    const openings = [
      "صباح الأحد",
      "مساء الاثنين",
      "ظهر الثلاثاء",
      "فجر الأربعاء",
      "ليل الخميس",
      "صباح الجمعة",
      "عصر السبت",
      "مساء الأحد",
    ];
    const texts = openings.map(
      (when) =>
        `${when} استقبل الرئيس جو بايدن رئيس الوزراء مصطفى الكاظمي في البيت الأبيض. وأعلنت الولايات المتحدة تقديم 155 مليون دولار إلى العراق.`,
    );
    // The same article twice as well: the claim must keep it from being counted twice.
    const items = [...texts, texts[0] as string].map((text, i) => ({ label: `a${i}`, input: { text } }));
    const report = await ingestBatch(db, items, { extractor, concurrency: 8 });
    expect(report.counts).toEqual({ new: 8, unchanged: 1, replaced: 0, failed: 0 });

    const dupes = await countOf(
      db,
      "MATCH (e:Entity) WITH e.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS n",
    );
    expect(dupes).toBe(0);
    expect(await countOf(db, "MATCH (e:Entity) RETURN count(e) AS n")).toBe(5);
    const rels = await db.read<{
      type: string;
      n: number;
      count: number;
      articles: number;
      sentences: number;
    }>(
      `MATCH (:Entity)-[r]->(:Entity)
       RETURN type(r) AS type, count(r) AS n, sum(r.count) AS count,
              sum(COUNT { (ev:Evidence {key: r.key}) }) AS articles,
              sum(size(COLLECT { MATCH (ev:Evidence {key: r.key}) UNWIND ev.sentenceIds AS sid RETURN sid })) AS sentences
       ORDER BY type`,
    );
    expect(rels).toEqual([
      { type: "FUNDED", n: 1, count: 8, articles: 8, sentences: 8 },
      { type: "MET", n: 1, count: 8, articles: 8, sentences: 8 },
    ]);
    const counts = await db.read<{ id: string; mentionCount: number; articleCount: number; actual: number }>(
      `MATCH (e:Entity)
       RETURN e.id AS id, e.mentionCount AS mentionCount, e.articleCount AS articleCount,
              COUNT { (:Sentence)-[:MENTIONS]->(e) } AS actual ORDER BY id`,
    );
    for (const c of counts) {
      expect(c.articleCount, c.id).toBe(8);
      expect(c.mentionCount, c.id).toBe(c.actual);
    }
  });

  it("a relationship first seen by 8 concurrent articles between existing entities is created once", async () => {
    await resetGraph(db);
    // The entities exist already, so nothing in the 8 transactions serialises them except the
    // writer's own locking before it creates a relationship (cypher/write/article.cypher).
    const names = await ingestArticle(
      db,
      { text: "لقاء مرتقب\n\nيصل جو بايدن اليوم وينتظره مصطفى الكاظمي." },
      { extractor },
    );
    expect(names.status).toBe("new");
    expect(await countOf(db, "MATCH (:Entity)-[r:MET]->(:Entity) RETURN count(r) AS n")).toBe(0);
    const hours = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة"];
    const items = hours.map((hour, i) => ({
      label: `m${i}`,
      input: { text: `في الساعة ${hour} استقبل جو بايدن مصطفى الكاظمي.` },
    }));
    const report = await ingestBatch(db, items, { extractor, concurrency: 8 });
    expect(report.counts).toEqual({ new: 8, unchanged: 0, replaced: 0, failed: 0 });
    const [met] = await db.read<{ n: number; count: number; articles: number }>(
      `MATCH (:Entity)-[r:MET]->(:Entity)
       RETURN count(r) AS n, sum(r.count) AS count, sum(r.articleCount) AS articles`,
    );
    expect(met).toEqual({ n: 1, count: 8, articles: 8 });
  });
});

describe("one article per URL", () => {
  it("8 concurrent new texts at one URL leave exactly one version, whole, and nothing of the others", async () => {
    await resetGraph(db);
    const url = "https://example.com/news/live";
    const texts = ["صباح", "ظهر", "عصر", "مساء", "ليل", "فجر", "ضحى", "غروب"].map(
      (when) => `${when} الأحد استقبل الرئيس جو بايدن رئيس الوزراء مصطفى الكاظمي في البيت الأبيض.`,
    );
    const reports = await Promise.all(texts.map((text) => ingestArticle(db, { text, url }, { extractor })));
    expect(reports.filter((r) => r.status === "new")).toHaveLength(1);
    expect(reports.filter((r) => r.status === "replaced")).toHaveLength(7);

    const articles = await db.read<{ id: string }>("MATCH (a:Article {url: $url}) RETURN a.id AS id", {
      url,
    });
    expect(articles).toHaveLength(1);
    expect(await countOf(db, "MATCH (a:Article) RETURN count(a) AS n")).toBe(1);
    // Only the surviving version's sentences, mentions and evidence are left.
    expect(
      await countOf(db, "MATCH (s:Sentence) WHERE s.articleId <> $id RETURN count(s) AS n", articles[0]),
    ).toBe(0);
    const [met] = await edgesWithEvidence(db, "MATCH (:Entity)-[r:MET]->(:Entity)");
    expect([met?.articleIds, met?.count]).toEqual([[articles[0]?.id], 1]);
    const counts = await db.read<{ mentionCount: number; actual: number; articleCount: number }>(
      `MATCH (e:Entity) RETURN e.mentionCount AS mentionCount, e.articleCount AS articleCount,
              COUNT { (:Sentence)-[:MENTIONS]->(e) } AS actual`,
    );
    for (const c of counts) expect([c.mentionCount, c.articleCount]).toEqual([c.actual, 1]);
  });
  it("a new text at a URL whose version another writer is replacing meanwhile replaces that writer's version", async () => {
    await resetGraph(db);
    const url = "https://example.com/news/race";
    await ingestArticle(db, { text: ARTICLES.visit, url }, { extractor });
    const other = await prepareArticle(db, { text: ARTICLES.baghdad, url }, { extractor });
    if (other.kind !== "ready") throw new Error("expected a new text to be extracted");
    // Another writer replaces the stored version and has not committed yet.
    const replacing = holdOpen(db, (tx) => writePrepared(tx, other));
    await replacing.ran;
    // This one still sees the stored version at the URL, and waits for it.
    const late = ingestArticle(db, { text: ARTICLES.meeting, url }, { extractor });
    await untilBlocked(db);
    replacing.release();
    await replacing.done;
    const report = await late;
    expect(report.status).toBe("replaced");

    // As if the two had come one after the other: the later text is the one version left, whole.
    expect(await db.read("MATCH (a:Article) RETURN a.id AS id, a.url AS url")).toEqual([
      { id: report.articleId, url },
    ]);
    const stray = await db.read<{ label: string }>(
      "MATCH (x) WHERE (x:Sentence OR x:Evidence OR x:Statement) AND x.articleId <> $id RETURN labels(x)[0] AS label",
      { id: report.articleId },
    );
    expect(stray).toEqual([]);
    const [met] = await edgesWithEvidence(db, "MATCH (:Entity)-[r:MET]->(:Entity)");
    expect([met?.articleIds, met?.count]).toEqual([[report.articleId], 1]);
    expect(await countOf(db, "MATCH (e:Entity {id: 'city:baghdad'}) RETURN count(e) AS n")).toBe(0);
    const counts = await db.read<{ mentionCount: number; actual: number }>(
      "MATCH (e:Entity) RETURN e.mentionCount AS mentionCount, COUNT { (:Sentence)-[:MENTIONS]->(e) } AS actual",
    );
    for (const c of counts) expect(c.mentionCount).toBe(c.actual);
  });
});

describe("entity totals after commit", () => {
  it("an article written but whose entity totals never ran (a crash) is finished by the next ingest", async () => {
    await resetGraph(db);
    // Write the article's transaction only, as if the process died right after its commit.
    const input = { text: ARTICLES.meeting };
    const prepared = await prepareArticle(db, input, { extractor });
    if (prepared.kind !== "ready") throw new Error("expected a new article");
    await db.writeTransaction((tx) => writePrepared(tx, prepared));
    const pending = "MATCH (a:Article) WHERE a.entityTotalsPending RETURN count(a) AS n";
    expect(await countOf(db, pending)).toBe(1);
    const [before] = await db.read<{ mentionCount: number }>(
      "MATCH (e:Entity {id: 'person:joe-biden'}) RETURN e.mentionCount AS mentionCount",
    );
    expect(before?.mentionCount).toBe(0);

    const report = await ingestBatch(db, [{ label: "again", input }], { extractor });
    expect(report.counts).toEqual({ new: 0, unchanged: 1, replaced: 0, failed: 0 });
    expect(report.totalsError).toBeNull();
    expect(await countOf(db, pending)).toBe(0);
    const counts = await db.read<{ mentionCount: number; articleCount: number; actual: number }>(
      `MATCH (e:Entity) RETURN e.mentionCount AS mentionCount, e.articleCount AS articleCount,
              COUNT { (:Sentence)-[:MENTIONS]->(e) } AS actual`,
    );
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts)
      expect([c.mentionCount, c.articleCount]).toEqual([c.actual, c.actual > 0 ? 1 : 0]);
    // A third run has nothing left to do.
    const third = await ingestBatch(db, [{ label: "third", input }], { extractor });
    expect(third.counts.unchanged).toBe(1);
  });
});

describe("hostile names", () => {
  it("stores names and titles that look like Cypher or markup verbatim", async () => {
    await resetGraph(db);
    const name = `'}) MATCH (n) DETACH DELETE n //`;
    const markup = `<script>alert("x")</script>&amp;`;
    const spec = {
      entities: [
        { id: "organization:hostile-1", type: "Organization" as const, name, nameEn: markup },
        { id: "person:joe-biden", type: "Person" as const, name: "جو بايدن", nameEn: "Joe Biden" },
      ],
      relations: [
        {
          type: "MET" as const,
          source: "person:joe-biden",
          target: "organization:hostile-1",
          trigger: "التقى",
        },
      ],
    };
    const text = `التقى جو بايدن ممثلي ${name} أمس.`;
    await ingestArticle(db, { text, title: markup }, { extractor: fixtureExtractor(spec) });
    const [row] = await db.read<{
      name: string;
      nameEn: string;
      title: string;
      evidence: string[];
      nodes: number;
    }>(
      `MATCH (e:Entity {id: 'organization:hostile-1'}) MATCH (a:Article)
       RETURN e.name AS name, e.nameEn AS nameEn, a.title AS title,
              [(e)-[r:MET]-() | COLLECT { MATCH (ev:Evidence {key: r.key}) RETURN ev.evidence }[0]][0] AS evidence,
              COUNT { MATCH (n) } AS nodes`,
    );
    expect(row).toMatchObject({ name, nameEn: markup, title: markup, evidence: [text] });
    expect(row?.nodes).toBeGreaterThan(3);
  });
});

describe("with ingest/extract", () => {
  it("`kg ingest` of the sample twice: the second run is unchanged and the graph identical", async () => {
    await resetGraph(db);
    process.env.NEO4J_URI = db.config.uri;
    const sample = path.join(ROOT_DIR, "samples", "seed-article.txt");
    const logs: string[] = [];
    const spies = [
      vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void logs.push(a.join(" "))),
      vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void logs.push(a.join(" "))),
    ];
    try {
      expect(await kgIngest([sample])).toBe(0);
      const before = await dumpGraph(db);
      expect(await kgIngest([sample])).toBe(0);
      expect(await dumpGraph(db)).toEqual(before);
      expect(before.nodes.filter((n) => n.labels.includes("Entity")).length).toBeGreaterThan(3);
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    expect(logs.join("\n")).toMatch(/1 article: 1 new, 0 unchanged[\s\S]*1 article: 0 new, 1 unchanged/);
  });

  it("writes an entity the article names by no word (the king's country) with its relationship, and takes it out with the article's version", async () => {
    await resetGraph(db);
    const url = "https://example.com/news/royal-order";
    // خادم الحرمين الشريفين الملك X leads Saudi Arabia, which no word of this text names.
    const text =
      "أصدر خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود أمراً ملكياً اليوم بتعيين عدد من المسؤولين في مناصب جديدة.";
    const first = await ingestArticle(db, { text, url, publishedAt: "2015-08-01" });
    expect(first.status).toBe("new");
    const [leads] = await edgesWithEvidence(
      db,
      "MATCH (:Person)-[r:LEADS]->(:Entity:Country {id: 'country:SA'})",
    );
    expect([leads?.count, leads?.articleIds]).toEqual([1, [first.articleId]]);
    expect((leads?.evidence as string[])[0]).toContain("خادم الحرمين الشريفين");
    const [country] = await db.read<{ mentions: number; mentionCount: number }>(
      "MATCH (e:Entity {id: 'country:SA'}) RETURN COUNT { (:Sentence)-[:MENTIONS]->(e) } AS mentions, e.mentionCount AS mentionCount",
    );
    expect(country).toEqual({ mentions: 0, mentionCount: 0 });
    expect((await ingestArticle(db, { text, url, publishedAt: "2015-08-01" })).status).toBe("unchanged");

    const replaced = await ingestArticle(db, {
      text: "وصل وفد من رجال الأعمال إلى المدينة صباح اليوم.",
      url,
    });
    expect(replaced.status).toBe("replaced");
    expect(await countOf(db, "MATCH ()-[r:LEADS]->(:Entity {id: 'country:SA'}) RETURN count(r) AS n")).toBe(
      0,
    );
  });

  it.each([
    ["empty", ""],
    ["only invisible marks", "\u200f\u200e ـــ \n"],
  ])("refuses an %s article with a clear error", async (_what, text) => {
    await expect(ingestArticle(db, { text })).rejects.toThrow(/ingest: article has no text/);
  });
});

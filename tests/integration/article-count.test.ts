import { describe, expect, it } from "vitest";
import { migrate } from "../../ingest/db/migrate.js";
import { prepareArticle, writePrepared } from "../../ingest/write/article.js";
import { ingestBatch } from "../../ingest/write/batch.js";
import { deleteArticle } from "../../ingest/write/delete.js";
import { applyEntityTotals } from "../../ingest/write/entity-totals.js";
import { loadCypher } from "../../ingest/db/cypher-files.js";
import { useFreshDb } from "../support/db.js";
import { fixtureExtractor } from "./api-helpers.js";

// `articleCount` is added under each article's `coMentions` mark (cypher/write/co-mentions.cypher)
// and taken back when a counted article is removed (remove-article.cypher), no longer recounted at
// every flush: after every way of writing, rewriting and removing articles it must equal a recount.
// Invented people, an invented organisation and a city, in sentences written for this test.
const SAMER = "person:samer-alqasem";
const LAYLA = "person:layla-alhaddad";
const NABLUS = "city:nablus";
const GREEN = "org:green-horizon";
const extractor = fixtureExtractor([
  { id: SAMER, type: "Person", name: "سامر القاسم", nameEn: "Samer al-Qasem", aliases: ["القاسم"] },
  { id: LAYLA, type: "Person", name: "ليلى الحداد", nameEn: "Layla al-Haddad", aliases: [] },
  { id: NABLUS, type: "City", name: "نابلس", nameEn: "Nablus", aliases: [] },
  { id: GREEN, type: "Organization", name: "منظمة الأفق الأخضر", nameEn: "Green Horizon", aliases: [] },
]);

const TEXTS = [
  "التقى الوزير سامر القاسم بالسفيرة ليلى الحداد في نابلس أمس. وأكد القاسم أن الزيارة مهمة.",
  "استقبلت ليلى الحداد وفداً من منظمة الأفق الأخضر في نابلس.",
  "قال سامر القاسم إن منظمة الأفق الأخضر ستفتتح مكتباً جديداً. وأضاف القاسم أن المكتب سيعمل قريباً.",
  "زارت ليلى الحداد مدينة نابلس للمرة الثانية هذا العام.",
];
const input = (i: number, text = TEXTS[i] ?? "") => ({
  text,
  title: `خبر ${i}`,
  url: `https://news.example/article-count/${i}`,
  publishedAt: "2024-05-0" + String((i % 9) + 1),
});

const db = useFreshDb();

/** Entities whose stored articleCount differs from a recount over the graph (all articles). */
async function drift(): Promise<{ id: string; stored: number; actual: number }[]> {
  return db.read(
    `MATCH (e:Entity)
     WITH e, e.articleCount AS stored, COUNT { MATCH (s:Sentence)-[:MENTIONS]->(e) RETURN DISTINCT s.articleId } AS actual
     WHERE stored <> actual
     RETURN e.id AS id, stored, actual ORDER BY id`,
  );
}

const counts = async (): Promise<Record<string, number>> =>
  Object.fromEntries(
    (
      await db.read<{ id: string; n: number }>(
        "MATCH (e:Entity) RETURN e.id AS id, e.articleCount AS n ORDER BY id",
      )
    ).map((r) => [r.id, r.n]),
  );

const pending = async (): Promise<number> => {
  const [row] = await db.read<{ n: number }>(
    "MATCH (a:Article) WHERE a.entityTotalsPending RETURN count(a) AS n",
  );
  return row?.n ?? 0;
};

describe("articleCount, added once per article instead of recounted", () => {
  it("equals a recount after a batch, and after the same articles ingested twice", async () => {
    const report = await ingestBatch(
      db,
      TEXTS.map((_, i) => input(i)),
      { extractor, groupSize: 2 },
    );
    expect(report.counts.new).toBe(4);
    expect(await drift()).toEqual([]);
    expect(await counts()).toEqual({ [SAMER]: 2, [LAYLA]: 3, [NABLUS]: 3, [GREEN]: 2 });
    const again = await ingestBatch(
      db,
      TEXTS.map((_, i) => input(i)),
      { extractor },
    );
    expect(again.counts.unchanged).toBe(4);
    expect(await drift()).toEqual([]);
    expect(await counts()).toEqual({ [SAMER]: 2, [LAYLA]: 3, [NABLUS]: 3, [GREEN]: 2 });
  });

  it("equals a recount after an article is re-ingested with a changed text", async () => {
    // Article 3 no longer names Nablus; article 1 now names Samer too.
    const report = await ingestBatch(
      db,
      [
        input(3, "زارت ليلى الحداد مقر منظمة الأفق الأخضر."),
        input(1, TEXTS[1] + " وحضر سامر القاسم اللقاء."),
      ],
      { extractor },
    );
    expect(report.counts.replaced).toBe(2);
    expect(await drift()).toEqual([]);
    expect(await counts()).toEqual({ [SAMER]: 3, [LAYLA]: 3, [NABLUS]: 2, [GREEN]: 3 });
  });

  it("equals a recount after deletes, of a counted article and of one whose flush never ran", async () => {
    const [first] = await db.read<{ id: string }>("MATCH (a:Article {url: $url}) RETURN a.id AS id", {
      url: input(0).url,
    });
    expect(await deleteArticle(db, first?.id ?? "")).toBe(true);
    expect(await drift()).toEqual([]);

    // Written, not flushed (as if the process died after the article's commit), then deleted.
    const prepared = await prepareArticle(db, input(5, "التقى سامر القاسم ليلى الحداد في نابلس."), {
      extractor,
    });
    if (prepared.kind !== "ready") throw new Error("expected a new article");
    await db.writeTransaction((tx) => writePrepared(tx, prepared));
    expect(await pending()).toBe(1);
    const before = await counts();
    expect(await deleteArticle(db, prepared.id)).toBe(true);
    expect(await counts()).toEqual(before);
    expect(await drift()).toEqual([]);
  });

  it("counts once whether a flush runs twice, is interrupted after the co-mentions, or runs late", async () => {
    const prepared = await prepareArticle(db, input(6, "وقالت منظمة الأفق الأخضر إن سامر القاسم في نابلس."), {
      extractor,
    });
    if (prepared.kind !== "ready") throw new Error("expected a new article");
    await db.writeTransaction((tx) => writePrepared(tx, prepared));
    // Interrupted: the co-mentions transaction committed, the totals never ran.
    await db.write(loadCypher("write/co-mentions"), { rows: { articles: [prepared.id] } });
    expect(await pending()).toBe(1);
    expect(await drift()).toEqual([]);
    // The next ingest finds the article pending and flushes it again; then the same flush twice.
    const report = await ingestBatch(db, [input(6, "وقالت منظمة الأفق الأخضر إن سامر القاسم في نابلس.")], {
      extractor,
    });
    expect(report.counts.unchanged).toBe(1);
    expect(await pending()).toBe(0);
    await applyEntityTotals(db, [prepared.id], []);
    await applyEntityTotals(db, [prepared.id], []);
    expect(await drift()).toEqual([]);
  });

  it("equals a recount after `kg db migrate` marks articles from before the mark", async () => {
    const before = await counts();
    // The old shape: no pairs, no article marked, counts recounted over every article.
    await db.write("MATCH (c:CoMention) DELETE c");
    await db.write("MATCH (a:Article) REMOVE a.coMentions");
    expect((await migrate(db)).coMentions).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
    expect(await drift()).toEqual([]);
    expect((await migrate(db)).coMentions).toBe(0);
    expect(await counts()).toEqual(before);
  });
});

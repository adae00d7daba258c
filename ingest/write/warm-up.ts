import type { Database } from "../db/driver.js";
import { loadCypher } from "../db/cypher-files.js";
import type { ArticleInput, ExtractionResult } from "../model.js";
import { writeAllNew, writePrepared, type Prepared } from "./article.js";
import { GROUP_SIZE } from "./batch.js";
import { EXTRACTOR_VERSION } from "./extractor.js";
import { lookupMany, singleLookup } from "./lookup.js";
import { curationRules } from "../curation/store.js";
import { buildArticleRows } from "./rows.js";

/** Thrown inside the warm-up transaction so that it rolls back. */
class RollBack extends Error {}

// A made-up two-sentence article with one of everything the write statements handle.
const TEXT = "استقبل الرئيس سمير حداد في القاهرة وزير الخارجية. وقال حداد إن التعاون مستمر.";
const INPUT: ArticleInput = {
  text: TEXT,
  title: "استقبال",
  url: "https://warm-up.invalid/rawabit",
  source: "warm-up.invalid",
  publishedAt: "2021-07-26",
};
const span = (text: string, from = 0): { start: number; end: number; text: string } => {
  const start = TEXT.indexOf(text, from);
  return { start, end: start + text.length, text };
};
const RESULT: ExtractionResult = {
  entities: [
    {
      id: "person:warm-up",
      type: "Person",
      name: "سمير حداد",
      nameEn: "Samir Haddad",
      aliases: ["حداد"],
      mentions: [span("سمير حداد"), span("حداد", 40)],
      properties: { role: "president" },
    },
    {
      id: "city:warm-up",
      type: "City",
      name: "القاهرة",
      nameEn: "Cairo",
      aliases: [],
      mentions: [span("القاهرة")],
      properties: {},
    },
  ],
  relations: [
    {
      type: "VISITED",
      source: "person:warm-up",
      target: "city:warm-up",
      properties: {},
      evidence: [{ ...span("استقبل الرئيس سمير حداد في القاهرة وزير الخارجية."), sentence: 0 }],
      confidence: 0.5,
    },
  ],
  statements: [
    {
      speaker: "person:warm-up",
      ...span("التعاون مستمر"),
      verb: "قال",
      source: null,
      about: ["city:warm-up"],
    },
  ],
  values: [{ kind: "date", ...span("القاهرة"), value: "2021-07-26" }],
  sentences: [
    { index: 0, ...span("استقبل الرئيس سمير حداد في القاهرة وزير الخارجية.") },
    { index: 1, ...span("وقال حداد إن التعاون مستمر.") },
  ],
};

type Ready = Extract<Prepared, { kind: "ready" }>;

/** The made-up article, its text (so its id) and URL made unique by `tag`. */
function readyArticle(tag: string): Ready {
  // A tag after the text: the spans above still point at the same characters.
  const input: ArticleInput = { ...INPUT, text: `${TEXT} ${tag}`, url: `${INPUT.url ?? ""}/${tag}` };
  const rows = buildArticleRows(input, RESULT, { extractorVersion: EXTRACTOR_VERSION });
  return {
    kind: "ready",
    id: rows.article.id,
    url: input.url ?? null,
    version: EXTRACTOR_VERSION,
    rows,
    now: new Date().toISOString(),
    warnings: [],
    pending: false,
    // 0: the rolled-back articles are never settled.
    rulesVersion: 0,
  };
}

/**
 * Has a just-started Neo4j plan and run the statements of an article's ingestion by running them on
 * made-up articles in a transaction that is rolled back: nothing is left in the graph, and the first
 * real articles no longer wait seconds for query planning and a cold JVM. It runs what `kg ingest`
 * runs for its first article (alone: lookup, curation rules version, the write of one article) and
 * for the groups after it (the write of GROUP_SIZE new articles in one statement, which also takes
 * the branch where a relationship already exists and only gains evidence), then the flush after a
 * batch (co-mentions, entity totals).
 * Measured by `npm run bench:cold`.
 */
export async function warmUpWrites(db: Database): Promise<void> {
  const single = readyArticle("0");
  const group = Array.from({ length: GROUP_SIZE }, (_, k) => readyArticle(String(k + 1)));
  // The block lookup of a batch is the same statement with more ids.
  await lookupMany(
    db,
    [single, ...group].map((p) => p.id),
  );
  await singleLookup(db)(single.id);
  // The rules version every article reads before extraction and after its write.
  await curationRules(db);
  const written = [single, ...group];
  const entities = [...new Map(written.flatMap((p) => p.rows.entities).map((e) => [e.id, e])).values()].map(
    ({ id, nameEn, aliases, searchKeys, props }) => ({ id, nameEn, aliases, searchKeys, props }),
  );
  try {
    await db.writeTransaction(async (tx) => {
      await writePrepared(tx, single);
      await writeAllNew(tx, group);
      const articles = written.map((p) => p.id);
      await tx.run(loadCypher("write/co-mentions"), { rows: { articles } });
      await tx.run(loadCypher("write/entity-totals"), { rows: { entities, articles } });
      throw new RollBack("warm-up done");
    });
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  }
}

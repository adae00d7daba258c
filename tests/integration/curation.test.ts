import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ROOT_DIR } from "../../ingest/config.js";
import {
  curate,
  exportCorrections,
  importCorrections,
  listCorrections,
} from "../../ingest/curation/index.js";
import type { Database } from "../../ingest/db/driver.js";
import type { Entity, ExtractionResult, Relation } from "../../ingest/model.js";
import { buildServer } from "../../ingest/server/app.js";
import { ingestArticle, prepareArticle, writePrepared } from "../../ingest/write/article.js";
import { ingestBatch } from "../../ingest/write/batch.js";
import { deleteArticle, removeIfPresent } from "../../ingest/write/delete.js";
import type { Extractor } from "../../ingest/write/extractor.js";
import { resetDb, testDb } from "../support/db.js";
import { countOf, dumpGraph, holdOpen, untilBlocked } from "./ingest-helpers.js";

// Sentences written for these tests (not from any corpus). Each entity is found by its forms.
const FORMS: { id: string; type: Entity["type"]; forms: string[] }[] = [
  { id: "person:sami", type: "Person", forms: ["سامي الحداد"] },
  { id: "person:abu-sami", type: "Person", forms: ["أبو سامي"] },
  { id: "person:karim", type: "Person", forms: ["كريم ناصر", "الوزير ناصر"] },
  { id: "city:port", type: "City", forms: ["مدينة الميناء"] },
  { id: "org:union", type: "Organization", forms: ["اتحاد الصيادين"] },
];
const PHRASES: { type: Relation["type"]; source: string; target: string; phrase: string }[] = [
  { type: "MET", source: "person:sami", target: "person:karim", phrase: "التقى سامي الحداد كريم ناصر" },
  { type: "MET", source: "person:abu-sami", target: "person:karim", phrase: "التقى أبو سامي كريم ناصر" },
  { type: "VISITED", source: "person:karim", target: "city:port", phrase: "زار كريم ناصر مدينة الميناء" },
  { type: "SUPPORTS", source: "person:karim", target: "org:union", phrase: "دعم الوزير ناصر اتحاد الصيادين" },
];

const MEETING = "التقى سامي الحداد كريم ناصر في العاصمة أمس. وناقش الرجلان خطة الصيد الجديدة.";
const NICKNAME = "التقى أبو سامي كريم ناصر مرة أخرى. وقال أبو سامي إن الخطة جاهزة.";
const VISIT = "زار كريم ناصر مدينة الميناء صباح اليوم. ثم دعم الوزير ناصر اتحاد الصيادين بقرار جديد.";
const LATER = "قال أبو سامي في مدينة الميناء إن الموسم بدأ. زار كريم ناصر مدينة الميناء صباح اليوم.";

function extract(text: string): ExtractionResult {
  const entities: Entity[] = [];
  for (const def of FORMS) {
    const mentions = def.forms.flatMap((f) => {
      const out: Entity["mentions"] = [];
      for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1))
        out.push({ start: i, end: i + f.length, text: f });
      return out;
    });
    if (mentions.length === 0) continue;
    const name = def.forms[0] as string;
    entities.push({
      id: def.id,
      type: def.type,
      name,
      nameEn: def.id,
      aliases: def.forms.slice(1),
      mentions,
      properties: {},
    });
  }
  const known = new Set(entities.map((e) => e.id));
  const relations: Relation[] = PHRASES.filter(
    (p) => known.has(p.source) && known.has(p.target) && text.includes(p.phrase),
  ).map((p) => {
    const at = text.indexOf(p.phrase);
    return {
      type: p.type,
      source: p.source,
      target: p.target,
      properties: {},
      confidence: 0.8,
      evidence: [{ start: at, end: at + p.phrase.length, text: p.phrase, sentence: -1 }],
    };
  });
  return { entities, relations, statements: [], values: [] };
}

const extractor = (version = "curation-test-1"): Extractor => ({
  version,
  extract: (input) => extract(input.text),
});
const ex = extractor();
const user = { user: "sara", extractor: ex };
let db: Database;

async function ingest(text: string, e = ex): Promise<string> {
  const now = () => new Date("2024-03-02T00:00:00Z");
  return (await ingestArticle(db, { text, publishedAt: "2024-03-01" }, { extractor: e, now })).articleId;
}
/** Most tests start from a few of the articles above, ingested in order. */
async function ingestAll(...texts: string[]): Promise<void> {
  for (const text of texts) await ingest(text);
}
/** The correction most tests make: the nickname is the same person. */
const MERGE_NICKNAME = { survivor: "person:sami", merged: ["person:abu-sami"] };
/** …and the relation most tests reject. */
const REJECT_VISIT = { type: "VISITED", source: "person:karim", target: "city:port" } as const;
const entityIds = async (): Promise<string[]> =>
  (await db.read<{ id: string }>("MATCH (e:Entity) RETURN e.id AS id ORDER BY id")).map((r) => r.id);
const relCount = (type: string, s: string, t: string): Promise<number> =>
  countOf(db, `MATCH (:Entity {id: $s})-[r:${type}]->(:Entity {id: $t}) RETURN count(r) AS n`, { s, t });
const entity = async (id: string) =>
  (
    await db.read<{ name: string; type: string; aliases: string[]; labels: string[]; mentions: number }>(
      `MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.type AS type, e.aliases AS aliases, labels(e) AS labels,
              COUNT { (e)<-[:MENTIONS]-() } AS mentions`,
      { id },
    )
  )[0];

/**
 * Entities, Evidence records and relationships (corrections and the curation state aside): what
 * "the same graph" compares. The arrival numbers (`seq`) differ between a database corrected step
 * by step and one that imported the corrections, since articles were rewritten more often there.
 */
async function factsOf(): Promise<unknown> {
  const dump = await dumpGraph(db);
  const withoutSeq = <T extends { properties: Record<string, unknown> }>(x: T): T => {
    const { seq: _seq, ...properties } = x.properties;
    return { ...x, properties };
  };
  return {
    nodes: dump.nodes
      .filter((n) => !n.labels.includes("Correction") && !n.labels.includes("CurationState"))
      .map(withoutSeq),
    relationships: dump.relationships.map(withoutSeq),
  };
}

beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await resetDb(db);
});

// Whatever a test did, what is stored for the explorer's whole-graph reads matches the graph: each
// entity's degree (once no article waits for its totals) and the co-mention pairs of the articles
// whose pairs were added (cypher/write/co-mentions.cypher).
afterEach(async () => {
  const [pending] = await db.read<{ n: number }>(
    "MATCH (a:Article) WHERE a.entityTotalsPending RETURN count(a) AS n",
  );
  if (pending?.n === 0) {
    const wrong = await db.read<{ id: string }>(
      `MATCH (e:Entity)
       WHERE e.degree <> COUNT { (e)-[:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(:Entity) }
       RETURN e.id AS id`,
    );
    expect(wrong).toEqual([]);
  }
  const stored = await db.read<{ key: string; sentences: number; articles: number }>(
    "MATCH (c:CoMention) RETURN c.key AS key, c.sentences AS sentences, c.articles AS articles ORDER BY key",
  );
  const counted = await db.read<{ key: string; sentences: number; articles: number }>(
    `MATCH (a:Article {coMentions: true})-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(e:Entity)
     WITH a, s, e.id AS entity ORDER BY entity
     WITH a, s, collect(DISTINCT entity) AS named
     UNWIND range(0, size(named) - 2) AS i
     UNWIND range(i + 1, size(named) - 1) AS j
     WITH a, named[i] + '|' + named[j] AS key, count(*) AS sentences
     RETURN key, sum(sentences) AS sentences, count(a) AS articles ORDER BY key`,
  );
  expect(stored).toEqual(counted);
});

describe("merge", () => {
  it("moves mentions and relations to the survivor, and later articles naming the merged alias land on it", async () => {
    await ingestAll(MEETING, NICKNAME);
    expect(await entityIds()).toContain("person:abu-sami");

    const { correction } = await curate(db, "merge", MERGE_NICKNAME, user);
    expect(correction).toMatchObject({ kind: "merge", user: "sara", undone: false });
    expect(await entityIds()).not.toContain("person:abu-sami");
    const sami = await entity("person:sami");
    expect(sami?.aliases).toContain("أبو سامي");
    expect(sami?.mentions).toBe(3);
    const [met] = await db.read<{ count: number }>(
      "MATCH (:Entity {id: 'person:karim'})-[r:MET]-(:Entity {id: 'person:sami'}) RETURN r.count AS count",
    );
    expect(met?.count).toBe(2);

    await ingest(LATER);
    expect(await entityIds()).not.toContain("person:abu-sami");
    expect((await entity("person:sami"))?.mentions).toBe(4);

    // The merged id keeps resolving: a correction naming it applies to the survivor.
    await curate(db, "set-property", { id: "person:abu-sami", key: "wikidata", value: "Q1" }, user);
    const [qid] = await db.read<{ q: string }>("MATCH (e:Entity {id: 'person:sami'}) RETURN e.wikidata AS q");
    expect(qid?.q).toBe("Q1");
  });

  it("undo restores the merged entity from its articles", async () => {
    await ingestAll(MEETING, NICKNAME);
    const before = await factsOf();
    const { correction } = await curate(db, "merge", MERGE_NICKNAME, user);
    await curate(db, "undo", { target: correction.id }, user);
    expect(await factsOf()).toEqual(before);
    await ingest(LATER);
    expect(await entityIds()).toContain("person:abu-sami");
  });
});

describe("undo", () => {
  it("undoing an undo makes the correction again; the undo is then undone and cannot be undone twice", async () => {
    await ingestAll(MEETING, NICKNAME);
    const merged = await curate(db, "merge", MERGE_NICKNAME, user);
    const after = await factsOf();
    const undo = await curate(db, "undo", { target: merged.correction.id }, user);
    expect(await entityIds()).toContain("person:abu-sami");

    const redo = await curate(db, "undo", { target: undo.correction.id }, user);
    expect(redo.correction).toMatchObject({ kind: "merge", undone: false });
    expect(redo.correction.payload).toMatchObject({ ...MERGE_NICKNAME, redoes: merged.correction.id });
    expect(await factsOf()).toEqual(after);
    const undone = new Map((await listCorrections(db)).map((c) => [c.id, c.undone]));
    expect(undone.get(merged.correction.id)).toBe(true);
    expect(undone.get(undo.correction.id)).toBe(true);

    await expect(curate(db, "undo", { target: undo.correction.id }, user)).rejects.toThrow(/already undone/);
    // The redo is a correction like any other: undoing it brings the nickname back.
    await curate(db, "undo", { target: redo.correction.id }, user);
    expect(await entityIds()).toContain("person:abu-sami");
  });

  it("a redo the graph no longer allows (the reverse merge was made meanwhile) is refused and changes nothing", async () => {
    await ingestAll(MEETING, NICKNAME);
    const merged = await curate(db, "merge", MERGE_NICKNAME, user);
    const undo = await curate(db, "undo", { target: merged.correction.id }, user);
    await curate(db, "merge", { survivor: "person:abu-sami", merged: ["person:sami"] }, user);
    const before = await dumpGraph(db);
    await expect(curate(db, "undo", { target: undo.correction.id }, user)).rejects.toThrow(/into itself/);
    expect(await dumpGraph(db)).toEqual(before);
  });
});

describe("a settle that failed is redone by the next ingest of the article", () => {
  /**
   * Extracts like `ex`, but a merge lands during the first extraction and every later one fails:
   * the article is written under the rules from before the merge, and the rewrite that should
   * settle it fails.
   */
  const flaky = (): Extractor => {
    let calls = 0;
    return {
      version: ex.version,
      extract: async (input) => {
        calls += 1;
        if (calls > 1) throw new Error("extractor went away");
        await curate(db, "merge", MERGE_NICKNAME, user);
        return extract(input.text);
      },
    };
  };
  const later = { text: LATER, publishedAt: "2024-03-01" };

  it("one article", async () => {
    await ingestAll(MEETING, NICKNAME);
    await expect(ingestArticle(db, later, { extractor: flaky() })).rejects.toThrow(/went away/);
    expect(await entityIds()).toContain("person:abu-sami");

    const report = await ingestArticle(db, later, { extractor: ex });
    expect(report.status).toBe("unchanged");
    expect(await entityIds()).not.toContain("person:abu-sami");
    expect((await entity("person:sami"))?.mentions).toBe(4);
  });

  it("a batch", async () => {
    await ingestAll(MEETING, NICKNAME);
    expect((await ingestBatch(db, [later], { extractor: flaky() })).counts.failed).toBe(1);
    expect(await entityIds()).toContain("person:abu-sami");

    const again = await ingestBatch(db, [later], { extractor: ex });
    expect(again.counts).toMatchObject({ unchanged: 1, failed: 0 });
    expect(await entityIds()).not.toContain("person:abu-sami");
    expect((await entity("person:sami"))?.mentions).toBe(4);
  });
});

describe("relations", () => {
  it("a rejected relation stays rejected when the article is ingested again or re-extracted", async () => {
    await ingest(VISIT);
    expect(await relCount("VISITED", "person:karim", "city:port")).toBe(1);
    await curate(db, "reject-relation", REJECT_VISIT, user);
    expect(await relCount("VISITED", "person:karim", "city:port")).toBe(0);
    expect(await relCount("SUPPORTS", "person:karim", "org:union")).toBe(1);

    await ingest(VISIT);
    await ingest(VISIT, extractor("curation-test-2"));
    expect(await relCount("VISITED", "person:karim", "city:port")).toBe(0);
    // The same sentence in another article is the same rejected evidence.
    await ingest(LATER);
    expect(await relCount("VISITED", "person:karim", "city:port")).toBe(0);
  });

  it("confirm marks a relationship reviewed, add makes a manual one; both survive re-extraction and undo clears them", async () => {
    await ingest(VISIT);
    const confirm = await curate(
      db,
      "confirm-relation",
      { type: "SUPPORTS", source: "person:karim", target: "org:union" },
      user,
    );
    const add = await curate(
      db,
      "add-relation",
      { type: "MEMBER_OF", source: "person:karim", target: "org:union", note: "known from the union's site" },
      user,
    );
    await ingest(VISIT, extractor("curation-test-2"));
    const marks = await db.read<{ type: string; reviewed: boolean; manual: boolean | null }>(
      `MATCH (:Entity {id: 'person:karim'})-[r]->(:Entity {id: 'org:union'})
       RETURN type(r) AS type, r.reviewed AS reviewed, r.manual AS manual ORDER BY type`,
    );
    expect(marks).toEqual([
      { type: "MEMBER_OF", reviewed: true, manual: true },
      { type: "SUPPORTS", reviewed: true, manual: null },
    ]);
    await curate(db, "undo", { target: add.correction.id }, user);
    await curate(db, "undo", { target: confirm.correction.id }, user);
    expect(await relCount("MEMBER_OF", "person:karim", "org:union")).toBe(0);
    const [left] = await db.read<{ reviewed: boolean | null }>(
      "MATCH (:Entity {id: 'person:karim'})-[r:SUPPORTS]->() RETURN r.reviewed AS reviewed",
    );
    expect(left?.reviewed).toBeNull();
  });
});

describe("entities", () => {
  it("split moves the mentions of an alias to a new entity, for later articles too", async () => {
    await ingest(VISIT);
    const { correction } = await curate(
      db,
      "split",
      { from: "person:karim", forms: ["الوزير ناصر"], entity: { name: "الوزير ناصر", type: "Person" } },
      user,
    );
    const to = correction.payload.target as string;
    expect((await entity(to))?.mentions).toBe(1);
    expect((await entity("person:karim"))?.aliases).not.toContain("الوزير ناصر");
    expect(await relCount("SUPPORTS", to, "org:union")).toBe(1);
    expect(await relCount("SUPPORTS", "person:karim", "org:union")).toBe(0);
    await ingest(VISIT, extractor("curation-test-2"));
    expect(await relCount("SUPPORTS", to, "org:union")).toBe(1);
    await curate(db, "undo", { target: correction.id }, user);
    expect(await entityIds()).not.toContain(to);
    expect(await relCount("SUPPORTS", "person:karim", "org:union")).toBe(1);
  });

  it("rename and retype persist when the entity is written again; not-an-entity keeps it out", async () => {
    await ingest(VISIT);
    await curate(db, "rename", { id: "city:port", name: "ميناء الشمال", nameEn: "North Port" }, user);
    await curate(db, "retype", { id: "city:port", type: "Location" }, user);
    let port = await entity("city:port");
    expect(port).toMatchObject({ name: "ميناء الشمال", type: "Location" });
    expect(port?.labels.sort()).toEqual(["Entity", "Location"]);
    expect(port?.aliases).toContain("مدينة الميناء");

    // Re-extraction deletes and re-creates the entity: it comes back corrected.
    await ingest(VISIT, extractor("curation-test-2"));
    port = await entity("city:port");
    expect(port).toMatchObject({ name: "ميناء الشمال", type: "Location" });

    await curate(db, "not-entity", { id: "org:union" }, user);
    expect(await entityIds()).not.toContain("org:union");
    await ingest(VISIT, extractor("curation-test-3"));
    expect(await entityIds()).not.toContain("org:union");
  });

  it("not-an-entity in a stated context only drops the form in sentences with that context", async () => {
    await ingest(VISIT);
    await ingest(LATER);
    await curate(db, "not-entity", { form: "مدينة الميناء", context: "الموسم" }, user);
    // LATER names it twice: once in the season sentence (dropped), once in the visit sentence.
    expect((await entity("city:port"))?.mentions).toBe(2);
  });
});

describe("export and import", () => {
  // Several resets and rewrites: slow on a shared 2-core machine.
  it("importing on a fresh database gives the same graph", { timeout: 300_000 }, async () => {
    await ingestAll(MEETING, NICKNAME, VISIT);
    await curate(db, "merge", MERGE_NICKNAME, user);
    await curate(db, "reject-relation", REJECT_VISIT, user);
    await curate(db, "rename", { id: "city:port", name: "ميناء الشمال" }, user);
    await curate(
      db,
      "confirm-relation",
      { type: "SUPPORTS", source: "person:karim", target: "org:union" },
      user,
    );
    const file = await exportCorrections(db);
    const expected = await factsOf();

    await resetDb(db);
    await ingestAll(MEETING, NICKNAME, VISIT);
    const result = await importCorrections(db, JSON.parse(JSON.stringify(file)), { extractor: ex });
    expect(result).toMatchObject({ imported: 4, skipped: 0 });
    expect(await factsOf()).toEqual(expected);
    expect((await importCorrections(db, file, { extractor: ex })).skipped).toBe(4);
  });

  it(
    "split, set property, add relation, an undone retype and a redo: the same graph on a fresh database",
    { timeout: 300_000 },
    async () => {
      await ingestAll(MEETING, NICKNAME, VISIT);
      const { correction: split } = await curate(
        db,
        "split",
        { from: "person:karim", forms: ["الوزير ناصر"], entity: { name: "الوزير ناصر", type: "Person" } },
        user,
      );
      await curate(db, "set-property", { id: "city:port", key: "qid", value: "Q123" }, user);
      await curate(
        db,
        "add-relation",
        {
          type: "FUNDED",
          source: "org:union",
          target: "city:port",
          note: "بيان الاتحاد",
          sentence: "موّل الاتحاد الميناء.",
        },
        user,
      );
      const retype = await curate(db, "retype", { id: "org:union", type: "Location" }, user);
      await curate(db, "undo", { target: retype.correction.id }, user);
      const merge = await curate(db, "merge", MERGE_NICKNAME, user);
      const undo = await curate(db, "undo", { target: merge.correction.id }, user);
      await curate(db, "undo", { target: undo.correction.id }, user);
      const file = await exportCorrections(db);
      const expected = await factsOf();
      expect(await relCount("SUPPORTS", split.payload.target as string, "org:union")).toBe(1);

      await resetDb(db);
      await ingestAll(MEETING, NICKNAME, VISIT);
      expect(await factsOf()).not.toEqual(expected);
      const result = await importCorrections(db, JSON.parse(JSON.stringify(file)), { extractor: ex });
      expect(result).toMatchObject({ imported: file.corrections.length, skipped: 0 });
      expect(result.ids.sort()).toEqual(file.corrections.map((c) => c.id).sort());
      expect(await factsOf()).toEqual(expected);
    },
  );

  it("corrections imported before the articles apply as the articles arrive", async () => {
    await ingestAll(MEETING, NICKNAME, VISIT);
    await curate(db, "merge", MERGE_NICKNAME, user);
    await curate(db, "reject-relation", REJECT_VISIT, user);
    const file = await exportCorrections(db);
    await resetDb(db);
    await importCorrections(db, file, { extractor: ex });
    await ingestAll(MEETING, NICKNAME, VISIT);
    expect(await entityIds()).not.toContain("person:abu-sami");
    expect(await relCount("VISITED", "person:karim", "city:port")).toBe(0);
  });
});

describe("bad input changes nothing", () => {
  it.each([
    ["unknown entity", "merge", { survivor: "person:sami", merged: ["person:nobody"] }, 404],
    ["merge into itself", "merge", { survivor: "person:sami", merged: ["person:sami"] }, 400],
    [
      "unknown relation",
      "reject-relation",
      { type: "MET", source: "person:karim", target: "city:port" },
      404,
    ],
    ["bad type", "retype", { id: "person:sami", type: "Planet" }, 400],
    ["reserved key", "set-property", { id: "person:sami", key: "name", value: "x" }, 400],
    ["malformed QID", "set-property", { id: "person:sami", key: "qid", value: "Q0x" }, 400],
    ["extra field", "rename", { id: "person:sami", name: "x", evil: true }, 400],
  ])("%s", async (_what, kind, body, status) => {
    await ingestAll(MEETING, NICKNAME);
    const before = await dumpGraph(db);
    const app = await server();
    const res = await app.inject({ method: "POST", url: `/api/corrections/${kind}`, payload: body });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json<{ message: string }>().message).toMatch(/^curate: |^api: /);
    expect(await dumpGraph(db)).toEqual(before);
    await app.close();
  });

  it("a cycle of merges is refused, and so are malformed import files", async () => {
    await ingestAll(MEETING, NICKNAME);
    await curate(db, "merge", MERGE_NICKNAME, user);
    const before = await dumpGraph(db);
    await expect(
      curate(db, "merge", { survivor: "person:abu-sami", merged: ["person:sami"] }, user),
    ).rejects.toThrow(/into itself/);
    const file = await exportCorrections(db);
    const app = await server();
    const bad = [
      { format: "something-else", version: 1, corrections: [] },
      { ...file, corrections: [{ ...file.corrections[0], kind: "explode" }] },
      {
        ...file,
        corrections: [
          { ...file.corrections[0], id: "c-x", payload: { survivor: "person:abu-sami", merged: [] } },
        ],
      },
      {
        ...file,
        corrections: [
          {
            ...file.corrections[0],
            id: "c-cycle",
            payload: { survivor: "person:abu-sami", merged: ["person:sami"] },
          },
        ],
      },
    ];
    for (const payload of bad) {
      const res = await app.inject({ method: "POST", url: "/api/corrections/import", payload });
      expect(res.statusCode, res.body).toBe(400);
    }
    expect(await dumpGraph(db)).toEqual(before);
    await app.close();
  });
});

describe("concurrency", () => {
  it("two clients merging overlapping entities end with one survivor and every alias", async () => {
    await ingestAll(MEETING, NICKNAME, VISIT);
    const results = await Promise.allSettled([
      curate(db, "merge", { survivor: "person:sami", merged: ["person:abu-sami"] }, { ...user, user: "a" }),
      curate(db, "merge", { survivor: "person:karim", merged: ["person:abu-sami"] }, { ...user, user: "b" }),
    ]);
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const ids = await entityIds();
    // abu-sami went to whichever merge came first; the second merged that survivor's group into its own.
    expect(ids).not.toContain("person:abu-sami");
    const persons = ids.filter((id) => id.startsWith("person:"));
    expect(persons).toHaveLength(1);
    const survivor = await entity(persons[0] as string);
    expect(survivor?.aliases).toEqual(expect.arrayContaining(["أبو سامي"]));
    expect(
      await countOf(db, "MATCH (e:Entity) WITH e.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n"),
    ).toBe(0);
    expect(
      await countOf(
        db,
        "MATCH (s:Sentence)-[m:MENTIONS]->(e:Entity {id: 'person:abu-sami'}) RETURN count(m) AS n",
      ),
    ).toBe(0);
  });

  it("a merge whose survivor another merge took meanwhile folds onto that merge's survivor", async () => {
    await ingestAll(MEETING, NICKNAME, VISIT);
    // A relation added by hand keeps the nickname's node once its articles moved: the fold removes it.
    const added = { type: "SUPPORTS", source: "person:abu-sami", target: "org:union", note: "at the port" };
    await curate(db, "add-relation", added, user);
    // The second merge runs whole while the first extracts its article again.
    let second: Promise<unknown> | null = null;
    const racing: Extractor = {
      version: ex.version,
      async extract(input) {
        if (second === null) {
          second = curate(db, "merge", { survivor: "person:karim", merged: ["person:sami"] }, user);
          await second;
        }
        return extract(input.text);
      },
    };
    await curate(db, "merge", MERGE_NICKNAME, { ...user, extractor: racing });
    expect(second).not.toBeNull();
    expect((await entityIds()).filter((id) => id.startsWith("person:"))).toEqual(["person:karim"]);
    expect((await entity("person:karim"))?.aliases).toEqual(
      expect.arrayContaining(["أبو سامي", "سامي الحداد"]),
    );
    expect(await relCount("SUPPORTS", "person:karim", "org:union")).toBe(1);
  });

  it("a merge racing an ingest of an article naming the merged entity ends on the survivor", async () => {
    await ingestAll(MEETING, NICKNAME);
    await Promise.all([curate(db, "merge", MERGE_NICKNAME, user), ingest(LATER)]);
    expect(await entityIds()).not.toContain("person:abu-sami");
    expect((await entity("person:sami"))?.mentions).toBe(4);
  });

  /** Nothing left over from a deleted article, and nothing of it written again. */
  async function expectNothingLeftOf(deleted: string): Promise<void> {
    expect(await countOf(db, "MATCH (a:Article {id: $id}) RETURN count(a) AS n", { id: deleted })).toBe(0);
    expect(
      await countOf(
        db,
        "MATCH (ev:Evidence) WHERE NOT (:Article)-[:HAS_EVIDENCE]->(ev) RETURN count(ev) AS n",
      ),
    ).toBe(0);
    expect(
      await countOf(db, "MATCH (s:Sentence) WHERE NOT (:Article)-[:HAS_SENTENCE]->(s) RETURN count(s) AS n"),
    ).toBe(0);
    expect(
      await countOf(db, "MATCH (ev:Evidence {articleId: $id}) RETURN count(ev) AS n", { id: deleted }),
    ).toBe(0);
    // Every relationship between entities is still supported by an article's evidence.
    expect(
      await countOf(
        db,
        `MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL AND NOT coalesce(r.manual, false)
           AND NOT EXISTS { MATCH (:Evidence {key: r.key}) } RETURN count(r) AS n`,
      ),
    ).toBe(0);
  }

  /** The article is gone (expectNothingLeftOf) and the merge applied to what is left. */
  async function expectConsistentAfterDelete(deleted: string): Promise<void> {
    await expectNothingLeftOf(deleted);
    // The merge applied: the merged id is gone, its other article (LATER) moved to the survivor,
    // and a new article naming the nickname lands there too.
    expect(await entityIds()).not.toContain("person:abu-sami");
    expect((await entity("person:sami"))?.aliases).toContain("أبو سامي");
    expect((await entity("person:sami"))?.mentions).toBe(2);
    await ingest(`${NICKNAME} وعاد أبو سامي إلى مدينة الميناء.`);
    expect(await entityIds()).not.toContain("person:abu-sami");
    expect((await entity("person:sami"))?.mentions).toBe(5);
  }

  it(
    "a merge whose rewrite races a delete of one of its articles does not bring the article back",
    { timeout: 300_000 },
    async () => {
      // The nickname stays named by LATER after NICKNAME goes: the merge has an entity to merge either way.
      await ingestAll(MEETING, LATER);
      const nickname = await ingest(NICKNAME);
      // The delete commits while the merge is extracting that article again, after reading it.
      let deleted: Promise<boolean> | null = null;
      const racing: Extractor = {
        version: ex.version,
        async extract(input) {
          if (input.text === NICKNAME && deleted === null) {
            deleted = deleteArticle(db, nickname);
            await deleted;
          }
          return extract(input.text);
        },
      };
      await curate(db, "merge", MERGE_NICKNAME, { ...user, extractor: racing });
      expect(await deleted).toBe(true);
      await expectConsistentAfterDelete(nickname);
    },
  );

  it("a curation rewrite that waits for a delete of its article leaves it deleted", async () => {
    await ingestAll(MEETING, LATER);
    const nickname = await ingest(NICKNAME);
    const deleting = holdOpen(db, (tx) => removeIfPresent(tx, nickname));
    await deleting.ran;
    // The merge reads the article (the delete is not committed) and its rewrite waits for the delete.
    const merging = curate(db, "merge", MERGE_NICKNAME, user);
    await untilBlocked(db);
    deleting.release();
    await deleting.done;
    await merging;
    await expectConsistentAfterDelete(nickname);
  });

  it("a delete that waits for a curation rewrite of its article removes the rewritten version", async () => {
    await ingestAll(MEETING, LATER);
    const nickname = await ingest(NICKNAME);
    const now = () => new Date("2024-03-02T00:00:00Z");
    const again = await prepareArticle(
      db,
      { text: NICKNAME, publishedAt: "2024-03-01" },
      { extractor: extractor("curation-test-2"), now },
    );
    if (again.kind !== "ready") throw new Error("expected the article to be extracted again");
    // What rewriteArticles does in its transaction: the article goes and its new version is written.
    const rewriting = holdOpen(db, async (tx) => {
      await removeIfPresent(tx, nickname);
      await writePrepared(tx, again);
    });
    await rewriting.ran;
    const deleting = deleteArticle(db, nickname);
    await untilBlocked(db);
    rewriting.release();
    await rewriting.done;
    expect(await deleting).toBe(true);
    await expectNothingLeftOf(nickname);
  });

  it(
    "a merge and a delete of one of its articles sent together over HTTP both succeed and agree",
    { timeout: 300_000 },
    async () => {
      await ingestAll(MEETING, LATER);
      const nickname = await ingest(NICKNAME);
      const app = await server();
      const [merged, removed] = await Promise.all([
        app.inject({ method: "POST", url: "/api/corrections/merge", payload: MERGE_NICKNAME }),
        app.inject({ method: "DELETE", url: `/api/articles/${encodeURIComponent(nickname)}` }),
      ]);
      await app.close();
      expect(merged.statusCode, merged.body).toBe(201);
      expect(removed.statusCode, removed.body).toBe(200);
      await expectConsistentAfterDelete(nickname);
    },
  );
});

describe("HTTP API", () => {
  it("records the user from X-Rawabit-User, needs the token when set, lists and undoes", async () => {
    await ingestAll(MEETING, NICKNAME);
    const app = await server({ apiToken: "s3cret" });
    const body = { survivor: "person:sami", merged: ["person:abu-sami"], reason: "same man" };
    const refused = await app.inject({ method: "POST", url: "/api/corrections/merge", payload: body });
    expect(refused.statusCode).toBe(401);
    expect(await entityIds()).toContain("person:abu-sami");
    const auth = { authorization: "Bearer s3cret", "x-rawabit-user": encodeURIComponent("سارة") };
    const made = await app.inject({
      method: "POST",
      url: "/api/corrections/merge",
      payload: body,
      headers: auth,
    });
    expect(made.statusCode, made.body).toBe(201);
    const { correction } = made.json<{ correction: { id: string; user: string; reason: string } }>();
    expect(correction).toMatchObject({ user: "سارة", reason: "same man" });

    const list = await app.inject({
      method: "GET",
      url: "/api/corrections?kind=merge&entity=person:abu-sami",
    });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json<{ corrections: { id: string }[] }>().corrections.map((c) => c.id)).toEqual([
      correction.id,
    ]);
    const undo = await app.inject({
      method: "POST",
      url: `/api/corrections/${correction.id}/undo`,
      headers: auth,
    });
    expect(undo.statusCode, undo.body).toBe(201);
    expect(await entityIds()).toContain("person:abu-sami");
    const again = await app.inject({
      method: "POST",
      url: `/api/corrections/${correction.id}/undo`,
      headers: auth,
    });
    expect(again.statusCode).toBe(400);
    const exported = await app.inject({ method: "GET", url: "/api/corrections/export" });
    expect(exported.json<{ corrections: unknown[] }>().corrections).toHaveLength(2);
    const doc = await app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(Object.keys(doc.json<{ paths: object }>().paths)).toEqual(
      expect.arrayContaining([
        "/api/corrections/{kind}",
        "/api/corrections/{id}/undo",
        "/api/corrections/import",
      ]),
    );
    await app.close();
  });
});

async function server(config: { apiToken?: string } = {}): Promise<FastifyInstance> {
  return buildServer({
    db,
    config: { uiDir: path.join(ROOT_DIR, ".data", "no-ui-in-tests"), ...config },
    services: {
      ingestArticle: (d, input) => ingestArticle(d, input, { extractor: ex }),
      extractor: () => Promise.resolve(ex),
    },
  });
}

import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CoMentionPair, GraphPayload } from "../../ingest/model.js";
import { migrate } from "../../ingest/db/migrate.js";
import { ingestArticle } from "../../ingest/write/article.js";
import { deleteArticle } from "../../ingest/write/delete.js";
import { useFreshDb } from "../support/db.js";
import { fixtureExtractor, fixtureServer, getJson } from "./api-helpers.js";

// Two short articles written for this test (invented people and an invented organisation).
const SAMER = "person:samer-alqasem";
const LAYLA = "person:layla-alhaddad";
const NABLUS = "city:nablus";
const GREEN = "org:green-horizon";

const DEFS = [
  { id: SAMER, type: "Person", name: "سامر القاسم", nameEn: "Samer al-Qasem", aliases: ["القاسم"] },
  { id: LAYLA, type: "Person", name: "ليلى الحداد", nameEn: "Layla al-Haddad", aliases: [] },
  { id: NABLUS, type: "City", name: "نابلس", nameEn: "Nablus", aliases: [] },
  { id: GREEN, type: "Organization", name: "منظمة الأفق الأخضر", nameEn: "Green Horizon", aliases: [] },
] as const;

// Sentence by sentence: {Samer, Layla, Nablus}; {Samer (twice), Layla, Nablus}; {Green, Samer}.
const FIRST =
  "التقى الوزير سامر القاسم بالسفيرة ليلى الحداد في نابلس أمس. " +
  "وأكد القاسم أن ليلى الحداد ستزور نابلس قريباً، وقال سامر القاسم إن الزيارة مهمة. " +
  "وقالت منظمة الأفق الأخضر إن سامر القاسم سيفتتح مشروعاً جديداً.";
// {Layla, Green}; {Samer, Layla}.
const SECOND =
  "استقبلت ليلى الحداد وفداً من منظمة الأفق الأخضر. وحضر سامر القاسم لقاء ليلى الحداد صباح اليوم.";

const db = useFreshDb();
let app: FastifyInstance;
let second = "";
const extractor = fixtureExtractor([...DEFS].map((d) => ({ ...d, aliases: [...d.aliases] })));

beforeAll(async () => {
  await ingestArticle(db, { text: FIRST, title: "لقاء", publishedAt: "2024-03-01" }, { extractor });
  second = (await ingestArticle(db, { text: SECOND, title: "وفد", publishedAt: "2024-03-02" }, { extractor }))
    .articleId;
  app = await fixtureServer(db);
});

afterAll(async () => {
  await app?.close();
});

const get = <T>(url: string, status = 200): Promise<T> => getJson<T>(app, url, status);

/** `source target sentences/articles`, in the order served. */
const pairs = (g: GraphPayload) =>
  g.edges.map(
    (e) => `${e.source} ${e.target} ${String(e.properties.sentences)}/${String(e.properties.articles)}`,
  );

describe("GET /api/co-mentions", () => {
  it.each([
    ["", [`${LAYLA} ${SAMER} 3/2`, `${NABLUS} ${LAYLA} 2/1`, `${NABLUS} ${SAMER} 2/1`]],
    [
      "?min=1",
      [
        `${LAYLA} ${SAMER} 3/2`,
        `${NABLUS} ${LAYLA} 2/1`,
        `${NABLUS} ${SAMER} 2/1`,
        `${GREEN} ${LAYLA} 1/1`,
        `${GREEN} ${SAMER} 1/1`,
      ],
    ],
    ["?min=3", [`${LAYLA} ${SAMER} 3/2`]],
    ["?min=1&limit=2", [`${LAYLA} ${SAMER} 3/2`, `${NABLUS} ${LAYLA} 2/1`]],
    [
      "?min=1&types=Person,Organization",
      [`${LAYLA} ${SAMER} 3/2`, `${GREEN} ${LAYLA} 1/1`, `${GREEN} ${SAMER} 1/1`],
    ],
    [`?min=1&entity=${GREEN}`, [`${GREEN} ${LAYLA} 1/1`, `${GREEN} ${SAMER} 1/1`]],
    [`?entity=${NABLUS}`, [`${NABLUS} ${LAYLA} 2/1`, `${NABLUS} ${SAMER} 2/1`]],
    [`?min=1&entity=${SAMER}&types=Person`, [`${LAYLA} ${SAMER} 3/2`]],
    ["?entity=person:nobody", []],
  ])("%s counts each sentence once per pair, strongest first", async (query, expected) => {
    expect(pairs(await get<GraphPayload>(`/api/co-mentions${query}`))).toEqual(expected);
  });

  it("within one article counts only its sentences", async () => {
    const g = await get<GraphPayload>(`/api/co-mentions?min=1&article=${encodeURIComponent(second)}`);
    expect(pairs(g)).toEqual([`${GREEN} ${LAYLA} 1/1`, `${LAYLA} ${SAMER} 1/1`]);
    const around = await get<GraphPayload>(
      `/api/co-mentions?min=1&entity=${SAMER}&article=${encodeURIComponent(second)}`,
    );
    expect(pairs(around)).toEqual([`${LAYLA} ${SAMER} 1/1`]);
  });

  it("serves a labelled layer: CO_MENTIONED edges with stable ids, their entities as nodes", async () => {
    const g = await get<GraphPayload>("/api/co-mentions?min=3");
    expect(g.edges).toEqual([
      {
        id: `${LAYLA}|CO_MENTIONED|${SAMER}`,
        type: "CO_MENTIONED",
        source: LAYLA,
        target: SAMER,
        properties: { count: 3, sentences: 3, articles: 2 },
      },
    ]);
    expect(g.nodes.map((n) => [n.id, n.nameEn]).sort()).toEqual([
      [LAYLA, "Layla al-Haddad"],
      [SAMER, "Samer al-Qasem"],
    ]);
    expect(g.nodes.every((n) => !("searchKeys" in n.properties))).toBe(true);
  });

  it("is not part of the typed graph", async () => {
    const g = await get<GraphPayload>("/api/graph");
    expect(g.nodes.length).toBe(4);
    expect(g.edges.filter((e) => e.type === "CO_MENTIONED")).toEqual([]);
  });

  it.each([
    ["/api/co-mentions?types=Planet", /unknown entity type "Planet"/],
    ["/api/co-mentions?min=0", /min/],
    ["/api/co-mentions?limit=100000", /limit/],
    [`/api/co-mentions/pair?source=${SAMER}&target=${SAMER}`, /two different entities/],
    [`/api/co-mentions/pair?source=${SAMER}`, /target/],
  ])("%s → 400 naming the problem", async (url, message) => {
    const body = await get<{ error: string; message: string }>(url, 400);
    expect(body.error).toBe("bad_input");
    expect(body.message).toMatch(message);
  });
});

describe("GET /api/co-mentions/pair", () => {
  it("lists the shared sentences, newest article first, both entities highlighted", async () => {
    const p = await get<CoMentionPair>(`/api/co-mentions/pair?source=${SAMER}&target=${LAYLA}`);
    expect([p.sentences, p.articles, p.evidence.length]).toEqual([3, 2, 3]);
    expect(p.evidence[0]).toMatchObject({
      articleId: second,
      sentence: "وحضر سامر القاسم لقاء ليلى الحداد صباح اليوم.",
    });
    const marked = p.evidence.map((e) => (e.highlights ?? []).map((h) => e.sentence.slice(h.start, h.end)));
    expect(marked).toEqual([
      ["سامر القاسم", "ليلى الحداد"],
      ["سامر القاسم", "ليلى الحداد"],
      ["القاسم", "ليلى الحداد", "سامر القاسم"],
    ]);
  });

  it("is empty, not an error, for entities never named together", async () => {
    const p = await get<CoMentionPair>(`/api/co-mentions/pair?source=${GREEN}&target=${NABLUS}&limit=5`);
    expect(p).toEqual({ source: GREEN, target: NABLUS, sentences: 0, articles: 0, evidence: [] });
  });

  it("appears in the OpenAPI document", async () => {
    const doc = await get<{ paths: Record<string, unknown> }>("/api/openapi.json");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/co-mentions", "/api/co-mentions/pair"]),
    );
  });
});

// Last: these change the graph. The whole-graph layer reads stored pairs (:CoMention nodes).
describe("stored co-mentions", () => {
  const all = "/api/co-mentions?min=1&limit=5000";
  const stored = () =>
    db.read<{ key: string; sentences: number; articles: number }>(
      "MATCH (c:CoMention) RETURN c.key AS key, c.sentences AS sentences, c.articles AS articles ORDER BY key",
    );

  it("are built by `kg db migrate` for a graph from before they were kept, the same pairs", async () => {
    const before = pairs(await get<GraphPayload>(all));
    const kept = await stored();
    // The old shape: no pairs, no article marked.
    await db.write("MATCH (c:CoMention) DELETE c");
    await db.write("MATCH (a:Article) REMOVE a.coMentions");
    expect(pairs(await get<GraphPayload>(all))).toEqual([]);
    expect((await migrate(db)).coMentions).toBe(2);
    expect(await stored()).toEqual(kept);
    expect(pairs(await get<GraphPayload>(all))).toEqual(before);
    // Again: nothing left to do, nothing counted twice.
    expect((await migrate(db)).coMentions).toBe(0);
    expect(await stored()).toEqual(kept);
  });

  it("lose a deleted article's sentences, and pairs no article supports go", async () => {
    expect(await deleteArticle(db, second)).toBe(true);
    expect(pairs(await get<GraphPayload>(all))).toEqual([
      `${NABLUS} ${LAYLA} 2/1`,
      `${NABLUS} ${SAMER} 2/1`,
      `${LAYLA} ${SAMER} 2/1`,
      `${GREEN} ${SAMER} 1/1`,
    ]);
    expect((await stored()).map((c) => c.key)).not.toContain(`${GREEN}|${LAYLA}`);
  });

  it("count an article written again once", async () => {
    await ingestArticle(db, { text: SECOND, title: "وفد", publishedAt: "2024-03-02" }, { extractor });
    await ingestArticle(db, { text: SECOND, title: "وفد", publishedAt: "2024-03-02" }, { extractor });
    expect(pairs(await get<GraphPayload>(all))).toEqual([
      `${LAYLA} ${SAMER} 3/2`,
      `${NABLUS} ${LAYLA} 2/1`,
      `${NABLUS} ${SAMER} 2/1`,
      `${GREEN} ${LAYLA} 1/1`,
      `${GREEN} ${SAMER} 1/1`,
    ]);
  });
});

import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  CypherResult,
  EntityDetail,
  EvidenceRecord,
  GraphPayload,
  IngestReport,
  PathResult,
  SearchHit,
  TimelinePayload,
} from "../../ingest/model.js";
import { ingestArticle } from "../../ingest/write/article.js";
import type { Extractor } from "../../ingest/write/extractor.js";
import { useFreshDb } from "../support/db.js";
import { extractWith, FIXTURE_ENTITIES, fixtureServer, getJson } from "./api-helpers.js";

// Four short articles written for this test, posted through the API with the pinned extraction of
// api-helpers.ts (its phrases make the relations): a meeting in January, the same meeting again in
// March, Iraq against ISIS in June, and an undated funding story.
const ARTICLES = [
  {
    publishedAt: "2021-01-10",
    text: "استقبل الرئيس الأميركي جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي في البيت الأبيض يوم الأحد.",
  },
  {
    publishedAt: "2021-03-15T09:00:00+03:00",
    text: "استقبل الرئيس الأميركي جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي مرة ثانية لبحث الانسحاب.",
  },
  { publishedAt: "2021-06-20", text: "أعلن العراق خطة جديدة لمكافحة تنظيم داعش في المحافظات الشمالية." },
  { text: "قدم التحالف الدولي إلى جهاز مكافحة الإرهاب تجهيزات عسكرية بـ25 مليون دولار." },
];

const BIDEN = "person:joe-biden";
const KADHIMI = "person:mustafa-al-kadhimi";
const MET = `${BIDEN}|MET|${KADHIMI}`;

const db = useFreshDb();
let app: FastifyInstance;
const reports: IngestReport[] = [];

beforeAll(async () => {
  // Planning the saved queries (two entity resolutions each) on a busy 2-core machine took more than
  // the default 10 s once; the limit is not what these tests are about.
  app = await fixtureServer(db, { cypherTimeoutMs: 120_000 });
  for (const article of ARTICLES) {
    const res = await app.inject({ method: "POST", url: "/api/articles", payload: article });
    expect(res.statusCode, res.body).toBe(201);
    reports.push(res.json<IngestReport>());
  }
});

afterAll(async () => {
  await app?.close();
});

const get = <T>(url: string, status = 200): Promise<T> => getJson<T>(app, url, status);
const ids = (g: GraphPayload): string[] => g.nodes.map((n) => n.id).sort();
const edge = (g: GraphPayload, id: string) => g.edges.find((e) => e.id === id);

describe("article dates", () => {
  it("stores dates normalised, and an article without one as undated (with a warning), never as today", async () => {
    const rows = await db.read<{ text: string; publishedAt: string | null; undated: boolean }>(
      "MATCH (a:Article) RETURN a.text AS text, a.publishedAt AS publishedAt, a.undated AS undated ORDER BY a.publishedAt",
    );
    expect(rows.map((r) => [r.publishedAt, r.undated])).toEqual([
      ["2021-01-10", false],
      ["2021-03-15T06:00:00Z", false],
      ["2021-06-20", false],
      [null, true],
    ]);
    expect(reports[3]?.warnings.some((w) => w.includes("undated"))).toBe(true);
    expect(reports[0]?.warnings.some((w) => w.includes("undated"))).toBe(false);
    const [funded] = await db.read<{ firstSeen: string | null }>(
      "MATCH ()-[r:FUNDED]->() RETURN r.firstSeen AS firstSeen",
    );
    expect(funded?.firstSeen).toBeNull();
  });

  it("refuses a publishedAt that is not a date, and writes nothing", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/articles",
      payload: { text: "خبر آخر عن العراق بتاريخ غير مفهوم.", publishedAt: "أمس" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(/publishedAt must be an ISO date/u);
    expect(await db.read("MATCH (a:Article) RETURN a.id")).toHaveLength(4);
  });
});

describe("GET /api/graph with a window", () => {
  it("without a window counts all the evidence", async () => {
    const g = await get<GraphPayload>("/api/graph");
    expect(edge(g, MET)?.properties.count).toBe(2);
    expect(g.edges.map((e) => e.type).sort()).toEqual(["FUNDED", "LEADS", "MET", "OPPOSES"]);
  });

  it("January: only the first meeting, counted once, dated there", async () => {
    const g = await get<GraphPayload>("/api/graph?from=2021-01-01&to=2021-01-31");
    expect(ids(g)).toEqual(["country:iraq", KADHIMI, BIDEN].sort());
    expect(edge(g, MET)?.properties).toMatchObject({
      count: 1,
      firstSeen: "2021-01-10",
      lastSeen: "2021-01-10",
    });
    expect(edge(g, MET)?.properties).not.toHaveProperty("sentenceIds");
    expect(g.edges.map((e) => e.type).sort()).toEqual(["LEADS", "MET"]);
  });

  it("`to` takes its whole day; from alone is open-ended and leaves undated articles out", async () => {
    const march = await get<GraphPayload>("/api/graph?from=2021-03-15&to=2021-03-15&evidence=true");
    expect(edge(march, MET)?.properties).toMatchObject({ count: 1, lastSeen: "2021-03-15T06:00:00Z" });
    expect((edge(march, MET)?.properties.sentenceIds as string[])[0]).toMatch(
      new RegExp(`^${reports[1]?.articleId}:`, "u"),
    );
    const since = await get<GraphPayload>("/api/graph?from=2021-02-01");
    expect(since.edges.map((e) => e.type).sort()).toEqual(["LEADS", "MET", "OPPOSES"]);
    expect(ids(since)).not.toContain("org:coalition");
  });

  it("a window with nothing in it is an empty graph", async () => {
    expect(await get<GraphPayload>("/api/graph?from=2020-01-01&to=2020-12-31")).toEqual({
      nodes: [],
      edges: [],
    });
  });

  it.each([
    ["/api/graph?from=yesterday", /from must be an ISO date/u],
    ["/api/graph?to=2021-02-30", /to must be an ISO date/u],
    ["/api/graph?from=2021-05-01&to=2021-01-01", /from \(2021-05-01\) is after to/u],
    [`/api/entities/${BIDEN}/neighbors?from=x`, /from must be an ISO date/u],
    [`/api/entities/${BIDEN}?to=later`, /to must be an ISO date/u],
    [`/api/path?from=${BIDEN}&to=org:isis&since=never`, /since must be an ISO date/u],
    ["/api/search?q=%D8%AF%D8%A7%D8%B9%D8%B4&to=soon", /to must be an ISO date/u],
    ["/api/timeline?from=1/1/2021", /from must be an ISO date/u],
  ])("%s is a 400", async (url, message) => {
    const body = await get<{ message: string }>(url, 400);
    expect(body.message).toMatch(message);
  });
});

describe("the other endpoints with a window", () => {
  it("neighbours: the window's relationships only", async () => {
    const jan = await get<GraphPayload>(`/api/entities/${BIDEN}/neighbors?from=2021-01-01&to=2021-01-31`);
    expect(ids(jan)).toEqual([KADHIMI, BIDEN].sort());
    expect(edge(jan, MET)?.properties.count).toBe(1);
    const june = await get<GraphPayload>(`/api/entities/${BIDEN}/neighbors?from=2021-06-01&to=2021-06-30`);
    expect(june).toEqual({ nodes: [expect.objectContaining({ id: BIDEN })], edges: [] });
  });

  it("path: found through the window's evidence only, with that evidence dated", async () => {
    const base = `/api/path?from=${BIDEN}&to=org:isis`;
    const all = await get<PathResult>(base);
    expect(all.paths[0]?.nodes.map((n) => n.id)).toEqual([BIDEN, KADHIMI, "country:iraq", "org:isis"]);
    const spring = await get<PathResult>(`${base}&since=2021-03-01&until=2021-06-30`);
    const met = spring.paths[0]?.steps[0];
    expect(met?.evidence.map((e) => e.publishedAt)).toEqual(["2021-03-15T06:00:00Z"]);
    expect(met?.edge.properties.count).toBe(1);
    expect((await get<PathResult>(`${base}&until=2021-02-01`)).paths).toEqual([]);
  });

  it("search: an entity is found only in a window where it has evidence", async () => {
    const q = `/api/search?q=${encodeURIComponent("داعش")}`;
    expect((await get<{ hits: SearchHit[] }>(q)).hits.map((h) => h.id)).toContain("org:isis");
    expect((await get<{ hits: SearchHit[] }>(`${q}&from=2021-06-01`)).hits.map((h) => h.id)).toContain(
      "org:isis",
    );
    expect((await get<{ hits: SearchHit[] }>(`${q}&to=2021-05-31`)).hits).toEqual([]);
  });

  it("edge and entity evidence come with their dates, oldest first", async () => {
    const e = await get<{ evidence: EvidenceRecord[] }>(`/api/edges/${encodeURIComponent(MET)}`);
    expect(e.evidence.map((x) => x.publishedAt)).toEqual(["2021-01-10", "2021-03-15T06:00:00Z"]);
    const d = await get<EntityDetail>(`/api/entities/${BIDEN}`);
    expect(d.relations.MET?.[0]?.evidence.map((x) => x.publishedAt)).toEqual([
      "2021-01-10",
      "2021-03-15T06:00:00Z",
    ]);
  });
});

describe("GET /api/entities/:id with a window", () => {
  const detail = (id: string, query = "") => get<EntityDetail>(`/api/entities/${id}${query}`);
  const articleDates = (d: EntityDetail) => d.articles.map((a) => a.publishedAt).sort();
  const mentionArticles = (d: EntityDetail) => [...new Set(d.mentions.map((m) => m.articleId))].sort();

  it("January: the first meeting's evidence, article and mentions only, counted there", async () => {
    const all = await detail(BIDEN);
    const jan = await detail(BIDEN, "?from=2021-01-01&to=2021-01-31");
    expect(articleDates(all)).toEqual(["2021-01-10", "2021-03-15T06:00:00Z"]);
    expect(articleDates(jan)).toEqual(["2021-01-10"]);
    const janArticle = jan.articles[0]?.id;
    expect(mentionArticles(jan)).toEqual([janArticle]);
    expect(mentionArticles(all).length).toBe(2);
    const met = jan.relations.MET?.[0];
    expect(met?.count).toBe(1);
    expect(met?.properties.count).toBe(1);
    expect(met?.properties.firstSeen).toBe("2021-01-10");
    expect(met?.evidence.map((e) => [e.articleId, e.publishedAt])).toEqual([[janArticle, "2021-01-10"]]);
    expect(all.relations.MET?.[0]?.count).toBe(2);
    // Every relationship left has evidence in January, and the degree counts only those.
    const janRelations = Object.values(jan.relations).flat();
    for (const r of janRelations) expect(r.evidence.every((e) => e.articleId === janArticle)).toBe(true);
    expect(jan.entity.properties.degree).toBe(janRelations.length);
  });

  it("an entity known only from the undated article: itself, with nothing inside any window", async () => {
    const all = await detail("org:coalition");
    expect(all.relations.FUNDED?.[0]?.count).toBe(1);
    expect(all.articles.map((a) => a.publishedAt)).toEqual([null]);
    const windowed = await detail("org:coalition", "?from=2000-01-01");
    expect(windowed.entity.id).toBe("org:coalition");
    expect(windowed.entity.properties.degree).toBe(0);
    expect(windowed).toMatchObject({ relations: {}, statements: [], articles: [], mentions: [] });
  });

  it("a window with nothing in it keeps the entity and empties its lists; an unknown id is still a 404", async () => {
    const empty = await detail(BIDEN, "?from=2020-01-01&to=2020-12-31");
    expect(empty.entity.id).toBe(BIDEN);
    expect(empty).toMatchObject({ relations: {}, statements: [], articles: [], mentions: [] });
    await get(`/api/entities/person:nobody?from=2021-01-01`, 404);
  });
});

describe("GET /api/timeline", () => {
  it("counts dated articles per month with the gaps, and the undated apart", async () => {
    const t = await get<TimelinePayload>("/api/timeline?bucket=month");
    expect(t.bucket).toBe("month");
    expect(t.bins.map((b) => [b.start, b.articles])).toEqual([
      ["2021-01-01", 1],
      ["2021-02-01", 0],
      ["2021-03-01", 1],
      ["2021-04-01", 0],
      ["2021-05-01", 0],
      ["2021-06-01", 1],
    ]);
    expect(t.undated).toBe(1);
  });

  it("weeks start on Monday; auto picks days for a short span", async () => {
    const w = await get<TimelinePayload>("/api/timeline?bucket=week&to=2021-01-31");
    expect(w.bins).toEqual([{ start: "2021-01-04", articles: 1 }]);
    const auto = await get<TimelinePayload>("/api/timeline?from=2021-01-01&to=2021-03-31");
    expect(auto.bucket).toBe("day");
    expect(auto.bins[0]).toEqual({ start: "2021-01-10", articles: 1 });
    expect(auto.bins.at(-1)).toEqual({ start: "2021-03-15", articles: 1 });
  });

  it("adds an entity's articles or an edge's evidence per bucket", async () => {
    const kadhimi = await get<TimelinePayload>(`/api/timeline?bucket=month&entity=${KADHIMI}`);
    expect(kadhimi.bins.map((b) => b.evidence)).toEqual([1, 0, 1, 0, 0, 0]);
    const met = await get<TimelinePayload>(
      `/api/timeline?bucket=month&edge=${encodeURIComponent(MET)}&from=2021-02-01`,
    );
    expect(met.bins.map((b) => [b.start, b.evidence])).toEqual([
      ["2021-03-01", 1],
      ["2021-04-01", 0],
      ["2021-05-01", 0],
      ["2021-06-01", 0],
    ]);
    await get(`/api/timeline?entity=person:nobody`, 404);
  });

  it("an empty window has no bins", async () => {
    expect((await get<TimelinePayload>("/api/timeline?from=2030-01-01")).bins).toEqual([]);
  });
});

describe("saved queries with a window", () => {
  const run = (name: string, params: Record<string, unknown>) =>
    app.inject({ method: "POST", url: `/api/queries/${name}/run`, payload: { params } });

  it("relation-timeline lists the evidence between two entities by date, within the window", async () => {
    const res = await run("relation-timeline", { source: "جو بايدن", target: "مصطفى الكاظمي" });
    expect(res.statusCode, res.body.slice(0, 400)).toBe(200);
    const all = res.json<CypherResult>();
    expect(all.rows.map((r) => r.date)).toEqual(["2021-01-10", "2021-03-15T06:00:00Z"]);
    const later = await run("relation-timeline", { source: BIDEN, target: KADHIMI, from: "2021-02-01" });
    expect(later.json<CypherResult>().rows.map((r) => r.date)).toEqual(["2021-03-15T06:00:00Z"]);
    const none = await run("relation-timeline", { source: BIDEN, target: KADHIMI, to: "2020-12-31" });
    expect(none.json<CypherResult>().rows).toEqual([]);
  });

  it("timeline leaves undated articles out of a window, and a bad date is a 400", async () => {
    const t = (await run("timeline", { from: "2000-01-01" })).json<CypherResult>();
    expect(t.rows.map((r) => r.relation)).not.toContain("FUNDED");
    const bad = await run("relation-timeline", { source: BIDEN, target: KADHIMI, from: "31/12/2020" });
    expect(bad.statusCode).toBe(400);
  });
});

describe("GET /api/timeline/articles", () => {
  it("lists the dated articles oldest first, without the undated one", async () => {
    const { articles } = await get<{ articles: [string, string][] }>("/api/timeline/articles");
    expect(articles.map(([, date]) => date)).toEqual(["2021-01-10", "2021-03-15T06:00:00Z", "2021-06-20"]);
    expect(articles[0]?.[0]).toBe(reports[0]?.articleId);
  });
});

// Two more articles written for these tests, ingested last so that nothing above sees them: in
// February Biden speaks of Iraq and ISIS in Washington (a statement, and the United States' only
// mention), and an undated one where al-Kadhimi, leading Iraq, speaks of them too. The pinned
// extraction of api-helpers.ts makes no statement of these; this one adds them, about the entities
// named inside the quote.
const QUOTES = [
  { speaker: BIDEN, verb: "قال", quote: "العراق شريك أساسي في الحرب على داعش" },
  { speaker: KADHIMI, verb: "أكد", quote: "العراق لن يسمح بعودة داعش" },
];
const LATER_ARTICLES = [
  {
    publishedAt: "2021-02-05",
    text: "قال الرئيس الأميركي جو بايدن في واشنطن إن العراق شريك أساسي في الحرب على داعش.",
  },
  { text: "أكد رئيس الوزراء العراقي مصطفى الكاظمي أن العراق لن يسمح بعودة داعش." },
];
const withStatements: Extractor = {
  version: "api-time-statements-1",
  extract: (input) => {
    const found = extractWith(FIXTURE_ENTITIES, input.text);
    const statements = QUOTES.flatMap(({ speaker, verb, quote }) => {
      const start = input.text.indexOf(quote);
      if (start < 0) return [];
      const end = start + quote.length;
      const about = found.entities
        .filter((e) => e.mentions.some((m) => m.start >= start && m.end <= end))
        .map((e) => e.id);
      return [{ speaker, verb, text: quote, start, end, source: null, about }];
    });
    return { ...found, statements };
  },
};

describe("the other saved queries, and the edge panel, with a window", () => {
  const LEADS = `${KADHIMI}|LEADS|country:iraq`;
  const run = async (name: string, params: Record<string, unknown>, status = 200) => {
    const res = await app.inject({ method: "POST", url: `/api/queries/${name}/run`, payload: { params } });
    expect(res.statusCode, `${name}: ${res.body.slice(0, 400)}`).toBe(status);
    return res.json<CypherResult>().rows;
  };
  const column = (rows: Record<string, unknown>[], key: string) => rows.map((r) => r[key]);
  const idsOf = (rows: Record<string, unknown>[]) => rows.map((r) => r.articleId);
  const EMPTY = { from: "2020-01-01", to: "2020-12-31" };
  let feb = "";
  let undated = "";

  beforeAll(async () => {
    for (const article of LATER_ARTICLES) {
      const report = await ingestArticle(db, article, { extractor: withStatements });
      expect(report.status).toBe("new");
    }
    const rows = await db.read<{ id: string; publishedAt: string | null }>(
      "MATCH (a:Article) WHERE a.extractorVersion = 'api-time-statements-1' RETURN a.id AS id, a.publishedAt AS publishedAt",
    );
    feb = rows.find((r) => r.publishedAt === "2021-02-05")?.id ?? "";
    undated = rows.find((r) => r.publishedAt === null)?.id ?? "";
    expect([feb, undated].every((id) => id !== "")).toBe(true);
  });

  it("articles-mentioning: the window's articles; undated ones only without a window", async () => {
    const [jan, mar] = [reports[0]?.articleId, reports[1]?.articleId];
    expect(new Set(idsOf(await run("articles-mentioning", { entity: KADHIMI })))).toEqual(
      new Set([jan, mar, undated]),
    );
    expect(idsOf(await run("articles-mentioning", { entity: KADHIMI, from: "2000-01-01" }))).toEqual([
      mar,
      jan,
    ]);
    expect(idsOf(await run("articles-mentioning", { entity: KADHIMI, to: "2021-01-31" }))).toEqual([jan]);
    expect(await run("articles-mentioning", { entity: KADHIMI, ...EMPTY })).toEqual([]);
  });

  it("statements-by and statements-about: the statements of the window's articles", async () => {
    expect(column(await run("statements-by", { entity: BIDEN }), "articleId")).toEqual([feb]);
    expect(await run("statements-by", { entity: BIDEN, from: "2021-03-01" })).toEqual([]);
    expect(column(await run("statements-by", { entity: KADHIMI }), "articleId")).toEqual([undated]);
    expect(await run("statements-by", { entity: KADHIMI, from: "2000-01-01" })).toEqual([]);

    const about = await run("statements-about", { entity: "country:iraq" });
    expect(new Set(column(about, "articleId"))).toEqual(new Set([feb, undated]));
    const inFebruary = await run("statements-about", {
      entity: "country:iraq",
      from: "2021-02-01",
      to: "2021-02-28",
    });
    expect(column(inFebruary, "speaker")).toEqual(["جو بايدن"]);
    expect(
      column(await run("statements-about", { entity: "org:isis", from: "2000-01-01" }), "articleId"),
    ).toEqual([feb]);
    expect(await run("statements-about", { entity: "country:iraq", ...EMPTY })).toEqual([]);
  });

  it("co-mentions: sentences of the window's articles, and only the relationships with evidence there", async () => {
    const shared = (rows: Record<string, unknown>[]) =>
      Object.fromEntries(rows.map((r) => [r.other, [r.shared, r.relations]]));
    expect(shared(await run("co-mentions", { entity: "country:iraq" }))).toMatchObject({
      داعش: [3, ["OPPOSES"]],
      "مصطفى الكاظمي": [3, ["LEADS"]],
    });
    // February: ISIS and Iraq share Biden's sentence, but their OPPOSES is June's.
    expect(
      shared(await run("co-mentions", { entity: "country:iraq", from: "2021-02-01", to: "2021-02-28" })),
    ).toEqual({
      "جو بايدن": [1, []],
      داعش: [1, []],
      "الولايات المتحدة": [1, []],
    });
    const dated = shared(await run("co-mentions", { entity: "country:iraq", from: "2000-01-01" }));
    expect(dated["مصطفى الكاظمي"]).toEqual([2, ["LEADS"]]);
    expect(dated["داعش"]).toEqual([2, ["OPPOSES"]]);
    expect(await run("co-mentions", { entity: "country:iraq", ...EMPTY })).toEqual([]);
  });

  it("ego-network: steps only over relationships with evidence in the window", async () => {
    const names = (rows: Record<string, unknown>[]) => column(rows, "name").sort();
    // Two hops from al-Kadhimi: Biden's LEADS of the United States is February's, Iraq's OPPOSES June's.
    expect(names(await run("ego-network", { entity: KADHIMI, depth: 2 }))).toEqual(
      ["جو بايدن", "العراق", "داعش", "الولايات المتحدة"].sort(),
    );
    expect(names(await run("ego-network", { entity: KADHIMI, depth: 2, to: "2021-03-31" }))).toEqual(
      ["جو بايدن", "العراق", "الولايات المتحدة"].sort(),
    );
    expect(names(await run("ego-network", { entity: KADHIMI, depth: 2, to: "2021-01-31" }))).toEqual(
      ["جو بايدن", "العراق"].sort(),
    );
    expect(
      names(await run("ego-network", { entity: "country:iraq", from: "2021-06-01", to: "2021-06-30" })),
    ).toEqual(["داعش"]);
    // The coalition's only relationship is in the undated article.
    expect(await run("ego-network", { entity: "org:coalition" })).toHaveLength(1);
    expect(await run("ego-network", { entity: "org:coalition", from: "2000-01-01" })).toEqual([]);
    expect(await run("ego-network", { entity: KADHIMI, ...EMPTY })).toEqual([]);
  });

  it("most-connected: degree, relation types, mentions and articles counted in the window", async () => {
    const byName = (rows: Record<string, unknown>[]) =>
      Object.fromEntries(rows.map((r) => [r.nameEn, [r.degree, r.mentions, r.articles]]));
    const all = byName(await run("most-connected", {}));
    expect(all["Mustafa al-Kadhimi"]?.[0]).toBe(2);
    expect(all["International coalition"]?.[0]).toBe(1);
    expect(byName(await run("most-connected", { from: "2021-06-01", to: "2021-06-30" }))).toEqual({
      Iraq: [1, 1, 1],
      ISIS: [1, 1, 1],
    });
    const march = await run("most-connected", { from: "2021-03-01", to: "2021-03-31" });
    expect(byName(march)).toEqual({
      "Mustafa al-Kadhimi": [2, 1, 1],
      "Joe Biden": [1, 1, 1],
      Iraq: [1, 1, 1],
    });
    expect(march[0]?.relationTypes).toEqual(expect.arrayContaining(["MET", "LEADS"]));
    expect(byName(await run("most-connected", { from: "2000-01-01" }))).not.toHaveProperty(
      "International coalition",
    );
    expect(await run("most-connected", EMPTY)).toEqual([]);
  });

  it("review-queue: relationships with evidence in the window, and entities whose one mention is there", async () => {
    const items = (rows: Record<string, unknown>[], issue: string) =>
      rows.filter((r) => r.issue === issue).map((r) => [r.itemEn, r.mentions]);
    const all = await run("review-queue", { maxConfidence: 1 });
    expect(items(all, "seen-once").map(([en]) => en)).toEqual(
      expect.arrayContaining(["United States (Country)", "International coalition (Organization)"]),
    );
    expect(items(all, "relationship")).toContainEqual(["Mustafa al-Kadhimi LEADS Iraq", 3]);
    const dated = await run("review-queue", { maxConfidence: 1, from: "2000-01-01" });
    expect(items(dated, "seen-once")).toEqual([["United States (Country)", 1]]);
    expect(items(dated, "relationship")).toContainEqual(["Mustafa al-Kadhimi LEADS Iraq", 2]);
    expect(items(dated, "relationship").map(([en]) => en)).not.toContain(
      "International coalition FUNDED Counter-Terrorism Service",
    );
    const june = await run("review-queue", { maxConfidence: 1, from: "2021-06-01", to: "2021-06-30" });
    expect(june.map((r) => [r.issue, r.itemEn, r.mentions, r.evidence])).toEqual([
      ["relationship", "Iraq OPPOSES ISIS", 1, ARTICLES[2]?.text],
    ]);
    expect(await run("review-queue", { maxConfidence: 1, ...EMPTY })).toEqual([]);
  });

  it("unreviewed-relations: those with evidence in the window, mentions and first evidence from it", async () => {
    const rels = (rows: Record<string, unknown>[]) => rows.map((r) => [r.relation, r.mentions]).sort();
    expect(rels(await run("unreviewed-relations", { entity: KADHIMI }))).toEqual([
      ["LEADS", 3],
      ["MET", 2],
    ]);
    expect(rels(await run("unreviewed-relations", { entity: KADHIMI, from: "2000-01-01" }))).toEqual([
      ["LEADS", 2],
      ["MET", 2],
    ]);
    const march = await run("unreviewed-relations", {
      entity: KADHIMI,
      from: "2021-03-15",
      to: "2021-03-15",
    });
    expect(rels(march)).toEqual([
      ["LEADS", 1],
      ["MET", 1],
    ]);
    expect(await run("unreviewed-relations", { entity: KADHIMI, ...EMPTY })).toEqual([]);
  });

  it("corrections takes no window (curation time, not article dates): from is an unknown parameter", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/queries/corrections/run",
      payload: { params: { from: "2021-01-01" } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(/unknown parameter "from"/u);
  });

  it.each([
    ["co-mentions", { entity: KADHIMI, from: "last week" }, /from must be an ISO date/u],
    ["most-connected", { from: "2021-06-01", to: "2021-01-01" }, /from \(2021-06-01\) is after to/u],
  ])("%s: a bad window is a 400", async (name, params, message) => {
    const res = await app.inject({ method: "POST", url: `/api/queries/${name}/run`, payload: { params } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(message);
  });

  it("GET /api/edges/:id: the window's evidence, counted there; a window with none keeps the edge, empty", async () => {
    const url = (id: string, query = "") => `/api/edges/${encodeURIComponent(id)}${query}`;
    type Edge = { edge: GraphPayload["edges"][number]; evidence: EvidenceRecord[] };
    const all = await get<Edge>(url(LEADS));
    expect(all.evidence.map((e) => e.articleId).sort()).toEqual(
      [reports[0]?.articleId, reports[1]?.articleId, undated].sort(),
    );
    const dated = await get<Edge>(url(LEADS, "?from=2000-01-01"));
    expect(dated.evidence.map((e) => e.publishedAt)).toEqual(["2021-01-10", "2021-03-15T06:00:00Z"]);
    expect(dated.edge.properties).toMatchObject({ count: 2, firstSeen: "2021-01-10" });
    const march = await get<Edge>(url(MET, "?from=2021-03-01&to=2021-03-31"));
    expect(march.evidence.map((e) => e.articleId)).toEqual([reports[1]?.articleId]);
    expect(march.edge.properties).toMatchObject({ count: 1, articleIds: [reports[1]?.articleId] });
    const june = await get<Edge>(url(MET, "?from=2021-06-01&to=2021-06-30"));
    expect(june.edge.id).toBe(MET);
    expect(june.evidence).toEqual([]);
    expect(june.edge.properties).toMatchObject({ count: 0, articleIds: [], firstSeen: null });
    expect((await get<{ message: string }>(url(MET, "?from=soon"), 400)).message).toMatch(
      /from must be an ISO date/u,
    );
    await get(url(`${BIDEN}|MET|org:isis`, "?from=2021-01-01"), 404);
  });
});

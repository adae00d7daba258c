import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ArticleDetail,
  CypherResult,
  EntityDetail,
  GraphPayload,
  Health,
  PathResult,
  SavedQuery,
  SearchHit,
} from "../../ingest/model.js";
import { loadCypher } from "../../ingest/db/cypher-files.js";
import { migrate } from "../../ingest/db/migrate.js";
import { ALL_RELATIONS, int } from "../../ingest/server/routes/shared.js";
import { useFreshDb } from "../support/db.js";
import { fixtureServer, getJson, ingestSample } from "./api-helpers.js";

const db = useFreshDb();
let app: FastifyInstance;

beforeAll(async () => {
  await ingestSample(db);
  app = await fixtureServer(db);
});

afterAll(async () => {
  await app?.close();
});

const get = <T>(url: string, status = 200): Promise<T> => getJson<T>(app, url, status);

const BIDEN = "person:joe-biden";
const KADHIMI = "person:mustafa-al-kadhimi";

describe("read endpoints on the sample article", () => {
  it("GET /api/health reports a reachable database and the counts", async () => {
    const h = await get<Health>("/api/health");
    expect(h.ok).toBe(true);
    expect(h.database.reachable).toBe(true);
    expect(h.counts).toEqual({ articles: 1, entities: 8, relationships: 6 });
  });

  it("GET /api/graph returns entities with degree and edges with triple ids", async () => {
    const g = await get<GraphPayload>("/api/graph");
    expect(g.nodes.map((n) => n.id)).toContain(BIDEN);
    const met = g.edges.find((e) => e.type === "MET");
    expect(met).toMatchObject({ id: `${BIDEN}|MET|${KADHIMI}`, source: BIDEN, target: KADHIMI });
    expect(met?.properties.count).toBe(1);
    expect(g.nodes.find((n) => n.id === BIDEN)?.properties.degree).toBe(2);
    expect(g.nodes.every((n) => !("searchKeys" in n.properties))).toBe(true);
  });

  it("GET /api/graph reads the stored degrees: the nodes and order of counting them; migrate stores them", async () => {
    const counted = async () =>
      (
        await db.read<{ id: string; degree: number }>(loadCypher("api/graph-nodes"), {
          types: null,
          relations: ALL_RELATIONS,
          article: null,
          articles: null,
          minDegree: int(0),
          limit: int(100),
        })
      ).map((r) => [r.id, r.degree]);
    const served = async (query = "") =>
      (await get<GraphPayload>(`/api/graph${query}`)).nodes.map((n) => [n.id, n.properties.degree]);
    const expected = await counted();
    expect(expected.length).toBe(8);
    expect(await served()).toEqual(expected);
    expect(await served("?minDegree=2")).toEqual(expected.filter(([, d]) => Number(d) >= 2));
    // A graph from before degrees were stored.
    await db.write("MATCH (e:Entity) REMOVE e.degree");
    expect(await served()).toEqual([]);
    expect((await migrate(db)).degrees).toBe(8);
    expect(await served()).toEqual(expected);
    expect((await migrate(db)).degrees).toBe(0);
  });

  it.each([
    ["/api/graph", false],
    ["/api/graph?evidence=true", true],
    [`/api/entities/${BIDEN}/neighbors`, false],
    [`/api/entities/${BIDEN}/neighbors?evidence=true`, true],
  ])("GET %s: edges carry their evidence lists only when asked (%s)", async (url, withEvidence) => {
    const g = await get<GraphPayload>(url);
    const met = g.edges.find((e) => e.type === "MET");
    expect(met?.properties).toMatchObject({ count: 1, articleIds: [expect.any(String)] });
    for (const key of ["sentenceIds", "evidence", "evidenceStart", "evidenceEnd"]) {
      expect(key in (met?.properties ?? {}), key).toBe(withEvidence);
    }
    if (withEvidence) expect(String(met?.properties.evidence)).toContain("استقبل الرئيس الأميركي جو بايدن");
  });

  it.each([
    ["types=Person", (g: GraphPayload) => g.nodes.every((n) => n.type === "Person") && g.nodes.length === 3],
    [
      "relations=FUNDED&minDegree=1",
      (g: GraphPayload) => g.nodes.length === 2 && g.edges.every((e) => e.type === "FUNDED"),
    ],
    ["limit=2", (g: GraphPayload) => g.nodes.length === 2],
    ["article=a:none", (g: GraphPayload) => g.nodes.length === 0 && g.edges.length === 0],
  ])("GET /api/graph?%s filters", async (query, check) => {
    expect(check(await get<GraphPayload>(`/api/graph?${query}`))).toBe(true);
  });

  it.each(["types=Alien", "relations=LOVES", "limit=0", "minDegree=-1"])(
    "GET /api/graph?%s is a 400",
    async (q) => {
      const body = await get<{ error: string; message: string }>(`/api/graph?${q}`, 400);
      expect(body.error).toBe("bad_input");
      expect(body.message).toMatch(/^api: /);
    },
  );

  it("GET /api/entities/:id gives relations by type with evidence, statements, articles, mentions", async () => {
    const d = await get<EntityDetail>(`/api/entities/${encodeURIComponent(BIDEN)}`);
    expect(d.entity).toMatchObject({ id: BIDEN, name: "جو بايدن", nameEn: "Joe Biden", type: "Person" });
    const met = d.relations.MET?.[0];
    expect(met?.other.id).toBe(KADHIMI);
    expect(met?.evidence[0]?.sentence).toContain("استقبل الرئيس الأميركي جو بايدن");
    const ev = met?.evidence[0];
    expect(ev && ev.sentence.slice(ev.start, ev.end)).toBe("استقبل الرئيس الأميركي جو بايدن");
    expect(d.statements.map((s) => s.text)).toContain("التعاون مع بغداد في مجال مكافحة الإرهاب سيستمر");
    expect(d.statements[0]?.speaker?.id).toBe(BIDEN);
    expect(d.articles).toHaveLength(1);
    const m = d.mentions[0];
    expect(m && m.sentence.slice(m.start, m.end)).toMatch(/بايدن/);
  });

  it("GET /api/entities/:id is a 404 JSON for an unknown id", async () => {
    expect((await get<{ error: string }>("/api/entities/nobody", 404)).error).toBe("not_found");
  });

  it.each([
    [1, [BIDEN, KADHIMI, "country:united-states"]],
    [2, [BIDEN, KADHIMI, "country:united-states", "country:iraq"]],
  ])("GET /api/entities/:id/neighbors?depth=%i", async (depth, ids) => {
    const g = await get<GraphPayload>(`/api/entities/${BIDEN}/neighbors?depth=${depth}`);
    expect(g.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
    expect(g.edges.length).toBeGreaterThan(0);
  });

  it("GET /api/edges/:id gives both ends and highlighted evidence", async () => {
    const id = encodeURIComponent(`${BIDEN}|MET|${KADHIMI}`);
    const e = await get<{
      edge: { id: string };
      source: { id: string };
      target: { id: string };
      evidence: { highlights?: { start: number; end: number }[]; sentence: string }[];
    }>(`/api/edges/${id}`);
    expect(e.source.id).toBe(BIDEN);
    expect(e.target.id).toBe(KADHIMI);
    const ev = e.evidence[0];
    const marked = (ev?.highlights ?? []).map((h) => ev?.sentence.slice(h.start, h.end));
    expect(marked).toEqual(expect.arrayContaining(["جو بايدن", "مصطفى الكاظمي"]));
    await get(`/api/edges/${encodeURIComponent(`${BIDEN}|FUNDED|${KADHIMI}`)}`, 404);
    await get(`/api/edges/garbage`, 400);
  });

  it.each([
    ["بايدن", BIDEN],
    ["باي", BIDEN],
    ["biden", BIDEN],
    ["Joe Bid", BIDEN],
    ["أمريكا", "country:united-states"],
    ["أميركا", "country:united-states"],
    ["امريكا", "country:united-states"],
    ["الكاظمى", KADHIMI],
    ["الولايات", "country:united-states"],
  ])("GET /api/search?q=%s finds %s first", async (q, id) => {
    const { hits } = await get<{ hits: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}`);
    expect(hits[0]?.id).toBe(id);
  });

  it.each(['"}) DETACH DELETE n //', "<img src=x onerror=alert(1)>", "*", "AND OR NOT", "\\", "a:b~2^3"])(
    "GET /api/search?q=%s is plain data: 200, no crash",
    async (q) => {
      const { hits } = await get<{ hits: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}`);
      expect(Array.isArray(hits)).toBe(true);
    },
  );

  it("GET /api/path finds the shortest path with evidence on every step", async () => {
    const p = await get<PathResult>(`/api/path?from=person:hassan-nadhem&to=org:isis`);
    expect(p.paths.length).toBeGreaterThan(0);
    const first = p.paths[0];
    expect(first?.nodes.map((n) => n.id)).toEqual(["person:hassan-nadhem", "country:iraq", "org:isis"]);
    for (const step of first?.steps ?? []) expect(step.evidence.length).toBeGreaterThan(0);
    expect(p.graph.edges).toHaveLength(2);
    const none = await get<PathResult>(`/api/path?from=person:hassan-nadhem&to=org:coalition`);
    expect(none.paths).toEqual([]);
    await get(`/api/path?from=org:isis&to=org:isis`, 400);
  });

  it("GET /api/articles and /api/articles/:id give text, sentences and mentions with offsets", async () => {
    const { articles } = await get<{ articles: { id: string }[] }>("/api/articles");
    expect(articles).toHaveLength(1);
    const a = await get<ArticleDetail>(`/api/articles/${encodeURIComponent(articles[0]?.id ?? "")}`);
    expect(a.sentences.length).toBeGreaterThan(10);
    for (const m of a.mentions.slice(0, 20)) expect(a.text.slice(m.start, m.end)).toBe(m.text);
    await get("/api/articles/a:missing", 404);
  });

  it("GET /api/queries lists the library and POST /api/queries/:name/run runs one", async () => {
    const { queries } = await get<{ queries: SavedQuery[] }>("/api/queries");
    expect(queries.map((q) => q.name)).toContain("entity-profile");
    const res = await app.inject({
      method: "POST",
      url: "/api/queries/entity-profile/run",
      payload: { params: { entity: "جو بايدن", limit: 10 } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<CypherResult>();
    expect(r.rows.map((row) => row.relation)).toEqual(expect.arrayContaining(["MET", "LEADS"]));
    expect(r.graph.nodes.map((n) => n.id)).toContain(BIDEN);
    const missing = await app.inject({
      method: "POST",
      url: "/api/queries/entity-profile/run",
      payload: { params: {} },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ message: string }>().message).toMatch(/"entity"/);
    const unknown = await app.inject({ method: "POST", url: "/api/queries/nope/run", payload: {} });
    expect(unknown.statusCode).toBe(400);
  });

  it.each([
    ["json", /application\/json/],
    ["graphml", /xml/],
    ["gexf", /xml/],
    ["csv", /csv/],
  ])("GET /api/export?format=%s downloads a file", async (format, type) => {
    const res = await app.inject({ method: "GET", url: `/api/export?format=${format}` });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers["content-type"]).toMatch(type);
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="/);
    expect(res.body).toContain(BIDEN);
  });

  it("GET /api/openapi.json is an OpenAPI 3 document with every path", async () => {
    const doc = await get<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      "/api/openapi.json",
    );
    expect(doc.openapi).toMatch(/^3\./);
    const paths = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        "GET /api/health",
        "GET /api/graph",
        "GET /api/entities/{id}",
        "GET /api/entities/{id}/neighbors",
        "GET /api/edges/{id}",
        "GET /api/search",
        "GET /api/path",
        "POST /api/cypher",
        "GET /api/queries",
        "POST /api/queries/{name}/run",
        "POST /api/articles",
        "GET /api/articles",
        "GET /api/articles/{id}",
        "GET /api/export",
        "GET /api/openapi.json",
      ]),
    );
  });

  it("serves a helpful page when the UI is not built, and JSON 404s under /api", async () => {
    const page = await app.inject({ method: "GET", url: "/", headers: { accept: "text/html" } });
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain("npm run build:ui");
    const api = await app.inject({ method: "GET", url: "/api/nothing" });
    expect(api.statusCode).toBe(404);
    expect(api.json<{ error: string }>().error).toBe("not_found");
  });
});

describe("the built explorer at /", () => {
  it("serves files, falls back to index.html for app routes, 404s missing assets", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kg-ui-"));
    mkdirSync(path.join(dir, "assets"));
    writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>Rawabit UI</title>");
    writeFileSync(path.join(dir, "assets", "app.js"), "console.log(1)");
    const ui = await fixtureServer(db, { uiDir: dir });
    try {
      const cases: [string, number, RegExp][] = [
        ["/", 200, /Rawabit UI/],
        ["/assets/app.js", 200, /console\.log/],
        ["/entity/person:joe-biden", 200, /Rawabit UI/],
        ["/assets/missing.js", 404, /not_found/],
        ["/api/nope", 404, /not_found/],
      ];
      for (const [url, status, body] of cases) {
        const res = await ui.inject({ method: "GET", url, headers: { accept: "text/html" } });
        expect([url, res.statusCode]).toEqual([url, status]);
        expect(res.body).toMatch(body);
      }
    } finally {
      await ui.close();
    }
  });
});

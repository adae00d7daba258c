import type { FastifyInstance } from "fastify";
import type { ZodTypeAny } from "zod";
import * as guards from "../../graph-ui/src/api/guards.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ArticleDetail,
  EntityDetail,
  GraphPayload,
  IngestReport,
  PathResult,
  SearchHit,
} from "../../ingest/model.js";
import { buildServer } from "../../ingest/server/app.js";
import { useFreshDb } from "../support/db.js";
import { SAMPLE_TEXT } from "./api-helpers.js";

// The whole path with the real extractor: POST the sample as text/plain, then search and read it.
const db = useFreshDb();
let app: FastifyInstance;
let first: IngestReport;

beforeAll(async () => {
  app = await buildServer({ db, config: { uiDir: "/nonexistent" } });
  const res = await app.inject({
    method: "POST",
    url: "/api/articles",
    payload: SAMPLE_TEXT,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
  expect(res.statusCode, res.body).toBe(201);
  first = res.json<IngestReport>();
});

afterAll(async () => {
  await app?.close();
});

async function search(q: string): Promise<SearchHit[]> {
  const res = await app.inject({ method: "GET", url: `/api/search?q=${encodeURIComponent(q)}` });
  expect(res.statusCode).toBe(200);
  return res.json<{ hits: SearchHit[] }>().hits;
}

describe("the sample article through the API with the real extractor", () => {
  it("POST /api/articles reports a new article with entities; posting it again changes nothing", async () => {
    expect(first.status).toBe("new");
    expect(first.entities).toBeGreaterThan(5);
    const again = await app.inject({ method: "POST", url: "/api/articles", payload: { text: SAMPLE_TEXT } });
    expect(again.statusCode).toBe(201);
    expect(again.json<IngestReport>()).toMatchObject({ articleId: first.articleId, status: "unchanged" });
  });

  it.each([
    ["بايدن", "Joe Biden"],
    ["باي", "Joe Biden"],
    ["biden", "Joe Biden"],
    ["جو بايدن", "Joe Biden"],
    ["أمريكا", "United States"],
    ["أميركا", "United States"],
    ["الولايات المتحدة", "United States"],
    ["united states", "United States"],
    ["العراق", "Iraq"],
  ])("search %s → %s first", async (q, nameEn) => {
    expect((await search(q))[0]?.nameEn).toBe(nameEn);
  });

  it("the graph, Biden's profile and the path from Biden to ISIS are served", async () => {
    const graph = (await app.inject({ method: "GET", url: "/api/graph" })).json<GraphPayload>();
    const biden = graph.nodes.find((n) => n.nameEn === "Joe Biden");
    expect(biden).toBeDefined();
    const detail = (
      await app.inject({ method: "GET", url: `/api/entities/${encodeURIComponent(biden?.id ?? "")}` })
    ).json<EntityDetail>();
    expect(detail.statements.length).toBeGreaterThan(0);
    expect(Object.keys(detail.relations)).toContain("MET");
    const isis = graph.nodes.find((n) => n.nameEn === "ISIS");
    const path = await app.inject({
      method: "GET",
      url: `/api/path?from=${encodeURIComponent(biden?.id ?? "")}&to=${encodeURIComponent(isis?.id ?? "")}`,
    });
    expect(path.statusCode).toBe(200);
    for (const p of path.json<PathResult>().paths)
      for (const step of p.steps) expect(step.evidence.length).toBeGreaterThan(0);
  });
});

describe("every response matches the explorer's runtime guards (graph-ui/src/api/guards.ts)", () => {
  it("graph, entity, neighbours, edge, search, path, articles, queries, health, cypher", async () => {
    const graph = (await app.inject({ method: "GET", url: "/api/graph" })).json<GraphPayload>();
    const biden = graph.nodes.find((n) => n.nameEn === "Joe Biden")?.id ?? "";
    const other = graph.nodes.find((n) => n.nameEn === "Iraq")?.id ?? "";
    const edge = graph.edges[0]?.id ?? "";
    const e = encodeURIComponent;
    const cases: [string, ZodTypeAny, string, object?][] = [
      ["GET", guards.healthSchema, "/api/health"],
      ["GET", guards.graphPayloadSchema, "/api/graph?types=Person,Country&minDegree=1"],
      ["GET", guards.entityDetailSchema, `/api/entities/${e(biden)}`],
      ["GET", guards.graphPayloadSchema, `/api/entities/${e(biden)}/neighbors?depth=2`],
      ["GET", guards.edgeDetailSchema, `/api/edges/${e(edge)}`],
      ["GET", guards.searchSchema, `/api/search?q=${e("الكاظمي")}&limit=10`],
      ["GET", guards.pathResultSchema, `/api/path?from=${e(biden)}&to=${e(other)}&maxLength=6`],
      ["GET", guards.articlesSchema, "/api/articles"],
      ["GET", guards.queriesSchema, "/api/queries"],
      [
        "POST",
        guards.cypherResultSchema,
        "/api/cypher",
        { query: "MATCH p = (:Entity)-[]->(:Entity) RETURN p LIMIT 5" },
      ],
    ];
    for (const [method, schema, url, payload] of cases) {
      const res = await app.inject({
        method: method as "GET" | "POST",
        url,
        ...(payload ? { payload } : {}),
      });
      expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
      const parsed = schema.safeParse(res.json());
      expect(parsed.success, `${url}: ${parsed.success ? "" : JSON.stringify(parsed.error.issues[0])}`).toBe(
        true,
      );
    }
    const articleId = first.articleId;
    const article = await app.inject({ method: "GET", url: `/api/articles/${e(articleId)}` });
    const detail = article.json<ArticleDetail>();
    expect(detail.mentions.length).toBeGreaterThan(10);
    for (const m of detail.mentions) expect(detail.text.slice(m.start, m.end)).toBe(m.text);
  });
});

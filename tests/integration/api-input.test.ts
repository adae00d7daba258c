import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { run as kgIngest } from "../../ingest/cli/commands/ingest.js";
import { neo4jConfig } from "../../ingest/config.js";
import { Database } from "../../ingest/db/driver.js";
import { buildServer } from "../../ingest/server/app.js";
import type { EntityDetail, Health, IngestReport, SearchHit } from "../../ingest/model.js";
import { useFreshDb } from "../support/db.js";
import { FIXTURE_ENTITIES, fixtureServer, graphCounts } from "./api-helpers.js";

/** Names an attacker could put in an article; the fixture extractor "finds" them as entities. */
const HOSTILE = [
  {
    id: "org:cypher-like",
    type: "Organization" as const,
    name: '"}) DETACH DELETE n //',
    nameEn: "'}) MATCH (m) DELETE m",
    aliases: [],
  },
  {
    id: "org:markup-like",
    type: "Organization" as const,
    name: "<img src=x onerror=alert(1)>",
    nameEn: "<script>alert(1)</script>",
    aliases: [],
  },
];

const db = useFreshDb();
let app: FastifyInstance;

beforeAll(async () => {
  app = await fixtureServer(db, {}, [...FIXTURE_ENTITIES, ...HOSTILE]);
});

afterAll(async () => {
  await app?.close();
});

afterEach(async () => {
  // Whatever the previous request did, the server must keep serving.
  const res = await app.inject({ method: "GET", url: "/api/health" });
  expect(res.statusCode).toBe(200);
});

const post = (
  payload: string | Buffer | object,
  contentType?: string,
  headers: Record<string, string> = {},
) =>
  app.inject({
    method: "POST",
    url: "/api/articles",
    payload,
    headers: contentType ? { "content-type": contentType, ...headers } : headers,
  });

describe("POST /api/articles with bad input", () => {
  it.each([
    ["empty JSON text", { text: "" }, "application/json", 400, /no text/],
    ["blank JSON text", { text: "  \n " }, "application/json", 400, /no text/],
    ["missing text", { title: "x" }, "application/json", 400, /text/],
    ["text not a string", { text: 42 }, "application/json", 400, /text/],
    ["unknown field", { text: "نص", evil: true }, "application/json", 400, /evil|Unrecognized/],
    ["bad url", { text: "نص", url: "not a url" }, "application/json", 400, /url/],
    ["bad date", { text: "نص", publishedAt: "yesterday-ish" }, "application/json", 400, /publishedAt/],
    ["empty text/plain", "", "text/plain", 400, /empty|no text/],
    ["invalid JSON", '{"text": "abc"', "application/json", 400, /JSON/],
    ["JSON array", "[1,2]", "application/json", 400, /bad article/],
    ["wrong content type", "text=abc", "application/x-www-form-urlencoded", 415, /Content-Type/],
    ["octet-stream", randomBytes(256), "application/octet-stream", 415, /Content-Type/],
    [
      "binary as text/plain",
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
      "text/plain",
      400,
      /UTF-8|binary/,
    ],
    ["NUL bytes as text/plain", Buffer.from("abc\u0000def"), "text/plain", 400, /control characters/],
  ])("%s → %i", async (_name, payload, type, status, message) => {
    const res = await post(payload as string | object, type);
    expect(res.statusCode, res.body).toBe(status);
    const body = res.json<{ error: string; message: string }>();
    expect(typeof body.error).toBe("string");
    expect(body.message).toMatch(message);
  });

  it("refuses a 20 MB body with 413 JSON", async () => {
    const res = await post({ text: "ا".repeat(10 * 1024 * 1024) }, "application/json");
    expect(res.statusCode).toBe(413);
    expect(res.json<{ error: string; message: string }>()).toMatchObject({ error: "body_too_large" });
    const plain = await post("x".repeat(20 * 1024 * 1024), "text/plain");
    expect(plain.statusCode).toBe(413);
  });

  it("ingests text without any entity as an empty result", async () => {
    const res = await post("هذا نص قصير لا يذكر أحداً.", "text/plain; charset=utf-8");
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<IngestReport>()).toMatchObject({ entities: 0, relations: 0, entityIds: [] });
  });
});

/** Own test sentences (not from any corpus). */
const ARABIC = "استقبل جو بايدن الكاظمي في واشنطن لبحث التعاون.";
const ENGLISH = "The president received the prime minister in Washington to discuss cooperation.";
const CHINESE = "总统在华盛顿会见了总理，讨论合作。";

describe("POST /api/articles input rules", () => {
  it.each([
    ["javascript: url", { text: ARABIC, url: "javascript:alert(1)" }, /url.*http/],
    ["data: url", { text: ARABIC, url: "data:text/html,<b>x</b>" }, /url.*http/],
    ["file: url", { text: ARABIC, url: "file:///etc/passwd" }, /url.*http/],
    ["vbscript: url", { text: ARABIC, url: "vbscript:msgbox(1)" }, /url.*http/],
    ["NUL in title", { text: ARABIC, title: "عنوان\u0000مخفي" }, /title.*control characters/],
    ["bell in title", { text: ARABIC, title: "عنوان\u0007" }, /title.*control characters/],
    ["newline in source", { text: ARABIC, source: "وكالة\nأخرى" }, /source.*control characters/],
  ])("refuses %s with 400", async (_name, payload, message) => {
    const before = await graphCounts(db);
    const res = await post(payload, "application/json");
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<{ error: string; message: string }>()).toMatchObject({ error: "bad_input" });
    expect(res.json<{ message: string }>().message).toMatch(message);
    expect(await graphCounts(db)).toEqual(before);
  });

  it.each(["http://example.org/news/1", "https://example.org/news/2"])("accepts the url %s", async (url) => {
    const res = await post({ text: `${ARABIC} ${url}`, url }, "application/json");
    expect(res.statusCode, res.body).toBe(201);
  });

  it("refuses invalid UTF-8 inside a JSON body instead of storing U+FFFD", async () => {
    const before = await graphCounts(db);
    const body = Buffer.concat([
      Buffer.from('{"text": "استقبل الرئيس ', "utf8"),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(' الكاظمي"}', "utf8"),
    ]);
    const res = await post(body, "application/json; charset=utf-8");
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<{ error: string; message: string }>().message).toMatch(/not valid UTF-8/);
    expect(await graphCounts(db)).toEqual(before);
  });

  it.each([
    ["English JSON", { text: ENGLISH }, "application/json"],
    ["Chinese JSON", { text: CHINESE }, "application/json"],
    ["English text/plain", ENGLISH, "text/plain; charset=utf-8"],
  ])("refuses %s with 422 no_arabic_text", async (_name, payload, type) => {
    const before = await graphCounts(db);
    const res = await post(payload, type);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json<{ error: string; message: string }>()).toMatchObject({ error: "no_arabic_text" });
    expect(res.json<{ message: string }>().message).toMatch(/no Arabic/);
    expect(await graphCounts(db)).toEqual(before);
  });

  it("refuses an article over the configured maximum with 413 naming the limit and KG_MAX_ARTICLE_BYTES", async () => {
    const small = await fixtureServer(db, { maxArticleBytes: 1_000 });
    try {
      const fits = "خبر ".repeat(100); // 700 bytes
      const tooBig = "خبر ".repeat(200); // 1,400 bytes
      const ok = await small.inject({ method: "POST", url: "/api/articles", payload: { text: fits } });
      expect(ok.statusCode, ok.body).toBe(201);
      for (const [payload, type] of [
        [{ text: tooBig }, "application/json"],
        [tooBig, "text/plain"],
      ] as const) {
        const res = await small.inject({
          method: "POST",
          url: "/api/articles",
          payload,
          headers: { "content-type": type },
        });
        expect(res.statusCode, res.body).toBe(413);
        const body = res.json<{ error: string; message: string }>();
        expect(body.error).toBe("article_too_large");
        expect(body.message).toMatch(/1,400 bytes/);
        expect(body.message).toMatch(/1,000 bytes/);
        expect(body.message).toMatch(/KG_MAX_ARTICLE_BYTES/);
      }
    } finally {
      await small.close();
    }
  });
});

const articleCount = async (): Promise<number> =>
  (await db.read<{ n: number }>("MATCH (a:Article) RETURN count(a) AS n"))[0]?.n ?? -1;

describe("kg ingest applies the same input rules", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rawabit-input-"));
  const saved = process.env.KG_MAX_ARTICLE_BYTES;
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.KG_MAX_ARTICLE_BYTES;
    else process.env.KG_MAX_ARTICLE_BYTES = saved;
  });

  it("reports each refused article with its reason and still ingests the others", async () => {
    process.env.KG_MAX_ARTICLE_BYTES = "2000";
    writeFileSync(path.join(dir, "good.txt"), "زار الرئيس العراقي مدينة البصرة يوم الأحد.");
    writeFileSync(path.join(dir, "english.txt"), ENGLISH);
    writeFileSync(path.join(dir, "chinese.md"), CHINESE);
    writeFileSync(path.join(dir, "big.txt"), "خبر ".repeat(400)); // 2,800 bytes
    const lines = [
      { text: "افتتح الوزير معرضاً للكتاب في عمّان.", url: "https://example.org/a" },
      { text: ARABIC, url: "javascript:alert(1)" },
      { text: ARABIC, url: "data:text/html,x" },
      { text: ARABIC, title: "عنوان\u0000" },
    ];
    writeFileSync(path.join(dir, "feed.jsonl"), lines.map((l) => JSON.stringify(l)).join("\n"));

    const articlesBefore = await articleCount();
    const logs: string[] = [];
    const spies = [
      vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void logs.push(a.join(" "))),
      vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void logs.push(a.join(" "))),
    ];
    let code: number;
    try {
      code = await kgIngest([dir, "--quiet", "--url", "javascript:alert(1)"]);
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    const out = logs.join("\n");
    expect(code, out).toBe(1);
    expect(out).toMatch(/english\.txt: .*no Arabic/);
    expect(out).toMatch(/chinese\.md: .*no Arabic/);
    expect(out).toMatch(/big\.txt: .*2,800 bytes.*2,000 bytes.*KG_MAX_ARTICLE_BYTES/);
    expect(out).toMatch(/feed\.jsonl:2: .*url.*http/);
    expect(out).toMatch(/feed\.jsonl:3: .*url.*http/);
    expect(out).toMatch(/feed\.jsonl:4: .*title.*control characters/);
    expect(out).toMatch(/javascript:alert\(1\): .*--url must be http or https/);
    expect(out).toMatch(/ingest: 9 articles: 2 new, 0 unchanged, 0 replaced, 7 failed/);
    expect((await articleCount()) - articlesBefore).toBe(2);
    const [row] = await db.read<{ n: number }>(
      "MATCH (a:Article {url: 'https://example.org/a'}) RETURN count(a) AS n",
    );
    expect(row?.n).toBe(1);
  });
});

describe("hostile names are data", () => {
  it("stores and returns names that look like Cypher or markup verbatim", async () => {
    const text = `قال ${HOSTILE[0]?.name} إن ${HOSTILE[1]?.name} التقى جو بايدن.`;
    const before = await graphCounts(db);
    const res = await post({ text, title: "<b>title</b>" }, "application/json");
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<IngestReport>().entityIds).toEqual(
      expect.arrayContaining(["org:cypher-like", "org:markup-like"]),
    );
    expect((await graphCounts(db)).nodes).toBeGreaterThan(before.nodes);

    for (const h of HOSTILE) {
      const detail = await app.inject({ method: "GET", url: `/api/entities/${h.id}` });
      expect(detail.json<EntityDetail>().entity).toMatchObject({ name: h.name, nameEn: h.nameEn });
      expect(detail.headers["content-type"]).toMatch(/application\/json/);
    }
    const search = await app.inject({
      method: "GET",
      url: `/api/search?q=${encodeURIComponent("<img src=x onerror")}`,
    });
    expect(search.json<{ hits: SearchHit[] }>().hits[0]?.name).toBe(HOSTILE[1]?.name);
    const cy = await app.inject({
      method: "GET",
      url: `/api/search?q=${encodeURIComponent('"}) DETACH DELETE')}`,
    });
    expect(cy.json<{ hits: SearchHit[] }>().hits[0]?.id).toBe("org:cypher-like");
    // Nothing was deleted by the "names".
    const [row] = await db.read<{ n: number }>("MATCH (e:Entity) RETURN count(e) AS n");
    expect(row?.n).toBeGreaterThanOrEqual(3);
  });
});

describe("KG_API_TOKEN", () => {
  let secured: FastifyInstance;
  beforeAll(async () => {
    secured = await fixtureServer(db, { apiToken: "s3cret-token" });
  });
  afterAll(async () => {
    await secured?.close();
  });

  it.each([
    ["no token", {}, 401],
    ["wrong token", { authorization: "Bearer nope" }, 401],
    ["not bearer", { authorization: "Basic s3cret-token" }, 401],
    ["right token", { authorization: "Bearer s3cret-token" }, 201],
  ])("POST /api/articles with %s → %i", async (_name, headers, status) => {
    const res = await secured.inject({
      method: "POST",
      url: "/api/articles",
      payload: { text: "استقبل جو بايدن الكاظمي." },
      headers,
    });
    expect(res.statusCode, res.body).toBe(status);
    if (status === 401) expect(res.json<{ error: string }>().error).toBe("unauthorized");
  });

  it("leaves reads open", async () => {
    expect((await secured.inject({ method: "GET", url: "/api/graph" })).statusCode).toBe(200);
    const cy = await secured.inject({
      method: "POST",
      url: "/api/cypher",
      payload: { query: "RETURN 1 AS one" },
    });
    expect(cy.statusCode).toBe(200);
  });
});

describe("a real listener", () => {
  it("binds 127.0.0.1 and answers over HTTP", async () => {
    const server = await fixtureServer(db);
    try {
      const address = await server.listen({ host: "127.0.0.1", port: 0 });
      expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${address}/api/health`);
      expect(res.status).toBe(200);
      const big = await fetch(`${address}/api/articles`, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: "x".repeat(6 * 1024 * 1024),
      });
      expect(big.status).toBe(413);
      expect(((await big.json()) as { error: string }).error).toBe("body_too_large");
    } finally {
      await server.close();
    }
  });
});

describe("database down", () => {
  it("answers health with ok:false and data endpoints with 503 JSON naming the fix", async () => {
    const dead = new Database({ ...neo4jConfig({ NEO4J_BOLT_PORT: "1" }), password: "x" });
    const down = await buildServer({ db: dead, config: { uiDir: "/nonexistent" } });
    try {
      const health = await down.inject({ method: "GET", url: "/api/health" });
      expect(health.statusCode).toBe(503);
      expect(health.json<Health>()).toMatchObject({ ok: false, database: { reachable: false } });
      const graph = await down.inject({ method: "GET", url: "/api/graph" });
      expect(graph.statusCode).toBe(503);
      expect(graph.json<{ error: string; message: string }>()).toMatchObject({
        error: "database_unavailable",
      });
      expect(graph.json<{ message: string }>().message).toMatch(/db:start|NEO4J_URI/);
    } finally {
      await down.close();
      await dead.close();
    }
  });
});

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../ingest/db/driver.js";
import type { IngestReport } from "../../ingest/model.js";
import { resetDb, testDb } from "../support/db.js";
import { fixtureServer, getJson, graphCounts } from "./api-helpers.js";

// Pages served by a local server started here: the tests never reach the internet. It listens on
// loopback, which the server refuses by default: `app` allows private addresses (KG_URL_ALLOW_PRIVATE).
const PAGE = `<!doctype html><html><head><title>لقاء في البيت الأبيض</title>
<meta property="article:published_time" content="2021-07-26T10:30:00+03:00"></head>
<body><nav>الرئيسية</nav><article><p>استقبل الرئيس الأميركي جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي.</p>
<p>وقال بايدن إن العراق شريك مهم في مكافحة داعش.</p></article></body></html>`;
const OTHER = `<html><body><article><p>أكد حسن ناظم أن العراق يرحب بالتحالف الدولي.</p></article></body></html>`;

let pages: Server;
let base = "";
let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  pages = createServer((req, res) => {
    const html = { "content-type": "text/html; charset=utf-8" };
    switch (req.url) {
      case "/article":
        return res.writeHead(200, html).end(PAGE);
      case "/other":
        return res.writeHead(200, html).end(OTHER);
      case "/moved":
        return res.writeHead(302, { location: "/article" }).end();
      case "/loop":
        return res.writeHead(302, { location: "/loop" }).end();
      case "/to-file":
        return res.writeHead(302, { location: "file:///etc/passwd" }).end();
      case "/big":
        // No Content-Length: the cap must hold while reading, not only on the declared size.
        res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
        res.write("خبر ".repeat(20_000));
        return res.end("خبر ".repeat(20_000));
      case "/image":
        return res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case "/english":
        return res.writeHead(200, html).end("<p>Only English text here.</p>");
      case "/slow":
        setTimeout(() => res.writeHead(200, html).end(PAGE), 3_000);
        return;
      default:
        return res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => pages.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  db = testDb();
  await resetDb(db);
  app = await fixtureServer(db, { fetchMaxBytes: 100_000, fetchTimeoutMs: 1_000, fetchAllowPrivate: true });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
  pages.closeAllConnections();
  await new Promise((done) => pages.close(done));
});

afterEach(async () => {
  const res = await app.inject({ method: "GET", url: "/api/health" });
  expect(res.statusCode).toBe(200);
});

const fetchUrl = (url: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: "POST", url: "/api/articles/url", payload: { url }, headers });

describe("POST /api/articles/url", () => {
  it("fetches the page on the server and ingests its main text, title and date", async () => {
    const res = await fetchUrl(`${base}/article`);
    expect(res.statusCode).toBe(201);
    const report = res.json<IngestReport>();
    expect(report.status).toBe("new");
    expect(report.entityIds).toEqual(expect.arrayContaining(["person:joe-biden", "org:isis"]));
    const article = await getJson<{ title: string; url: string; publishedAt: string; text: string }>(
      app,
      `/api/articles/${encodeURIComponent(report.articleId)}`,
    );
    expect(article).toMatchObject({
      title: "لقاء في البيت الأبيض",
      url: `${base}/article`,
      publishedAt: "2021-07-26T07:30:00Z",
    });
    expect(article.text).not.toContain("الرئيسية");
  });

  it("follows a redirect and says unchanged the second time", async () => {
    const res = await fetchUrl(`${base}/moved`);
    expect(res.statusCode).toBe(201);
    expect(res.json<IngestReport>().status).toBe("unchanged");
  });

  it.each([
    ["a non-http scheme", "file:///etc/passwd", 400, "bad_input", /must be http or https/],
    ["javascript:", "javascript:alert(1)", 400, "bad_input", /must be http or https/],
    ["not a URL", "not a url", 400, "bad_input", /not a valid URL/],
    ["a redirect to file:", "/to-file", 400, "bad_input", /redirect.*must be http or https/],
    ["a page over the size cap", "/big", 413, "article_too_large", /larger than/],
    ["an image", "/image", 415, "unsupported_content", /image\/png, not a web page/],
    ["a page without Arabic", "/english", 422, "no_arabic_text", /Arabic/],
    ["an HTTP error", "/missing", 502, "upstream_failed", /answered HTTP 404/],
    ["a redirect loop", "/loop", 502, "upstream_failed", /redirects more than 5 times/],
    ["a timeout", "/slow", 502, "upstream_failed", /no answer within 1 s/],
  ])("refuses %s with a clear error, graph unchanged", async (_what, url, status, code, message) => {
    const before = await graphCounts(db);
    const res = await fetchUrl(url.startsWith("/") ? `${base}${url}` : url);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ error: code, message: expect.stringMatching(message) });
    expect(await graphCounts(db)).toEqual(before);
  });

  it("says an unreachable host is a 502 naming the reason", async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, "127.0.0.1", done));
    const { port } = probe.address() as AddressInfo;
    await new Promise((done) => probe.close(done));
    const res = await fetchUrl(`http://127.0.0.1:${port}/x`);
    expect(res.statusCode).toBe(502);
    expect(res.json()).toMatchObject({
      error: "upstream_failed",
      message: expect.stringMatching(/ECONNREFUSED/),
    });
  });

  it.each([[{}], [{ url: 5 }], [{ url: "http://x", extra: 1 }]])("refuses the body %j", async (payload) => {
    const res = await app.inject({ method: "POST", url: "/api/articles/url", payload });
    expect(res.statusCode).toBe(400);
  });
});

describe("POST /api/articles/url by default (private addresses refused)", () => {
  let guarded: FastifyInstance;
  let hits = 0;
  const countHits = () => hits++;
  beforeAll(async () => {
    guarded = await fixtureServer(db);
    pages.on("request", countHits);
  });
  afterAll(async () => {
    pages.off("request", countHits);
    await guarded.close();
  });

  it.each([
    ["a loopback address", () => `${base}/article`],
    ["a name resolving to loopback", () => `${base.replace("127.0.0.1", "localhost")}/article`],
    ["the cloud metadata address", () => "http://169.254.169.254/latest/meta-data/"],
    ["a private network address", () => "http://10.0.0.1/"],
    ["IPv6 loopback", () => "http://[::1]:1/"],
    ["an IPv4-mapped loopback", () => `http://[::ffff:127.0.0.1]:${new URL(base).port}/article`],
  ])("refuses %s with 403 private_address, never fetching, graph unchanged", async (_what, url) => {
    const before = await graphCounts(db);
    hits = 0;
    const res = await guarded.inject({ method: "POST", url: "/api/articles/url", payload: { url: url() } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({
      error: "private_address",
      message: expect.stringMatching(/private or local address.*KG_URL_ALLOW_PRIVATE=1/),
    });
    expect(hits).toBe(0);
    expect(await graphCounts(db)).toEqual(before);
  });

  it("fetches the same loopback page once private addresses are allowed", async () => {
    hits = 0;
    const res = await fetchUrl(`${base}/article`);
    expect(res.statusCode).toBe(201);
    expect(hits).toBe(1);
  });
});

describe("DELETE /api/articles/:id", () => {
  it("removes the article, and what only it supported; what another article supports stays", async () => {
    const first = (await fetchUrl(`${base}/article`)).json<IngestReport>();
    const second = (await fetchUrl(`${base}/other`)).json<IngestReport>();
    expect(second.status).toBe("new");
    const res = await app.inject({
      method: "DELETE",
      url: `/api/articles/${encodeURIComponent(first.articleId)}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ articleId: first.articleId, deleted: true });
    const ids = (await getJson<{ nodes: { id: string }[] }>(app, "/api/graph")).nodes.map((n) => n.id);
    // Only the first article named Biden, al-Kadhimi and ISIS; Iraq is in both.
    expect(ids).not.toContain("person:joe-biden");
    expect(ids).not.toContain("org:isis");
    expect(ids).toEqual(expect.arrayContaining(["country:iraq", "person:hassan-nadhem"]));
    const again = await app.inject({
      method: "DELETE",
      url: `/api/articles/${encodeURIComponent(first.articleId)}`,
    });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({ error: "not_found" });
  });
});

describe("with KG_API_TOKEN set", () => {
  let secured: FastifyInstance;
  beforeAll(async () => {
    secured = await fixtureServer(db, { apiToken: "s3cret", fetchAllowPrivate: true });
  });
  afterAll(() => secured.close());

  it.each([
    ["POST", "/api/articles/url", { url: "http://127.0.0.1:1/" }],
    ["DELETE", "/api/articles/any", undefined],
  ] as const)("%s %s needs the token (401 before any fetch or delete)", async (method, url, payload) => {
    const res = await secured.inject({ method, url, ...(payload ? { payload } : {}) });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: "unauthorized" });
  });

  it("accepts the token", async () => {
    const res = await secured.inject({
      method: "POST",
      url: "/api/articles/url",
      payload: { url: `${base}/other` },
      headers: { authorization: "Bearer s3cret" },
    });
    expect(res.statusCode).toBe(201);
  });
});

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchArticle } from "../../../ingest/sources/fetch-url.js";

// A local server only: tests never reach the network. It is on loopback, so the fetches that should
// reach it allow private addresses.
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/article") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        "<html><head><title>خبر</title></head><body><nav>قائمة</nav><main><p>نص الخبر.</p></main></body></html>",
      );
    } else if (req.url === "/gzip") {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "content-encoding": "gzip" });
      res.end(gzipSync("نص مضغوط. ".repeat(100)));
    } else if (req.url === "/slow") {
      setTimeout(() => res.end("late"), 2_000);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

describe("fetchArticle", () => {
  it("keeps the page's main text and title, and records the URL", async () => {
    const item = await fetchArticle(`${base}/article`, { allowPrivate: true });
    expect(item.input).toEqual({ text: "نص الخبر.", title: "خبر", url: `${base}/article` });
  });

  it("decompresses a gzip page and caps the decompressed size", async () => {
    const item = await fetchArticle(`${base}/gzip`, { allowPrivate: true });
    expect(item.input.text).toBe("نص مضغوط. ".repeat(100));
    await expect(fetchArticle(`${base}/gzip`, { allowPrivate: true, maxBytes: 500 })).rejects.toThrow(
      /larger than/,
    );
  });

  it.each([
    ["an HTTP error", "/missing", { allowPrivate: true }, /answered HTTP 404/],
    ["a timeout", "/slow", { allowPrivate: true, timeoutMs: 200 }, /no answer within 0.2 s/],
  ])("reports %s naming the URL", async (_what, route, opts, message) => {
    await expect(fetchArticle(`${base}${route}`, opts)).rejects.toThrow(message);
  });

  it.each(["not a url", "file:///etc/passwd"])("refuses %s", async (url) => {
    await expect(fetchArticle(url)).rejects.toThrow(/--url/);
  });

  it.each([
    ["a loopback address", () => `${base}/article`],
    ["a name that resolves to loopback", () => `${base.replace("127.0.0.1", "localhost")}/article`],
    ["the cloud metadata address", () => "http://169.254.169.254/latest/meta-data/"],
    ["an IPv4-mapped loopback", () => "http://[::ffff:127.0.0.1]:1/"],
  ])("refuses %s unless private addresses are allowed", async (_what, url) => {
    await expect(fetchArticle(url())).rejects.toMatchObject({
      code: "private_address",
      message: expect.stringMatching(/private or local address.*KG_URL_ALLOW_PRIVATE=1/),
    });
  });
});

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchArticle } from "../../../ingest/sources/fetch-url.js";

// A local server only: tests never reach the network.
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/article") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        "<html><head><title>خبر</title></head><body><nav>قائمة</nav><main><p>نص الخبر.</p></main></body></html>",
      );
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
    const item = await fetchArticle(`${base}/article`);
    expect(item.input).toEqual({ text: "نص الخبر.", title: "خبر", url: `${base}/article` });
  });

  it.each([
    ["an HTTP error", "/missing", {}, /answered HTTP 404/],
    ["a timeout", "/slow", { timeoutMs: 200 }, /no answer within 0.2 s/],
  ])("reports %s naming the URL", async (_what, route, opts, message) => {
    await expect(fetchArticle(`${base}${route}`, opts)).rejects.toThrow(message);
  });

  it.each(["not a url", "file:///etc/passwd"])("refuses %s", async (url) => {
    await expect(fetchArticle(url)).rejects.toThrow(/--url/);
  });
});

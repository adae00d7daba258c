import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DICTIONARIES } from "../../graph-ui/src/i18n/dict.js";
import { PARAM_HINTS_AR } from "../../graph-ui/src/i18n/param-hints.js";
import type { GraphPayload } from "../../ingest/model.js";
import { ingestArticle } from "../../ingest/write/article.js";
import type { Browser } from "../support/browser.js";
import {
  type ExplorerServer,
  type ExplorerSetup,
  openExplorerPage,
  SEED_ARTICLE,
  startExplorer,
} from "../support/explorer-server.js";

// Issue 15: add articles by file and URL, delete an article, saved queries naming an unknown entity,
// Arabic parameter hints and API errors. The server requires a write token throughout.
const ar = DICTIONARIES.ar;
const TOKEN = "e2e-token";
const SEED_TITLE = "بايدن: الشراكة الأميركية العراقية مستمرة";
// Sentences written for this test.
const OTHER_TITLE = "ماكرون يستقبل ترودو";
const OTHER_TEXT =
  "استقبل الرئيس الفرنسي إيمانويل ماكرون رئيس الوزراء الكندي جاستن ترودو في باريس يوم الاثنين.\n\n" +
  "وقال ماكرون إن فرنسا وكندا ستعززان التعاون في مجال الطاقة.";
const PAGE = `<!doctype html><html><head><title>وزير الخارجية في القاهرة</title>
<meta property="article:published_time" content="2021-03-02"></head><body><article>
<p>وصل وزير الخارجية الأردني أيمن الصفدي إلى القاهرة حيث التقى الرئيس المصري عبد الفتاح السيسي.</p>
</article></body></html>`;

const PAGE_2 = `<html><head><title>قمة في عمّان</title></head><body><article>
<p>استقبل الملك عبد الله الثاني رئيس الوزراء الإيطالي ماريو دراغي في عمّان.</p></article></body></html>`;

let setup: ExplorerSetup | undefined;
let server: ExplorerServer | undefined;
let pages: Server;
let pagesUrl = "";
let browser: Browser;
let page: Page;
let otherId = "";

async function fresh(): Promise<void> {
  await page?.close();
  page = await openExplorerPage(browser, server?.url ?? "");
}

const graphIds = () =>
  page.evaluate(() => {
    const g = (window as unknown as { rawabit: { graph: { nodes(): string[]; edges(): string[] } } }).rawabit
      .graph;
    return { nodes: g.nodes(), edges: g.edges() };
  });

async function openTab(id: string): Promise<void> {
  await page.click(`#tab-${id}`);
  await page.locator(`#panel-${id}`).waitFor({ state: "visible" });
}

async function articleGraph(id: string): Promise<GraphPayload> {
  const res = await fetch(`${server?.url}api/graph?article=${encodeURIComponent(id)}`);
  return (await res.json()) as GraphPayload;
}

describe("explorer: adding and deleting articles, saved queries in Arabic", () => {
  beforeAll(async () => {
    pages = createServer((req, res) => {
      if (req.url === "/page") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE_2);
      else if (req.url === "/image") res.writeHead(200, { "content-type": "image/png" }).end("x");
      else if (req.url?.startsWith("/slow")) setTimeout(() => res.writeHead(404).end(), 3_000);
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => pages.listen(0, "127.0.0.1", done));
    pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
    setup = await startExplorer({
      articles: async (d) => {
        await ingestArticle(d, { text: SEED_ARTICLE, title: SEED_TITLE });
        otherId = (await ingestArticle(d, { text: OTHER_TEXT, title: OTHER_TITLE })).articleId;
      },
      apiToken: TOKEN,
      config: {
        // A cold query worker on a loaded machine can take seconds to start: the budget is not under test.
        cypherTimeoutMs: 120_000,
        // The pages are served on loopback, which the server fetches only when told it may.
        fetchAllowPrivate: true,
      },
      window: { width: 1440, height: 900 },
    });
    ({ server, browser } = setup);
  });

  afterAll(async () => {
    await setup?.close();
    pages?.closeAllConnections();
    await new Promise((done) => pages?.close(done));
  });

  it("uploads two files, one good and one bad, with per-item progress and outcomes", async () => {
    await fresh();
    await openTab("ingest");
    await page.fill(".ingest-sources input[name=token]", TOKEN);
    await page.dispatchEvent(".ingest-sources input[name=token]", "change");
    // Every progress text shown, whatever the speed: the batch is too quick to sample.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      const target = document.querySelector(".batch-progress");
      if (target)
        new MutationObserver(() => seen.push(target.textContent ?? "")).observe(target, {
          childList: true,
          characterData: true,
          subtree: true,
        });
    });
    await page.setInputFiles(".ingest-sources input[type=file]", [
      { name: "good.html", mimeType: "text/html", buffer: Buffer.from(PAGE) },
      { name: "bad.txt", mimeType: "text/plain", buffer: Buffer.from("Only English words here.") },
    ]);
    const done = ar.batchDone.replace("{added}", "1").replace("{unchanged}", "0").replace("{failed}", "1");
    await page.locator(".batch-progress", { hasText: done }).waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen).toEqual(expect.arrayContaining(["1 من 2 …", "2 من 2 …"]));
    const good = page.locator(".batch-items li").nth(0);
    const bad = page.locator(".batch-items li").nth(1);
    expect(await good.getAttribute("data-outcome")).toBe("added");
    expect(await good.textContent()).toContain("good.html");
    expect(await good.textContent()).toContain(ar.outcomeAdded);
    expect(await bad.getAttribute("data-outcome")).toBe("failed");
    expect(await bad.textContent()).toContain(ar.ingestNotArabic);
    // The HTML file's title and date came through the shared reader; its entities are in the graph.
    const { articles } = (await (await fetch(`${server?.url}api/articles`)).json()) as {
      articles: { title: string; publishedAt: string | null }[];
    };
    expect(articles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: "وزير الخارجية في القاهرة", publishedAt: "2021-03-02" }),
      ]),
    );
    await expect.poll(async () => (await graphIds()).nodes.length).toBeGreaterThan(0);
  });

  it("adds by URL (the server fetches), says why a URL failed, and cancels a slow batch", async () => {
    await fresh();
    await openTab("ingest");
    // The token lives in sessionStorage: a new tab asks for it again.
    await page.fill(".ingest-sources input[name=token]", TOKEN);
    await page.dispatchEvent(".ingest-sources input[name=token]", "change");
    await page.fill(".ingest-sources textarea[name=urls]", `${pagesUrl}/page\n${pagesUrl}/image`);
    await page.click(".ingest-sources button[data-i18n=ingestAddUrls]");
    const done = ar.batchDone.replace("{added}", "1").replace("{unchanged}", "0").replace("{failed}", "1");
    await page.locator(".batch-progress", { hasText: done }).waitFor({ timeout: 60_000 });
    const items = page.locator(".batch-items li");
    expect(await items.nth(0).getAttribute("data-outcome")).toBe("added");
    expect(await items.nth(1).textContent()).toContain(ar.err_unsupported_content);

    await page.fill(".ingest-sources textarea[name=urls]", `${pagesUrl}/slow\n${pagesUrl}/slow?2`);
    await page.click(".ingest-sources button[data-i18n=ingestAddUrls]");
    await page.locator(".batch-progress", { hasText: "1 من 2 …" }).waitFor();
    await page.click(".batch-cancel");
    await page.locator(".batch-progress", { hasText: "أُلغي بعد 0 من 2" }).waitFor();
    expect(await items.evaluateAll((l) => l.map((li) => li.getAttribute("data-outcome")))).toEqual([
      "cancelled",
      "cancelled",
    ]);
  });

  it("deletes an article after confirmation and the write token; what only it supported disappears", async () => {
    const mine = await articleGraph(otherId);
    const seed = await articleGraph(
      (
        (await (await fetch(`${server?.url}api/articles`)).json()) as {
          articles: { id: string; title: string }[];
        }
      ).articles.find((a) => a.title === SEED_TITLE)?.id ?? "",
    );
    const seedNodes = new Set(seed.nodes.map((n) => n.id));
    const seedEdges = new Set(seed.edges.map((e) => e.id));
    const onlyNodes = mine.nodes.map((n) => n.id).filter((id) => !seedNodes.has(id));
    const onlyEdges = mine.edges.map((e) => e.id).filter((id) => !seedEdges.has(id));
    expect(onlyNodes.length).toBeGreaterThan(0);
    expect(onlyEdges.length).toBeGreaterThan(0);

    await fresh();
    const before = await graphIds();
    expect(before.nodes).toEqual(expect.arrayContaining(onlyNodes));
    await page.selectOption("#article-filter", otherId);
    await page.locator("#delete-article").click();
    const dialog = page.locator("dialog.confirm-dialog");
    expect(await dialog.textContent()).toContain(ar.deleteConfirmTitle.replace("{title}", OTHER_TITLE));
    // Cancel keeps everything.
    await dialog.locator("button[value=cancel]").click();
    await dialog.waitFor({ state: "detached" });
    await page.locator("#delete-article").click();
    // Without the token the server refuses, said in Arabic with the server's own words kept.
    await dialog.locator("input[name=token]").fill("");
    await dialog.locator("button[value=delete]").click();
    await dialog.locator(".error", { hasText: ar.err_unauthorized }).waitFor();
    expect(await dialog.locator(".error-detail").textContent()).toMatch(/Authorization: Bearer/);
    await dialog.locator("input[name=token]").fill(TOKEN);
    await dialog.locator("button[value=delete]").click();
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(
      (id) =>
        !Array.from(document.querySelectorAll("#article-filter option")).some(
          (o) => (o as HTMLOptionElement).value === id,
        ),
      otherId,
    );
    const after = await graphIds();
    for (const id of onlyNodes) expect(after.nodes).not.toContain(id);
    for (const id of onlyEdges) expect(after.edges).not.toContain(id);
    for (const id of seedNodes) expect(after.nodes).toContain(id);
  });

  it("a saved query naming an unknown entity says so in Arabic and offers close matches", async () => {
    await fresh();
    await openTab("library");
    await page.click('.query-list button[data-query="articles-mentioning"]');
    const form = page.locator('form.query-form[data-query="articles-mentioning"]');
    // The parameter hint is in the interface language (the saved query's own text is English).
    expect(await form.locator(".hint").first().textContent()).toBe(PARAM_HINTS_AR["Entity id or name"]);
    await form.locator("input[name=entity]").fill("بايدنن");
    await form.locator("button[type=submit]").click();
    const notFound = page.locator("#panel-library .entity-not-found");
    await notFound.waitFor({ timeout: 60_000 });
    expect(await notFound.textContent()).toContain(
      ar.entityNotFound.replace("{value}", "بايدنن").replace("{name}", "entity"),
    );
    const suggestion = notFound.locator("button[data-entity]", { hasText: "بايدن" }).first();
    await suggestion.click();
    // Choosing a match fills the field with its id and runs the query: now there are rows.
    await page.locator("#panel-library table.results tbody tr").first().waitFor({ timeout: 60_000 });
    expect(await form.locator("input[name=entity]").inputValue()).toMatch(/:/);
  });

  it("API errors read in Arabic, with the server's English message kept", async () => {
    await fresh();
    await openTab("library");
    await page.click('.query-list button[data-query="timeline"]');
    const form = page.locator('form.query-form[data-query="timeline"]');
    await form.locator("input[name=from]").fill("next week");
    await form.locator("button[type=submit]").click();
    const error = page.locator("#panel-library .error");
    await error.waitFor({ timeout: 60_000 });
    expect(await error.locator("p").textContent()).toBe(ar.err_bad_input);
    expect(await error.locator(".error-detail").textContent()).toMatch(/from must be an ISO date/);
    expect(await error.locator(".error-detail").getAttribute("dir")).toBe("ltr");
  });
});

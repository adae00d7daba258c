import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestArticle } from "../../ingest/write/article.js";
import type { Browser } from "../support/browser.js";
import {
  type ExplorerServer,
  type ExplorerSetup,
  openExplorerPage,
  SEED_ARTICLE,
  startExplorer,
} from "../support/explorer-server.js";

// Issue 15, "what they expected": an article reader, from the article filter, the evidence panel and
// an entity's article list. The markup article is written for this test: what looks like HTML must
// stay text (a script or an onerror handler that ran would set window.__pwned).
const MARKUP_TITLE = '<i onmouseover="window.__pwned=3">عاجل</i>';
const MARKUP_TEXT =
  'التقى الرئيس الأميركي جو بايدن في القاهرة وزير الخارجية المصري <img src=x onerror="window.__pwned=1">. ' +
  "<script>window.__pwned=2</script> وقال بايدن إن <b>التعاون</b> مستمر.";

let setup: ExplorerSetup | undefined;
let server: ExplorerServer | undefined;
let browser: Browser;
let page: Page;
let seedId = "";
let markupId = "";

interface Hook {
  graph: {
    edges(): string[];
    nodes(): string[];
    degree(id: string): number;
    getEdgeAttributes(id: string): { articleIds: string[] };
  };
  store: { get(): { selection: { kind: string; id?: string } }; dispatch(a: unknown): void };
  ready(): string;
}

function hook<T>(p: Page, fn: (h: Hook) => T): Promise<T> {
  return p.evaluate(`(${fn.toString()})(window.rawabit)`) as Promise<T>;
}

async function fresh(lang: "ar" | "en" = "en"): Promise<void> {
  await page?.close();
  page = await openExplorerPage(browser, server?.url ?? "", lang);
}

const readerReady = () => page.waitForSelector('#reader[data-state="ready"]');

describe("explorer: the article reader (issue 15)", () => {
  beforeAll(async () => {
    setup = await startExplorer({
      articles: async (d) => {
        seedId = (await ingestArticle(d, { text: SEED_ARTICLE, title: "seed" })).articleId;
        markupId = (await ingestArticle(d, { text: MARKUP_TEXT, title: MARKUP_TITLE })).articleId;
      },
      window: { width: 1440, height: 900 },
    });
    ({ server, browser } = setup);
  });

  afterAll(() => setup?.close());

  it("opens from the article filter; markup-looking article text stays text", async () => {
    await fresh();
    await page.selectOption("#article-filter", markupId);
    await page.click(`#controls .read-article[data-article="${markupId}"]`);
    await readerReady();
    expect(await page.textContent("#reader .reader-text")).toBe(MARKUP_TEXT);
    expect(await page.textContent("#reader-title")).toBe(MARKUP_TITLE);
    expect(await page.locator("#reader img, #reader script, #reader b, #reader i").count()).toBe(0);
    await page.hover("#reader-title");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Entities are highlighted: the mentions are buttons whose text is the name in the article.
    const mentions = await page.locator("#reader .reader-text .mention").allTextContents();
    expect(mentions).toContain("القاهرة");
    // Arabic text reads right to left even in the English interface.
    expect(await page.$eval("#reader .reader-text", (e) => getComputedStyle(e).direction)).toBe("rtl");
    expect(await page.$eval("html", (e) => e.dir)).toBe("ltr");
  });

  it("clicking an entity in the text selects it in the graph", async () => {
    await fresh();
    await page.evaluate(
      (id) => window.dispatchEvent(new CustomEvent("rawabit:read-article", { detail: { id } })),
      seedId,
    );
    await readerReady();
    const mention = page.locator("#reader .reader-text .mention").first();
    const id = await mention.getAttribute("data-entity");
    await mention.click();
    expect(await hook(page, (h) => h.store.get().selection)).toEqual({ kind: "node", id });
    expect(await mention.getAttribute("class")).toMatch(/active/);
  });

  it("lists the article's relations, each with its sentences from this article", async () => {
    await fresh();
    await page.evaluate(
      (id) => window.dispatchEvent(new CustomEvent("rawabit:read-article", { detail: { id } })),
      seedId,
    );
    await readerReady();
    const expected = await page.evaluate((aid) => {
      const g = (window as unknown as { rawabit: Hook }).rawabit.graph;
      return g
        .edges()
        .filter((e) => g.getEdgeAttributes(e).articleIds.includes(aid))
        .sort();
    }, seedId);
    expect(expected.length).toBeGreaterThan(0);
    const listed = await page.$$eval("#reader .reader-relations > li", (lis) =>
      lis.map((li) => li.getAttribute("data-edge") ?? ""),
    );
    expect(listed.sort()).toEqual(expected);
    const sentences = await page.locator("#reader .reader-relations .evidence").allTextContents();
    expect(sentences.length).toBeGreaterThanOrEqual(expected.length);
    for (const s of sentences)
      expect(SEED_ARTICLE.replace(/\s+/g, " ")).toContain(s.replace(/\s+/g, " ").trim());
  });

  it("opens from an evidence sentence in the edge panel and from an entity's article list; Esc closes it", async () => {
    await fresh();
    await hook(page, (h) =>
      h.store.dispatch({ type: "select", selection: { kind: "edge", id: h.graph.edges()[0] } }),
    );
    const fromEvidence = page.locator("#details .evidence-list .read-article").first();
    const article = await fromEvidence.getAttribute("data-article");
    expect([seedId, markupId]).toContain(article);
    await fromEvidence.click();
    await readerReady();
    expect(await page.getAttribute("#reader", "data-article")).toBe(article);
    await page.keyboard.press("Escape");
    expect(await page.isHidden("#reader")).toBe(true);

    const node = await hook(
      page,
      (h) => [...h.graph.nodes()].sort((a, b) => h.graph.degree(b) - h.graph.degree(a))[0],
    );
    await hook(page, (h) =>
      h.store.dispatch({
        type: "select",
        selection: {
          kind: "node",
          id: [...h.graph.nodes()].sort((a, b) => h.graph.degree(b) - h.graph.degree(a))[0],
        },
      }),
    );
    const fromList = page.locator(`#details [data-entity="${node}"] .articles .read-article`).first();
    const listed = await fromList.getAttribute("data-article");
    await fromList.click();
    await readerReady();
    expect(await page.getAttribute("#reader", "data-article")).toBe(listed);
    expect((await page.textContent("#reader .reader-text"))?.length).toBeGreaterThan(0);
  });

  it("says which article is missing instead of showing an empty reader", async () => {
    await fresh();
    await page.evaluate(() =>
      window.dispatchEvent(new CustomEvent("rawabit:read-article", { detail: { id: "a:missing" } })),
    );
    await page.waitForSelector('#reader[data-state="error"]');
    expect(await page.textContent("#reader .error")).toMatch(/a:missing/);
  });

  it.each(["en", "ar"] as const)(
    "open beside the selection bar (%s): the bar and its actions stay visible and clickable",
    async (lang) => {
      await fresh(lang);
      await hook(page, (h) => h.store.dispatch({ type: "setPicked", ids: h.graph.nodes().slice(0, 2) }));
      await page.waitForSelector("#selection-bar:not([hidden])");
      await page.evaluate(
        (id) => window.dispatchEvent(new CustomEvent("rawabit:read-article", { detail: { id } })),
        seedId,
      );
      await readerReady();
      // What the pointer would hit at the bar's corners and its buttons' centres.
      const hits = await page.evaluate(() => {
        const bar = document.getElementById("selection-bar");
        if (!bar) return [];
        const r = bar.getBoundingClientRect();
        const points = [
          [r.left + 2, r.top + 2],
          [r.right - 2, r.top + 2],
          [r.left + 2, r.bottom - 2],
          [r.right - 2, r.bottom - 2],
          ...[...bar.querySelectorAll("button")].map((b) => {
            const q = b.getBoundingClientRect();
            return [q.left + q.width / 2, q.top + q.height / 2];
          }),
        ];
        return points.map(([x, y]) => bar.contains(document.elementFromPoint(x ?? 0, y ?? 0)));
      });
      expect(hits.length).toBeGreaterThan(4);
      expect(hits.every(Boolean)).toBe(true);
      // The reader itself is not covered either.
      const box = await page.locator("#reader").boundingBox();
      const bar = await page.locator("#selection-bar").boundingBox();
      const apart =
        box !== null &&
        bar !== null &&
        (bar.x >= box.x + box.width || bar.x + bar.width <= box.x || bar.y >= box.y + box.height);
      expect(apart).toBe(true);
      await page.click('#selection-bar [data-action="only"]');
      expect(await page.isVisible("#reader")).toBe(true);
    },
  );
});

import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DICTIONARIES } from "../../graph-ui/src/i18n/dict.js";
import type { Database } from "../../ingest/db/driver.js";
import { ingestArticle } from "../../ingest/write/article.js";
import { launchBrowser, nodeViewportPosition, type Browser } from "../support/browser.js";
import { resetDb, testDb } from "../support/db.js";
import { SEED_ARTICLE, serveExplorer, type ExplorerServer } from "../support/explorer-server.js";

// What new users hit in their first hour with the explorer (issue 15): a path that does not exist,
// wide Cypher results, adding an article twice, the counter under filters, CSV coordinates.

// Written for these tests: an article about places and people unrelated to the seed article, so
// the graph has two parts with no path between them.
const OTHER_ARTICLE =
  "زار الرئيس الفرنسي إيمانويل ماكرون القاهرة يوم الأحد، والتقى الرئيس المصري عبد الفتاح السيسي لبحث التعاون بين فرنسا ومصر في مجال الطاقة.";
const THIRD_ARTICLE =
  "استقبل رئيس الوزراء الياباني في طوكيو وزير الخارجية الهندي يوم الاثنين، وبحث الجانبان التعاون بين اليابان والهند في مجال التجارة.";

const ar = DICTIONARIES.ar;

let db: Database;
let server: ExplorerServer | undefined;
let url: string;
let browser: Browser;
let page: Page;

async function openAt(width: number, height: number, lang: "ar" | "en" = "ar"): Promise<void> {
  await page?.close();
  page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  page.on("pageerror", (err) => console.error("browser:", err.message));
  await page.goto(url);
  await page.waitForFunction(() => {
    const r = (window as unknown as { rawabit?: { ready(): string } }).rawabit;
    return r !== undefined && r.ready() !== "loading";
  });
  if (lang === "en") await page.selectOption("#ui-lang", "en");
}

async function runCypher(query: string): Promise<void> {
  if (!(await page.locator("#panel-console").isVisible())) await page.click("#tab-console");
  await page.waitForSelector("#panel-console .cm-content");
  await page.click("#panel-console .cm-content");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(query);
  await page.click("#cypher-run");
  await page.waitForSelector("#panel-console .result, #panel-console .query-error");
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("#cypher-run")?.disabled);
}

/** What sigma actually draws: nodes and edges whose display data is not hidden. */
function drawnCounts(): Promise<{ nodes: number; edges: number; order: number; size: number }> {
  return page.evaluate(() => {
    const r = (
      window as unknown as {
        rawabit: {
          graph: {
            order: number;
            size: number;
            nodes(): string[];
            edges(): string[];
            extremities(e: string): [string, string];
          };
          sigma: {
            getNodeDisplayData(id: string): { hidden?: boolean } | undefined;
            getEdgeDisplayData(id: string): { hidden?: boolean } | undefined;
          };
        };
      }
    ).rawabit;
    const shown = (id: string) => r.sigma.getNodeDisplayData(id)?.hidden !== true;
    const nodes = r.graph.nodes().filter(shown).length;
    const edges = r.graph.edges().filter((e) => {
      const [s, t] = r.graph.extremities(e);
      return r.sigma.getEdgeDisplayData(e)?.hidden !== true && shown(s) && shown(t);
    }).length;
    return { nodes, edges, order: r.graph.order, size: r.graph.size };
  });
}

const digits = (s: string | null): number[] =>
  (s ?? "").match(/[\d,]+/g)?.map((d) => Number(d.replace(/,/g, ""))) ?? [];

describe("explorer: the first hour (issue 15)", () => {
  beforeAll(async () => {
    db = testDb();
    await resetDb(db);
    await ingestArticle(db, { text: SEED_ARTICLE, title: "بايدن: الشراكة الأميركية العراقية مستمرة" });
    await ingestArticle(db, { text: OTHER_ARTICLE, title: "ماكرون في القاهرة" });
    server = await serveExplorer(db);
    url = server.url;
    browser = await launchBrowser({ width: 1440, height: 900 });
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it("bug 1: a shortest path that does not exist says so, naming both ends, and ends path picking", async () => {
    await openAt(1440, 900);
    // Two entities in different parts of the graph (no chain of relations between them).
    const pair = await page.evaluate(() => {
      const g = (
        window as unknown as {
          rawabit: {
            graph: {
              nodes(): string[];
              neighbors(id: string): string[];
              getNodeAttribute(id: string, k: string): unknown;
            };
          };
        }
      ).rawabit.graph;
      const part = new Map<string, number>();
      let n = 0;
      for (const start of g.nodes()) {
        if (part.has(start)) continue;
        const stack = [start];
        part.set(start, n);
        while (stack.length)
          for (const m of g.neighbors(stack.pop() ?? "")) {
            if (part.has(m)) continue;
            part.set(m, n);
            stack.push(m);
          }
        n++;
      }
      const nodes = g.nodes();
      const a = nodes.find((id) => part.get(id) === 0 && g.neighbors(id).length > 0) ?? "";
      const b = nodes.find((id) => part.get(id) !== 0 && g.neighbors(id).length > 0) ?? "";
      return {
        a,
        b,
        nameA: String(g.getNodeAttribute(a, "name")),
        nameB: String(g.getNodeAttribute(b, "name")),
      };
    });
    expect(pair.a).not.toBe("");
    expect(pair.b).not.toBe("");
    const api = (await (
      await fetch(
        new URL(
          `api/path?from=${encodeURIComponent(pair.a)}&to=${encodeURIComponent(pair.b)}&maxLength=6`,
          url,
        ),
      )
    ).json()) as { paths: unknown[] };
    expect(api.paths).toHaveLength(0);

    await page.evaluate(
      (id) => (window as unknown as { rawabit: { focusNode(id: string): void } }).rawabit.focusNode(id),
      pair.a,
    );
    await page.click(`#details .entity[data-entity="${pair.a}"] [data-action=path-from]`);
    const picking = page.locator(".path-picking");
    await expect.poll(() => picking.isVisible()).toBe(true);
    expect(await picking.textContent()).toContain(ar.pathPicking);

    // Click the other end on the canvas, as a user does.
    await page.evaluate(() => {
      const s = (window as unknown as { rawabit: { sigma: { getCamera(): { setState(s: object): void } } } })
        .rawabit.sigma;
      s.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    });
    await page.waitForTimeout(300);
    const at = await nodeViewportPosition(page, pair.b);
    if (!at) throw new Error("e2e: the other end is not drawn");
    await page.mouse.click(at.pageX, at.pageY);

    const none = page.locator("#details .path-none");
    await none.waitFor({ timeout: 10_000 });
    expect(await page.locator("#details").isVisible()).toBe(true);
    const text = (await none.textContent()) ?? "";
    expect(text).toContain(pair.nameA);
    expect(text).toContain(pair.nameB);
    expect(await picking.isVisible()).toBe(false);
    expect(await page.getByText(ar.pathPicking).isVisible()).toBe(false);
    // The message stays until closed.
    await page.click("#details button.close");
    expect(await page.locator("#details").isVisible()).toBe(false);
  });

  it.each([
    [1440, 900],
    [1024, 768],
  ])(
    "bug 2: wide Cypher results scroll in their own box at %ix%i; nodes and relations read as names",
    async (w, h) => {
      await openAt(w, h);
      await runCypher("MATCH (a)-[r]->(b) RETURN a, r, b");
      await page.waitForSelector("#panel-console table.results tbody tr");
      const box = await page.evaluate(() => {
        const d = document.documentElement;
        const rect = (sel: string) => {
          const r = document.querySelector(sel)?.getBoundingClientRect();
          return r ? { left: r.left, right: r.right } : null;
        };
        const wrap = document.querySelector<HTMLElement>("#panel-console .table-wrap");
        return {
          scrollWidth: d.scrollWidth,
          clientWidth: d.clientWidth,
          bodyScroll: document.body.scrollWidth,
          sidebar: rect("#controls"),
          topbar: rect(".topbar"),
          share: rect("#share"),
          wrapOverflow: wrap ? getComputedStyle(wrap).overflowX : "",
        };
      });
      expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
      expect(box.bodyScroll).toBeLessThanOrEqual(w);
      for (const r of [box.sidebar, box.topbar, box.share]) {
        expect(r).not.toBeNull();
        expect(r?.left).toBeGreaterThanOrEqual(0);
        expect(r?.right).toBeLessThanOrEqual(w + 0.5);
      }
      expect(box.wrapOverflow).toBe("auto");
      const cells = await page.locator("#panel-console table.results tbody td").allTextContents();
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) expect(c.trim().startsWith("{"), c).toBe(false);
      // Relationship cells name their type.
      expect(cells.some((c) => /^:[A-Z_]+/.test(c.trim()))).toBe(true);
    },
  );

  it("bug 2: the table says how many rows it shows of how many, in both languages, and the time reads right", async () => {
    await openAt(1440, 900, "en");
    await runCypher("UNWIND range(1, 5000) AS i RETURN i, -i AS negative");
    const meta = page.locator("#panel-console .result .meta");
    expect(await meta.textContent()).toContain("500 of 5,000 rows shown");
    const elapsedEn = (await meta.locator(".elapsed").textContent()) ?? "";
    expect(elapsedEn).toMatch(/^[\d,]+ ms$/);
    await page.selectOption("#ui-lang", "ar");
    await runCypher("UNWIND range(1, 5000) AS i RETURN i, -i AS negative");
    const metaAr = (await meta.textContent()) ?? "";
    expect(metaAr).toContain(ar.rowsShown.replace("{shown}", "500").replace("{total}", "5,000"));
    expect(metaAr).not.toMatch(/[a-z]/i);
    // In Arabic the number stands to the right of its unit (read first), in its own bidi island.
    const order = await page.evaluate(() => {
      const e = document.querySelector("#panel-console .result .meta .elapsed");
      const node = e?.firstChild;
      if (!e || !node || !node.textContent) return null;
      const text = node.textContent;
      const m = /\d[\d,]*/.exec(text);
      if (!m) return null;
      const range = (s: number, t: number) => {
        const r = document.createRange();
        r.setStart(node, s);
        r.setEnd(node, t);
        return r.getBoundingClientRect();
      };
      const num = range(m.index, m.index + m[0].length);
      const unitStart = m.index + m[0].length + 1;
      const unit = range(unitStart, text.length);
      return { tag: e.tagName, numLeft: num.left, unitLeft: unit.left };
    });
    expect(order?.tag).toBe("BDI");
    expect(order?.numLeft ?? 0).toBeGreaterThan(order?.unitLeft ?? 0);
  });

  it("bug 2: results download as CSV with every row, numbers as numbers", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#panel-console .result button[data-export=results-csv]"),
    ]);
    expect(download.suggestedFilename()).toBe("rawabit-query.csv");
    const body = readFileSync(await download.path(), "utf8").replace(/^\ufeff/, "");
    const lines = body.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("i,negative");
    expect(lines).toHaveLength(5001);
    expect(lines[1]).toBe("1,-1");
  });

  it("bug 3: adding an article explains blank and non-Arabic text, lists what it found, and knows a repeat", async () => {
    await openAt(1440, 900);
    await page.click("#tab-ingest");
    const form = page.locator("#panel-ingest");
    const output = form.locator(".output");

    await form.locator("textarea[name=text]").fill("   \n  ");
    await form.locator("button[type=submit]").click();
    await expect.poll(() => output.textContent()).toContain(ar.ingestEmpty);

    await form
      .locator("textarea[name=text]")
      .fill("The president met the foreign minister in Paris on Monday.");
    await form.locator("button[type=submit]").click();
    await expect.poll(() => output.textContent()).toContain(ar.ingestNotArabic);
    expect(await output.textContent()).not.toContain(ar.ingested.slice(0, 8));

    await form.locator("input[name=title]").fill("لقاء في طوكيو");
    await form.locator("textarea[name=text]").fill(THIRD_ARTICLE);
    await form.locator("button[type=submit]").click();
    await form.locator("p.ok").waitFor();
    expect(await form.locator("textarea[name=text]").inputValue()).toBe("");
    expect(await form.locator("input[name=title]").inputValue()).toBe("");
    const entities = form.locator(".extracted .extracted-entities li");
    // The list comes from the article's own subgraph (GET /api/graph?article=…): a second request.
    await expect.poll(() => entities.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const okText = (await form.locator("p.ok").textContent()) ?? "";
    expect(digits(okText)[0]).toBe(await entities.count());
    expect(await form.locator(".extracted .extracted-relations").count()).toBe(1);

    // "Show in graph" selects the entity in the graph.
    const first = entities.first();
    const id = await first.getAttribute("data-id");
    await first.locator("button[data-action=show]").click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              window as unknown as { rawabit: { store: { get(): { selection: { id?: string } } } } }
            ).rawabit.store.get().selection.id,
        ),
      )
      .toBe(id);

    // The same text again: the API answers `unchanged`, and the explorer says so.
    await form.locator("textarea[name=text]").fill(THIRD_ARTICLE);
    await form.locator("button[type=submit]").click();
    await form.locator("p.ok[data-status=unchanged]").waitFor();
    const again = (await form.locator("p.ok").textContent()) ?? "";
    expect(again).toContain(ar.ingestUnchangedLead);
    expect(again).not.toContain(ar.ingested.split("{")[0] ?? "");
    await expect.poll(() => entities.count(), { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it("bug 8: the node/edge counter counts what is visible under filters and ego views", async () => {
    await openAt(1440, 900, "en");
    const counts = page.locator("#counts");
    const all = await drawnCounts();
    expect(digits(await counts.textContent())).toEqual([all.order, all.size]);

    await page.locator("#type-filters input[data-filter=Person]").uncheck();
    await page.waitForTimeout(100);
    const filtered = await drawnCounts();
    expect(filtered.nodes).toBeLessThan(all.order);
    expect(digits(await counts.textContent())).toEqual([filtered.nodes, all.order, filtered.edges, all.size]);
    await page.locator("#type-filters input[data-filter=Person]").check();

    const centre = await page.evaluate(() => {
      const g = (
        window as unknown as { rawabit: { graph: { nodes(): string[]; degree(id: string): number } } }
      ).rawabit.graph;
      return g.nodes().find((id) => g.degree(id) > 0) ?? "";
    });
    await page.evaluate(
      (id) => (window as unknown as { rawabit: { focusNode(id: string): void } }).rawabit.focusNode(id),
      centre,
    );
    await page.click(`#details .entity[data-entity="${centre}"] [data-action=focus1]`);
    await page.waitForTimeout(100);
    const ego = await drawnCounts();
    expect(ego.nodes).toBeLessThan(all.order);
    expect(digits(await counts.textContent())).toEqual([ego.nodes, all.order, ego.edges, all.size]);
  });

  it("bug 11: CSV export keeps negative coordinates as numbers", async () => {
    await openAt(1440, 900);
    await page.click("#tab-export");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('#panel-export button[data-export="csv"]'),
    ]);
    expect(download.suggestedFilename()).toBe("rawabit-nodes.csv");
    const lines = readFileSync(await download.path(), "utf8")
      .replace(/^\ufeff/, "")
      .split("\r\n")
      .filter(Boolean);
    const header = lines[0]?.split(",") ?? [];
    const xi = header.indexOf("x");
    const yi = header.indexOf("y");
    const coords = lines.slice(1).flatMap((l) => {
      const cells = l.split(",");
      return [cells[xi] ?? "", cells[yi] ?? ""];
    });
    expect(coords.length).toBeGreaterThan(0);
    for (const c of coords) expect(Number.isFinite(Number(c)), c).toBe(true);
    expect(coords.some((c) => c.startsWith("-"))).toBe(true);
  });
});

import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT_DIR } from "../../ingest/config.js";
import type { Database } from "../../ingest/db/driver.js";
import { launchBrowser, nodeViewportPosition, type Browser } from "../support/browser.js";
import { testDb } from "../support/db.js";
import { startExplorerServer, type ExplorerServer } from "../support/explorer-server.js";
import { compareLabelShaping } from "../support/label-pixels.js";

// Drives the built explorer (npm run build:ui) in Debian's Chromium against the real API and Neo4j.
const SHOTS = path.join(ROOT_DIR, "artifacts", "screenshots");

// A second article (written for this test, not from the sample) naming places the gazetteer knows.
const NEW_ARTICLE =
  "زار الرئيس الفرنسي إيمانويل ماكرون القاهرة يوم الأحد، والتقى الرئيس المصري عبد الفتاح السيسي لبحث التعاون بين فرنسا ومصر في مجال الطاقة.";

interface Hook {
  graph: {
    order: number;
    size: number;
    hasNode(id: string): boolean;
    getNodeAttribute(id: string, k: string): unknown;
  };
  store: { get(): { selection: { kind: string; id?: string }; highlighted: string[] } };
  ready(): string;
}

let db: Database;
let server: ExplorerServer;
let browser: Browser;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
const hook = <T>(fn: (h: Hook) => T): Promise<T> =>
  page.evaluate(`(${fn.toString()})(window.rawabit)`) as Promise<T>;
const apiJson = async (p: string): Promise<unknown> => (await fetch(new URL(`api/${p}`, server.url))).json();

async function waitReady(): Promise<void> {
  await page.waitForFunction(() => {
    const r = (window as unknown as { rawabit?: { ready(): string } }).rawabit;
    return r !== undefined && r.ready() !== "loading";
  });
}

/** Counts painted pixels of sigma's WebGL layers, read in the same task as a synchronous render. */
function paintedPixels(): Promise<number> {
  return page.evaluate(() => {
    const sigma = (
      window as unknown as {
        rawabit: { sigma: { refresh(): void; getCanvases(): Record<string, HTMLCanvasElement> } };
      }
    ).rawabit.sigma;
    sigma.refresh();
    const { nodes, edges } = sigma.getCanvases();
    let count = 0;
    for (const c of [nodes, edges]) {
      if (!c) continue;
      const out = document.createElement("canvas");
      out.width = c.width;
      out.height = c.height;
      const ctx = out.getContext("2d");
      if (!ctx) continue;
      ctx.drawImage(c, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count++;
    }
    return count;
  });
}

describe("explorer in Chromium", () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    db = testDb();
    server = await startExplorerServer(db);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on("pageerror", (err) => console.error("browser:", err.message));
    await page.goto(server.url);
    await waitReady();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it("renders the graph: same node count as the API, non-blank WebGL canvas", async () => {
    const payload = (await apiJson("graph?limit=20000")) as { nodes: unknown[]; edges: unknown[] };
    expect(payload.nodes.length).toBeGreaterThan(5);
    expect(await hook((h) => h.ready())).toBe("ready");
    expect(await hook((h) => h.graph.order)).toBe(payload.nodes.length);
    expect(await hook((h) => h.graph.size)).toBe(payload.edges.length);
    expect(await paintedPixels()).toBeGreaterThan(200);
    await shot("01-graph-ar");
  });

  it("draws Arabic labels shaped and right-to-left, exactly as the browser shapes the text", async () => {
    const r = await compareLabelShaping(page);
    // The same pixels as the browser's own shaping of the string at the same position (0 when identical)...
    expect(r.joinedDiff, JSON.stringify(r)).toBeLessThan(0.05);
    // ...and clearly not the unjoined letters (what a glyph-atlas renderer without shaping would draw).
    expect(r.unjoinedDiff, JSON.stringify(r)).toBeGreaterThan(0.3);
    // Canvas text width equals the DOM's width for the same string and font: one shaper.
    expect(Math.abs(r.canvasWidth - r.domWidth)).toBeLessThan(1.5);
    expect(r.labelRightOfNode).toBe(false);
  });

  it("search بايدن selects Biden, centres him, and shows the evidence with استقبل highlighted", async () => {
    const { hits } = (await apiJson(`search?q=${encodeURIComponent("بايدن")}`)) as {
      hits: { id: string; nameEn: string }[];
    };
    const biden = hits[0];
    expect(biden?.nameEn).toMatch(/Biden/);
    await page.fill("#search", "بايدن");
    await page.waitForSelector(`#suggestions li[data-id="${biden?.id}"]`);
    await page.press("#search", "Enter");
    await page.waitForSelector(`#details .entity[data-entity="${biden?.id}"]`);
    expect(await hook((h) => h.store.get().selection)).toEqual({ kind: "node", id: biden?.id });
    await page.waitForTimeout(400); // camera animation
    const at = await nodeViewportPosition(page, biden?.id ?? "");
    const offset = at ? Math.hypot(at.x - at.width / 2, at.y - at.height / 2) : Number.POSITIVE_INFINITY;
    expect(offset).toBeLessThan(5);
    await expect
      .poll(() =>
        page
          .locator("#details p.evidence", { hasText: "استقبل" })
          .locator("mark", { hasText: "استقبل" })
          .count(),
      )
      .toBeGreaterThan(0);
    expect(await page.locator("#details .name-ar").textContent()).toBe("جو بايدن");
    expect(await page.locator("#details .name-en").first().textContent()).toMatch(/Biden/);
    await shot("02-biden-selected");
  });

  it("switches labels to English and the interface to English (LTR)", async () => {
    await page.selectOption("#label-lang", "en");
    const id = await hook((h) => h.store.get().selection.id ?? "");
    expect(
      await hook((h) => h.graph.getNodeAttribute((h.store.get().selection as { id: string }).id, "label")),
    ).toMatch(/Biden/);
    await page.selectOption("#ui-lang", "en");
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("ltr");
    expect(await page.locator("#tab-library").textContent()).toBe("Saved queries");
    expect(id).not.toBe("");
    await shot("03-english");
  });

  it("runs a saved query from the library and shows the table", async () => {
    await page.click("#tab-library");
    const first = page.locator("#panel-library .query-list button").first();
    await first.click();
    const form = page.locator("#panel-library form.query-form");
    for (const input of await form.locator("input:not([type=checkbox])").all()) {
      // The time-window fields stay empty: the seed article is undated, so a window holds nothing.
      if (/^(from|to|since|until)$/.test((await input.getAttribute("name")) ?? "")) continue;
      if ((await input.inputValue()) === "")
        await input.fill((await input.getAttribute("placeholder")) ?? "");
    }
    await form.locator("button[type=submit]").click();
    await page.waitForSelector("#panel-library table.results tbody tr");
    expect(await page.locator("#panel-library table.results tbody tr").count()).toBeGreaterThan(0);
    await shot("04-saved-query");
  });

  it("refuses a write query in the Cypher console with an inline error", async () => {
    await page.click("#tab-console");
    await page.waitForSelector("#panel-console .cm-content");
    await page.click("#panel-console .cm-content");
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText("CREATE (n:Hacked {name: 'x'}) RETURN n");
    await page.click("#cypher-run");
    const error = page.locator("#panel-console .query-error");
    await error.waitFor();
    expect(await error.textContent()).toMatch(/refused|read/i);
    const [row] = await db.read<{ n: number }>("MATCH (n:Hacked) RETURN count(n) AS n");
    expect(row?.n).toBe(0);
    await shot("05-write-refused");
  });

  it("ingests a pasted article and highlights its new nodes", async () => {
    const before = await hook((h) => h.graph.order);
    await page.click("#tab-ingest");
    await page.fill("#panel-ingest input[name=title]", "ماكرون في القاهرة");
    await page.fill("#panel-ingest textarea[name=text]", NEW_ARTICLE);
    await page.click("#panel-ingest button[type=submit]");
    await page.waitForSelector("#panel-ingest p.ok");
    const after = await hook((h) => h.graph.order);
    expect(after).toBeGreaterThan(before);
    const highlighted = await hook(
      (h) => h.store.get().highlighted.filter((id) => h.graph.hasNode(id)).length,
    );
    expect(highlighted).toBeGreaterThan(0);
    const payload = (await apiJson("graph?limit=20000")) as { nodes: unknown[] };
    expect(after).toBe(payload.nodes.length);
    await shot("06-new-article");
  });

  it("exports a PNG with the graph drawn on it", async () => {
    await page.click("#tab-export");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('#panel-export button[data-export="png"]'),
    ]);
    expect(download.suggestedFilename()).toBe("rawabit-graph.png");
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    // Decode it in the browser and count pixels that are not the white background.
    const inked = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d");
      if (!ctx) return 0;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4)
        if ((d[i] ?? 255) < 200 || (d[i + 1] ?? 255) < 200 || (d[i + 2] ?? 255) < 200) n++;
      return n;
    }, bytes.toString("base64"));
    expect(inked).toBeGreaterThan(500);
  });

  it("switches the co-mention layer on (dashed edges among the drawn entities, own panel) and off again", async () => {
    type Edges = { graph: { forEachEdge(fn: (id: string, a: { relType: string }) => void): void } };
    const layer = () =>
      page.evaluate(() => {
        const ids: string[] = [];
        (window as unknown as { rawabit: Edges }).rawabit.graph.forEachEdge((id, a) => {
          if (a.relType === "CO_MENTIONED") ids.push(id);
        });
        return ids.sort();
      });
    const typed = await hook((h) => h.graph.size);
    expect(await layer()).toEqual([]);
    expect(await page.isChecked("#co-mentions-toggle")).toBe(false);
    const payload = (await apiJson("co-mentions?min=2&limit=2000&nodes=false")) as {
      edges: { id: string; source: string; target: string }[];
    };
    const drawn = await hook((h) => h.graph.order);
    expect(drawn).toBeGreaterThan(0);
    const expected = [];
    for (const e of payload.edges) {
      const both = await page.evaluate(
        ([a, b]) => {
          const g = (window as unknown as { rawabit: { graph: { hasNode(id: string): boolean } } }).rawabit
            .graph;
          return g.hasNode(a ?? "") && g.hasNode(b ?? "");
        },
        [e.source, e.target],
      );
      if (both) expected.push(e.id);
    }
    expect(expected.length).toBeGreaterThan(0);

    await page.check("#co-mentions-toggle");
    await page.waitForFunction(
      (n) => document.querySelector("#co-mentions-count")?.textContent === `(${n})`,
      expected.length,
    );
    expect(await layer()).toEqual(expected.sort());
    expect(await hook((h) => h.graph.size)).toBe(typed + expected.length);
    await shot("07-co-mentions-on");

    await page.evaluate((id) => {
      const r = (window as unknown as { rawabit: { store: { dispatch(a: unknown): void } } }).rawabit;
      r.store.dispatch({ type: "select", selection: { kind: "edge", id } });
    }, expected[0]);
    const summary = await page.waitForSelector("#details .co-mention-summary");
    expect(await summary.textContent()).toMatch(/\d+/);
    expect(await page.locator("#details .evidence").count()).toBeGreaterThan(0);
    await shot("08-co-mention-panel");

    await page.uncheck("#co-mentions-toggle");
    expect(await layer()).toEqual([]);
    expect(await hook((h) => h.graph.size)).toBe(typed);
  });
});

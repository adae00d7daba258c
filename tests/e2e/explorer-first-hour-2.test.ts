import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DICTIONARIES } from "../../graph-ui/src/i18n/dict.js";
import { ingestArticle } from "../../ingest/write/article.js";
import { launchBrowser, nodeViewportPosition, type Browser } from "../support/browser.js";
import {
  type ExplorerSetup,
  openExplorerPage,
  SEED_ARTICLE,
  startExplorer,
} from "../support/explorer-server.js";

// Issue 15, bugs 4, 5, 6, 7, 9, 10 and 12: what new users hit in their first hour (part two).
const ar = DICTIONARIES.ar;
const en = DICTIONARIES.en;
// The entity-type colours (graph-ui/src/graph/styles.ts), as a user sees them in the type legend.
const TYPE_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9"].map((c) => c.toLowerCase());

let setup: ExplorerSetup | undefined;
let url: string;
let browser: Browser;
let page: Page;

interface Hook {
  graph: {
    order: number;
    nodes(): string[];
    edges(): string[];
    neighbors(id: string): string[];
    degree(id: string): number;
    getNodeAttributes(id: string): { x: number; y: number; name: string };
    getEdgeAttributes(id: string): { relType: string; label: string };
  };
  store: { get(): Record<string, unknown> & { path: { kind: string; from?: string; to?: string } } };
  sigma: {
    getNodeDisplayData(id: string): { hidden?: boolean; color: string } | undefined;
    getCamera(): { ratio: number; setState(s: object): void; getState(): { ratio: number } };
  };
  layout: { status(): { kind: string }; runFor(ms: number): void };
  focusNode(id: string): void;
  ready(): string;
}

function hook<T>(p: Page, fn: (h: Hook) => T): Promise<T> {
  return p.evaluate(`(${fn.toString()})(window.rawabit)`) as Promise<T>;
}

async function fresh(width = 1440, height = 900, lang: "ar" | "en" = "ar"): Promise<void> {
  await page?.close();
  page = await openExplorerPage(browser, url, lang, { viewport: { width, height } });
}

/** Nodes drawn outside the stage: a view that is framed has none. */
async function drawnOutside(ids?: string[]): Promise<number> {
  const list =
    ids ??
    (await hook(page, (h) => h.graph.nodes().filter((n) => h.sigma.getNodeDisplayData(n)?.hidden !== true)));
  let outside = 0;
  for (const id of list) {
    const at = await nodeViewportPosition(page, id);
    if (!at || at.x < 0 || at.y < 0 || at.x > at.width || at.y > at.height) outside++;
  }
  return outside;
}

/** Moves the camera far away from the graph, zoomed in, so only a reframe can bring nodes back. */
const lookAway = () => hook(page, (h) => h.sigma.getCamera().setState({ x: 4, y: 4, ratio: 0.05, angle: 0 }));

const connectedPair = () =>
  hook(page, (h) => {
    const g = h.graph;
    const a = [...g.nodes()].sort((x, y) => g.degree(y) - g.degree(x))[0] ?? "";
    // Two hops away if possible, so the path has more than one step.
    const near = new Set([a, ...g.neighbors(a)]);
    const far = g
      .neighbors(a)
      .flatMap((n) => g.neighbors(n))
      .find((n) => !near.has(n));
    return { a, b: far ?? g.neighbors(a)[0] ?? "" };
  });

async function showPath(from: string, to: string): Promise<void> {
  await page.evaluate((d) => window.dispatchEvent(new CustomEvent("rawabit:path", { detail: d })), {
    from,
    to,
  });
  await page.waitForFunction(
    () => (window as unknown as { rawabit: Hook }).rawabit.store.get().path.kind === "shown",
  );
}

describe("explorer: the first hour, part two (issue 15)", () => {
  beforeAll(async () => {
    setup = await startExplorer({
      articles: async (d) => {
        await ingestArticle(d, { text: SEED_ARTICLE, title: "بايدن: الشراكة الأميركية العراقية مستمرة" });
      },
      window: { width: 1440, height: 900 },
    });
    ({ browser } = setup);
    url = setup.server.url;
  });

  afterAll(() => setup?.close());

  it("bug 4: colouring by community shows a community legend in colours no entity type uses", async () => {
    await fresh(1440, 900, "en");
    await page.selectOption("#color-by", "community");
    const rows = page.locator("#community-legend li");
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await page.locator("#community-legend h2").textContent()).toMatch(/\d+ communit(y|ies)/);
    for (const row of await rows.all()) {
      expect(await row.locator(".community-size").textContent()).toMatch(/^\(\d+\)$/);
      expect((await row.locator(".community-members").textContent())?.trim()).not.toBe("");
    }
    // The type list stays (as filters) but no longer shows type colours.
    const swatches = await page
      .locator("#type-filters .swatch")
      .evaluateAll((list) => list.map((s) => getComputedStyle(s).backgroundColor));
    expect(swatches.length).toBeGreaterThan(0);
    for (const c of swatches) expect(c).toBe("rgba(0, 0, 0, 0)");
    const colours = await hook(page, (h) =>
      h.graph.nodes().map((n) => h.sigma.getNodeDisplayData(n)?.color.toLowerCase() ?? ""),
    );
    for (const c of colours) expect(TYPE_COLOURS).not.toContain(c);
  });

  it("bug 5: a share link reproduces positions after a layout and a shown path, in a fresh browser", async () => {
    await fresh();
    await hook(page, (h) => h.layout.runFor(1500));
    await page.waitForFunction(
      () => (window as unknown as { rawabit: Hook }).rawabit.layout.status().kind === "idle",
      undefined,
      { timeout: 60_000 },
    );
    const { a, b } = await connectedPair();
    await showPath(a, b);
    const sent = await hook(page, (h) => {
      const out: Record<string, [number, number]> = {};
      for (const n of h.graph.nodes())
        out[n] = [h.graph.getNodeAttributes(n).x, h.graph.getNodeAttributes(n).y];
      return { positions: out, path: h.store.get().path };
    });
    await page.waitForTimeout(600); // the hash is written 200 ms after the last change
    const link = page.url();

    const other = await launchBrowser({ width: 1440, height: 900 });
    try {
      const p2 = await openExplorerPage(other, link, "ar", { viewport: { width: 1440, height: 900 } });
      await p2.waitForFunction(
        () => (window as unknown as { rawabit: Hook }).rawabit.store.get().path.kind === "shown",
        undefined,
        { timeout: 20_000 },
      );
      const got = await hook(p2, (h) => {
        const out: Record<string, [number, number]> = {};
        for (const n of h.graph.nodes())
          out[n] = [h.graph.getNodeAttributes(n).x, h.graph.getNodeAttributes(n).y];
        return { positions: out, path: h.store.get().path };
      });
      expect(got.path.from).toBe(sent.path.from);
      expect(got.path.to).toBe(sent.path.to);
      const xs = Object.values(sent.positions).map((p) => p[0]);
      const extent = Math.max(...xs) - Math.min(...xs);
      expect(Object.keys(got.positions).sort()).toEqual(Object.keys(sent.positions).sort());
      for (const [id, [x, y]] of Object.entries(sent.positions)) {
        const [gx, gy] = got.positions[id] ?? [Number.NaN, Number.NaN];
        expect(Math.abs(gx - x), id).toBeLessThan(extent / 500);
        expect(Math.abs(gy - y), id).toBeLessThan(extent / 500);
      }

      // A link pasted into the open explorer is applied (hashchange), without a reload.
      await p2.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
      await page.locator("#type-filters input[data-filter=Person]").uncheck();
      await page.waitForTimeout(600);
      await p2.evaluate((hash) => (window.location.hash = hash), new URL(page.url()).hash);
      await expect
        .poll(() => hook(p2, (h) => (h.store.get().filters as { hiddenTypes: string[] }).hiddenTypes))
        .toEqual(["Person"]);
      expect(await p2.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    } finally {
      await other.close();
    }
  });

  it("bug 6: the Arabic interface labels edges, counts and late panels in Arabic", async () => {
    await fresh();
    const labels = await hook(page, (h) =>
      h.graph
        .edges()
        .map((e) => h.graph.getEdgeAttributes(e))
        .map((a) => ({ type: a.relType, label: a.label })),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const { type, label } of labels) expect(label, type).not.toContain(type);
    const leads = labels.find((l) => l.type === "LEADS");
    expect(leads?.label.startsWith("يقود")).toBe(true);

    // Arabic counted nouns: "18 عقدة", never "18 عقد" or a colon list.
    const order = await hook(page, (h) => h.graph.order);
    const counts = (await page.locator("#counts").textContent()) ?? "";
    const form = order % 100 >= 11 || order % 100 === 0 ? "عقدة" : order % 100 >= 3 ? "عقد" : "";
    expect(counts).toContain(`${order} ${form}`);

    // Panels opened before a language switch follow it.
    await page.click("#tab-ingest");
    await page.locator("#panel-ingest textarea[name=text]").waitFor();
    await page.click("#tab-library");
    await page.locator("#panel-library .query-list button").first().waitFor();
    const arTitle = await page.locator("#panel-library .query-list button").first().textContent();
    await page.selectOption("#ui-lang", "en");
    await expect
      .poll(() => page.locator("#panel-library .query-list button").first().textContent())
      .not.toBe(arTitle);
    expect(await page.locator("#panel-library .query-list button").first().textContent()).toMatch(/[A-Za-z]/);
    await page.click("#tab-ingest");
    expect(await page.locator("#panel-ingest form").textContent()).toContain(en.title);
    expect(await page.locator("#panel-ingest button[type=submit]").textContent()).toBe(en.submit);
  });

  it("bug 7: zoom buttons, and ego networks and paths are reframed", async () => {
    await fresh();
    const ratio = () => hook(page, (h) => h.sigma.getCamera().getState().ratio);
    const before = await ratio();
    await page.click("#zoom-in");
    await expect.poll(ratio).toBeLessThan(before);
    const zoomed = await ratio();
    await page.click("#zoom-out");
    await expect.poll(ratio).toBeGreaterThan(zoomed);
    await lookAway();
    expect(await drawnOutside()).toBeGreaterThan(0);
    await page.click("#zoom-fit");
    await expect.poll(() => drawnOutside()).toBe(0);

    const { a, b } = await connectedPair();
    await hook(page, (h) =>
      h.focusNode([...h.graph.nodes()].sort((x, y) => h.graph.degree(y) - h.graph.degree(x))[0] ?? ""),
    );
    await page.locator(`#details .entity[data-entity="${a}"] [data-action=focus1]`).waitFor();
    await lookAway();
    await page.click(`#details .entity[data-entity="${a}"] [data-action=focus1]`);
    await expect.poll(() => drawnOutside()).toBe(0);

    await page.click(`#details .entity[data-entity="${a}"] [data-action=focus-off]`);
    await lookAway();
    await showPath(a, b);
    const pathNodes = await hook(page, (h) => (h.store.get().path as unknown as { nodes: string[] }).nodes);
    expect(pathNodes.length).toBeGreaterThan(1);
    await expect.poll(() => drawnOutside(pathNodes)).toBe(0);
  });

  it("bug 7: Esc closes the side panel", async () => {
    await fresh();
    const id = await hook(page, (h) => h.graph.nodes()[0] ?? "");
    await hook(page, (h) => h.focusNode(h.graph.nodes()[0] ?? ""));
    await page.locator(`#details .entity[data-entity="${id}"]`).waitFor();
    await page.locator("#sigma").hover();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#details").isVisible()).toBe(false);
  });

  it("bug 9: Run layout stops by itself and says so", async () => {
    await fresh(1440, 900, "en");
    await page.click("#layout-toggle");
    expect(await page.locator("#layout-state").getAttribute("data-state")).toBe("running");
    expect(await page.locator("#layout-state").textContent()).toBe(en.layoutRunning);
    await page.waitForFunction(
      () => {
        const s = document.querySelector("#layout-state")?.getAttribute("data-state");
        return s === "converged" || s === "budget";
      },
      undefined,
      { timeout: 90_000 },
    );
    expect(await page.locator("#layout-toggle").textContent()).toBe(en.layoutStart);
    expect([en.layoutSettled, en.layoutBudget]).toContain(await page.locator("#layout-state").textContent());
  });

  it("bug 10: PNG export of the whole graph at a chosen scale, with a title and legend", async () => {
    await fresh(1024, 768);
    await hook(page, (h) => h.focusNode(h.graph.nodes()[0] ?? ""));
    await page.locator("#details .entity").waitFor();
    await page.click("#tab-export");
    await page.selectOption("#png-scope", "graph");
    await page.selectOption("#png-scale", "2");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('#panel-export button[data-export="png"]'),
    ]);
    const png = readFileSync(await download.path());
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    // Not the stage's crop (the panel is open at 1024×768): the whole graph at 1600 px wide, doubled.
    expect(width).toBe(3200);
    expect(height).toBeGreaterThan(2000);
    // The legend band (below the graph) carries the entity-type colours.
    const found = await page.evaluate(
      async ({ data, colours }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const c = document.createElement("canvas");
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext("2d");
        if (!ctx) return [];
        ctx.drawImage(img, 0, 0);
        const band = ctx.getImageData(0, img.height - 120, img.width, 120).data;
        const hex = new Set<string>();
        for (let i = 0; i < band.length; i += 4)
          hex.add(
            `#${[band[i], band[i + 1], band[i + 2]].map((v) => (v ?? 0).toString(16).padStart(2, "0")).join("")}`,
          );
        return colours.filter((col) => hex.has(col));
      },
      { data: png.toString("base64"), colours: TYPE_COLOURS },
    );
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  it("bug 12: Arabic search placeholder is right-to-left; expand says when nothing was added", async () => {
    await fresh();
    expect(await page.$eval("#search", (i) => getComputedStyle(i).direction)).toBe("rtl");
    await page.fill("#search", "Biden");
    expect(await page.$eval("#search", (i) => getComputedStyle(i).direction)).toBe("ltr");
    await page.fill("#search", "");

    // Every neighbour is already loaded (the whole graph is): expanding adds nothing, and says so.
    const id = await hook(
      page,
      (h) => [...h.graph.nodes()].sort((x, y) => h.graph.degree(y) - h.graph.degree(x))[0] ?? "",
    );
    await hook(page, (h) =>
      h.focusNode([...h.graph.nodes()].sort((x, y) => h.graph.degree(y) - h.graph.degree(x))[0] ?? ""),
    );
    await page.click(`#details .entity[data-entity="${id}"] [data-action=expand]`);
    await page.getByText(ar.expandNothing).waitFor();
  });
});

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestArticle } from "../../ingest/write/article.js";
import { launchBrowser, nodeViewportPosition, type Browser } from "../support/browser.js";
import {
  type ExplorerServer,
  type ExplorerSetup,
  openExplorerPage,
  SEED_ARTICLE,
  startExplorer,
} from "../support/explorer-server.js";

// Issue 15, "what they expected": hide, pin and multi-select nodes, label density, and a teacher's
// clean view of a few entities that the share link reproduces in a fresh browser.

let setup: ExplorerSetup | undefined;
let server: ExplorerServer | undefined;
let browser: Browser;
let page: Page;

interface Hook {
  graph: {
    order: number;
    nodes(): string[];
    degree(id: string): number;
    getNodeAttributes(id: string): { x: number; y: number };
  };
  store: {
    get(): { picked: string[]; selection: { kind: string }; nodeView: { pinned: string[] } };
    dispatch(a: unknown): void;
  };
  sigma: {
    getNodeDisplayData(id: string): { hidden?: boolean } | undefined;
    getNodeDisplayedLabels(): Set<string>;
    getSetting(name: string): unknown;
  };
  layout: { status(): { kind: string }; runFor(ms: number): void };
  ready(): string;
}

function hook<T>(p: Page, fn: (h: Hook) => T): Promise<T> {
  return p.evaluate(`(${fn.toString()})(window.rawabit)`) as Promise<T>;
}

async function fresh(): Promise<void> {
  await page?.close();
  page = await openExplorerPage(browser, server?.url ?? "", "en");
}

const shown = (p: Page) =>
  hook(p, (h) =>
    h.graph
      .nodes()
      .filter((n) => h.sigma.getNodeDisplayData(n)?.hidden !== true)
      .sort(),
  );

/** The best-connected nodes, biggest first (a "few countries" stand-in that exists in any graph). */
const top = (n: number) =>
  hook(page, (h) => [...h.graph.nodes()].sort((a, b) => h.graph.degree(b) - h.graph.degree(a))).then((ids) =>
    ids.slice(0, n),
  );

/** Centres the node first (as a user pans to it): the selection bar may cover a corner of the graph. */
async function shiftClick(id: string): Promise<void> {
  await page.evaluate((n) => {
    const s = (
      window as unknown as {
        rawabit: {
          sigma: {
            getNodeDisplayData(id: string): { x: number; y: number } | undefined;
            getCamera(): { setState(s: object): void };
          };
        };
      }
    ).rawabit.sigma;
    const d = s.getNodeDisplayData(n);
    if (d) s.getCamera().setState({ x: d.x, y: d.y });
  }, id);
  // Sigma reads a second click within doubleClickTimeout as a double click, wherever it lands.
  const timeout = await page.evaluate(
    () =>
      (
        window as unknown as { rawabit: { sigma: { getSetting(k: string): unknown } } }
      ).rawabit.sigma.getSetting("doubleClickTimeout") as number,
  );
  await page.waitForTimeout(timeout + 50);
  const at = await nodeViewportPosition(page, id);
  if (!at) throw new Error(`node ${id} not drawn`);
  await page.keyboard.down("Shift");
  await page.mouse.click(at.pageX, at.pageY);
  await page.keyboard.up("Shift");
}

describe("explorer: hide, pin and multi-select (issue 15)", () => {
  beforeAll(async () => {
    setup = await startExplorer({
      articles: async (d) => {
        await ingestArticle(d, { text: SEED_ARTICLE, title: "seed" });
      },
      window: { width: 1440, height: 900 },
    });
    ({ server, browser } = setup);
  });

  afterAll(() => setup?.close());

  it("shift-click gathers nodes without opening the panel; the bar lists them, × takes one out", async () => {
    await fresh();
    const [a, b] = await top(2);
    await shiftClick(a ?? "");
    await shiftClick(b ?? "");
    expect((await hook(page, (h) => h.store.get().picked)).sort()).toEqual([a, b].sort());
    expect(await hook(page, (h) => h.store.get().selection.kind)).toBe("none");
    expect(await page.locator("#selection-bar .picked li").count()).toBe(2);
    await page.locator(`#selection-bar li[data-node="${a}"] .unpick`).click();
    expect(await hook(page, (h) => h.store.get().picked)).toEqual([b]);
    // A second shift-click on the same node takes it out too.
    await shiftClick(b ?? "");
    expect(await hook(page, (h) => h.store.get().picked)).toEqual([]);
  });

  it("a lasso (shift+drag) picks the drawn nodes inside it, and only those", async () => {
    await fresh();
    const [a] = await top(1);
    const at = await nodeViewportPosition(page, a ?? "");
    if (!at) throw new Error("not drawn");
    const r = 18;
    const expected = (
      await Promise.all(
        (await shown(page)).map(async (id) => {
          const p = await nodeViewportPosition(page, id);
          return p && Math.abs(p.x - at.x) < r - 2 && Math.abs(p.y - at.y) < r - 2 ? id : null;
        }),
      )
    ).filter((x) => x !== null);
    await page.keyboard.down("Shift");
    await page.mouse.move(at.pageX - r, at.pageY - r);
    await page.mouse.down();
    for (const [dx, dy] of [
      [r, -r],
      [r, r],
      [-r, r],
      [-r, -r],
    ] as const)
      await page.mouse.move(at.pageX + dx, at.pageY + dy, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up("Shift");
    const picked = (await hook(page, (h) => h.store.get().picked)).sort();
    expect(picked).toContain(a);
    expect(picked).toEqual(expected.sort());
  });

  it("show only these, hide and unhide all change what is drawn and the counter", async () => {
    await fresh();
    const total = await hook(page, (h) => h.graph.order);
    const few = await top(3);
    await hook(page, (h) => h.store.dispatch({ type: "setPicked", ids: [] }));
    for (const id of few) await shiftClick(id);
    await page.click('#selection-bar [data-action="only"]');
    expect(await shown(page)).toEqual([...few].sort());
    await expect.poll(() => page.textContent("#counts")).toMatch(new RegExp(`^3 of ${total} nodes`));
    // The picked set is cleared so the clean view has no highlights left.
    expect(await hook(page, (h) => h.store.get().picked)).toEqual([]);
    await shiftClick(few[0] ?? "");
    await page.click('#selection-bar [data-action="hide"]');
    expect(await shown(page)).toEqual(few.slice(1).sort());
    await expect.poll(() => page.textContent("#counts")).toMatch(new RegExp(`^2 of ${total} nodes`));
    await page.click('#selection-bar [data-action="unhide"]');
    expect((await shown(page)).length).toBe(total);
    await expect.poll(() => page.textContent("#counts")).toMatch(/^\d+ nodes/);
  });

  it("a teacher's clean view of a few entities is reproduced exactly by the link in a fresh browser", async () => {
    await fresh();
    const few = await top(4);
    for (const id of few) await shiftClick(id);
    await page.click('#selection-bar [data-action="only"]');
    await page.locator("#label-density").fill("5");
    await page.waitForTimeout(600); // the hash is written 200 ms after the last change
    const link = page.url();
    const counts = await page.textContent("#counts");
    const other = await launchBrowser({ width: 1440, height: 900 });
    try {
      const p2 = await openExplorerPage(other, link);
      expect(await shown(p2)).toEqual([...few].sort());
      expect(await p2.textContent("#counts")).toBe(counts);
      expect(await p2.inputValue("#label-density")).toBe("5");
      expect(await hook(p2, (h) => h.sigma.getSetting("labelRenderedSizeThreshold"))).toBe(0);
      // The receiver can undo it.
      await p2.click('#selection-bar [data-action="unhide"]');
      expect((await shown(p2)).length).toBe(await hook(p2, (h) => h.graph.order));
    } finally {
      await other.close();
    }
  });

  it("pinned nodes keep their position while the layout moves the others", async () => {
    await fresh();
    const [a, b] = await top(2);
    for (const id of [a, b]) await shiftClick(id ?? "");
    await page.click('#selection-bar [data-action="pin"]');
    expect((await hook(page, (h) => h.store.get().nodeView.pinned)).sort()).toEqual([a, b].sort());
    const before = await hook(page, (h) =>
      Object.fromEntries(h.graph.nodes().map((n) => [n, { ...h.graph.getNodeAttributes(n) }])),
    );
    await hook(page, (h) => h.layout.runFor(1500));
    await page.waitForFunction(
      () => (window as unknown as { rawabit: Hook }).rawabit.layout.status().kind === "idle",
    );
    const after = await hook(page, (h) =>
      Object.fromEntries(h.graph.nodes().map((n) => [n, { ...h.graph.getNodeAttributes(n) }])),
    );
    for (const id of [a, b]) {
      expect(after[id ?? ""]?.x).toBe(before[id ?? ""]?.x);
      expect(after[id ?? ""]?.y).toBe(before[id ?? ""]?.y);
    }
    const moved = Object.keys(after).filter(
      (n) => after[n]?.x !== before[n]?.x || after[n]?.y !== before[n]?.y,
    );
    expect(moved.length).toBeGreaterThan(0);
  });

  it("a pinned node wears a ring; unpinning takes it off", async () => {
    await fresh();
    const [a] = await top(1);
    await shiftClick(a ?? "");
    // Points on the ring's circle, on the label canvas: how many are painted.
    const ring = () =>
      page.evaluate(
        (id) =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const s = (
                  window as unknown as {
                    rawabit: {
                      sigma: {
                        getNodeDisplayData(id: string): { x: number; y: number; size: number } | undefined;
                        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
                        scaleSize(size: number): number;
                        getCanvases(): Record<string, HTMLCanvasElement>;
                      };
                    };
                  }
                ).rawabit.sigma;
                const d = s.getNodeDisplayData(id);
                const c = s.getCanvases().labels?.getContext("2d");
                if (!d || !c) return resolve(-1);
                const at = s.framedGraphToViewport(d);
                const r = s.scaleSize(d.size) + 3;
                const k = window.devicePixelRatio;
                let painted = 0;
                for (let i = 0; i < 16; i++) {
                  const x = Math.round((at.x + r * Math.cos((i * Math.PI) / 8)) * k);
                  const y = Math.round((at.y + r * Math.sin((i * Math.PI) / 8)) * k);
                  if ((c.getImageData(x, y, 1, 1).data[3] ?? 0) > 0) painted++;
                }
                resolve(painted);
              }),
            ),
          ),
        a ?? "",
      );
    const before = await ring();
    expect(before).toBeLessThan(8);
    await page.click('#selection-bar [data-action="pin"]');
    expect(await ring()).toBe(16);
    await page.click('#selection-bar [data-action="pin"]');
    expect(await hook(page, (h) => h.store.get().nodeView.pinned)).toEqual([]);
    expect(await ring()).toBe(before);
  });

  it("the label density slider draws fewer labels at 'few' than at 'many'", async () => {
    await fresh();
    const labels = async (level: string) => {
      await page.locator("#label-density").fill(level);
      await page.waitForTimeout(100);
      await hook(page, (h) => (h.sigma as unknown as { refresh(): void }).refresh());
      return hook(page, (h) => h.sigma.getNodeDisplayedLabels().size);
    };
    const few = await labels("1");
    const many = await labels("5");
    expect(few).toBeLessThan(many);
    await page.waitForTimeout(600);
    expect(page.url()).toMatch(/#v1=/);
  });
});

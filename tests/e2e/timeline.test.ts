import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT_DIR } from "../../ingest/config.js";
import { ingestArticle } from "../../ingest/write/article.js";
import type { Browser } from "../support/browser.js";
import { openSeededExplorer, type ExplorerServer, type SeededExplorer } from "../support/explorer-server.js";

// The timeline strip in Chromium: two dated articles written for this test (a meeting in Washington in
// January, one in Cairo in June) next to the undated seed article.
/** The README's timeline screenshot comes from here (artifacts/ is not committed). */
const SHOTS = path.join(ROOT_DIR, "artifacts", "screenshots");
const DATED = [
  {
    publishedAt: "2021-01-10",
    text: "استقبل الرئيس الأميركي جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي في البيت الأبيض يوم الأحد.",
  },
  {
    publishedAt: "2021-06-20",
    text: "زار الرئيس الفرنسي إيمانويل ماكرون القاهرة يوم الأحد، والتقى الرئيس المصري عبد الفتاح السيسي.",
  },
];

let explorer: SeededExplorer | undefined;
let server: ExplorerServer;
let browser: Browser;
let page: Page;

interface TimelineState {
  window: { from: string; to: string } | null;
  shown: number;
  total: number;
  hash: string;
  played: number;
}

type TimeWindow = { from: string; to: string };

/** Hands actions to the explorer's store, in order, as its own controls would. */
const dispatch = (...actions: object[]): Promise<void> =>
  page.evaluate((list) => {
    const { store } = (window as unknown as { rawabit: { store: { dispatch(a: object): void } } }).rawabit;
    for (const action of list) store.dispatch(action);
  }, actions);

const setWindow = (w: TimeWindow | null) => ({ type: "setTimeWindow", window: w });

/** The next request to an API path that carries every one of the given query parameters. */
const requested = (apiPath: string, params: Record<string, string>) =>
  page.waitForRequest(
    (r) =>
      r.url().includes(apiPath) && Object.entries(params).every(([k, v]) => r.url().includes(`${k}=${v}`)),
  );

/** The window, how many entities sigma draws, and the share link. */
const state = (): Promise<TimelineState> =>
  page.evaluate(() => {
    const r = (
      window as unknown as {
        rawabit: {
          store: { get(): { timeWindow: { from: string; to: string } | null } };
          graph: { nodes(): string[] };
          sigma: { getNodeDisplayData(id: string): { hidden?: boolean } | undefined };
        };
      }
    ).rawabit;
    const nodes = r.graph.nodes();
    return {
      window: r.store.get().timeWindow,
      shown: nodes.filter((id) => r.sigma.getNodeDisplayData(id)?.hidden !== true).length,
      total: nodes.length,
      hash: window.location.hash,
      played: Number(document.getElementById("timeline")?.dataset.played ?? "0"),
    };
  });

/**
 * The state once the strip and the share link have caught up with the last pointer move: the link
 * is written a moment after the state changes, so two reads in a row must agree.
 */
async function settled(): Promise<TimelineState> {
  let last = await state();
  for (;;) {
    await page.waitForTimeout(300);
    const next = await state();
    if (next.hash === last.hash && JSON.stringify(next.window) === JSON.stringify(last.window)) return next;
    last = next;
  }
}

/** Screen x of the middle of bin `i` of `n` (the strip runs right to left in Arabic). */
async function binX(i: number): Promise<{ x: number; y: number }> {
  const box = await page.locator(".timeline-bars").boundingBox();
  if (!box) throw new Error("e2e: no timeline canvas");
  const n = Number(await page.locator("#timeline").getAttribute("data-bins"));
  const rtl = (await page.evaluate(() => document.documentElement.dir)) === "rtl";
  const frac = (i + 0.5) / n;
  return { x: box.x + box.width * (rtl ? 1 - frac : frac), y: box.y + box.height / 2 };
}

describe("timeline strip in Chromium", () => {
  beforeAll(async () => {
    explorer = await openSeededExplorer(async (db) => {
      for (const article of DATED) await ingestArticle(db, article);
    });
    ({ server, browser, page } = explorer);
    await page.waitForFunction(() => Number(document.getElementById("timeline")?.dataset.bins ?? "0") > 1);
  });

  afterAll(() => explorer?.close());

  it("brushing the first bars shows only January's entities and puts the window in the share link", async () => {
    const before = await state();
    expect(before.window).toBeNull();
    expect(before.shown).toBe(before.total);
    const a = await binX(0);
    const b = await binX(1);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(b.x, b.y, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction((h) => window.location.hash !== h, before.hash);
    const after = await settled();
    expect(after.window?.from).toBe("2021-01-04");
    expect(after.window && after.window.to < "2021-06-01").toBe(true);
    expect(after.shown).toBeGreaterThan(0);
    expect(after.shown).toBeLessThan(after.total);
    const shown = await page.evaluate(() => {
      const r = (
        window as unknown as {
          rawabit: {
            graph: { nodes(): string[]; getNodeAttribute(id: string, k: string): unknown };
            sigma: { getNodeDisplayData(id: string): { hidden?: boolean } | undefined };
          };
        }
      ).rawabit;
      return r.graph
        .nodes()
        .filter((id) => r.sigma.getNodeDisplayData(id)?.hidden !== true)
        .map((id) => String(r.graph.getNodeAttribute(id, "nameEn") ?? ""));
    });
    expect(shown.join(" ")).toMatch(/Biden/u);
    expect(shown.join(" ")).not.toMatch(/Macron/u);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, "timeline-window.png") });

    // The link restores the window in a fresh page.
    const other = await browser.context.newPage();
    await other.goto(`${server.url}${after.hash}`);
    await other.waitForFunction(
      () =>
        (
          window as unknown as { rawabit?: { store: { get(): { timeWindow: unknown } } } }
        ).rawabit?.store.get().timeWindow !== undefined,
    );
    const restored = await other.evaluate(
      () =>
        (window as unknown as { rawabit: { store: { get(): { timeWindow: unknown } } } }).rawabit.store.get()
          .timeWindow,
    );
    expect(restored).toEqual(after.window);
    await other.close();
  });

  it("play moves the window forward, bin by bin", async () => {
    const start = await state();
    await page.click(".timeline-play");
    await page.waitForFunction(
      () => Number(document.getElementById("timeline")?.dataset.played ?? "0") >= 2,
      null,
      {
        timeout: 20_000,
      },
    );
    await page.click(".timeline-play");
    const moved = await state();
    expect(moved.played).toBeGreaterThanOrEqual(2);
    expect(moved.window && start.window && moved.window.from > start.window.from).toBe(true);
    expect(moved.hash).not.toBe(start.hash);
  });

  it("the brush works from the keyboard: arrows move the window, Shift resizes it, Home/End", async () => {
    const bars = page.locator(".timeline-bars");
    expect(await bars.getAttribute("role")).toBe("slider");
    expect(await bars.getAttribute("tabindex")).toBe("0");
    expect(await bars.getAttribute("aria-label")).toMatch(/Shift.*Home.*End/u);
    await bars.focus();
    // Later in time is the arrow pointing along the strip: left in the Arabic (right-to-left) page.
    const rtl = (await page.evaluate(() => document.documentElement.dir)) === "rtl";
    const [later, earlier] = rtl ? ["ArrowLeft", "ArrowRight"] : ["ArrowRight", "ArrowLeft"];
    const press = async (key: string) => {
      await page.keyboard.press(key);
      return settled();
    };

    const first = await press("Home");
    expect(first.window?.from).toBe("2021-01-04");
    expect(await bars.getAttribute("aria-valuetext")).toBe(`${first.window?.from} – ${first.window?.to}`);
    expect(await bars.getAttribute("aria-valuenow")).toBe("0");

    const moved = await press(later);
    const width = (w: { from: string; to: string } | null) =>
      w ? Date.parse(w.to) - Date.parse(w.from) : NaN;
    // One weekly bin later, the same width (play left a window of a few bins).
    expect(moved.window?.from).toBe("2021-01-11");
    expect(width(moved.window)).toBe(width(first.window));
    expect(await bars.getAttribute("aria-valuenow")).toBe("1");

    const wider = await press(`Shift+${later}`);
    expect(wider.window?.from).toBe(moved.window?.from);
    expect(wider.window && moved.window && wider.window.to > moved.window.to).toBe(true);
    const narrower = await press(`Shift+${earlier}`);
    expect(narrower.window).toEqual(moved.window);

    const back = await press(earlier);
    expect(back.window).toEqual(first.window);
    expect(back.hash).not.toBe(narrower.hash);

    const last = await press("End");
    expect(last.window && last.window.to >= "2021-06-20").toBe(true);
    expect(last.shown).toBeGreaterThan(0);
    expect(last.shown).toBeLessThan(last.total);
  });

  it("an entity's panel asks for the window's evidence, and again when the window moves", async () => {
    const january = requested("/api/entities/", { from: "2021-01-01" });
    await dispatch(setWindow({ from: "2021-01-01", to: "2021-01-31" }), {
      type: "select",
      selection: { kind: "node", id: "person:joe-biden" },
    });
    const first = await (await january).response();
    const detail = (await first?.json()) as { articles: { publishedAt: string | null }[] };
    // Only the January article: the undated seed article and June's are outside the window.
    expect(detail.articles.map((a) => a.publishedAt)).toEqual(["2021-01-10"]);
    const june = requested("/api/entities/", { from: "2021-06-01" });
    await dispatch(setWindow({ from: "2021-06-01", to: "2021-06-30" }));
    const second = await (await june).response();
    expect(((await second?.json()) as { articles: unknown[] }).articles).toEqual([]);
    await page.keyboard.press("Escape");
  });

  it("a relation's panel asks for the window's evidence, and again when the window moves", async () => {
    // Biden leading the United States: in January's article and in the undated seed article.
    const LEADS = "person:joe-biden|LEADS|country:US";
    const dates = () =>
      page.locator(`#details .edge[data-edge="${LEADS}"] time.evidence-date`).allTextContents();
    const january = requested("/api/edges/", { from: "2021-01-01" });
    await dispatch(setWindow({ from: "2021-01-01", to: "2021-01-31" }), {
      type: "select",
      selection: { kind: "edge", id: LEADS },
    });
    const first = await (await january).response();
    const detail = (await first?.json()) as { evidence: { publishedAt: string | null }[] };
    // Only January's article: the undated seed article's evidence is outside the window.
    expect(detail.evidence.map((e) => e.publishedAt)).toEqual(["2021-01-10"]);
    await page.waitForFunction(
      (id) => document.querySelector(`#details .edge[data-edge="${id}"]`) !== null,
      LEADS,
    );
    expect(await dates()).toEqual(["2021-01-10"]);
    const june = requested("/api/edges/", { from: "2021-06-01" });
    await dispatch(setWindow({ from: "2021-06-01", to: "2021-06-30" }));
    const second = await (await june).response();
    expect(((await second?.json()) as { evidence: unknown[] }).evidence).toEqual([]);
    // The panel stays on the relation, now without evidence.
    await page.waitForFunction(
      (id) =>
        document.querySelector(`#details .edge[data-edge="${id}"]`) !== null &&
        document.querySelectorAll("#details time.evidence-date").length === 0,
      LEADS,
    );
    await page.keyboard.press("Escape");
  });

  it("expanding neighbours and a shortest path ask within the window", async () => {
    const june = { from: "2021-06-01", to: "2021-06-30" };
    await dispatch(setWindow(june), { type: "select", selection: { kind: "node", id: "person:joe-biden" } });
    const neighbours = requested("/neighbors", june);
    await page.click('#details .entity[data-entity="person:joe-biden"] [data-action=expand]');
    const reply = (await (await neighbours).response())?.status();
    expect(reply).toBe(200);
    // A path between January's two people, asked in June: the window travels as since/until.
    const path = requested("/api/path", { since: june.from, until: june.to });
    await page.evaluate(() =>
      globalThis.dispatchEvent(
        new CustomEvent("rawabit:path", {
          detail: { from: "person:joe-biden", to: "person:mustafa-al-kadhimi" },
        }),
      ),
    );
    const result = (await (await path).response())?.json() as Promise<{ paths: unknown[] }>;
    // Their meeting is January's: in June no path joins them.
    expect((await result).paths).toEqual([]);
    await page.keyboard.press("Escape");
  });

  it("a saved query's date fields follow the window, and a run sends them", async () => {
    await dispatch(setWindow({ from: "2021-01-01", to: "2021-01-31" }));
    await page.click("#tab-library");
    await page.locator("#panel-library").waitFor({ state: "visible" });
    await page.click('.query-list button[data-query="articles-mentioning"]');
    const form = page.locator('form.query-form[data-query="articles-mentioning"]');
    expect(await form.locator("input[name=from]").inputValue()).toBe("2021-01-01");
    expect(await form.locator("input[name=to]").inputValue()).toBe("2021-01-31");
    await dispatch(setWindow({ from: "2021-06-01", to: "2021-06-30" }));
    expect(await form.locator("input[name=from]").inputValue()).toBe("2021-06-01");
    expect(await form.locator(".window-note").textContent()).toContain("2021-06-30");
    await dispatch(setWindow({ from: "2021-01-01", to: "2021-01-31" }));
    await form.locator("input[name=entity]").fill("person:joe-biden");
    const ran = page.waitForRequest((r) => r.url().includes("/api/queries/articles-mentioning/run"));
    await form.locator("button[type=submit]").click();
    const request = await ran;
    expect((request.postDataJSON() as { params: Record<string, unknown> }).params).toMatchObject({
      entity: "person:joe-biden",
      from: "2021-01-01",
      to: "2021-01-31",
    });
    const rows = (await (await request.response())?.json()) as { rows: { date: string }[] };
    // January's article only: neither the undated seed article nor June's.
    expect(rows.rows.map((r) => r.date)).toEqual(["2021-01-10"]);
    // Other saved queries keep their own fields: corrections takes no window.
    await page.click('.query-list button[data-query="corrections"]');
    expect(await page.locator('form.query-form[data-query="corrections"] input[name=from]').count()).toBe(0);
  });

  it("'All dates' clears the window and shows every entity again", async () => {
    await page.click(".timeline-clear");
    await page.waitForFunction(() => {
      const r = (window as unknown as { rawabit: { store: { get(): { timeWindow: unknown } } } }).rawabit;
      return r.store.get().timeWindow === null;
    });
    const s = await state();
    expect(s.shown).toBe(s.total);
  });
});

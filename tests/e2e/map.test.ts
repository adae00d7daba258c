import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { geoContains } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Page } from "playwright-core";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAP_COLORS } from "../../graph-ui/src/map/layer.js";
import { worldProjection } from "../../graph-ui/src/map/projection.js";
import { PNG_TITLE_BAND } from "../../graph-ui/src/render/png-frame.js";
import { ROOT_DIR } from "../../ingest/config.js";
import type { Database } from "../../ingest/db/driver.js";
import { ingestArticle } from "../../ingest/write/article.js";
import { launchBrowser, type Browser } from "../support/browser.js";
import { testDb } from "../support/db.js";
import { startExplorerServer, type ExplorerServer } from "../support/explorer-server.js";
import { compareLabelShaping } from "../support/label-pixels.js";

// The map layout in the built explorer (npm run build:ui), over the seed article (Iraq, the United
// States) and a sentence written for this test that names Baghdad, checked against the same
// projection and outline computed here.
const SHOTS = path.join(ROOT_DIR, "artifacts", "screenshots");
const BAGHDAD = { id: "city:baghdad", lon: 44.4009, lat: 33.3406 };
// Inside Saudi Arabia and Iran, which the seed article does not name: plain land on the map.
const ELSEWHERE = [
  [45.0, 24.0],
  [54.0, 32.0],
] as const;

const topology = JSON.parse(
  readFileSync(path.join(ROOT_DIR, "node_modules", "world-atlas", "countries-110m.json"), "utf8"),
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<
  Geometry,
  { name: string }
>;
const iraq = countries.features.find((f) => f.properties.name === "Iraq") as Feature<
  Geometry,
  { name: string }
>;
const projection = worldProjection();

let db: Database;
let server: ExplorerServer;
let browser: Browser;
let page: Page;

type Positions = Record<string, [number, number]>;

const positionsOf = (p: Page): Promise<Positions> =>
  p.evaluate(() => {
    type G = { forEachNode(fn: (id: string, a: { x: number; y: number }) => void): void };
    const { graph } = (window as unknown as { rawabit: { graph: G } }).rawabit;
    const out: Record<string, [number, number]> = {};
    graph.forEachNode((id, a) => (out[id] = [a.x, a.y]));
    return out;
  });

const positions = (): Promise<Positions> => positionsOf(page);

/** Viewport points of graph points and the map canvas's colour there, read right after a render. */
function probe(points: { x: number; y: number }[]): Promise<{ x: number; y: number; rgb: number[] }[]> {
  return page.evaluate((pts) => {
    type Sig = {
      refresh(): void;
      graphToViewport(p: { x: number; y: number }): { x: number; y: number };
      getCanvases(): Record<string, HTMLCanvasElement>;
    };
    const { sigma } = (window as unknown as { rawabit: { sigma: Sig } }).rawabit;
    sigma.refresh();
    const canvas = sigma.getCanvases().map;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) throw new Error("e2e: no map canvas");
    const ratio = canvas.width / canvas.clientWidth;
    return pts.map((p) => {
      const v = sigma.graphToViewport(p);
      const d = ctx.getImageData(Math.round(v.x * ratio), Math.round(v.y * ratio), 1, 1).data;
      return { x: v.x, y: v.y, rgb: [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0] };
    });
  }, points);
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const projected = (lon: number, lat: number) => {
  const p = projection([lon, lat]);
  if (!p) throw new Error("e2e: point outside the projection");
  return { x: p[0], y: -p[1] };
};

async function toggle(pressed: "true" | "false"): Promise<void> {
  await page.click("#map-toggle");
  await page.waitForSelector(`#map-toggle[aria-pressed="${pressed}"]:not([disabled])`);
}

/** The share link once the address bar says the map is `on` (it is written a moment after a change). */
async function linkWithMap(p: Page, on: boolean): Promise<string> {
  await p.waitForFunction((want) => {
    const m = /^#v1=([A-Za-z0-9_-]+)$/.exec(window.location.hash);
    if (!m?.[1]) return false;
    const json = JSON.parse(atob(m[1].replace(/-/g, "+").replace(/_/g, "/"))) as { g?: boolean };
    return (json.g ?? false) === want;
  }, on);
  return p.evaluate(() => window.location.hash);
}

async function waitReady(p: Page): Promise<void> {
  await p.waitForFunction(() => {
    const r = (window as unknown as { rawabit?: { ready(): string } }).rawabit;
    return r !== undefined && r.ready() === "ready";
  });
}

const hasMapCanvas = (p: Page): Promise<boolean> =>
  p.evaluate(() => {
    type Sig = { getCanvases(): Record<string, HTMLCanvasElement> };
    return "map" in (window as unknown as { rawabit: { sigma: Sig } }).rawabit.sigma.getCanvases();
  });

describe("map layout", () => {
  let force: Positions;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    db = testDb();
    server = await startExplorerServer(db);
    await ingestArticle(db, {
      text: "وصل وزير الخارجية الفرنسي إلى بغداد يوم الأحد في زيارة رسمية إلى العراق.",
      url: "https://example.test/map-baghdad",
    });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on("pageerror", (err) => console.error("browser:", err.message));
    await page.goto(server.url);
    await waitReady(page);
    force = await positions();
    await toggle("true");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it("puts Baghdad at its projected point, inside Iraq's outline, drawn in Iraq's fill", async () => {
    const at = (await positions())[BAGHDAD.id];
    expect(at, "Baghdad is in the seed graph").toBeDefined();
    const [x, y] = at as [number, number];
    const expected = projected(BAGHDAD.lon, BAGHDAD.lat);
    expect(x).toBeCloseTo(expected.x, 6);
    expect(y).toBeCloseTo(expected.y, 6);
    // The node's point, taken back through the projection, lies inside Iraq's polygon.
    const lonLat = projection.invert?.([x, -y]);
    expect(lonLat && geoContains(iraq, lonLat)).toBe(true);
    // On screen: the map canvas under the node is Iraq's fill (an entity of the graph), while
    // Saudi Arabia and Iran, not in the graph, are plain land.
    const [node, ...others] = await probe([{ x, y }, ...ELSEWHERE.map(([lon, lat]) => projected(lon, lat))]);
    const size = page.viewportSize() ?? { width: 0, height: 0 };
    expect(node?.x).toBeGreaterThan(0);
    expect(node?.x).toBeLessThan(size.width);
    expect(node?.rgb).toEqual(rgb(MAP_COLORS.inGraph));
    for (const o of others) expect(o.rgb).toEqual(rgb(MAP_COLORS.land));
    await page.screenshot({ path: path.join(SHOTS, "map.png") });
  });

  it("keeps outline and nodes in step when the camera moves", async () => {
    await page.evaluate(() => {
      type Cam = { setState(s: { x: number; y: number; ratio: number }): void };
      const { sigma } = (window as unknown as { rawabit: { sigma: { getCamera(): Cam } } }).rawabit;
      sigma.getCamera().setState({ x: 0.45, y: 0.55, ratio: 0.6 });
    });
    const [x, y] = (await positions())[BAGHDAD.id] as [number, number];
    const [node] = await probe([{ x, y }]);
    expect(node?.rgb).toEqual(rgb(MAP_COLORS.inGraph));
  });

  it("draws Arabic labels right-to-left on the map, shaped as the browser shapes them", async () => {
    // Close in on Baghdad: on the whole map its label and Iraq's overlap, and the comparison needs
    // a label with no other ink around it (Baghdad's or Iraq's, then far apart).
    await page.evaluate((id) => {
      type Sig = {
        getNodeDisplayData(id: string): { x: number; y: number } | undefined;
        getCamera(): { setState(s: { x: number; y: number; ratio: number }): void };
      };
      const { sigma } = (window as unknown as { rawabit: { sigma: Sig } }).rawabit;
      const d = sigma.getNodeDisplayData(id);
      if (d) sigma.getCamera().setState({ x: d.x, y: d.y, ratio: 0.01 });
    }, BAGHDAD.id);
    const r = await compareLabelShaping(page);
    expect(["بغداد", "العراق"]).toContain(r.label);
    expect(r.joinedDiff, JSON.stringify(r)).toBeLessThan(0.05);
    expect(r.unjoinedDiff, JSON.stringify(r)).toBeGreaterThan(0.3);
    expect(r.labelRightOfNode).toBe(false);
  });

  it("exports a PNG of the map view with the outline under the graph", async () => {
    await page.evaluate(() => {
      type Cam = { setState(s: { x: number; y: number; ratio: number; angle: number }): void };
      const { sigma } = (window as unknown as { rawabit: { sigma: { getCamera(): Cam } } }).rawabit;
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    });
    const points = await probe(ELSEWHERE.map(([lon, lat]) => projected(lon, lat)));
    await page.click("#tab-export");
    // The picture of what the stage shows; the export puts a title band above it.
    await page.selectOption("#png-scope", "view");
    await page.selectOption("#png-scale", "1");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('#panel-export button[data-export="png"]'),
    ]);
    const bytes = readFileSync(await download.path());
    const colours = await page.evaluate(
      async ({ b64, pts, band }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement("canvas");
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext("2d");
        if (!ctx) throw new Error("e2e: no 2d");
        ctx.drawImage(img, 0, 0);
        const ratio = img.width / (document.getElementById("sigma")?.clientWidth ?? img.width);
        return pts.map((p) => {
          const d = ctx.getImageData(Math.round(p.x * ratio), Math.round((p.y + band) * ratio), 1, 1).data;
          return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0];
        });
      },
      { b64: bytes.toString("base64"), pts: points.map(({ x, y }) => ({ x, y })), band: PNG_TITLE_BAND },
    );
    // Saudi Arabia and Iran in the picture: the outline's land, not the export's white background.
    expect(colours).toEqual(points.map(() => rgb(MAP_COLORS.land)));
  });

  it("switching back restores the force layout and removes the outline", async () => {
    await toggle("false");
    const back = await positions();
    expect(Object.keys(back).sort()).toEqual(Object.keys(force).sort());
    for (const [id, [x, y]] of Object.entries(force)) {
      // Positions are kept to two decimals (layout/positions.ts snapshot).
      expect(Math.abs((back[id]?.[0] ?? NaN) - x), id).toBeLessThan(0.01);
      expect(Math.abs((back[id]?.[1] ?? NaN) - y), id).toBeLessThan(0.01);
    }
    expect(await hasMapCanvas(page)).toBe(false);
  });

  it("carries the map in the share link: a fresh browser shows it, a pasted link switches", async () => {
    await toggle("true");
    const mapLink = await linkWithMap(page, true);
    await toggle("false");
    const forceLink = await linkWithMap(page, false);

    const other = await launchBrowser();
    try {
      const p2 = await other.context.newPage();
      p2.on("pageerror", (err) => console.error("browser 2:", err.message));
      await p2.goto(`${server.url}${mapLink}`);
      await waitReady(p2);
      await p2.waitForSelector('#map-toggle[aria-pressed="true"]:not([disabled])');
      const placed = () => positionsOf(p2);
      const expected = projected(BAGHDAD.lon, BAGHDAD.lat);
      expect((await placed())[BAGHDAD.id]?.[0]).toBeCloseTo(expected.x, 6);
      expect((await placed())[BAGHDAD.id]?.[1]).toBeCloseTo(expected.y, 6);
      expect(await hasMapCanvas(p2)).toBe(true);

      // A force-layout link pasted into the open explorer: the sender's layout, no outline.
      await p2.evaluate((h) => (window.location.hash = h), forceLink);
      await p2.waitForSelector('#map-toggle[aria-pressed="false"]:not([disabled])');
      await p2.waitForFunction(() => {
        type Sig = { getCanvases(): Record<string, HTMLCanvasElement> };
        return !("map" in (window as unknown as { rawabit: { sigma: Sig } }).rawabit.sigma.getCanvases());
      });
      const back = await placed();
      const span = Math.max(...Object.values(force).flat().map(Math.abs), 1);
      for (const [id, [x, y]] of Object.entries(force)) {
        // The link quantises positions to 12 bits of the bounding box.
        expect(Math.abs((back[id]?.[0] ?? NaN) - x), id).toBeLessThan(span / 1000);
        expect(Math.abs((back[id]?.[1] ?? NaN) - y), id).toBeLessThan(span / 1000);
      }

      // And the map link again.
      await p2.evaluate((h) => (window.location.hash = h), mapLink);
      await p2.waitForSelector('#map-toggle[aria-pressed="true"]:not([disabled])');
      await p2.waitForFunction(() => {
        type Sig = { getCanvases(): Record<string, HTMLCanvasElement> };
        return "map" in (window as unknown as { rawabit: { sigma: Sig } }).rawabit.sigma.getCanvases();
      });
      expect((await placed())[BAGHDAD.id]?.[0]).toBeCloseTo(expected.x, 6);
    } finally {
      await other.close();
    }
  });
});

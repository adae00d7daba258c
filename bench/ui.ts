/**
 * Explorer benchmark: generated graphs of 1k, 10k and 50k nodes (3 edges per node) served to the
 * built UI (graph-ui/dist) through request interception, in Debian's headless Chromium.
 * Reports medians of RUNS page loads per size. Run: npm run build:ui && npm run bench:ui
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page, Route } from "playwright-core";
import { ROOT_DIR } from "../ingest/config.js";
import type { GraphPayload } from "../ingest/model.js";
import { launchBrowser } from "../tests/support/browser.js";
import { median } from "./stats.js";
import { measureMap, withCoordinates, type MapSample } from "./ui-map.js";
import { corpusComparison, DEFAULT_CORPUS } from "./ui/corpus.js";

/** BENCH_UI_DIST compares another build (e.g. `vite build --outDir` of a change) with the same run. */
const DIST = path.resolve(ROOT_DIR, process.env.BENCH_UI_DIST ?? path.join("graph-ui", "dist"));
const ORIGIN = "http://rawabit.bench";
/** Empty (BENCH_UI_SIZES=) for the real-corpus graph alone. */
const SIZES = (process.env.BENCH_UI_SIZES ?? "1000,10000,50000").split(",").filter(Boolean).map(Number);
const RUNS = Number(process.env.BENCH_UI_RUNS ?? 3);
const TYPES = ["Person", "Organization", "Country", "City", "Location"];
const RELS = ["MET", "VISITED", "LEADS", "MEMBER_OF", "COOPERATES_WITH", "SUPPORTS", "OPPOSES"];

/** The generated articles: one a day from 2021-01-01 (the timeline's data). */
const DAYS = 365;
const dayOf = (d: number): string => new Date(Date.UTC(2021, 0, 1 + d)).toISOString().slice(0, 10);

/** Deterministic PRNG so every run sees the same graph. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export { serve, ORIGIN };

export function generate(n: number): GraphPayload {
  const rand = rng(n);
  const nodes = withCoordinates(
    Array.from({ length: n }, (_, i) => ({
      id: `e:${i}`,
      labels: ["Entity", TYPES[i % TYPES.length] ?? "Person"],
      type: TYPES[i % TYPES.length] ?? "Person",
      name: `كيان رقم ${i}`,
      nameEn: `Entity ${i}`,
      properties: { aliases: [], mentionCount: 1 } as Record<string, unknown>,
    })),
  );
  const edges: GraphPayload["edges"] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) {
      // Mostly local links plus some long ones: clustered like news graphs, not a uniform hairball.
      const j = rand() < 0.8 ? (i + 1 + Math.floor(rand() * 50)) % n : Math.floor(rand() * n);
      const type = RELS[Math.floor(rand() * RELS.length)] ?? "MET";
      const id = `e:${i}|${type}|e:${j}`;
      if (j === i || seen.has(id)) continue;
      seen.add(id);
      // One article a day through a year, spread without drawing from `rand` (the graph stays the same).
      const articleIds = [`b:${(i * 7 + k * 31) % DAYS}`];
      edges.push({ id, type, source: `e:${i}`, target: `e:${j}`, properties: { count: 1, articleIds } });
    }
  }
  return { nodes, edges };
}

const MIME: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
};

async function serve(page: Page, payload: GraphPayload, extra: Record<string, string> = {}): Promise<void> {
  const body = JSON.stringify(payload);
  await page.route(`${ORIGIN}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    const own = extra[url.pathname];
    if (own !== undefined)
      return route.fulfill({
        status: 200,
        contentType: MIME[path.extname(url.pathname)] ?? "text/plain",
        body: own,
      });
    const json = (data: unknown, status = 200) =>
      route.fulfill({ status, contentType: "application/json", body: JSON.stringify(data) });
    if (url.pathname === "/api/graph")
      return route.fulfill({ status: 200, contentType: "application/json", body });
    if (url.pathname === "/api/search") {
      const q = url.searchParams.get("q") ?? "";
      const hits = payload.nodes.filter((x) => x.nameEn === q || x.name === q).slice(0, 10);
      return json({
        hits: hits.map((h) => ({
          id: h.id,
          type: h.type,
          name: h.name,
          nameEn: h.nameEn,
          aliases: [],
          score: 1,
        })),
      });
    }
    if (url.pathname === "/api/articles") return json({ articles: [] });
    if (url.pathname === "/api/timeline/articles")
      return json({ articles: Array.from({ length: DAYS }, (_, d) => [`b:${d}`, dayOf(d)]) });
    if (url.pathname === "/api/timeline")
      return json({
        bucket: "day",
        bins: Array.from({ length: DAYS }, (_, d) => ({ start: dayOf(d), articles: 1 })),
        undated: 0,
      });
    if (url.pathname.startsWith("/api/")) return json({ error: "not_found", message: "bench" }, 404);
    const file = path.join(DIST, url.pathname === "/" ? "index.html" : url.pathname);
    try {
      return route.fulfill({
        status: 200,
        contentType: MIME[path.extname(file)] ?? "application/octet-stream",
        body: readFileSync(file),
      });
    } catch {
      return route.fulfill({ status: 404, body: "" });
    }
  });
}

interface Sample {
  firstPaintMs: number;
  dataToPaintMs: number;
  layoutFps: number;
  idleFps: number;
  searchSelectMs: number;
  searchCentredMs: number;
  hoverMs: number;
  /** Timeline: a new window (as one brush step sets it) until the next frame is painted. */
  brushMs: number;
  heapMb: number;
  map: MapSample;
}

/**
 * Stops the automatic first layout, which the explorer starts just after the graph's first paint
 * (graph-ui/src/main.ts): called once that paint is marked, it waits a frame and a task for the start.
 */
export function stopFirstLayout(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          window.setTimeout(() => {
            (window as unknown as { rawabit: { layout: { stop(): void } } }).rawabit.layout.stop();
            resolve();
          }, 0),
        ),
      ),
  );
}

function fps(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = (now: number) => {
          frames++;
          if (now - start < duration) requestAnimationFrame(tick);
          else resolve((frames * 1000) / (now - start));
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

async function runOnce(n: number, payload: GraphPayload): Promise<Sample> {
  const browser = await launchBrowser({ width: 1400, height: 900 });
  try {
    const page = await browser.context.newPage();
    await serve(page, payload);
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(
      () => performance.getEntriesByName("rawabit:graph-painted").length > 0,
      undefined,
      { timeout: 120_000 },
    );
    const marks = await page.evaluate(() => {
      const t = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      return {
        request: t("rawabit:graph-request"),
        data: t("rawabit:graph-data"),
        painted: t("rawabit:graph-painted"),
      };
    });
    // Big graphs start with an automatic layout run; stop it so idle numbers are idle.
    await stopFirstLayout(page);
    const idleFps = await fps(page, 2000);

    // Interaction: hover highlight (reducers + re-render), measured in the page.
    const hoverMs = await page.evaluate(
      (id) => {
        const r = (window as unknown as { rawabit: { store: { dispatch(a: unknown): void } } }).rawabit;
        const t0 = performance.now();
        r.store.dispatch({ type: "hover", id });
        const t1 = performance.now();
        r.store.dispatch({ type: "hover", id: null });
        return t1 - t0;
      },
      `e:${Math.floor(n / 2)}`,
    );

    // Search → select → centre, through the real search box.
    const target = payload.nodes[Math.floor(n * 0.73)];
    // Software WebGL renders 50k-node frames slowly, so skip Playwright's "stable for two frames" wait.
    await page.fill("#search", target?.nameEn ?? "", { force: true, timeout: 120_000 });
    await page.waitForSelector(`#suggestions li[data-id="${target?.id}"]`, { timeout: 120_000 });
    // t0 is taken in the page at the keydown itself and the watcher runs from before the key is
    // pressed, so neither driver latency nor a late first poll is counted.
    await page.evaluate((id) => {
      type W = {
        benchSearch: Promise<{ select: number; centred: number }>;
        rawabit: {
          store: { get(): { selection: { id?: string } } };
          sigma: {
            getNodeDisplayData(id: string): { x: number; y: number } | undefined;
            framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
            getDimensions(): { width: number; height: number };
          };
        };
      };
      const w = window as unknown as W;
      w.benchSearch = new Promise((resolve) => {
        let t0 = Number.NaN;
        let select = Number.NaN;
        window.addEventListener("keydown", () => (t0 = performance.now()), { capture: true, once: true });
        // Selection is observed synchronously from the store; centring on each frame.
        const unsubscribe = (
          w.rawabit.store as unknown as { subscribe(l: () => void): () => void }
        ).subscribe(() => {
          if (Number.isNaN(select) && w.rawabit.store.get().selection.id === id)
            select = performance.now() - t0;
        });
        const check = () => {
          const now = performance.now();
          const d = w.rawabit.sigma.getNodeDisplayData(id);
          if (d && !Number.isNaN(select)) {
            const v = w.rawabit.sigma.framedGraphToViewport(d);
            const dim = w.rawabit.sigma.getDimensions();
            if (Math.hypot(v.x - dim.width / 2, v.y - dim.height / 2) < 2) {
              unsubscribe();
              return resolve({ select, centred: now - t0 });
            }
          }
          if (!Number.isNaN(t0) && now - t0 > 60_000) return resolve({ select, centred: Number.NaN });
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    }, target?.id ?? "");
    await page.press("#search", "Enter", { timeout: 120_000 });
    const search = await page.evaluate(
      () => (window as unknown as { benchSearch: Promise<{ select: number; centred: number }> }).benchSearch,
    );

    // Timeline brushing: ten successive 30-day windows, each timed to the frame that shows it.
    await page.waitForFunction(
      () => Number(document.getElementById("timeline")?.dataset.dated ?? "0") > 0,
      undefined,
      {
        timeout: 120_000,
      },
    );
    const brushMs = await page.evaluate(async () => {
      const w = window as unknown as { rawabit: { store: { dispatch(a: unknown): void } } };
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const times: number[] = [];
      for (let k = 0; k < 10; k++) {
        const from = new Date(Date.UTC(2021, 0, 1 + k * 20)).toISOString().slice(0, 10);
        const to = new Date(Date.UTC(2021, 0, 30 + k * 20)).toISOString().slice(0, 10);
        const t0 = performance.now();
        w.rawabit.store.dispatch({ type: "setTimeWindow", window: { from, to } });
        await frame();
        times.push(performance.now() - t0);
      }
      w.rawabit.store.dispatch({ type: "setTimeWindow", window: null });
      await frame();
      return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
    });

    // Layout FPS: ForceAtlas2 in its worker while sigma redraws.
    await page.click("#layout-toggle", { force: true, timeout: 120_000 });
    await page.waitForTimeout(500);
    const layoutFps = await fps(page, 3000);
    await page.evaluate(() =>
      (window as unknown as { rawabit: { layout: { stop(): void } } }).rawabit.layout.stop(),
    );

    const map = await measureMap(page);

    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    return {
      firstPaintMs: marks.painted - marks.request,
      dataToPaintMs: marks.painted - marks.data,
      layoutFps,
      idleFps,
      searchSelectMs: search.select,
      searchCentredMs: search.centred,
      hoverMs,
      brushMs,
      heapMb: heap.usedSize / 2 ** 20,
      map,
    };
  } finally {
    await browser.close();
  }
}

function bundleSizes(): { initialKb: number; totalKb: number; files: { file: string; kb: number }[] } {
  const assets = path.join(DIST, "assets");
  const html = readFileSync(path.join(DIST, "index.html"), "utf8");
  const files = readdirSync(assets).map((f) => ({
    file: f,
    kb: gzipSync(readFileSync(path.join(assets, f))).length / 1024,
  }));
  const initial = files.filter((f) => html.includes(f.file));
  const sum = (xs: { kb: number }[]) => xs.reduce((a, b) => a + b.kb, 0);
  return { initialKb: sum(initial) + gzipSync(html).length / 1024, totalKb: sum(files), files };
}

async function main(): Promise<number> {
  const rows: string[] = [];
  const mapRows: string[] = [];
  const corpus = process.env.BENCH_UI_CORPUS ?? DEFAULT_CORPUS;
  const corpusLines = existsSync(corpus)
    ? await corpusComparison(corpus)
    : [`(no corpus at ${corpus}: skipped)`];
  for (const n of SIZES) {
    const payload = generate(n);
    const samples: Sample[] = [];
    for (let r = 0; r < RUNS; r++) samples.push(await runOnce(n, payload));
    const m = (k: Exclude<keyof Sample, "map">) => median(samples.map((s) => s[k]));
    const mm = (k: keyof MapSample) => median(samples.map((s) => s.map[k])).toFixed(0);
    mapRows.push(
      `| ${n.toLocaleString("en")} | ${mm("enterColdMs")} | ${mm("enterWarmMs")} | ${mm("leaveMs")} | ${median(samples.map((s) => s.map.panFrameMs)).toFixed(1)} |`,
    );
    rows.push(
      `| ${n.toLocaleString("en")} | ${payload.edges.length.toLocaleString("en")} | ${m("firstPaintMs").toFixed(0)} | ${m("dataToPaintMs").toFixed(0)} | ${m("idleFps").toFixed(0)} | ${m("layoutFps").toFixed(0)} | ${m("hoverMs").toFixed(1)} | ${m("searchSelectMs").toFixed(0)} | ${m("searchCentredMs").toFixed(0)} | ${m("brushMs").toFixed(1)} | ${m("heapMb").toFixed(0)} |`,
    );
    console.error(`bench:ui ${n} nodes done (${RUNS} runs)`);
  }
  console.log(corpusLines.join("\n"));
  const b = bundleSizes();
  console.log(`Explorer benchmark — headless Chromium (SwiftShader WebGL), medians of ${RUNS} runs\n`);
  console.log(
    "| nodes | edges | first paint (ms, request→paint) | validated data→paint (ms) | idle FPS | FPS during FA2 | hover highlight (ms) | search Enter→selected+highlighted (ms) | →centred incl. 300 ms animation (ms) | timeline brush step → painted (ms) | JS heap (MB) |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) console.log(r);
  console.log("\nMap layout (3 in 5 entities are places with coordinates):\n");
  console.log(
    "| nodes | force→map, first (ms, incl. loading the map) | force→map again (ms) | map→force (ms) | frame while panning the map (ms) |",
  );
  console.log("|---|---|---|---|---|");
  for (const r of mapRows) console.log(r);
  console.log(
    `\nBundle (gzip): first load ${b.initialKb.toFixed(1)} kB; all chunks ${b.totalKb.toFixed(1)} kB`,
  );
  for (const f of b.files.sort((a, c) => c.kb - a.kb)) console.log(`  ${f.file}: ${f.kb.toFixed(1)} kB`);
  return 0;
}

// Entry point only when run directly (the generator is importable by other scripts).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(ROOT_DIR, "bench", "ui.ts"))
  void main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`bench:ui: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );

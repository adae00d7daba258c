/**
 * bench:ui on a real-corpus graph: entities and relations the extractor finds in the first
 * BENCH_UI_CORPUS_ARTICLES articles of the dev corpus (measured only; nothing from it is kept),
 * rendered by the explorer and by a bare sigma page (bench/ui/bare-sigma.ts) on the same graph.
 * Reports first paint, hover and pan for both, with the explorer/bare ratio (issue 15: goal ≤ 1.2×),
 * and the explorer's timeline brushing and map switching on that graph (issue 17): relations carry
 * the ids of their articles, dated from the corpus, and places their gazetteer coordinates.
 * Extracting takes minutes on a busy machine: BENCH_UI_CORPUS_GRAPH=<file.json> keeps the graph in
 * that file (written on the first run, read on the next; delete it after changing the extractor).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import type { Page } from "playwright-core";
import { seedPosition } from "../../graph-ui/src/graph/build.js";
import { ROOT_DIR } from "../../ingest/config.js";
import { extract } from "../../ingest/extract/index.js";
import { loadPlaceGazetteer } from "../../ingest/lexicon/places.js";
import { locate } from "../../ingest/write/coordinates.js";
import type { GraphPayload } from "../../ingest/model.js";
import { launchBrowser } from "../../tests/support/browser.js";
import { streamCorpus } from "../eval-news/corpus.js";
import { median } from "../stats.js";
import { ORIGIN, serve, stopFirstLayout } from "../ui.js";
import { measureMap, type MapSample } from "../ui-map.js";

export const DEFAULT_CORPUS = path.join(
  ROOT_DIR,
  "..",
  "shared",
  "data",
  "corpus",
  "saudinewsnet-dev.jsonl.gz",
);
const ARTICLES = Number(process.env.BENCH_UI_CORPUS_ARTICLES ?? 20_705);
const RUNS = Number(process.env.BENCH_UI_RUNS ?? 3);
/** The explorer asks the API for at most this many nodes (graph-ui/src/main.ts). */
const NODE_LIMIT = 20_000;

/** The graph the API would serve: every related entity, then the most mentioned others, to the limit. */
export async function corpusGraph(
  file: string,
): Promise<{ payload: GraphPayload; articles: number; dates: [string, string][] }> {
  const nodes = new Map<string, GraphPayload["nodes"][number] & { articles: number }>();
  const edges = new Map<string, GraphPayload["edges"][number] & { properties: { articleIds: string[] } }>();
  const dates: [string, string][] = [];
  let articles = 0;
  for await (const line of streamCorpus(file)) {
    if (articles >= ARTICLES) break;
    if ("error" in line) continue;
    articles++;
    const articleId = `c:${articles}`;
    const day = /^\d{4}-\d{2}-\d{2}/u.exec(line.article.publishedAt ?? "")?.[0];
    if (day) dates.push([articleId, day]);
    const r = extract(line.article.text);
    for (const e of r.entities) {
      const seen = nodes.get(e.id);
      if (seen) seen.articles++;
      else
        nodes.set(e.id, {
          id: e.id,
          labels: ["Entity", e.type],
          type: e.type,
          name: e.name,
          nameEn: e.nameEn,
          properties: { aliases: [], ...seedPosition(e.id) },
          articles: 1,
        });
    }
    for (const rel of r.relations) {
      const id = `${rel.source}|${rel.type}|${rel.target}`;
      const seen = edges.get(id);
      if (seen) {
        seen.properties.count = Number(seen.properties.count) + 1;
        seen.properties.articleIds.push(articleId);
      } else
        edges.set(id, {
          id,
          type: rel.type,
          source: rel.source,
          target: rel.target,
          properties: { count: 1, articleIds: [articleId] },
        });
    }
  }
  const related = new Set([...edges.values()].flatMap((e) => [e.source, e.target]));
  const kept = [...nodes.values()]
    .sort((a, b) => Number(related.has(b.id)) - Number(related.has(a.id)) || b.articles - a.articles)
    .slice(0, NODE_LIMIT);
  const ids = new Set(kept.map((n) => n.id));
  // Places get their coordinates as the writer gives them (ingest/write/coordinates.ts).
  const located = new Map(
    locate(
      kept.map((n) => ({ id: n.id, type: n.type, name: n.name })),
      loadPlaceGazetteer(),
    ).map((p) => [p.id, p]),
  );
  return {
    payload: {
      nodes: kept.map(({ articles: _a, ...n }) => {
        const p = located.get(n.id);
        return p ? { ...n, properties: { ...n.properties, lat: p.lat, lon: p.lon } } : n;
      }),
      edges: [...edges.values()].filter((e) => ids.has(e.source) && ids.has(e.target)),
    },
    articles,
    dates,
  };
}

interface Sample {
  firstPaintMs: number;
  hoverMs: number;
  panMs: number;
}

/** The explorer only: timeline and map on the same graph. */
interface ExplorerSample {
  /** A new 7-day window until the frame that shows it (median of successive windows). */
  brushMs: number;
  map: MapSample;
}

/** Successive 7-day windows across the corpus's dates, each timed to the frame that shows it. */
async function measureBrush(page: Page, first: string): Promise<number> {
  await page.waitForFunction(
    () => Number(document.getElementById("timeline")?.dataset.dated ?? "0") > 0,
    undefined,
    { timeout: 300_000 },
  );
  return page.evaluate(async (start) => {
    const w = window as unknown as { rawabit: { store: { dispatch(a: unknown): void } } };
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const day = (d: number) => new Date(Date.parse(start) + d * 86_400_000).toISOString().slice(0, 10);
    const times: number[] = [];
    for (let k = 0; k < 10; k++) {
      const t0 = performance.now();
      w.rawabit.store.dispatch({ type: "setTimeWindow", window: { from: day(k * 5), to: day(k * 5 + 6) } });
      await frame();
      times.push(performance.now() - t0);
    }
    w.rawabit.store.dispatch({ type: "setTimeWindow", window: null });
    await frame();
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
  }, first);
}

/** Hover and pan are timed from the change to the second frame after it (the frame that shows it). */
async function measure(page: Page, hover: string, unhover: string, pan: string): Promise<Sample> {
  await page.waitForFunction(
    () => performance.getEntriesByName("rawabit:graph-painted").length > 0,
    undefined,
    {
      timeout: 300_000,
    },
  );
  const firstPaintMs = await page.evaluate(() => {
    const t = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    return t("rawabit:graph-painted") - t("rawabit:graph-request");
  });
  const timed = (code: string) =>
    page.evaluate(
      `new Promise((resolve) => { const t0 = performance.now(); ${code};
         requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0))); })`,
    ) as Promise<number>;
  const hovers: number[] = [];
  const pans: number[] = [];
  for (let i = 0; i < 5; i++) {
    hovers.push(await timed(hover));
    await timed(unhover);
    pans.push(await timed(pan));
  }
  return { firstPaintMs, hoverMs: median(hovers), panMs: median(pans) };
}

export async function corpusComparison(file: string): Promise<string[]> {
  const started = performance.now();
  const cache = process.env.BENCH_UI_CORPUS_GRAPH;
  const { payload, articles, dates } =
    cache && existsSync(cache)
      ? (JSON.parse(readFileSync(cache, "utf8")) as Awaited<ReturnType<typeof corpusGraph>>)
      : await corpusGraph(file);
  if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify({ payload, articles, dates }));
  const days = [...new Set(dates.map(([, d]) => d))].sort();
  const perDay = new Map<string, number>();
  for (const [, d] of dates) perDay.set(d, (perDay.get(d) ?? 0) + 1);
  // The timeline's two requests, answered from the corpus's own dates.
  const timeline = {
    "/api/timeline/articles": JSON.stringify({ articles: dates }),
    "/api/timeline": JSON.stringify({
      bucket: "day",
      bins: days.map((d) => ({ start: d, articles: perDay.get(d) ?? 0 })),
      undated: articles - dates.length,
    }),
  };
  console.error(
    `bench:ui corpus graph: ${articles} articles → ${payload.nodes.length} nodes, ${payload.edges.length} edges (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
  const bundle = await build({
    entryPoints: [path.join(ROOT_DIR, "bench", "ui", "bare-sigma.ts")],
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
  });
  const bareJs = bundle.outputFiles[0]?.text ?? "";
  const bareHtml = `<!doctype html><html><body style="margin:0"><div id="sigma" style="position:absolute;inset:0"></div><script type="module" src="/bare.js"></script></body></html>`;
  const hub = [...payload.edges].map((e) => e.source).sort()[0] ?? payload.nodes[0]?.id ?? "";
  const pan = "const c = CAM(); c.setState({ x: c.x + 0.02 })";
  const pages = {
    explorer: {
      url: `${ORIGIN}/`,
      hover: `window.rawabit.store.dispatch({ type: "hover", id: ${JSON.stringify(hub)} })`,
      unhover: `window.rawabit.store.dispatch({ type: "hover", id: null })`,
      pan: pan.replace("CAM()", "window.rawabit.sigma.getCamera()"),
      // The automatic first layout would move nodes during the measurements.
      before: stopFirstLayout,
    },
    bare: {
      url: `${ORIGIN}/bare.html`,
      hover: `window.bare.hover(${JSON.stringify(hub)})`,
      unhover: "window.bare.hover(null)",
      pan: pan.replace("CAM()", "window.bare.sigma.getCamera()"),
      before: async () => undefined,
    },
  };
  const results: Record<string, Sample[]> = { explorer: [], bare: [] };
  const extras: ExplorerSample[] = [];
  for (let r = 0; r < RUNS; r++)
    for (const [name, p] of Object.entries(pages)) {
      const browser = await launchBrowser({ width: 1400, height: 900 });
      try {
        const page = await browser.context.newPage();
        await serve(page, payload, { "/bare.html": bareHtml, "/bare.js": bareJs, ...timeline });
        await page.goto(p.url);
        await page.waitForFunction(
          () => performance.getEntriesByName("rawabit:graph-painted").length > 0,
          undefined,
          {
            timeout: 300_000,
          },
        );
        await p.before(page);
        results[name]?.push(await measure(page, p.hover, p.unhover, p.pan));
        if (name === "explorer" && days[0])
          extras.push({ brushMs: await measureBrush(page, days[0]), map: await measureMap(page) });
      } finally {
        await browser.close();
      }
    }
  const m = (name: string, k: keyof Sample) => median((results[name] ?? []).map((s) => s[k]));
  const row = (k: keyof Sample, label: string) =>
    `| ${label} | ${m("explorer", k).toFixed(0)} | ${m("bare", k).toFixed(0)} | ${(m("explorer", k) / m("bare", k)).toFixed(2)}× |`;
  return [
    `\nReal-corpus graph (${articles.toLocaleString("en")} dev-corpus articles, extracted in process): ${payload.nodes.length.toLocaleString("en")} nodes, ${payload.edges.length.toLocaleString("en")} edges; medians of ${RUNS} page loads (hover/pan: median of 5 each, change → second frame)\n`,
    "| measure | explorer (ms) | bare sigma (ms) | ratio |",
    "|---|---|---|---|",
    row("firstPaintMs", "first paint (request → painted)"),
    row("hoverMs", "hover highlight"),
    row("panMs", "pan one step"),
    "",
    `Explorer on the same graph (${dates.length.toLocaleString("en")} dated articles, ${days.length} days; ${payload.nodes.filter((n) => n.properties.lat !== undefined).length.toLocaleString("en")} places with coordinates), medians of ${extras.length} page loads:`,
    "",
    "| timeline brush, 7-day window → painted (ms) | force→map, first (ms) | force→map again (ms) | map→force (ms) | frame while panning the map (ms) |",
    "|---|---|---|---|---|",
    `| ${[
      median(extras.map((e) => e.brushMs)).toFixed(1),
      ...(["enterColdMs", "enterWarmMs", "leaveMs"] as const).map((k) =>
        median(extras.map((e) => e.map[k])).toFixed(0),
      ),
      median(extras.map((e) => e.map.panFrameMs)).toFixed(1),
    ].join(" | ")} |`,
  ];
}

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { Page } from "playwright-core";
import type { UiLang } from "../../graph-ui/src/state/types.js";
import { ROOT_DIR } from "../../ingest/config.js";
import type { Database } from "../../ingest/db/driver.js";
import { buildServer } from "../../ingest/server/app.js";
import type { ApiConfig } from "../../ingest/server/options.js";
import { ingestArticle } from "../../ingest/write/article.js";
import { launchBrowser, type Browser } from "./browser.js";
import { resetDb, testDb } from "./db.js";

export interface ExplorerServer {
  url: string;
  db: Database;
  close: () => Promise<void>;
}

const UI_DIR = path.join(ROOT_DIR, "graph-ui", "dist");

export const SEED_ARTICLE = readFileSync(path.join(ROOT_DIR, "samples", "seed-article.txt"), "utf8");

/**
 * The real API + built explorer on 127.0.0.1:<random port>, over whatever the database holds.
 * Needs `npm run build:ui` first (graph-ui/dist).
 */
export async function serveExplorer(
  db: Database,
  apiToken: string | null = null,
  config: Partial<ApiConfig> = {},
): Promise<ExplorerServer> {
  if (!existsSync(path.join(UI_DIR, "index.html")))
    throw new Error(`e2e: ${UI_DIR} missing — run \`npm run build:ui\` first`);
  const app: FastifyInstance = await buildServer({
    db,
    config: { host: "127.0.0.1", port: 0, apiToken, ...config },
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === "string") throw new Error("e2e: server has no TCP address");
  return { url: `http://127.0.0.1:${address.port}/`, db, close: () => app.close() };
}

/** The seed article as the explorer suites write it (samples/seed-article.txt). */
export async function ingestSeed(db: Database): Promise<void> {
  await ingestArticle(db, {
    text: SEED_ARTICLE,
    title: "بايدن: الشراكة الأميركية العراقية مستمرة",
    url: "https://example.org/seed",
  });
}

/** {@link serveExplorer} over a database holding only the seed article. */
export async function startExplorerServer(db: Database): Promise<ExplorerServer> {
  await resetDb(db);
  await ingestSeed(db);
  return serveExplorer(db);
}

/**
 * Waits until the explorer in `page` has its graph: past "loading" (`loaded`), or also laid out and
 * settled (`ready`), as its test hook `window.rawabit.ready()` says.
 */
export function explorerLoaded(page: Page, until: "loaded" | "ready" = "loaded"): Promise<unknown> {
  return page.waitForFunction((want) => {
    const r = (window as unknown as { rawabit?: { ready(): string } }).rawabit;
    return r !== undefined && (want === "ready" ? r.ready() === "ready" : r.ready() !== "loading");
  }, until);
}

export interface OpenExplorerOptions {
  /** Set before the explorer loads (it lays itself out for the size it starts with). */
  viewport?: { width: number; height: number };
  until?: "loaded" | "ready";
  /** The page's default timeout (playwright's 30 s otherwise), loading included. */
  timeoutMs?: number;
}

/**
 * A new tab of `browser` on the explorer at `url`, once it has its graph ({@link explorerLoaded}),
 * switched to `lang` (it starts in Arabic, the browser's locale). Errors in the page go to the test log.
 */
export async function openExplorerPage(
  browser: Browser,
  url: string,
  lang: UiLang = "ar",
  opts: OpenExplorerOptions = {},
): Promise<Page> {
  const page = await browser.context.newPage();
  if (opts.timeoutMs !== undefined) page.setDefaultTimeout(opts.timeoutMs);
  if (opts.viewport) await page.setViewportSize(opts.viewport);
  page.on("pageerror", (err) => console.error("browser:", err.message));
  await page.goto(url);
  await explorerLoaded(page, opts.until);
  if (lang !== "ar") await page.selectOption("#ui-lang", lang);
  return page;
}

export interface ExplorerSetup {
  db: Database;
  server: ExplorerServer;
  browser: Browser;
  /** Closes the browser, the server and the database connection. */
  close: () => Promise<void>;
}

export interface ExplorerSetupOptions {
  /** Writes the suite's articles into the emptied database; default the seed article ({@link ingestSeed}). */
  articles?: (db: Database) => Promise<void>;
  apiToken?: string | null;
  config?: Partial<ApiConfig>;
  /** The browser's window (launchBrowser's default otherwise). */
  window?: { width: number; height: number };
}

/**
 * A suite's whole setup: an emptied database with its articles, the API and explorer serving it
 * ({@link serveExplorer}), and a browser; what was started is closed again if a step fails.
 */
export async function startExplorer(opts: ExplorerSetupOptions = {}): Promise<ExplorerSetup> {
  const db = testDb();
  let server: ExplorerServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    await db.close();
  };
  try {
    await resetDb(db);
    await (opts.articles ?? ingestSeed)(db);
    server = await serveExplorer(db, opts.apiToken ?? null, opts.config);
    browser = await launchBrowser(opts.window);
    return { db, server, browser, close };
  } catch (err) {
    await close();
    throw err;
  }
}

export interface SeededExplorer extends ExplorerSetup {
  /** A tab on the explorer, laid out ("ready"). */
  page: Page;
}

/**
 * {@link startExplorer} over the seed article and the articles `addArticles` writes, with a tab on
 * the explorer once it is laid out.
 */
export async function openSeededExplorer(
  addArticles: (db: Database) => Promise<void> = async () => {},
): Promise<SeededExplorer> {
  const setup = await startExplorer({
    articles: async (db) => {
      await ingestSeed(db);
      await addArticles(db);
    },
  });
  try {
    return {
      ...setup,
      page: await openExplorerPage(setup.browser, setup.server.url, "ar", { until: "ready" }),
    };
  } catch (err) {
    await setup.close();
    throw err;
  }
}

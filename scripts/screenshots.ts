/**
 * `npm run screenshots`: retakes the README's screenshots (docs/screenshots/) reproducibly. Starts
 * its own Neo4j on a fresh data directory (port SCREENSHOTS_BOLT_PORT, default 7697), ingests the
 * sample article, serves the built explorer on a free port and shoots it in Chromium at 1440×900.
 * Stops everything it started. Build the UI first (`npm run build:ui`).
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { neo4jConfig, ROOT_DIR } from "../ingest/config.js";
import { Database } from "../ingest/db/driver.js";
import { ensureLocalNeo4j, stopLocalNeo4j } from "../ingest/db/local.js";
import { migrate } from "../ingest/db/migrate.js";
import { buildServer } from "../ingest/server/app.js";
import { ingestArticle } from "../ingest/write/article.js";
import { launchBrowser } from "../tests/support/browser.js";

const OUT = path.join(ROOT_DIR, "docs", "screenshots");
const UI_DIR = path.join(ROOT_DIR, "graph-ui", "dist");
const SAMPLE = path.join(ROOT_DIR, "samples", "seed-article.txt");
const PORT = Number(process.env.SCREENSHOTS_BOLT_PORT ?? 7697);
const DATA_DIR = path.join(ROOT_DIR, ".data", `neo4j-screenshots-${PORT}`);

type Hook = {
  rawabit: {
    ready(): string;
    layout: { status(): { kind: string } };
    sigma: { getCamera(): { setState(s: object): void } };
  };
};

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const r = (window as unknown as Partial<Hook>).rawabit;
    return r !== undefined && r.ready() === "ready" && r.layout.status().kind === "idle";
  });
  // Camera animations and label passes settle within a few frames.
  await page.waitForTimeout(800);
}

/** Each shot: a fresh page at the explorer's start, one scripted scene, one PNG. */
const SHOTS: { file: string; scene: (page: Page) => Promise<void> }[] = [
  { file: "explorer-graph-ar.png", scene: async () => undefined },
  {
    file: "explorer-entity-panel.png",
    scene: async (page) => {
      await page.fill("#search", "بايدن");
      await page.waitForSelector("#suggestions li");
      await page.press("#search", "Enter");
      await page.waitForSelector("#details .entity .evidence-list");
    },
  },
  {
    file: "explorer-english-zoomed.png",
    scene: async (page) => {
      await page.selectOption("#ui-lang", "en");
      await page.selectOption("#label-lang", "en");
      await page.evaluate(() =>
        (window as unknown as Hook).rawabit.sigma
          .getCamera()
          .setState({ x: 0.5, y: 0.5, ratio: 0.3, angle: 0 }),
      );
    },
  },
  {
    file: "explorer-cypher.png",
    scene: async (page) => {
      await page.click("#tab-console");
      await page.waitForSelector("#panel-console .cm-content");
      await page.click("#panel-console .cm-content");
      await page.keyboard.press("Control+A");
      await page.keyboard.insertText("MATCH (a:Entity)-[r]->(b:Entity) RETURN a, r, b LIMIT 25");
      await page.click("#cypher-run");
      await page.waitForSelector("#panel-console table.results tbody tr");
    },
  },
  {
    file: "explorer-co-mentions.png",
    scene: async (page) => {
      await page.check("#co-mentions-toggle");
      await page.waitForSelector("#co-mentions-count");
    },
  },
];

async function main(): Promise<number> {
  if (!existsSync(path.join(UI_DIR, "index.html"))) {
    console.error("screenshots: graph-ui/dist is missing: run `npm run build:ui` first");
    return 1;
  }
  const cfg = neo4jConfig({ ...process.env, NEO4J_URI: undefined, NEO4J_BOLT_PORT: String(PORT) });
  // A fresh database every time: the pictures depend only on the sample article and the code.
  await stopLocalNeo4j({ port: PORT, dataDir: DATA_DIR });
  rmSync(DATA_DIR, { recursive: true, force: true });
  console.error(`screenshots: starting Neo4j on port ${PORT}…`);
  await ensureLocalNeo4j({ port: PORT, dataDir: DATA_DIR, password: cfg.password });
  const db = new Database(cfg);
  try {
    await migrate(db);
    const text = readFileSync(SAMPLE, "utf8");
    const title = text
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim();
    await ingestArticle(db, { text, ...(title ? { title } : {}) });
    const app = await buildServer({
      db,
      config: { host: "127.0.0.1", port: 0, apiToken: null, uiDir: UI_DIR },
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const address = app.server.address();
    if (address === null || typeof address === "string")
      throw new Error("screenshots: server has no TCP address");
    const browser = await launchBrowser({ width: 1440, height: 900 });
    try {
      mkdirSync(OUT, { recursive: true });
      for (const shot of SHOTS) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: 1440, height: 900 });
        await page.goto(`http://127.0.0.1:${address.port}/`);
        await ready(page);
        await shot.scene(page);
        await ready(page);
        await page.screenshot({ path: path.join(OUT, shot.file) });
        await page.close();
        console.error(`screenshots: ${shot.file}`);
      }
    } finally {
      await browser.close();
      await app.close();
    }
    return 0;
  } finally {
    await db.close();
    await stopLocalNeo4j({ port: PORT, dataDir: DATA_DIR });
  }
}

process.exitCode = await main().catch((err: unknown) => {
  console.error(`screenshots: ${err instanceof Error ? err.message : String(err)}`);
  return 1;
});

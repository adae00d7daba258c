import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DICTIONARIES } from "../../graph-ui/src/i18n/dict.js";
import { ROOT_DIR } from "../../ingest/config.js";
import type { Database } from "../../ingest/db/driver.js";
import type { GraphPayload } from "../../ingest/model.js";
import { ingestArticle } from "../../ingest/write/article.js";
import { launchBrowser, type Browser } from "../support/browser.js";
import { resetDb, testDb } from "../support/db.js";
import { SEED_ARTICLE, serveExplorer, type ExplorerServer } from "../support/explorer-server.js";

// Curation from the explorer's panels (issue 16): merge from the entity panel, reject and confirm
// from the edge panel, undo from the corrections tab — in Chromium against the real API and Neo4j.
const ar = DICTIONARIES.ar;
const SHOTS = path.join(ROOT_DIR, "artifacts", "screenshots");
const TOKEN = "curation-s3cret";

let db: Database;
let server: ExplorerServer | undefined;
let url: string;
let browser: Browser;
let page: Page;

interface Hook {
  graph: { hasNode(id: string): boolean; hasEdge(id: string): boolean };
  store: { dispatch(a: unknown): void };
}

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
const apiJson = async <T>(p: string): Promise<T> =>
  (await fetch(new URL(`api/${p}`, url))).json() as Promise<T>;

function select(kind: "node" | "edge", id: string): Promise<void> {
  return page.evaluate(
    ([k, i]) =>
      (window as unknown as { rawabit: Hook }).rawabit.store.dispatch({
        type: "select",
        selection: { kind: k, id: i },
      }),
    [kind, id] as const,
  );
}

function inGraph(kind: "node" | "edge", id: string): Promise<boolean> {
  return page.evaluate(
    ([k, i]) => {
      const g = (window as unknown as { rawabit: Hook }).rawabit.graph;
      return k === "node" ? g.hasNode(i) : g.hasEdge(i);
    },
    [kind, id] as const,
  );
}

/** The node's label as the explorer shows it (the corrections list names entities by it). */
function label(id: string): Promise<string> {
  return page.evaluate(
    (i) =>
      String(
        (
          window as unknown as { rawabit: { graph: { getNodeAttribute(n: string, k: string): unknown } } }
        ).rawabit.graph.getNodeAttribute(i, "label"),
      ),
    id,
  );
}

function waitInGraph(kind: "node" | "edge", id: string, present: boolean): Promise<unknown> {
  return page.waitForFunction(
    ([k, i, want]) => {
      const g = (window as unknown as { rawabit?: Hook }).rawabit?.graph;
      return g !== undefined && (k === "node" ? g.hasNode(i) : g.hasEdge(i)) === want;
    },
    [kind, id, present] as const,
  );
}

/** A typed relation of the current graph (not touching `avoid`), as the API lists it. */
async function someRelation(avoid: string[] = []): Promise<GraphPayload["edges"][number]> {
  const { edges } = await apiJson<GraphPayload>("graph?limit=20000");
  const edge = edges.find((e) => !avoid.includes(e.source) && !avoid.includes(e.target));
  if (!edge) throw new Error("e2e: the seed graph has no relation to curate");
  return edge;
}

async function openCorrections(): Promise<void> {
  if (!(await page.locator("#panel-corrections").isVisible())) await page.click("#tab-corrections");
  await page.waitForSelector("#panel-corrections .corrections-list table, #panel-corrections .empty");
}

describe("explorer: curation from the panels (issue 16)", () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    db = testDb();
    await resetDb(db);
    await ingestArticle(db, { text: SEED_ARTICLE, title: "بايدن: الشراكة الأميركية العراقية مستمرة" });
    server = await serveExplorer(db);
    url = server.url;
    browser = await launchBrowser({ width: 1440, height: 900 });
    page = await browser.context.newPage();
    page.on("pageerror", (err) => console.error("browser:", err.message));
    await page.goto(url);
    await page.waitForFunction(() => {
      const r = (window as unknown as { rawabit?: { ready(): string } }).rawabit;
      return r !== undefined && r.ready() !== "loading";
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it("merges an entity into one picked with the search: it disappears, the survivor stays, the list shows it", async () => {
    const { nodes } = await apiJson<GraphPayload>("graph?limit=20000");
    const people = nodes.filter((n) => n.type === "Person");
    const [survivor, merged] = people.length >= 2 ? people : nodes.filter((n) => n.type === nodes[0]?.type);
    if (!survivor || !merged) throw new Error("e2e: the seed graph needs two entities of one type");

    await select("node", merged.id);
    await page.waitForSelector(`#details .entity[data-entity="${merged.id}"]`);
    await page.click("#details details.curation > summary");
    await page.fill('#details details.curation input[data-curation="reason"]', "اسمان لشخص واحد");
    await page.fill('#details input[data-curation="merge-search"]', survivor.name);
    await page.waitForSelector(`#details button[data-survivor="${survivor.id}"]`);
    await shot("curation-01-merge-picker");
    await page.click(`#details button[data-survivor="${survivor.id}"]`);

    await waitInGraph("node", merged.id, false);
    expect(await inGraph("node", survivor.id)).toBe(true);
    const notice = await page.waitForSelector("#curation-notice");
    expect(await notice.textContent()).toContain(ar.curKindMerge);
    expect(await notice.textContent()).toContain(merged.id);

    await openCorrections();
    const row = page.locator('#panel-corrections tr[data-kind="merge"]');
    await row.waitFor();
    const text = (await row.textContent()) ?? "";
    expect(text).toContain(merged.id);
    expect(text).toContain(survivor.name);
    expect(text).toContain("اسمان لشخص واحد");
    expect(text).toContain("local");
    await shot("curation-02-merged-list");
  });

  it("rejects a relation from the edge panel (it disappears), and undo from the list brings it back", async () => {
    const edge = await someRelation();
    expect(await inGraph("edge", edge.id)).toBe(true);
    await select("edge", edge.id);
    await page.waitForSelector(`#details .edge[data-edge="${edge.id}"]`);
    await page.click('#details [data-action="reject"]');
    await waitInGraph("edge", edge.id, false);
    expect((await someRelation()).id).not.toBe(edge.id);

    await openCorrections();
    const row = page.locator('#panel-corrections tr[data-kind="reject-relation"]').first();
    await row.waitFor();
    expect(await row.textContent()).toContain(await label(edge.source));
    await row.locator('button[data-action="undo"]').click();
    await waitInGraph("edge", edge.id, true);
    await page.waitForSelector('#panel-corrections tr[data-kind="reject-relation"].undone');
    await page.waitForSelector('#panel-corrections tr[data-kind="undo"]');
  });

  it("confirms a relation: the edge panel shows the reviewed badge and the legend a curated entry", async () => {
    const edge = await someRelation();
    await select("edge", edge.id);
    await page.waitForSelector(`#details .edge[data-edge="${edge.id}"]`);
    expect(await page.locator("#details .badge").count()).toBe(0);
    await page.click('#details [data-action="confirm"]');
    const badge = await page.waitForSelector('#details .edge .badge[data-mark="reviewed"]');
    expect(await badge.textContent()).toContain(ar.curReviewed);
    await shot("curation-03-reviewed-badge");
    await page.waitForSelector('#curation-legend li[data-mark="reviewed"]');
    expect(
      await page.evaluate((id) => {
        const g = (
          window as unknown as { rawabit: { graph: { getEdgeAttribute(e: string, k: string): unknown } } }
        ).rawabit.graph;
        return g.getEdgeAttribute(id, "curation");
      }, edge.id),
    ).toBe("reviewed");

    // Undo from the notice takes the mark away again.
    await page.click('#curation-notice [data-action="notice-undo"]');
    await page.waitForFunction((id) => {
      const g = (
        window as unknown as { rawabit: { graph: { getEdgeAttribute(e: string, k: string): unknown } } }
      ).rawabit.graph;
      return g.getEdgeAttribute(id, "curation") === null;
    }, edge.id);
  });

  it("with KG_API_TOKEN set, a correction is refused until the token is given in the Corrections tab", async () => {
    const guarded = await serveExplorer(db, TOKEN);
    const before = url;
    url = guarded.url;
    try {
      await page.goto(url);
      await page.waitForFunction(() => {
        const r = (window as unknown as { rawabit?: { ready(): string } }).rawabit;
        return r !== undefined && r.ready() !== "loading";
      });
      const edge = await someRelation();
      await select("edge", edge.id);
      await page.waitForSelector(`#details .edge[data-edge="${edge.id}"]`);
      await page.click('#details [data-action="reject"]');
      const alert = await page.waitForSelector(`.toast-error:has-text("${ar.curUnauthorized}")`);
      expect(await alert.textContent()).toBe(ar.curUnauthorized);
      expect(await inGraph("edge", edge.id)).toBe(true);

      await openCorrections();
      await page.fill("#curation-user", "سارة");
      await page.fill("#curation-token", TOKEN);
      await page.press("#curation-token", "Tab");
      await page.click('#details [data-action="reject"]');
      await waitInGraph("edge", edge.id, false);
      const row = page.locator('#panel-corrections tr[data-kind="reject-relation"]').first();
      await page.waitForFunction(() =>
        document
          .querySelector('#panel-corrections tr[data-kind="reject-relation"]')
          ?.textContent?.includes("سارة"),
      );
      expect(await row.textContent()).toContain(await label(edge.target));
    } finally {
      url = before;
      await guarded.close();
    }
  });
});

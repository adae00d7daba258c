import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DICTIONARIES } from "../../graph-ui/src/i18n/dict.js";
import { ROOT_DIR } from "../../ingest/config.js";
import type { Database } from "../../ingest/db/driver.js";
import type { EntityDetail, GraphPayload } from "../../ingest/model.js";
import { ingestArticle } from "../../ingest/write/article.js";
import type { Browser } from "../support/browser.js";
import { resetDb } from "../support/db.js";
import {
  explorerLoaded,
  type ExplorerSetup,
  openExplorerPage,
  SEED_ARTICLE,
  serveExplorer,
  startExplorer,
} from "../support/explorer-server.js";

// Curation from the explorer's panels (issue 16): merge, split, set property and add a relation from
// the entity panel, reject and confirm from the edge panel, undo, export and import from the
// corrections tab — in Chromium against the real API and Neo4j. The tests run in order on one database.
const ar = DICTIONARIES.ar;
const SHOTS = path.join(ROOT_DIR, "artifacts", "screenshots");
const TOKEN = "curation-s3cret";

let setup: ExplorerSetup | undefined;
let db: Database;
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

const correctionCount = async () =>
  (await apiJson<{ corrections: unknown[] }>("corrections?limit=10000")).corrections.length;

/** The graph as the API serves it, reduced to what a correction changes: entities and typed links. */
async function graphShape(): Promise<unknown> {
  const { nodes, edges } = await apiJson<GraphPayload>("graph?limit=20000");
  return {
    nodes: nodes.map((n) => `${n.id} ${n.type} ${n.name} ${String(n.properties.qid ?? "")}`).sort(),
    edges: edges.map((e) => `${e.type} ${e.source} ${e.target} ${String(e.properties.manual ?? "")}`).sort(),
  };
}

async function openCorrections(): Promise<void> {
  if (!(await page.locator("#panel-corrections").isVisible())) await page.click("#tab-corrections");
  await page.waitForSelector("#panel-corrections .corrections-list table, #panel-corrections .empty");
}

describe("explorer: curation from the panels (issue 16)", () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    setup = await startExplorer({
      articles: async (d) => {
        await ingestArticle(d, { text: SEED_ARTICLE, title: "بايدن: الشراكة الأميركية العراقية مستمرة" });
      },
      window: { width: 1440, height: 900 },
    });
    ({ db, browser } = setup);
    url = setup.server.url;
    // Every correction re-extracts the articles it touches with the real extractor: slow on a loaded machine.
    page = await openExplorerPage(browser, url, "ar", { timeoutMs: 120_000 });
  });

  afterAll(() => setup?.close());

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

  it("rejects a relation from the edge panel (it disappears), undo from the list brings it back, redo rejects it again", async () => {
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

    // Redo (the undo undone) makes the rejection again, as a new correction.
    await page.click('#panel-corrections tr[data-kind="undo"] button[data-action="redo"]');
    await waitInGraph("edge", edge.id, false);
    await page.waitForSelector('#panel-corrections tr[data-kind="undo"].undone');
    expect(await page.locator('#panel-corrections tr[data-kind="reject-relation"]').count()).toBe(2);
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

  it("splits a name off into a new entity from the entity panel (refusing an empty choice first)", async () => {
    // An alias the articles use (some aliases come from lexicons and name no mention to move).
    const { nodes } = await apiJson<GraphPayload>("graph?limit=20000");
    let pick: { from: GraphPayload["nodes"][number]; form: string } | null = null;
    for (const n of nodes) {
      const aliases = Array.isArray(n.properties.aliases) ? (n.properties.aliases as string[]) : [];
      if (aliases.length === 0) continue;
      const d = await apiJson<EntityDetail>(`entities/${encodeURIComponent(n.id)}`);
      const used = new Set(d.mentions.map((m) => m.sentence.slice(m.start, m.end)));
      const form = aliases.find((a) => a !== n.name && used.has(a));
      if (form && used.size > 1) {
        pick = { from: n, form };
        break;
      }
    }
    if (!pick) throw new Error("e2e: the seed graph needs an entity whose mentions use an alias");
    const { from, form } = pick;

    await select("node", from.id);
    await page.waitForSelector(`#details .entity[data-entity="${from.id}"]`);
    await page.click("#details details.curation > summary");
    const split = page.locator('#details fieldset[data-curation="split"]');
    const before = await correctionCount();
    // Nothing ticked: the panel says so and sends nothing.
    await split.locator('[data-action="split"]').click();
    expect(await split.locator('[data-curation="split-error"]').textContent()).toBe(ar.curSplitNoForms);
    expect(await correctionCount()).toBe(before);

    await split.locator(`input[data-curation="split-form"][value="${form}"]`).check();
    expect(await split.locator('[data-curation="split-name"]').inputValue()).toBe(form);
    await shot("curation-04-split");
    // The notice of the previous test would otherwise answer the wait below.
    await page.evaluate(() => document.getElementById("curation-notice")?.remove());
    await split.locator('[data-action="split"]').click();
    const notice = await page.waitForSelector("#curation-notice");
    expect(await notice.textContent()).toContain(ar.curKindSplit);

    const [made] = await apiJson<{ corrections: { kind: string; payload: Record<string, unknown> }[] }>(
      "corrections?kind=split",
    ).then((r) => r.corrections);
    const target = String(made?.payload.target);
    const moved = await apiJson<{ entity: { name: string }; mentions: unknown[] }>(
      `entities/${encodeURIComponent(target)}`,
    );
    expect(moved.entity.name).toBe(form);
    expect(moved.mentions.length).toBeGreaterThan(0);
    const left = await apiJson<{ entity: { properties: { aliases?: string[] } } }>(
      `entities/${encodeURIComponent(from.id)}`,
    );
    expect(left.entity.properties.aliases ?? []).not.toContain(form);
  });

  it("sets a Wikidata QID and a note, refusing a malformed QID in the panel", async () => {
    const { nodes } = await apiJson<GraphPayload>("graph?limit=20000");
    const target = nodes.find((n) => n.type === "Country") ?? nodes[0];
    if (!target) throw new Error("e2e: the seed graph is empty");
    await select("node", target.id);
    await page.waitForSelector(`#details .entity[data-entity="${target.id}"]`);
    await page.click("#details details.curation > summary");
    const props = page.locator('#details fieldset[data-curation="property"]');
    const before = await correctionCount();

    await props.locator('[data-curation="qid"]').fill("Q0x");
    await props.locator('[data-action="set-property"]').click();
    expect(await props.locator('[data-curation="property-error"]').textContent()).toBe(
      ar.curQidInvalid.replace("{value}", "Q0x"),
    );
    expect(await props.locator('[data-curation="qid"]').getAttribute("aria-invalid")).toBe("true");
    expect(await correctionCount()).toBe(before);

    // Not the real one: places may already carry their QID from the gazetteer, and an unchanged field is not sent.
    await props.locator('[data-curation="qid"]').fill("Q123456");
    await props.locator('[data-curation="note"]').fill("راجعتُ المعرّف يدوياً");
    await props.locator('[data-action="set-property"]').click();
    await page.waitForFunction(
      async ([id]) => {
        const r = await fetch(`api/entities/${encodeURIComponent(id as string)}`);
        const p = ((await r.json()) as { entity: { properties: Record<string, unknown> } }).entity.properties;
        return p.qid === "Q123456" && p.note === "راجعتُ المعرّف يدوياً";
      },
      [target.id],
    );
    await openCorrections();
    const rows = page.locator('#panel-corrections tr[data-kind="set-property"]');
    await expect
      .poll(() => rows.count(), {
        timeout: 60_000,
        message: `corrections tab: ${await page.locator("#panel-corrections").innerText()}`,
      })
      .toBe(2);
    expect(await correctionCount()).toBe(before + 2);
  });

  it("adds a relation by hand, with a note and its sentence: drawn as manual, badged in the edge panel", async () => {
    const { nodes, edges } = await apiJson<GraphPayload>("graph?limit=20000");
    const entities = nodes.filter((n) =>
      ["Person", "Country", "City", "Organization", "Location"].includes(n.type),
    );
    const linked = (a: string, b: string) =>
      edges.some(
        (e) =>
          e.type === "FUNDED" && ((e.source === a && e.target === b) || (e.source === b && e.target === a)),
      );
    const pair = entities.flatMap((a) =>
      entities.filter((b) => b.id !== a.id && !linked(a.id, b.id)).map((b) => [a, b] as const),
    )[0];
    if (!pair) throw new Error("e2e: the seed graph needs two unlinked entities");
    const [source, other] = pair;

    await select("node", source.id);
    await page.waitForSelector(`#details .entity[data-entity="${source.id}"]`);
    await page.click("#details details.curation > summary");
    const add = page.locator('#details fieldset[data-curation="add-relation"]');
    await add.locator('[data-action="add-relation"]').click();
    expect(await add.locator('[data-curation="relation-error"]').textContent()).toBe(ar.curAddNoTarget);

    await add.locator('[data-curation="relation-search"]').fill(other.name);
    await add.locator(`button[data-relation-to="${other.id}"]`).click();
    expect(await add.locator('[data-curation="relation-chosen"]').textContent()).toContain(other.name);
    await add.locator('[data-curation="relation-type"]').selectOption("FUNDED");
    await add.locator('[data-action="add-relation"]').click();
    expect(await add.locator('[data-curation="relation-error"]').textContent()).toBe(ar.curAddNoNote);
    await add.locator('[data-curation="relation-note"]').fill("من بيان رسمي");
    await add.locator('[data-curation="relation-sentence"]').fill("أعلن الطرفان عن تمويل مشترك.");
    await shot("curation-05-add-relation");
    await add.locator('[data-action="add-relation"]').click();

    const edgeId = await page
      .waitForFunction(
        ([s, t]) => {
          const g = (
            window as unknown as {
              rawabit: {
                graph: {
                  edges(a: string, b: string): string[];
                  getEdgeAttribute(e: string, k: string): unknown;
                };
              };
            }
          ).rawabit.graph;
          return (
            g.edges(s as string, t as string).find((e) => g.getEdgeAttribute(e, "curation") === "manual") ??
            false
          );
        },
        [source.id, other.id],
      )
      .then((h) => h.jsonValue() as Promise<string>);
    await select("edge", edgeId);
    const badge = await page.waitForSelector('#details .edge .badge[data-mark="manual"]');
    expect(await badge.textContent()).toContain(ar.curManual);
    expect(await page.locator("#details .manual-note").textContent()).toBe("من بيان رسمي");
    const detail = await apiJson<{ edge: { type: string } }>(`edges/${encodeURIComponent(edgeId)}`);
    expect(detail.edge.type).toBe("FUNDED");
  });

  it(
    "exports the corrections and imports them on a fresh database from the Corrections tab: the same graph",
    { timeout: 600_000 },
    async () => {
      await openCorrections();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click('#panel-corrections [data-action="export"]'),
      ]);
      const file = await download.path();
      const exported = JSON.parse(readFileSync(file, "utf8")) as { corrections: { kind: string }[] };
      expect(exported.corrections.length).toBe(await correctionCount());
      const kinds = new Set(exported.corrections.map((c) => c.kind));
      for (const k of ["merge", "split", "set-property", "add-relation", "undo"]) expect(kinds).toContain(k);
      const curated = await graphShape();

      // A fresh database with the same article: the corrections are gone, so the graph differs.
      await resetDb(db);
      await ingestArticle(db, { text: SEED_ARTICLE, title: "بايدن: الشراكة الأميركية العراقية مستمرة" });
      await page.reload();
      await explorerLoaded(page);
      expect(await graphShape()).not.toEqual(curated);

      await openCorrections();
      await page.setInputFiles('#panel-corrections input[data-curation="import-file"]', file);
      await page.waitForSelector('#panel-corrections [data-import="summary"]');
      expect(await page.locator('#panel-corrections li[data-import="imported"]').count()).toBe(
        exported.corrections.length,
      );
      await shot("curation-06-imported");
      expect(await graphShape()).toEqual(curated);

      // The same file again: every correction is already here.
      await page.setInputFiles('#panel-corrections input[data-curation="import-file"]', file);
      await page.waitForSelector('#panel-corrections li[data-import="skipped"]');
      expect(await page.locator('#panel-corrections li[data-import="imported"]').count()).toBe(0);
      expect(await page.locator('#panel-corrections li[data-import="skipped"]').count()).toBe(
        exported.corrections.length,
      );

      // A malformed file is refused with the server's reason, and nothing changes.
      const bad = path.join(path.dirname(file), "bad-corrections.json");
      writeFileSync(
        bad,
        JSON.stringify({ format: "rawabit-corrections", version: 1, corrections: [{ id: "x" }] }),
      );
      await page.setInputFiles('#panel-corrections input[data-curation="import-file"]', bad);
      const refused = await page.waitForSelector('#panel-corrections [data-import="refused"]');
      expect(await refused.textContent()).toContain("bad-corrections.json");
      expect(await refused.textContent()).toContain("not a corrections file");
      expect(await correctionCount()).toBe(exported.corrections.length);
      expect(await graphShape()).toEqual(curated);
    },
  );

  it("with KG_API_TOKEN set, a correction is refused until the token is given in the Corrections tab", async () => {
    const guarded = await serveExplorer(db, TOKEN);
    const before = url;
    url = guarded.url;
    try {
      await page.goto(url);
      await explorerLoaded(page);
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

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededExplorer, type SeededExplorer } from "../support/explorer-server.js";

// Issue 15, bug 12: several relations between one pair of entities (the seed article relates the
// United States and Iraq four ways, in both directions) drew as one line with their labels piled up.

let explorer: SeededExplorer | undefined;
let page: Page;

interface Drawn {
  id: string;
  source: string;
  target: string;
  label: string;
  type: string;
  curvature: number;
}

/** Every relation as sigma draws it (its program and curvature), and the pairs with several. */
const drawnEdges = (): Promise<Drawn[]> =>
  page.evaluate(() => {
    type Hook = {
      graph: {
        forEachEdge(fn: (id: string, a: { label: string; type: string }, s: string, t: string) => void): void;
      };
      sigma: { getEdgeDisplayData(id: string): { type?: string; curvature?: number } | undefined };
    };
    const { graph, sigma } = (window as unknown as { rawabit: Hook }).rawabit;
    const out: Drawn[] = [];
    graph.forEachEdge((id, a, source, target) => {
      if (a.type === "dashed") return;
      const d = sigma.getEdgeDisplayData(id);
      out.push({ id, source, target, label: a.label, type: d?.type ?? "", curvature: d?.curvature ?? 0 });
    });
    return out;
  });

const pairOf = (e: Drawn) => [e.source, e.target].sort().join(" ~ ");

/** The edge labels sigma writes for one frame: text, its centre on screen and its box, in the label's own axes. */
interface LabelBox {
  text: string;
  cx: number;
  cy: number;
  ux: number;
  uy: number;
  width: number;
  height: number;
}

function labelsOfNextFrame(): Promise<LabelBox[]> {
  return page.evaluate(() => {
    type Sig = { getCanvases(): Record<string, HTMLCanvasElement>; refresh(): void };
    const { sigma } = (window as unknown as { rawabit: { sigma: Sig } }).rawabit;
    const canvas = sigma.getCanvases().edgeLabels;
    const proto = CanvasRenderingContext2D.prototype;
    const original = proto.fillText;
    const boxes: LabelBox[] = [];
    proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number) {
      if (this.canvas === canvas) {
        const m = this.getTransform();
        const width = this.measureText(text).width;
        const height = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? "0");
        const dir = this.direction === "inherit" ? getComputedStyle(this.canvas).direction : this.direction;
        const right =
          this.textAlign === "right" ||
          (this.textAlign === "start" && dir === "rtl") ||
          (this.textAlign === "end" && dir === "ltr");
        const lx = this.textAlign === "center" ? x : right ? x - width / 2 : x + width / 2;
        const ly = this.textBaseline === "middle" ? y : y - height * 0.35;
        const scale = Math.hypot(m.a, m.b);
        boxes.push({
          text,
          cx: m.a * lx + m.c * ly + m.e,
          cy: m.b * lx + m.d * ly + m.f,
          ux: m.a / scale,
          uy: m.b / scale,
          width: width * scale,
          height: height * scale,
        });
      }
      return original.call(this, text, x, y);
    };
    try {
      sigma.refresh();
    } finally {
      proto.fillText = original;
    }
    return boxes;
  });
}

describe("parallel edges", () => {
  beforeAll(async () => {
    explorer = await openSeededExplorer();
    ({ page } = explorer);
  });

  afterAll(() => explorer?.close());

  it("curves each of several relations between one pair apart, and only those", async () => {
    const edges = await drawnEdges();
    const groups = new Map<string, Drawn[]>();
    for (const e of edges) groups.set(pairOf(e), [...(groups.get(pairOf(e)) ?? []), e]);
    const parallel = [...groups.values()].filter((g) => g.length > 1);
    expect(parallel.length, "the seed article relates one pair several ways").toBeGreaterThan(0);
    for (const e of edges) {
      const group = groups.get(pairOf(e)) ?? [];
      if (group.length === 1) {
        expect(e.type, e.id).toMatch(/^(arrow|line)$/);
        continue;
      }
      // Curvature is relative to the edge's direction: seen from the pair's first entity, each
      // relation has its own curve (at most the middle one of an odd group stays straight).
      const signed = group.map((g) => (g.source < g.target ? g.curvature : -g.curvature));
      expect(new Set(signed).size, pairOf(e)).toBe(group.length);
      if (e.curvature !== 0) expect(e.type, e.id).toMatch(/^curved(Arrow)?$/);
    }
  });

  it("writes their labels apart, each whole", async () => {
    const edges = await drawnEdges();
    const group = edges.filter((e) => edges.filter((o) => pairOf(o) === pairOf(e)).length > 1);
    const [a, b] = pairOf(group[0] as Drawn).split(" ~ ") as [string, string];
    const pair = group.filter((e) => pairOf(e) === `${a} ~ ${b}`);
    // Select one end (its relations are labelled whatever the zoom), then frame the pair wide.
    await page.evaluate(
      ([one, other]) => {
        type Hook = {
          store: { dispatch(a: unknown): void };
          sigma: {
            getNodeDisplayData(id: string): { x: number; y: number } | undefined;
            framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
            getCamera(): { setState(s: object): void };
          };
        };
        const { store, sigma } = (window as unknown as { rawabit: Hook }).rawabit;
        store.dispatch({ type: "select", selection: { kind: "node", id: one } });
        const p = sigma.getNodeDisplayData(one ?? "");
        const q = sigma.getNodeDisplayData(other ?? "");
        if (!p || !q) throw new Error("e2e: pair not displayed");
        const mid = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
        sigma.getCamera().setState({ x: mid.x, y: mid.y, ratio: 1, angle: 0 });
        const [vp, vq] = [sigma.framedGraphToViewport(p), sigma.framedGraphToViewport(q)];
        const apart = Math.hypot(vp.x - vq.x, vp.y - vq.y);
        sigma.getCamera().setState({ x: mid.x, y: mid.y, ratio: apart / 500, angle: 0 });
      },
      [a, b] as const,
    );
    await page.waitForTimeout(500);
    const labels = new Set(pair.map((e) => e.label));
    const boxes = (await labelsOfNextFrame()).filter((box) => labels.has(box.text));
    expect(boxes.map((box) => box.text).sort()).toEqual(pair.map((e) => e.label).sort());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i] as LabelBox, boxes[j] as LabelBox];
        const [dx, dy] = [q.cx - p.cx, q.cy - p.cy];
        // Along the label's axis and across it: boxes that overlap on both overlap.
        const along = Math.abs(dx * p.ux + dy * p.uy);
        const across = Math.abs(-dx * p.uy + dy * p.ux);
        const apart = along >= (p.width + q.width) / 2 || across >= (p.height + q.height) / 2;
        expect(apart, `${p.text} / ${q.text}: ${JSON.stringify({ along, across })}`).toBe(true);
      }
  });
});

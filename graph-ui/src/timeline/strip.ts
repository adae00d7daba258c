import type { TimelinePayload } from "../../../ingest/model.js";
import type { AppContext } from "../context.js";
import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import type { TimeWindow } from "../state/types.js";
import { timelineApi, type Bucket } from "./api.js";
import {
  brushKey,
  buildIndex,
  dayBefore,
  fadeColor,
  windowView,
  type TimeIndex,
  type WindowView,
} from "./index.js";

/** How long an entity or edge takes to fade in when the window first shows it. */
const FADE_MS = 500;
/** One step of play: the window moves by one bin. */
const PLAY_STEP_MS = 900;

type Bins = TimelinePayload["bins"];

/** The window covering bins i..j (inclusive): from the first's start to the day before the next's. */
function windowOf(bins: Bins, i: number, j: number): TimeWindow | null {
  const [a, b] = [Math.min(i, j), Math.max(i, j)];
  const first = bins[a];
  const last = bins[b];
  if (!first || !last) return null;
  const next = bins[b + 1];
  return { from: first.start, to: next ? dayBefore(next.start) : lastDayOf(last.start, bins) };
}

/** The final bin has no successor: its end is its start plus the width of the bin before it. */
function lastDayOf(start: string, bins: Bins): string {
  const prev = bins[bins.length - 2];
  if (!prev) return start;
  const width = Date.parse(start) - Date.parse(prev.start);
  return dayBefore(new Date(Date.parse(start) + width).toISOString().slice(0, 10));
}

/** Bins whose days overlap the window. */
function binsIn(bins: Bins, w: TimeWindow | null): [number, number] | null {
  if (!w) return null;
  const idx = bins.flatMap((b, i) => {
    const end = windowOf(bins, i, i)?.to ?? b.start;
    return b.start <= w.to && end >= w.from ? [i] : [];
  });
  return idx.length === 0 ? null : [idx[0] ?? 0, idx[idx.length - 1] ?? 0];
}

/**
 * The timeline strip under the graph: a histogram of articles per day/week/month (and of the
 * selected entity's or edge's evidence), a brush that sets the window, play, and the graph's
 * reaction to the window (hidden outside it, fading in, "new in this window" lit). Returns its cleanup.
 */
export function bindTimeline(root: HTMLElement, ctx: AppContext): () => void {
  const { store, renderer } = ctx;
  const lang = () => store.get().uiLang;
  // A slider for keyboards and screen readers: its value is the window's first bin, its text the window.
  const canvas = el("canvas", {
    class: "timeline-bars",
    tabindex: "0",
    role: "slider",
    "aria-valuemin": "0",
    "aria-keyshortcuts": "ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End",
  }) as HTMLCanvasElement;
  const play = el("button", { type: "button", class: "timeline-play" });
  const clear = el("button", { type: "button", class: "timeline-clear" });
  const bucketSelect = el("select", { class: "timeline-bucket" }) as HTMLSelectElement;
  const label = el("span", { class: "timeline-label", dir: "auto" });
  for (const b of ["auto", "day", "week", "month"] as const) bucketSelect.append(el("option", { value: b }));
  root.replaceChildren(el("div", { class: "timeline-controls" }, play, clear, bucketSelect, label), canvas);

  let bins: Bins = [];
  let dates = new Map<string, string>();
  let index: TimeIndex | null = null;
  let view: WindowView | null = null;
  let fading = new Map<string, number>();
  let fadeStart = 0;
  let playing = 0;
  let brushFrom: number | null = null;

  const rtl = () => document.documentElement.dir === "rtl";
  const binAt = (clientX: number): number => {
    const r = canvas.getBoundingClientRect();
    let x = (clientX - r.left) / r.width;
    if (rtl()) x = 1 - x;
    return Math.max(0, Math.min(bins.length - 1, Math.floor(x * bins.length)));
  };

  function draw(): void {
    const dpr = window.devicePixelRatio || 1;
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
    const g = canvas.getContext("2d");
    if (!g) return;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, w, h);
    if (bins.length === 0) return;
    const max = Math.max(1, ...bins.map((b) => b.articles));
    const bw = w / bins.length;
    const sel = binsIn(bins, store.get().timeWindow);
    bins.forEach((b, i) => {
      const x = rtl() ? w - (i + 1) * bw : i * bw;
      const inside = sel !== null && i >= sel[0] && i <= sel[1];
      g.fillStyle = sel === null || inside ? "#8a94a6" : "#d5d9e0";
      const bh = (b.articles / max) * (h - 4);
      g.fillRect(x + bw * 0.1, h - bh, Math.max(1, bw * 0.8), bh);
      if (b.evidence) {
        g.fillStyle = "#d9480f";
        const eh = (b.evidence / max) * (h - 4);
        g.fillRect(x + bw * 0.25, h - eh, Math.max(1, bw * 0.5), eh);
      }
    });
    if (sel) {
      const [a, z] = sel;
      const x0 = rtl() ? w - (z + 1) * bw : a * bw;
      g.strokeStyle = "#1c7ed6";
      g.lineWidth = 2;
      g.strokeRect(x0 + 1, 1, (z - a + 1) * bw - 2, h - 2);
    }
  }

  function texts(): void {
    const l = lang();
    play.textContent = playing ? t(l, "timelinePause") : t(l, "timelinePlay");
    clear.textContent = t(l, "timelineAll");
    bucketSelect.setAttribute("aria-label", t(l, "timelineBucket"));
    for (const o of bucketSelect.options) o.textContent = t(l, `timeline_${o.value as Bucket}`);
    const w = store.get().timeWindow;
    label.textContent = w
      ? t(l, "timelineWindow", { from: w.from, to: w.to, fresh: view?.fresh.size ?? 0 })
      : t(l, "timelineAllTime", { n: dates.size });
    canvas.setAttribute("aria-label", t(l, "timelineBrush"));
    canvas.setAttribute("aria-valuemax", String(Math.max(0, bins.length - 1)));
    canvas.setAttribute("aria-valuenow", String(binsIn(bins, w)?.[0] ?? 0));
    canvas.setAttribute("aria-valuetext", w ? `${w.from} – ${w.to}` : t(l, "timelineBrushAll"));
  }

  /** Re-derives what the window shows; items that were hidden before fade in. */
  function applyWindow(animate: boolean): void {
    const w = store.get().timeWindow;
    const before = view;
    view = w && index ? windowView(index, w) : null;
    fading = new Map();
    if (animate && view) {
      for (const id of [...view.nodes, ...view.edges])
        if (!before || !(before.nodes.has(id) || before.edges.has(id))) fading.set(id, 0);
      if (fading.size > 0 && !matchMedia("(prefers-reduced-motion: reduce)").matches) {
        fadeStart = performance.now();
        requestAnimationFrame(fadeFrame);
      } else fading.clear();
    }
    // No window before or after (every load without one): nothing to re-derive on a large graph.
    if (before !== null || view !== null) renderer.refreshView();
    draw();
    texts();
  }

  function fadeFrame(now: number): void {
    const a = Math.min(1, (now - fadeStart) / FADE_MS);
    for (const id of fading.keys()) fading.set(id, a);
    if (a >= 1) fading.clear();
    renderer.sigma.refresh({ skipIndexation: true });
    if (a < 1) requestAnimationFrame(fadeFrame);
  }

  renderer.setDecorator({
    node: (id, out) => {
      if (!view) return out;
      if (!view.nodes.has(id)) return { ...out, hidden: true };
      const alpha = fading.get(id);
      const next = alpha === undefined ? out : { ...out, color: fadeColor(out.color, alpha) };
      return view.fresh.has(id) ? { ...next, highlighted: true } : next;
    },
    edge: (id, out) => {
      if (!view || out.hidden) return out;
      if (!view.edges.has(id)) return { ...out, hidden: true };
      const alpha = fading.get(id);
      return alpha === undefined ? out : { ...out, color: fadeColor(out.color, alpha) };
    },
  });

  async function loadHistogram(): Promise<void> {
    const s = store.get().selection;
    const of = s.kind === "node" ? { entity: s.id } : s.kind === "edge" ? { edge: s.id } : {};
    try {
      bins = (await timelineApi.histogram(bucketSelect.value as Bucket, of)).bins;
    } catch {
      // A co-mention edge or a removed entity has no evidence timeline: the articles alone.
      bins = (await timelineApi.histogram(bucketSelect.value as Bucket)).bins;
    }
    root.dataset.bins = String(bins.length);
    draw();
    texts();
  }

  async function loadDates(): Promise<void> {
    dates = await timelineApi.articleDates();
    index = buildIndex(ctx.graph, dates);
    root.dataset.dated = String(dates.size);
    // Nothing to place on a time axis: the strip would only cover the bottom of the graph.
    root.hidden = dates.size === 0;
    applyWindow(false);
  }

  function setWindow(w: TimeWindow | null): void {
    store.dispatch({ type: "setTimeWindow", window: w });
  }

  function step(): void {
    const sel = binsIn(bins, store.get().timeWindow);
    const width = sel ? sel[1] - sel[0] : Math.max(0, Math.round(bins.length / 10) - 1);
    const start = sel ? sel[0] + 1 : 0;
    if (start + width >= bins.length) return stop();
    setWindow(windowOf(bins, start, start + width));
    root.dataset.played = String(Number(root.dataset.played ?? "0") + 1);
  }
  function stop(): void {
    window.clearInterval(playing);
    playing = 0;
    texts();
  }

  const onDown = (e: PointerEvent) => {
    if (bins.length === 0) return;
    canvas.setPointerCapture(e.pointerId);
    brushFrom = binAt(e.clientX);
    setWindow(windowOf(bins, brushFrom, brushFrom));
  };
  let pending = 0;
  const onMove = (e: PointerEvent) => {
    if (brushFrom === null) return;
    const from = brushFrom;
    const x = e.clientX;
    // One window per frame however fast the pointer moves.
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => setWindow(windowOf(bins, from, binAt(x))));
  };
  const onUp = () => {
    brushFrom = null;
  };
  const onKey = (e: KeyboardEvent) => {
    const sel = binsIn(bins, store.get().timeWindow);
    const next = brushKey(e.key, e.shiftKey, sel, bins.length, rtl() ? "ArrowLeft" : "ArrowRight");
    if (!next) return;
    e.preventDefault();
    stop();
    setWindow(windowOf(bins, next[0], next[1]));
  };
  canvas.addEventListener("keydown", onKey);
  canvas.addEventListener("pointerdown", onDown);
  canvas.addEventListener("pointermove", onMove);
  canvas.addEventListener("pointerup", onUp);
  play.addEventListener("click", () => {
    if (playing) return stop();
    playing = window.setInterval(step, PLAY_STEP_MS);
    step();
    texts();
  });
  clear.addEventListener("click", () => {
    stop();
    setWindow(null);
  });
  bucketSelect.addEventListener("change", () => void loadHistogram());

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.timeWindow !== prev.timeWindow) applyWindow(true);
    if (s.selection !== prev.selection) void loadHistogram();
    if (s.uiLang !== prev.uiLang) {
      texts();
      draw();
    }
  });
  const onGraph = () => void loadDates().catch(() => undefined);
  window.addEventListener("rawabit:graph-changed", onGraph);
  const observer = new ResizeObserver(draw);
  observer.observe(canvas);
  texts();
  void loadHistogram().catch(() => undefined);

  return () => {
    stop();
    unsubscribe();
    observer.disconnect();
    renderer.setDecorator(null);
    window.removeEventListener("rawabit:graph-changed", onGraph);
  };
}

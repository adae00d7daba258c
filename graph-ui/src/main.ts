import "./style.css";
import type { GraphPayload } from "../../ingest/model.js";
import { api, ApiRequestError } from "./api/client.js";
import type { AppContext } from "./context.js";
import { createGraph, mergePayload, relabel } from "./graph/build.js";
import { applyCommunities, applySizes, COMMUNITIES_EVENT } from "./graph/metrics.js";
import { applyDocumentLang } from "./i18n/index.js";
import { AUTO_LAYOUT_MAX_NODES, autoLayoutMs, createLayout, initialLayout } from "./layout/layouts.js";
import { bindCoMentions } from "./layers/co-mentions.js";
import { bindMapToggle } from "./map/toggle.js";
import { applyPositions, loadPositions, savePositions } from "./layout/positions.js";
import { bindCameraControls } from "./panels/camera-controls.js";
import { bindControls } from "./panels/controls.js";
import { bindDetails } from "./panels/details.js";
import { byId } from "./panels/dom.js";
import { bindDrawer } from "./panels/drawer.js";
import { bindPathPicking } from "./panels/path-picking.js";
import { bindSearch } from "./panels/search.js";
import { bindStatus, type LoadState } from "./panels/status.js";
import { bindSwitches } from "./panels/switches.js";
import { bindTranslations } from "./panels/translate.js";
import { bindGraphEvents } from "./render/events.js";
import { jumpCamera, moveCamera } from "./render/camera.js";
import { curveParallelEdges } from "./render/parallel-edges.js";
import { createRenderer } from "./render/renderer.js";
import { bindShareHash, readSharedState, type SharedView } from "./share/hash.js";
import { bindReader } from "./reader/panel.js";
import { bindSelection } from "./selection/index.js";
import { decodePositions } from "./share/positions.js";
import type { SharedExtras } from "./share/url-state.js";
import { bindTimeline } from "./timeline/strip.js";
import { createStore, INITIAL_STATE } from "./state/reducer.js";

const shared = readSharedState(window.location.hash);
const store = createStore({ ...INITIAL_STATE, ...(shared.state ?? {}) });
applyDocumentLang(store.get().uiLang);

const graph = createGraph();
const renderer = createRenderer(graph, byId("sigma"), store);
const status = bindStatus(byId("status"), byId("counts"), store, graph, renderer.sigma);

/** What a share link carries beyond the state, applied once its graph has loaded. */
let pendingLink: SharedExtras | null = shared.state ? shared.extras : null;

const scope = () => store.get().filters.article;
const layout = createLayout(graph, () => savePositions(window.localStorage, scope(), graph));

/** Graph loads so far: a layout deferred to after one load's paint is dropped when another began since. */
let loads = 0;

/** Runs `fn` after the next frame has been painted (a task queued from that frame's callback). */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => window.setTimeout(fn, 0));
}

function apply(payload: GraphPayload, mode: "merge" | "replace"): string[] {
  let added: string[] = [];
  let needsLayout = false;
  renderer.batch(() => {
    if (mode === "replace") graph.clear();
    added = mergePayload(graph, payload, store.get().labelLang).added;
    curveParallelEdges(graph);
    if (added.length > 0) {
      const stored = Math.max(
        applyPositions(graph, loadPositions(window.localStorage, scope())),
        linkPositions(),
      );
      needsLayout = stored < graph.order && mode === "replace" && !initialLayout(graph);
    }
    applySizes(graph, store.get().sizeBy);
    if (store.get().colorBy === "community") applyCommunities(graph);
    // Set while detached: a settings change re-processes the whole graph.
    renderer.sigma.setSetting("hideEdgesOnMove", edgesHideOnMove());
  });
  // The worker streams positions into the graph and sigma redraws per tick: past this size that
  // freezes the page, so huge graphs wait for the user to press "Run layout". It starts once the
  // graph is on screen: starting re-processes every item (label settings), which would delay that.
  if (needsLayout && graph.order <= AUTO_LAYOUT_MAX_NODES) {
    const loaded = loads;
    afterPaint(() => {
      if (loaded === loads) layout.runFor(autoLayoutMs(graph.order));
    });
  }
  status.set(graph.order === 0 ? { kind: "empty" } : { kind: "ready" });
  window.dispatchEvent(new CustomEvent("rawabit:graph-changed"));
  return added;
}

/**
 * Software/low-end WebGL cannot redraw ~10k+ edges at 60 fps while panning, nor the map's long
 * edges across the world at ~1k (bench:ui map pan): they are hidden while the camera moves.
 */
function edgesHideOnMove(): boolean {
  return graph.size > 10_000 || store.get().map;
}

async function reload(): Promise<void> {
  status.set({ kind: "loading" });
  loads++;
  layout.kill();
  try {
    // User Timing marks: the benchmark reads request → validated data → first paint from these.
    performance.mark("rawabit:graph-request");
    const payload = await api.graph({ article: scope(), limit: 20_000 });
    performance.mark("rawabit:graph-data");
    apply(payload, "replace");
    restoreCamera();
    finishLink();
    requestAnimationFrame(() => performance.mark("rawabit:graph-painted"));
  } catch (err) {
    const state: LoadState =
      err instanceof ApiRequestError && err.failure.kind === "unreachable"
        ? { kind: "unreachable" }
        : { kind: "error", message: err instanceof Error ? err.message : String(err) };
    status.set(state);
  }
}

/** A link's positions, when it was made for this very graph (else the usual layout applies). */
function linkPositions(): number {
  const encoded = pendingLink?.positions;
  const positions = encoded ? decodePositions(encoded, graph) : null;
  return positions ? applyPositions(graph, positions) : 0;
}

/** A link's path is fetched again; the link's camera wins over the path's own framing. */
function finishLink(): void {
  const path = pendingLink?.path;
  pendingLink = null;
  if (!path) return;
  const cam = store.get().camera;
  const off = store.subscribe((s, prev) => {
    if (s.path === prev.path || s.path.kind === "picking") return;
    off();
    if (cam && s.path.kind === "shown") jumpCamera(renderer.sigma, cam);
  });
  window.dispatchEvent(new CustomEvent("rawabit:path", { detail: path }));
}

/** A link pasted into an open explorer: its state, then its graph, positions, path and camera. */
function applyLink(view: SharedView): void {
  if (!view.state) return;
  pendingLink = view.extras;
  const reloads = view.state.filters.article !== store.get().filters.article;
  store.dispatch({ type: "restore", state: { ...view.state, path: { kind: "off" }, highlighted: [] } });
  if (!reloads) void reload();
}

function restoreCamera(): void {
  const cam = store.get().camera;
  if (cam) renderer.sigma.getCamera().setState(cam);
}

function focusNode(id: string): void {
  if (!graph.hasNode(id)) return;
  store.dispatch({ type: "select", selection: { kind: "node", id } });
  const d = renderer.sigma.getNodeDisplayData(id);
  if (!d) return;
  moveCamera(renderer.sigma, graph, {
    x: d.x,
    y: d.y,
    ratio: Math.min(renderer.sigma.getCamera().ratio, 0.4),
  });
}

const notify: AppContext["notify"] = (message, kind = "info") => status.toast(message, kind);

const ctx: AppContext = { graph, store, renderer, layout, reload, apply, focusNode, notify };

bindTranslations(store);
bindSwitches(byId<HTMLSelectElement>("label-lang"), byId<HTMLSelectElement>("ui-lang"), store);
bindControls(byId("controls"), ctx);
bindSearch(byId<HTMLInputElement>("search"), byId<HTMLUListElement>("suggestions"), ctx);
bindDetails(byId("details"), ctx);
bindPathPicking(byId("sigma").parentElement ?? document.body, ctx);
bindCameraControls(byId("sigma").parentElement ?? document.body, ctx);
bindDrawer(byId("tabs"), byId("tab-panels"), ctx);
bindGraphEvents(ctx);
bindCoMentions(ctx);
const mapToggle = bindMapToggle(ctx, byId<HTMLButtonElement>("map-toggle"));
bindShareHash(ctx, byId<HTMLButtonElement>("share"), applyLink, mapToggle.forcePositions);
bindSelection(byId("sigma").parentElement ?? document.body, ctx);
bindReader(ctx);
bindTimeline(byId("timeline"), ctx);
if (shared.error) notify(shared.error, "error");

store.subscribe((s, prev) => {
  if (s.uiLang !== prev.uiLang) applyDocumentLang(s.uiLang);
  if (s.labelLang !== prev.labelLang) {
    relabel(graph, s.labelLang);
    renderer.refreshView();
  }
  if (s.sizeBy !== prev.sizeBy) {
    applySizes(graph, s.sizeBy);
    renderer.refreshView();
  }
  if (s.colorBy !== prev.colorBy && s.colorBy === "community") {
    applyCommunities(graph);
    renderer.refreshView();
    window.dispatchEvent(new CustomEvent(COMMUNITIES_EVENT));
  }
  if (s.filters.article !== prev.filters.article) void reload();
  if (s.map !== prev.map) renderer.sigma.setSetting("hideEdgesOnMove", edgesHideOnMove());
});

// A small, read-only hook for the browser tests and the benchmark (no behaviour depends on it).
Object.assign(window, {
  rawabit: { graph, store, sigma: renderer.sigma, layout, focusNode, ready: () => status.get().kind },
});

void reload();

import type { AppContext } from "../context.js";
import { t } from "../i18n/index.js";
import type { Positions } from "../layout/positions.js";
import { encodePositions } from "./positions.js";
import { decodeState, encodeState, type SharedExtras, type SharedState } from "./url-state.js";

export interface SharedView {
  state: SharedState | null;
  extras: SharedExtras;
  error: string | null;
}

export function readSharedState(hash: string): SharedView {
  const r = decodeState(hash);
  if (r.ok === true) {
    const { ok: _ok, state, ...extras } = r;
    return { state, extras, error: null };
  }
  if (r.ok === "empty") return { state: null, extras: {}, error: null };
  return { state: null, extras: {}, error: r.reason };
}

/**
 * The URL hash always mirrors the shareable view (state, a shown path, node positions), so copying
 * the address bar is enough too; a link pasted into an open explorer is applied (`onPasted`).
 * @param savedPositions positions to carry instead of the graph's (the force layout's under the map)
 */
export function bindShareHash(
  ctx: AppContext,
  button: HTMLButtonElement,
  onPasted: (view: SharedView) => void,
  savedPositions: () => Positions | null = () => null,
): () => void {
  let timer = 0;
  const hashNow = () => {
    const s = ctx.store.get();
    const extras: SharedExtras = {};
    if (s.path.kind === "shown") extras.path = { from: s.path.from, to: s.path.to };
    const positions = encodePositions(ctx.graph, savedPositions());
    if (positions) extras.positions = positions;
    return encodeState(s, extras);
  };
  let written = window.location.hash;
  const write = () => {
    window.clearTimeout(timer);
    const hash = hashNow();
    if (hash !== window.location.hash) window.history.replaceState(null, "", hash);
    written = hash;
  };
  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(write, 200);
  };
  const unsubscribe = ctx.store.subscribe(schedule);
  // Positions change without a state change: after a layout run or new nodes.
  window.addEventListener("rawabit:layout", schedule);
  window.addEventListener("rawabit:graph-changed", schedule);
  // replaceState fires no hashchange: this is a link typed or pasted into the address bar.
  const onHashChange = () => {
    if (window.location.hash === written) return;
    written = window.location.hash;
    const view = readSharedState(window.location.hash);
    if (view.error) ctx.notify(view.error, "error");
    else if (view.state) onPasted(view);
  };
  window.addEventListener("hashchange", onHashChange);
  const onClick = async () => {
    write();
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      ctx.notify(t(ctx.store.get().uiLang, "shared"));
    } catch {
      ctx.notify(url);
    }
  };
  button.addEventListener("click", onClick);
  return () => {
    unsubscribe();
    window.clearTimeout(timer);
    window.removeEventListener("rawabit:layout", schedule);
    window.removeEventListener("rawabit:graph-changed", schedule);
    window.removeEventListener("hashchange", onHashChange);
    button.removeEventListener("click", onClick);
  };
}

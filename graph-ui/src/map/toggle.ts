import type { AppContext } from "../context.js";
import { t } from "../i18n/index.js";
import { applyPositions, snapshot, type Positions } from "../layout/positions.js";

type MapState =
  | { kind: "force" }
  | { kind: "loading" }
  | { kind: "map"; force: Positions; replace: () => void; leave: () => void };

/**
 * The switch between the force layout and the map. The map code and the world outline are
 * loaded on the first switch (their own chunk), so the explorer's first load does not carry them.
 * Leaving the map puts every entity back where the force layout had it. The wanted layout is the
 * store's `map` (so a share link carries it); the switch follows it once the graph has loaded.
 * @returns the cleanup, and the force positions while the map shows (what a share link carries)
 */
export function bindMapToggle(
  ctx: AppContext,
  button: HTMLButtonElement,
): { forcePositions: () => Positions | null; dispose: () => void } {
  let state: MapState = { kind: "force" };
  const render = () => {
    const lang = ctx.store.get().uiLang;
    button.textContent = t(lang, state.kind === "force" ? "mapShow" : "mapHide");
    button.setAttribute("aria-pressed", String(state.kind === "map"));
    button.disabled = state.kind === "loading";
    button.classList.toggle("active", state.kind === "map");
  };
  const reframe = () => ctx.renderer.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  const setWanted = (on: boolean) => ctx.store.dispatch({ type: "setMap", on });

  /** @param frame false when a share link brings its own camera */
  const enter = async (frame: boolean) => {
    if (ctx.layout.status().kind === "running") ctx.layout.stop();
    const force = snapshot(ctx.graph);
    state = { kind: "loading" };
    render();
    try {
      const { enterMap } = await import("./view.js");
      state = { kind: "map", force, ...enterMap(ctx) };
      if (frame) reframe();
    } catch (err) {
      state = { kind: "force" };
      setWanted(false);
      ctx.notify(t(ctx.store.get().uiLang, "mapFailed", { reason: String(err) }), "error");
    }
    render();
    // The wanted layout changed while the map was loading (a pasted link).
    if (!ctx.store.get().map) leave(false, false);
  };
  /**
   * @param restore false when the force layout (or a reloaded graph) takes over from where the map
   *   left the entities
   */
  const leave = (restore: boolean, frame: boolean) => {
    if (state.kind !== "map") return;
    const { force } = state;
    state.leave();
    if (restore) ctx.renderer.batch(() => applyPositions(ctx.graph, force));
    state = { kind: "force" };
    if (frame) reframe();
    render();
  };

  const onClick = () => {
    if (state.kind === "loading") return;
    setWanted(state.kind === "force");
    if (state.kind === "force") void enter(true);
    else leave(true, true);
  };
  // Expanding neighbours or reloading on the map places the newcomers too. A share link's
  // layout applies here: once its graph (and its force positions) have loaded.
  const onGraph = () => {
    const wanted = ctx.store.get().map;
    if (state.kind === "map" && wanted) state.replace();
    else if (state.kind === "map") leave(false, false);
    else if (state.kind === "force" && wanted) void enter(false);
  };
  // Running the force layout leaves the map: the worker starts from the map positions.
  const onLayout = () => {
    if (ctx.layout.status().kind !== "running" || state.kind !== "map") return;
    leave(false, true);
    setWanted(false);
  };
  button.addEventListener("click", onClick);
  window.addEventListener("rawabit:graph-changed", onGraph);
  window.addEventListener("rawabit:layout", onLayout);
  const unsubscribe = ctx.store.subscribe((s, prev) => {
    if (s.uiLang !== prev.uiLang) render();
  });
  render();
  return {
    forcePositions: () => (state.kind === "map" ? state.force : null),
    dispose: () => {
      button.removeEventListener("click", onClick);
      window.removeEventListener("rawabit:graph-changed", onGraph);
      window.removeEventListener("rawabit:layout", onLayout);
      unsubscribe();
    },
  };
}

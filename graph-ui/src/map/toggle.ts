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
 * Leaving the map puts every entity back where the force layout had it.
 * @returns the cleanup
 */
export function bindMapToggle(ctx: AppContext, button: HTMLButtonElement): () => void {
  let state: MapState = { kind: "force" };
  const render = () => {
    const lang = ctx.store.get().uiLang;
    button.textContent = t(lang, state.kind === "force" ? "mapShow" : "mapHide");
    button.setAttribute("aria-pressed", String(state.kind === "map"));
    button.disabled = state.kind === "loading";
    button.classList.toggle("active", state.kind === "map");
  };
  const reframe = () => ctx.renderer.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });

  const enter = async () => {
    if (ctx.layout.status().kind === "running") ctx.layout.stop();
    const force = snapshot(ctx.graph);
    state = { kind: "loading" };
    render();
    try {
      const { enterMap } = await import("./view.js");
      state = { kind: "map", force, ...enterMap(ctx) };
      reframe();
    } catch (err) {
      state = { kind: "force" };
      ctx.notify(t(ctx.store.get().uiLang, "mapFailed", { reason: String(err) }), "error");
    }
    render();
  };
  /** @param restore false when the force layout takes over from where the map left the entities */
  const leave = (restore: boolean) => {
    if (state.kind !== "map") return;
    const { force } = state;
    state.leave();
    if (restore) ctx.renderer.batch(() => applyPositions(ctx.graph, force));
    state = { kind: "force" };
    reframe();
    render();
  };

  const onClick = () => {
    if (state.kind === "force") void enter();
    else leave(true);
  };
  // Expanding neighbours or reloading on the map places the newcomers too.
  const onGraph = () => {
    if (state.kind === "map") state.replace();
  };
  // Running the force layout leaves the map: the worker starts from the map positions.
  const onLayout = () => {
    if (ctx.layout.status().kind === "running") leave(false);
  };
  button.addEventListener("click", onClick);
  window.addEventListener("rawabit:graph-changed", onGraph);
  window.addEventListener("rawabit:layout", onLayout);
  const unsubscribe = ctx.store.subscribe((s, prev) => {
    if (s.uiLang !== prev.uiLang) render();
  });
  render();
  return () => {
    button.removeEventListener("click", onClick);
    window.removeEventListener("rawabit:graph-changed", onGraph);
    window.removeEventListener("rawabit:layout", onLayout);
    unsubscribe();
  };
}

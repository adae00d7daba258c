import type { AppContext } from "../context.js";

/** Sigma events → store actions. Path picking turns node clicks into path ends. */
export function bindGraphEvents(ctx: AppContext): () => void {
  const { sigma } = ctx.renderer;
  const { store } = ctx;
  let cameraTimer = 0;
  const handlers = {
    clickNode: ({ node, event }: { node: string; event: { original: MouseEvent | TouchEvent } }) => {
      // Shift-clicks gather nodes for bulk actions (graph-ui/src/selection).
      if (event.original.shiftKey) return;
      const path = store.get().path;
      if (path.kind === "picking" && path.from !== null && path.from !== node) {
        window.dispatchEvent(new CustomEvent("rawabit:path", { detail: { from: path.from, to: node } }));
        return;
      }
      store.dispatch({ type: "select", selection: { kind: "node", id: node } });
    },
    clickEdge: ({ edge }: { edge: string }) =>
      store.dispatch({ type: "select", selection: { kind: "edge", id: edge } }),
    clickStage: () => {
      store.dispatch({ type: "select", selection: { kind: "none" } });
      if (store.get().path.kind !== "off") store.dispatch({ type: "setPath", path: { kind: "off" } });
    },
    enterNode: ({ node }: { node: string }) => store.dispatch({ type: "hover", id: node }),
    leaveNode: () => store.dispatch({ type: "hover", id: null }),
  };
  sigma.on("clickNode", handlers.clickNode);
  sigma.on("clickEdge", handlers.clickEdge);
  sigma.on("clickStage", handlers.clickStage);
  sigma.on("enterNode", handlers.enterNode);
  sigma.on("leaveNode", handlers.leaveNode);
  const onCamera = () => {
    window.clearTimeout(cameraTimer);
    cameraTimer = window.setTimeout(
      () => store.dispatch({ type: "setCamera", camera: sigma.getCamera().getState() }),
      250,
    );
  };
  sigma.getCamera().on("updated", onCamera);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape" && store.get().path.kind !== "off")
      store.dispatch({ type: "setPath", path: { kind: "off" } });
  };
  window.addEventListener("keydown", onKey);
  return () => {
    sigma.removeListener("clickNode", handlers.clickNode);
    sigma.removeListener("clickEdge", handlers.clickEdge);
    sigma.removeListener("clickStage", handlers.clickStage);
    sigma.removeListener("enterNode", handlers.enterNode);
    sigma.removeListener("leaveNode", handlers.leaveNode);
    sigma.getCamera().off("updated", onCamera);
    window.removeEventListener("keydown", onKey);
    window.clearTimeout(cameraTimer);
  };
}

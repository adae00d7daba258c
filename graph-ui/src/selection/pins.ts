import type { AppContext } from "../context.js";

/**
 * Mirrors the state's pinned ids into the `fixed` node attribute, the one ForceAtlas2 reads (the
 * worker and the synchronous layout alike); layout/layouts.ts keeps them out of Noverlap too.
 */
export function bindPins(ctx: AppContext): () => void {
  const { graph, store } = ctx;
  const sync = (ids: Iterable<string>) => {
    const pinned = new Set(store.get().nodeView.pinned);
    for (const id of ids) {
      if (!graph.hasNode(id)) continue;
      const want = pinned.has(id);
      if ((graph.getNodeAttribute(id, "fixed") === true) !== want) {
        if (want) graph.setNodeAttribute(id, "fixed", true);
        else graph.removeNodeAttribute(id, "fixed");
      }
    }
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.nodeView.pinned !== prev.nodeView.pinned) sync([...prev.nodeView.pinned, ...s.nodeView.pinned]);
  });
  // A reload rebuilds the graph without the attribute.
  const onGraph = () => sync(store.get().nodeView.pinned);
  window.addEventListener("rawabit:graph-changed", onGraph);
  onGraph();
  return () => {
    unsubscribe();
    window.removeEventListener("rawabit:graph-changed", onGraph);
  };
}

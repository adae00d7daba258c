import type { AppContext } from "../context.js";

/** The ring's colour and its gap from the node's edge (px): the ink colour, unlike any type colour. */
export const PIN_RING = { color: "#1d1d1f", gap: 2, width: 2 } as const;

/**
 * A pinned node wears a ring, so what a layout will leave in place shows. Drawn after each render on
 * sigma's label canvas (cleared at every render), for the pinned nodes only: no reducer work and no
 * extra pass over the graph, whatever its size.
 */
export function bindPinMarks(ctx: AppContext): () => void {
  const { sigma } = ctx.renderer;
  const draw = () => {
    const pinned = ctx.store.get().nodeView.pinned;
    if (pinned.length === 0) return;
    const canvas = sigma.getCanvases().labels;
    const c = canvas?.getContext("2d");
    if (!c) return;
    c.save();
    c.strokeStyle = PIN_RING.color;
    c.lineWidth = PIN_RING.width;
    for (const id of pinned) {
      const d = sigma.getNodeDisplayData(id);
      if (!d || d.hidden) continue;
      const { x, y } = sigma.framedGraphToViewport(d);
      c.beginPath();
      c.arc(x, y, sigma.scaleSize(d.size) + PIN_RING.gap + PIN_RING.width / 2, 0, Math.PI * 2);
      c.stroke();
    }
    c.restore();
  };
  sigma.on("afterRender", draw);
  const unsubscribe = ctx.store.subscribe((s, prev) => {
    if (s.nodeView.pinned !== prev.nodeView.pinned) sigma.scheduleRender();
  });
  return () => {
    unsubscribe();
    sigma.off("afterRender", draw);
  };
}

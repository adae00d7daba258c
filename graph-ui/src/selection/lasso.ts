import type { AppContext } from "../context.js";

export interface Point {
  x: number;
  y: number;
}

/** Even-odd rule: whether `p` lies inside the closed polygon (in any winding). */
export function insidePolygon(p: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i];
    const b = polygon[j];
    if (!a || !b) continue;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** Below this many pixels of travel a press is a click (shift-click toggles one node), not a lasso. */
const MIN_DRAG = 6;

/**
 * Shift+drag (or any drag while `armed()`) draws a lasso over the graph; the drawn nodes inside it
 * are added to the picked set. The press is taken from sigma in the capture phase so it does not
 * pan; a short press is left to sigma as a click.
 */
export function bindLasso(ctx: AppContext, armed: () => boolean): () => void {
  const { sigma } = ctx.renderer;
  const container = sigma.getContainer();
  const svgNs = "http://www.w3.org/2000/svg";
  const overlay = document.createElementNS(svgNs, "svg");
  overlay.classList.add("lasso");
  const line = document.createElementNS(svgNs, "polygon");
  overlay.append(line);
  container.append(overlay);
  const stage = container.parentElement ?? container;

  let points: Point[] = [];
  const at = (e: MouseEvent): Point => {
    const r = container.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const draw = () => line.setAttribute("points", points.map((p) => `${p.x},${p.y}`).join(" "));
  const dragged = () => {
    const [first] = points;
    return first !== undefined && points.some((p) => Math.hypot(p.x - first.x, p.y - first.y) >= MIN_DRAG);
  };
  const onMove = (e: MouseEvent) => {
    points.push(at(e));
    if (dragged()) {
      overlay.classList.add("drawing");
      draw();
    }
  };
  const swallowClick = (e: MouseEvent) => {
    e.stopPropagation();
    window.removeEventListener("click", swallowClick, true);
  };
  const onUp = (e: MouseEvent) => {
    window.removeEventListener("mousemove", onMove);
    window.removeEventListener("mouseup", onUp);
    overlay.classList.remove("drawing");
    points.push(at(e));
    if (!dragged()) {
      // A click after all: hand it to sigma, which never saw the press (so it will not pan).
      points = [];
      return;
    }
    // The browser follows the release with a click on the stage; it must not clear the selection.
    window.addEventListener("click", swallowClick, true);
    window.setTimeout(() => window.removeEventListener("click", swallowClick, true), 0);
    const polygon = points;
    points = [];
    draw();
    const inside = ctx.graph.filterNodes((id) => {
      const d = sigma.getNodeDisplayData(id);
      return d !== undefined && !d.hidden && insidePolygon(sigma.framedGraphToViewport(d), polygon);
    });
    if (inside.length === 0) return;
    const picked = ctx.store.get().picked;
    ctx.store.dispatch({ type: "setPicked", ids: [...new Set([...picked, ...inside])] });
  };
  const onDown = (e: MouseEvent) => {
    if (e.button !== 0 || !(e.shiftKey || armed()) || !container.contains(e.target as Node)) return;
    e.stopPropagation();
    e.preventDefault();
    points = [at(e)];
    window.addEventListener("mousemove", onMove);
    window.addEventListener("mouseup", onUp);
  };
  stage.addEventListener("mousedown", onDown, true);
  return () => {
    stage.removeEventListener("mousedown", onDown, true);
    window.removeEventListener("mousemove", onMove);
    window.removeEventListener("mouseup", onUp);
    window.removeEventListener("click", swallowClick, true);
    overlay.remove();
  };
}

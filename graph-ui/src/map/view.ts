import type { AppContext } from "../context.js";
import { loadAtlas, type Atlas } from "./atlas.js";
import { mountMapLayer } from "./layer.js";
import { mapPositions } from "./place.js";
import { registerUnderlay } from "../render/png.js";

let atlas: Atlas | null = null;
/** Country outline by point (lon,lat), kept across switches: the polygon test is the slow part. */
const countryByPoint = new Map<string, string | null>();

/**
 * The map layout (loaded on the first switch, with the world outline): moves every entity to its
 * place on the map and draws the outline behind the graph.
 * @returns what leaves the map: the layer goes; positions are the caller's to restore
 */
export function enterMap(ctx: AppContext): { replace: () => void; leave: () => void } {
  atlas ??= loadAtlas();
  const world = atlas;
  // Countries that are entities of the graph are tinted: found by their own point, not by name.
  let tinted = new Set<string>();
  const replace = () => {
    const positions = mapPositions(ctx.graph, world.project);
    const next = new Set<string>();
    ctx.renderer.batch(() => {
      ctx.graph.updateEachNodeAttributes((id, a) => {
        if (a.entityType === "Country" && a.lat !== undefined && a.lon !== undefined) {
          const key = `${a.lon},${a.lat}`;
          if (!countryByPoint.has(key)) countryByPoint.set(key, world.countryAt(a.lon, a.lat)?.name ?? null);
          const name = countryByPoint.get(key);
          if (name) next.add(name);
        }
        const p = positions.get(id);
        return p ? { ...a, x: p.x, y: p.y } : a;
      });
    });
    tinted = next;
  };
  replace();
  const unmount = mountMapLayer(ctx.renderer.sigma, world, () => tinted);
  const unregister = registerUnderlay((sigma) => mountMapLayer(sigma, world, () => tinted));
  return {
    replace,
    leave: () => {
      unregister();
      unmount();
    },
  };
}

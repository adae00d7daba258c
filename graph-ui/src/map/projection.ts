import { geoEqualEarth, type GeoProjection } from "d3-geo";

/** Width of the whole world in graph units on the map layout (sigma rescales to the screen). */
export const WORLD_WIDTH = 1000;

/**
 * The map's projection: Equal Earth keeps areas true (a big country does not look bigger than
 * its news weight only because it is far north), fitted to WORLD_WIDTH. Projected y grows
 * southwards, like the screen; graph y grows northwards in sigma, so graph points are (x, -y).
 */
export function worldProjection(): GeoProjection {
  return geoEqualEarth().fitWidth(WORLD_WIDTH, { type: "Sphere" });
}

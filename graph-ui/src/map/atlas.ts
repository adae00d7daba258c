import { geoBounds, geoContains, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import type { Point, Project } from "./place.js";
import { worldProjection } from "./projection.js";

export interface AtlasCountry {
  name: string;
  feature: Feature<Geometry, { name: string }>;
  /** The outline in projected units (y southwards), ready for a canvas transform. */
  path: Path2D;
}

export interface Atlas {
  sphere: Path2D;
  countries: AtlasCountry[];
  project: Project;
  /** The country whose outline holds the point, if any. */
  countryAt: (lon: number, lat: number) => AtlasCountry | null;
}

// Natural Earth 1:110m boundaries as shipped by the world-atlas package (public domain): a fixed,
// known file, so its shape is declared rather than checked at run time.
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The world outline in the map's projection (built once per page, on the first switch to the map). */
export function loadAtlas(): Atlas {
  const projection = worldProjection();
  const path = geoPath(projection);
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const countries = collection.features.map((f) => ({
    name: f.properties.name,
    feature: f,
    path: new Path2D(path(f) ?? ""),
  }));
  // Bounding boxes first: geoContains is a spherical polygon test, too slow to try every country.
  const boxes = collection.features.map((f) => geoBounds(f));
  const inBox = (i: number, lon: number, lat: number) => {
    const [[west, south], [east, north]] = boxes[i] as [[number, number], [number, number]];
    const inLon = west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
    return inLon && lat >= south && lat <= north;
  };
  return {
    sphere: new Path2D(path({ type: "Sphere" }) ?? ""),
    countries,
    project(lon, lat): Point | null {
      const p = projection([lon, lat]);
      return p ? { x: p[0], y: -p[1] } : null;
    },
    countryAt: (lon, lat) =>
      countries.find((c, i) => inBox(i, lon, lat) && geoContains(c.feature, [lon, lat])) ?? null,
  };
}

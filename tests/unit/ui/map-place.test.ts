import { describe, expect, it } from "vitest";
import type { GraphNode, GraphPayload } from "../../../ingest/model.js";
import { createGraph, mergePayload } from "../../../graph-ui/src/graph/build.js";
import { mapPositions, type Project } from "../../../graph-ui/src/map/place.js";
import { worldProjection } from "../../../graph-ui/src/map/projection.js";

const node = (id: string, type: string, properties: Record<string, unknown> = {}): GraphNode => ({
  id,
  labels: ["Entity", type],
  type,
  name: id,
  nameEn: id,
  properties,
});
const edge = (source: string, target: string) => ({
  id: `${source}|MET|${target}`,
  type: "MET",
  source,
  target,
  properties: {},
});

/** A flat projection for reading the numbers: x = lon, y = lat. */
const flat: Project = (lon, lat) => ({ x: lon, y: lat });

function graphOf(payload: GraphPayload) {
  const g = createGraph();
  mergePayload(g, payload, "ar");
  return g;
}

describe("map positions", () => {
  const payload: GraphPayload = {
    nodes: [
      node("city:baghdad", "City", { lat: 33.34, lon: 44.4 }),
      node("country:IQ", "Country", { lat: 33, lon: 44 }),
      node("person:minister", "Person"),
      node("org:ministry", "Organization"),
      node("person:aide", "Person"),
      node("person:alone", "Person"),
      node("loc:bad", "Location", { lat: 123, lon: 44 }),
    ],
    edges: [
      edge("person:minister", "city:baghdad"),
      edge("org:ministry", "person:minister"),
      edge("person:aide", "org:ministry"),
    ],
  };

  it("puts places at their projected point and reads only valid coordinates", () => {
    const p = mapPositions(graphOf(payload), flat);
    expect(p.get("city:baghdad")).toEqual({ x: 44.4, y: 33.34 });
    expect(p.get("country:IQ")).toEqual({ x: 44, y: 33 });
    expect(graphOf(payload).getNodeAttribute("loc:bad", "lat")).toBeUndefined();
  });

  it("puts linked entities near their places, two links deep, and the rest in a column to the east", () => {
    const p = mapPositions(graphOf(payload), flat);
    const near = (id: string) => Math.hypot((p.get(id)?.x ?? 1e9) - 44.4, (p.get(id)?.y ?? 1e9) - 33.34);
    expect(near("person:minister")).toBeLessThan(20);
    expect(near("org:ministry")).toBeLessThan(40);
    // Three links from Baghdad: beyond what is placed near a place.
    for (const id of ["person:aide", "person:alone", "loc:bad"]) expect(p.get(id)?.x).toBeGreaterThan(44.4);
    expect(p.size).toBe(payload.nodes.length);
  });

  it("is deterministic", () => {
    expect([...mapPositions(graphOf(payload), flat)]).toEqual([...mapPositions(graphOf(payload), flat)]);
  });

  it("projects with Equal Earth: north up in graph coordinates, Baghdad east of Paris", () => {
    const proj = worldProjection();
    const project: Project = (lon, lat) => {
      const q = proj([lon, lat]);
      return q ? { x: q[0], y: -q[1] } : null;
    };
    const baghdad = project(44.4, 33.34);
    const paris = project(2.35, 48.86);
    const equator = project(0, 0);
    expect(baghdad && paris && baghdad.x > paris.x).toBe(true);
    expect(paris && equator && paris.y > equator.y).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { decodeState, encodeState, type SharedState } from "../../../graph-ui/src/share/url-state.js";
import { INITIAL_STATE } from "../../../graph-ui/src/state/reducer.js";

const full: SharedState = {
  labelLang: "en",
  uiLang: "ar",
  sizeBy: "pagerank",
  colorBy: "community",
  filters: { hiddenTypes: ["City"], hiddenRelations: ["MET"], article: "a:0123456789abcdef", minDegree: 2 },
  selection: { kind: "node", id: "person:جو-بايدن" },
  focus: { kind: "ego", id: "person:جو-بايدن", depth: 2 },
  query: "MATCH (p:Person {name: 'جو بايدن'}) RETURN p",
  camera: { x: 0.5, y: 0.25, ratio: 0.3, angle: 0 },
  coMentions: true,
  timeWindow: { from: "2021-01-01", to: "2021-03-31" },
  nodeView: { hidden: ["city:بغداد"], only: ["country:العراق", "country:الصين"], pinned: ["country:العراق"] },
  labelDensity: 5,
  map: true,
};

describe("share link state", () => {
  it("round-trips everything a share link carries, Arabic included", () => {
    const r = decodeState(encodeState(full));
    expect(r).toEqual({ ok: true, state: full });
  });

  it("round-trips the initial state", () => {
    const r = decodeState(encodeState(INITIAL_STATE));
    expect(r.ok).toBe(true);
  });

  it("is URL-safe", () => {
    expect(encodeState(full)).toMatch(/^#v1=[A-Za-z0-9_-]+$/);
  });

  it.each([
    ["", "empty"],
    ["#", "empty"],
  ])("%j is empty", (hash, ok) => {
    expect(decodeState(hash).ok).toBe(ok);
  });

  const b64 = (o: unknown) => `#v1=${Buffer.from(JSON.stringify(o)).toString("base64url")}`;
  const good = JSON.parse(Buffer.from(encodeState(full).slice(4), "base64url").toString("utf8")) as Record<
    string,
    unknown
  >;

  it("reads links made before the co-mention layer with the layer off", () => {
    const { m: _m, ...old } = good;
    const r = decodeState(b64(old));
    expect(r.ok === true && r.state.coMentions).toBe(false);
    expect(r.ok === true && r.state.filters).toEqual(full.filters);
  });

  it("reads links made before the node view with everything shown and the usual labels", () => {
    const { nv: _nv, ld: _ld, ...old } = good;
    const r = decodeState(b64(old));
    expect(r.ok === true && r.state.nodeView).toEqual({ hidden: [], only: null, pinned: [] });
    expect(r.ok === true && r.state.labelDensity).toBe(3);
  });

  it("reads links made before the map layout in the force layout", () => {
    const { g: _g, ...old } = good;
    const r = decodeState(b64(old));
    expect(r.ok === true && r.state.map).toBe(false);
  });

  it.each([
    [b64({ ...good, nv: { h: "all", o: null, p: [] } }), /invalid field nv.h/],
    [b64({ ...good, ld: 9 }), /invalid field ld/],
    [b64({ ...good, m: "yes" }), /invalid field m/],
    [b64({ ...good, g: 1 }), /invalid field g/],
    ["#foo=bar", /unknown format/],
    ["#v1=@@@", /unknown format/],
    ["#v1=bm90IGpzb24", /not valid encoded JSON/],
    [b64({ ...good, l: "fr" }), /invalid field l/],
    [b64({ ...good, c: { x: 0, y: 0, ratio: -1, angle: 0 } }), /invalid field c.ratio/],
    [b64({ ...good, e: { kind: "ego", id: "x", depth: 3 } }), /invalid field e/],
    [b64({ ...good, s: { kind: "node" } }), /invalid field s/],
  ])("rejects %s with a reason", (hash, reason) => {
    const r = decodeState(hash);
    expect(r.ok).toBe(false);
    if (r.ok === false) expect(r.reason).toMatch(reason);
  });
});

import type { LabelLang } from "../graph/build.js";
import type { Filters } from "../graph/filters.js";
import type { SizeBy } from "../graph/metrics.js";

export type UiLang = "ar" | "en";

export type Selection = { kind: "none" } | { kind: "node"; id: string } | { kind: "edge"; id: string };

export type Focus = { kind: "off" } | { kind: "ego"; id: string; depth: 1 | 2 };

export type PathState =
  | { kind: "off" }
  | { kind: "picking"; from: string | null }
  | { kind: "shown"; from: string; to: string; nodes: string[]; edges: string[] };

export interface Camera {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export type ColorBy = "type" | "community";

/** A time window over article dates, both ends inclusive days (YYYY-MM-DD); null: all of time. */
export interface TimeWindow {
  from: string;
  to: string;
}

/**
 * A hand-made view over the nodes (graph-ui/src/selection): nodes hidden one by one, or only a chosen
 * few shown (null: no such restriction); pinned nodes keep their place when a layout runs.
 */
export interface NodeView {
  hidden: string[];
  only: string[] | null;
  pinned: string[];
}

export interface AppState {
  labelLang: LabelLang;
  uiLang: UiLang;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  filters: Filters;
  selection: Selection;
  focus: Focus;
  path: PathState;
  hovered: string | null;
  /** Nodes to flash after an ingest (new or changed by the article). */
  highlighted: string[];
  query: string;
  camera: Camera | null;
  /** The co-mention layer (entities named in the same sentence): off by default. */
  coMentions: boolean;
  /** The timeline's window (graph-ui/src/timeline): only what has evidence in it is shown. */
  timeWindow: TimeWindow | null;
  nodeView: NodeView;
  /** Nodes gathered for a bulk action (shift-click, lasso); transient, not in share links. */
  picked: string[];
  /** How many labels sigma draws, 1 (fewest) to 5 (most); see render/label-density.ts. */
  labelDensity: number;
  /** The map layout (graph-ui/src/map) instead of the force layout. */
  map: boolean;
}

export type Action =
  | { type: "setLabelLang"; lang: LabelLang }
  | { type: "setUiLang"; lang: UiLang }
  | { type: "setSizeBy"; by: SizeBy }
  | { type: "setColorBy"; by: ColorBy }
  | { type: "toggleType"; entityType: string }
  | { type: "toggleRelation"; relType: string }
  | { type: "setArticle"; article: string | null }
  | { type: "setMinDegree"; minDegree: number }
  | { type: "setCoMentions"; on: boolean }
  | { type: "setTimeWindow"; window: TimeWindow | null }
  | { type: "setMap"; on: boolean }
  | { type: "select"; selection: Selection }
  | { type: "setFocus"; focus: Focus }
  | { type: "setPath"; path: PathState }
  | { type: "hover"; id: string | null }
  | { type: "highlight"; ids: string[] }
  | { type: "setQuery"; query: string }
  | { type: "setCamera"; camera: Camera }
  | { type: "setNodeView"; nodeView: NodeView }
  | { type: "setPicked"; ids: string[] }
  | { type: "setLabelDensity"; level: number }
  | { type: "restore"; state: Partial<AppState> };

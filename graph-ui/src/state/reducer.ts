import { DEFAULT_FILTERS } from "../graph/filters.js";
import type { Action, AppState, NodeView } from "./types.js";

export const EMPTY_NODE_VIEW: NodeView = { hidden: [], only: null, pinned: [] };
export const DEFAULT_LABEL_DENSITY = 3;
export const MAX_LABEL_DENSITY = 5;

export const INITIAL_STATE: AppState = {
  labelLang: "ar",
  uiLang: "ar",
  sizeBy: "degree",
  colorBy: "type",
  filters: DEFAULT_FILTERS,
  selection: { kind: "none" },
  focus: { kind: "off" },
  path: { kind: "off" },
  hovered: null,
  highlighted: [],
  query: "",
  camera: null,
  coMentions: false,
  timeWindow: null,
  nodeView: EMPTY_NODE_VIEW,
  picked: [],
  labelDensity: DEFAULT_LABEL_DENSITY,
  map: false,
};

const toggle = (list: string[], item: string): string[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** Pure: every UI change goes through here, so it is unit-testable and the URL can mirror it. */
export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case "setLabelLang":
      return { ...state, labelLang: action.lang };
    case "setUiLang":
      return { ...state, uiLang: action.lang };
    case "setSizeBy":
      return { ...state, sizeBy: action.by };
    case "setColorBy":
      return { ...state, colorBy: action.by };
    case "toggleType":
      return {
        ...state,
        filters: { ...state.filters, hiddenTypes: toggle(state.filters.hiddenTypes, action.entityType) },
      };
    case "toggleRelation":
      return {
        ...state,
        filters: { ...state.filters, hiddenRelations: toggle(state.filters.hiddenRelations, action.relType) },
      };
    case "setArticle":
      return { ...state, filters: { ...state.filters, article: action.article } };
    case "setMinDegree":
      return {
        ...state,
        filters: { ...state.filters, minDegree: Math.max(0, Math.floor(action.minDegree) || 0) },
      };
    case "setCoMentions":
      return state.coMentions === action.on ? state : { ...state, coMentions: action.on };
    case "setTimeWindow": {
      const [a, b] = [state.timeWindow, action.window];
      return a === b || (a && b && a.from === b.from && a.to === b.to) ? state : { ...state, timeWindow: b };
    }
    case "setMap":
      return state.map === action.on ? state : { ...state, map: action.on };
    case "select":
      return { ...state, selection: action.selection };
    case "setFocus":
      return { ...state, focus: action.focus };
    case "setPath": {
      // Picking the second end of a path completes it only through the API; picking the same node twice is a no-op.
      if (action.path.kind === "shown" && action.path.from === action.path.to) return state;
      return { ...state, path: action.path };
    }
    case "hover":
      return state.hovered === action.id ? state : { ...state, hovered: action.id };
    case "highlight":
      return { ...state, highlighted: action.ids };
    case "setQuery":
      return { ...state, query: action.query };
    case "setCamera":
      return { ...state, camera: action.camera };
    case "setNodeView":
      return { ...state, nodeView: action.nodeView };
    case "setPicked":
      return { ...state, picked: action.ids };
    case "setLabelDensity": {
      const n = Number.isFinite(action.level) ? Math.round(action.level) : DEFAULT_LABEL_DENSITY;
      const level = Math.min(MAX_LABEL_DENSITY, Math.max(1, n));
      return level === state.labelDensity ? state : { ...state, labelDensity: level };
    }
    case "restore":
      return { ...state, ...action.state };
  }
}

export type Listener = (state: AppState, prev: AppState) => void;

export interface Store {
  get(): AppState;
  dispatch(action: Action): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: AppState = INITIAL_STATE): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    dispatch(action) {
      const prev = state;
      state = reduce(state, action);
      if (state !== prev) for (const l of listeners) l(state, prev);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

import type { GraphPayload } from "../../ingest/model.js";
import type { KgGraph } from "./graph/build.js";
import type { LayoutController } from "./layout/layouts.js";
import type { Renderer } from "./render/renderer.js";
import type { Store } from "./state/reducer.js";

/** What panels may touch. Panels never reach into each other, only through the store and this. */
export interface AppContext {
  graph: KgGraph;
  store: Store;
  renderer: Renderer;
  layout: LayoutController;
  /** Reload the whole graph from the API (keeps stored positions). */
  reload: () => Promise<void>;
  /** Merge (or replace) nodes/edges into the canonical graph and refresh metrics and view. */
  apply: (payload: GraphPayload, mode: "merge" | "replace") => string[];
  /** Select a node and animate the camera onto it. */
  focusNode: (id: string) => void;
  notify: (message: string, kind?: "info" | "error") => void;
}

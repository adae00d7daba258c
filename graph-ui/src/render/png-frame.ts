// The PNG export's frame, apart from render/png.ts so tests can read it without loading sigma.

/** The whole-graph picture's size in CSS pixels (before scale), landscape like a slide. */
export const GRAPH_PNG_SIZE = { width: 1600, height: 1000 };
/** Height of the title band above the graph in the picture (CSS pixels before scale). */
export const PNG_TITLE_BAND = 64;

import type { KgGraph } from "../graph/build.js";
import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import type { UiLang } from "../state/types.js";
import { CURATION_STYLES } from "./marks.js";

/** Legend entries for curated relations, with counts; nothing while the graph has none. */
export function curationLegend(L: UiLang, graph: KgGraph): HTMLElement | null {
  const counts = new Map<string, number>();
  graph.forEachEdge((_e, a) => {
    if (a.curation) counts.set(a.curation, (counts.get(a.curation) ?? 0) + 1);
  });
  if (counts.size === 0) return null;
  return el(
    "section",
    { id: "curation-legend" },
    el("h2", {}, t(L, "curCurated")),
    el(
      "ul",
      { class: "legend" },
      ...CURATION_STYLES.filter((s) => counts.has(s.mark)).map((s) =>
        el(
          "li",
          { "data-mark": s.mark },
          el("span", { class: `swatch line curated`, style: `background:${s.color ?? "currentColor"}` }),
          ` ${t(L, s.label)} `,
          el("small", {}, `(${counts.get(s.mark) ?? 0})`),
        ),
      ),
    ),
  );
}

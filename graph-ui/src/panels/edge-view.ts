import type { PathResult } from "../../../ingest/model.js";
import type { EdgeDetail } from "../api/guards.js";
import type { AppContext } from "../context.js";
import { relationStyle } from "../graph/styles.js";
import { t, typeName } from "../i18n/index.js";
import { el } from "./dom.js";
import { evidenceList } from "./entity-view.js";

export function edgeView(d: EdgeDetail, ctx: AppContext): HTMLElement {
  const L = ctx.store.get().uiLang;
  const style = relationStyle(d.edge.type);
  return el(
    "div",
    { class: "edge", "data-edge": d.edge.id },
    el(
      "p",
      { class: "type" },
      el("span", { class: "swatch line", style: `background:${style.color}` }),
      ` ${typeName(L, d.edge.type)}`,
    ),
    el(
      "h2",
      { dir: "rtl" },
      el("bdi", {}, d.source.name),
      style.directed ? " ← " : " — ",
      el("bdi", {}, d.target.name),
    ),
    el(
      "p",
      { dir: "ltr", class: "name-en" },
      `${d.source.nameEn} ${style.directed ? "→" : "—"} ${d.target.nameEn}`,
    ),
    el("h3", {}, t(L, "evidence")),
    evidenceList(d.evidence),
  );
}

export function pathView(r: PathResult, ctx: AppContext): HTMLElement {
  const L = ctx.store.get().uiLang;
  if (r.paths.length === 0) return el("p", { class: "empty" }, t(L, "pathNone"));
  return el(
    "div",
    { class: "path" },
    ...r.paths.map((p, i) => {
      const byId = new Map(p.nodes.map((n) => [n.id, n]));
      return el(
        "section",
        {},
        el("h3", {}, `#${i + 1}`),
        ...p.steps.map((st) =>
          el(
            "div",
            { class: "step" },
            el(
              "p",
              { dir: "rtl" },
              el("bdi", {}, byId.get(st.from)?.name ?? st.from),
              ` — ${typeName(L, st.edge.type)} — `,
              el("bdi", {}, byId.get(st.to)?.name ?? st.to),
            ),
            evidenceList(st.evidence),
          ),
        ),
      );
    }),
  );
}

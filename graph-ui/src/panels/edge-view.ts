import type { CoMentionPair, PathResult } from "../../../ingest/model.js";
import { PATH_MAX_LENGTH } from "../api/client.js";
import type { EdgeDetail } from "../api/guards.js";
import type { AppContext } from "../context.js";
import { edgeCuration } from "../curation/edge-actions.js";
import { CO_MENTION_COLOR } from "../graph/co-mentions.js";
import { relationStyle } from "../graph/styles.js";
import { formatCount, isolate } from "../i18n/format.js";
import { coMentionSummary, t, typeName } from "../i18n/index.js";
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
    edgeCuration(d, ctx),
    el("h3", {}, t(L, "evidence")),
    evidenceList(d.evidence, L),
  );
}

/** A co-mention edge: not a relation, so its "evidence" is every sentence naming both. */
export function coMentionView(p: CoMentionPair, ctx: AppContext): HTMLElement {
  const L = ctx.store.get().uiLang;
  const name = (id: string) => ctx.graph.getNodeAttributes(id);
  const [a, b] = [p.source, p.target].map((id) =>
    ctx.graph.hasNode(id) ? name(id) : { name: id, nameEn: id },
  ) as [{ name: string; nameEn: string }, { name: string; nameEn: string }];
  return el(
    "div",
    { class: "edge co-mention", "data-co-mention": `${p.source}|${p.target}` },
    el(
      "p",
      { class: "type" },
      el("span", { class: "swatch line dashed", style: `color:${CO_MENTION_COLOR}` }),
      ` ${t(L, "coMentions")}`,
    ),
    el("h2", { dir: "rtl" }, el("bdi", {}, a.name), " — ", el("bdi", {}, b.name)),
    el("p", { dir: "ltr", class: "name-en" }, `${a.nameEn} — ${b.nameEn}`),
    el("p", { class: "co-mention-summary" }, coMentionSummary(L, p.sentences, p.articles)),
    el("h3", {}, t(L, "evidence")),
    // No evidence span: only the two names are marked in each sentence.
    evidenceList(
      p.evidence.map((e) => ({ ...e, start: 0, end: 0 })),
      L,
    ),
  );
}

/** An entity's name in the label language, from the canonical graph (the id if it is not there). */
function nodeName(ctx: AppContext, id: string): string {
  if (!ctx.graph.hasNode(id)) return id;
  const a = ctx.graph.getNodeAttributes(id);
  return ctx.store.get().labelLang === "en" ? a.nameEn || a.name : a.name;
}

export function pathView(r: PathResult, ctx: AppContext, from: string, to: string): HTMLElement {
  const L = ctx.store.get().uiLang;
  if (r.paths.length === 0)
    return el(
      "p",
      { class: "empty path-none", role: "status" },
      t(L, "pathNoneBetween", {
        a: isolate(nodeName(ctx, from)),
        b: isolate(nodeName(ctx, to)),
        n: formatCount(L, PATH_MAX_LENGTH),
      }),
    );
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
            evidenceList(st.evidence, L),
          ),
        ),
      );
    }),
  );
}

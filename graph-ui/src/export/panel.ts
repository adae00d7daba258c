import type { AppContext } from "../context.js";
import { countByAttribute } from "../graph/filters.js";
import { summarizeCommunities } from "../graph/metrics.js";
import { communityColor, nodeColor } from "../graph/styles.js";
import { t, typeName } from "../i18n/index.js";
import { countDrawn, countsLabel } from "../panels/counts.js";
import { el, replaceChildren } from "../panels/dom.js";
import { renderPng, type PngOptions } from "../render/png.js";
import { download } from "./download.js";
import { EXPORTERS } from "./serializers.js";

/** The PNG's legend: what the colours mean right now (entity types, or the largest communities). */
function legend(ctx: AppContext): PngOptions["legend"] {
  const L = ctx.store.get().uiLang;
  if (ctx.store.get().colorBy === "community")
    return summarizeCommunities(ctx.graph, 8).top.map((c) => ({
      color: communityColor(c.community),
      label: c.members.join(L === "ar" ? "، " : ", "),
    }));
  return [...countByAttribute(ctx.graph, "entityType").keys()].map((type) => ({
    color: nodeColor(type),
    label: typeName(L, type),
  }));
}

/** Exports are built client-side from the canonical graph: what you see (positions, colours) is what you get. */
export async function mountExport(root: HTMLElement, ctx: AppContext): Promise<void> {
  const L = ctx.store.get().uiLang;
  const scope = el(
    "select",
    { id: "png-scope", "aria-label": t(L, "pngScope") },
    el("option", { value: "graph" }, t(L, "pngWholeGraph")),
    el("option", { value: "view" }, t(L, "pngView")),
  );
  const scale = el(
    "select",
    { id: "png-scale", "aria-label": t(L, "pngScale") },
    ...[1, 2, 3].map((n) => el("option", { value: String(n) }, `${n}×`)),
  );
  const png = el("button", { type: "button", "data-export": "png" }, "PNG");
  png.addEventListener("click", () => {
    const lang = ctx.store.get().uiLang;
    const { sigma } = ctx.renderer;
    const counts = countDrawn(
      ctx.graph,
      (id) => sigma.getNodeDisplayData(id)?.hidden === true,
      (id) => sigma.getEdgeDisplayData(id)?.hidden === true,
    );
    renderPng(sigma, {
      scope: scope.value === "view" ? "view" : "graph",
      scale: Number(scale.value) || 1,
      title: t(lang, "appTitle"),
      subtitle: countsLabel(lang, counts),
      legend: legend(ctx),
    }).then(
      (blob) => download("rawabit-graph.png", blob),
      (err: unknown) => ctx.notify(String(err), "error"),
    );
  });
  const buttons = EXPORTERS.map((x) => {
    const b = el("button", { type: "button", "data-export": x.id }, x.label);
    b.addEventListener("click", () => {
      for (const file of x.serialize(ctx.graph))
        download(file.filename, new Blob([file.body], { type: file.mime }));
    });
    return b;
  });
  replaceChildren(root, el("div", { class: "exports" }, scope, scale, png, ...buttons));
}

import type { AppContext } from "../context.js";
import { curationLegend } from "../curation/legend.js";
import { CO_MENTION_COLOR, countCoMentions } from "../graph/co-mentions.js";
import { countByAttribute } from "../graph/filters.js";
import { CO_MENTIONS_EVENT } from "../layers/co-mentions.js";
import { COMMUNITIES_EVENT, summarizeCommunities } from "../graph/metrics.js";
import { communityColor, ENTITY_STYLES, OTHER_NODE_COLOR, relationStyle } from "../graph/styles.js";
import { formatCount } from "../i18n/format.js";
import { plural, t, typeName } from "../i18n/index.js";
import { api } from "../api/client.js";
import { readArticleButton } from "../reader/open.js";
import type { MessageKey } from "../i18n/dict.js";
import type { ArticleSummary } from "../../../ingest/model.js";
import { deleteArticleButton } from "../ingest/delete.js";
import { el, replaceChildren } from "./dom.js";

/** Rows in the community legend: the largest communities (the rest are listed as a count). */
const COMMUNITY_LEGEND_ROWS = 8;

/** Left sidebar: view switches, layout, and the legend that doubles as the type filters (like Kumu). */
export function bindControls(root: HTMLElement, ctx: AppContext): () => void {
  const { store, graph } = ctx;
  let articles: ArticleSummary[] = [];
  const render = () => {
    const s = store.get();
    const L = s.uiLang;
    const select = (id: string, value: string, options: [string, string][], on: (v: string) => void) => {
      const node = el(
        "select",
        { id },
        ...options.map(([v, label]) => el("option", { value: v, selected: v === value }, label)),
      );
      node.addEventListener("change", () => on(node.value));
      return node;
    };
    const running = ctx.layout.status().kind === "running";
    const layoutBtn = el(
      "button",
      { type: "button", id: "layout-toggle", class: running ? "active" : "" },
      t(L, running ? "layoutStop" : "layoutStart"),
    );
    layoutBtn.addEventListener("click", () => {
      if (ctx.layout.status().kind === "running") ctx.layout.stop();
      else ctx.layout.start();
      render();
    });
    const layoutStatus = ctx.layout.status();
    const layoutKey: MessageKey | null =
      layoutStatus.kind === "running"
        ? "layoutRunning"
        : layoutStatus.stopped === "converged"
          ? "layoutSettled"
          : layoutStatus.stopped === "budget"
            ? "layoutBudget"
            : layoutStatus.stopped === "user"
              ? "layoutStopped"
              : null;
    const layoutState = el(
      "p",
      {
        id: "layout-state",
        class: "hint",
        "data-state": layoutStatus.kind === "running" ? "running" : (layoutStatus.stopped ?? "idle"),
      },
      layoutKey ? t(L, layoutKey) : "",
    );

    const typeCounts = countByAttribute(graph, "entityType");
    const relCounts = countByAttribute(graph, "relType");
    const check = (
      id: string,
      checked: boolean,
      color: string,
      label: string,
      count: number,
      on: () => void,
      shape: string,
    ) => {
      const input = el("input", { type: "checkbox", checked, "data-filter": id });
      input.addEventListener("change", on);
      return el(
        "li",
        {},
        el(
          "label",
          {},
          input,
          el("span", { class: `swatch ${shape}`, style: `background:${color}` }),
          ` ${label} `,
          el("small", {}, `(${count})`),
        ),
      );
    };
    // Colour by community: the type list stays as filters, without the type colours it no longer shows.
    const byCommunity = s.colorBy === "community";
    const types = [...new Set<string>([...ENTITY_STYLES.map((e) => e.type), ...typeCounts.keys()])].filter(
      (ty) => typeCounts.has(ty),
    );
    const typeList = el(
      "ul",
      { class: "legend", id: "type-filters" },
      ...types.map((ty) =>
        check(
          ty,
          !s.filters.hiddenTypes.includes(ty),
          byCommunity ? "transparent" : (ENTITY_STYLES.find((e) => e.type === ty)?.color ?? OTHER_NODE_COLOR),
          typeName(L, ty),
          typeCounts.get(ty) ?? 0,
          () => store.dispatch({ type: "toggleType", entityType: ty }),
          byCommunity ? "dot hollow" : "dot",
        ),
      ),
    );
    const relList = el(
      "ul",
      { class: "legend", id: "relation-filters" },
      ...[...relCounts.keys()]
        .sort()
        .map((rt) =>
          check(
            rt,
            !s.filters.hiddenRelations.includes(rt),
            relationStyle(rt).color,
            `${typeName(L, rt)}${relationStyle(rt).directed ? " →" : " —"}`,
            relCounts.get(rt) ?? 0,
            () => store.dispatch({ type: "toggleRelation", relType: rt }),
            "line",
          ),
        ),
    );
    // One switch for the whole layer, apart from the relation types: it is not one of them.
    const coMentionInput = el("input", { type: "checkbox", checked: s.coMentions, id: "co-mentions-toggle" });
    coMentionInput.addEventListener("change", () =>
      store.dispatch({ type: "setCoMentions", on: coMentionInput.checked }),
    );
    const coMentions = el(
      "section",
      { id: "co-mentions" },
      el("h2", {}, t(L, "coMentions")),
      el(
        "ul",
        { class: "legend" },
        el(
          "li",
          {},
          el(
            "label",
            {},
            coMentionInput,
            el("span", { class: "swatch line dashed", style: `color:${CO_MENTION_COLOR}` }),
            ` ${t(L, "coMentions")} `,
            s.coMentions ? el("small", { id: "co-mentions-count" }, `(${countCoMentions(graph)})`) : null,
          ),
        ),
      ),
      el("p", { class: "hint" }, t(L, "coMentionsHint")),
    );
    const article = select(
      "article-filter",
      s.filters.article ?? "",
      [["", t(L, "allArticles")], ...articles.map((a): [string, string] => [a.id, a.title ?? a.id])],
      (v) => store.dispatch({ type: "setArticle", article: v === "" ? null : v }),
    );
    const chosen = articles.find((x) => x.id === s.filters.article);
    const minDeg = el("input", {
      type: "number",
      min: "0",
      step: "1",
      id: "min-degree",
      value: String(s.filters.minDegree),
    });
    minDeg.addEventListener("change", () =>
      store.dispatch({ type: "setMinDegree", minDegree: Number(minDeg.value) }),
    );

    const communityLegend = () => {
      const summary = summarizeCommunities(graph, COMMUNITY_LEGEND_ROWS);
      return el(
        "section",
        { id: "community-legend" },
        el("h2", {}, t(L, "legend"), " · ", plural(L, "communities", summary.count)),
        el(
          "ul",
          { class: "legend" },
          ...summary.top.map((c) =>
            el(
              "li",
              { "data-community": String(c.community) },
              el("span", { class: "swatch dot", style: `background:${communityColor(c.community)}` }),
              " ",
              el("small", { class: "community-size" }, `(${formatCount(L, c.size)})`),
              " ",
              el("bdi", { class: "community-members" }, c.members.join(L === "ar" ? "، " : ", ")),
            ),
          ),
        ),
      );
    };

    replaceChildren(
      root,
      el(
        "section",
        {},
        el(
          "label",
          {},
          t(L, "sizeBy"),
          select(
            "size-by",
            s.sizeBy,
            [
              ["degree", t(L, "degree")],
              ["pagerank", t(L, "pagerank")],
            ],
            (v) => store.dispatch({ type: "setSizeBy", by: v === "pagerank" ? "pagerank" : "degree" }),
          ),
        ),
        el(
          "label",
          {},
          t(L, "colorBy"),
          select(
            "color-by",
            s.colorBy,
            [
              ["type", t(L, "entityType")],
              ["community", t(L, "community")],
            ],
            (v) => store.dispatch({ type: "setColorBy", by: v === "community" ? "community" : "type" }),
          ),
        ),
        layoutBtn,
        layoutState,
      ),
      byCommunity ? communityLegend() : null,
      el(
        "section",
        {},
        el("h2", {}, byCommunity ? t(L, "entityTypes") : `${t(L, "legend")} · ${t(L, "entityTypes")}`),
        typeList,
      ),
      el("section", {}, el("h2", {}, t(L, "relationTypes")), relList),
      curationLegend(L, graph),
      coMentions,
      el(
        "section",
        {},
        el("h2", {}, t(L, "filters")),
        el("label", {}, t(L, "article"), article),
        s.filters.article ? readArticleButton(L, s.filters.article) : null,
        chosen ? deleteArticleButton(ctx, chosen) : null,
        el("label", {}, t(L, "minDegree"), minDeg),
      ),
    );
  };
  const loadArticles = () =>
    api.articles().then(
      (r) => {
        articles = r.articles;
        render();
      },
      () => undefined,
    );
  void loadArticles();
  const unsubscribe = store.subscribe((s, prev) => {
    if (
      s.filters !== prev.filters ||
      s.uiLang !== prev.uiLang ||
      s.colorBy !== prev.colorBy ||
      s.sizeBy !== prev.sizeBy ||
      s.coMentions !== prev.coMentions
    )
      render();
  });
  const onGraph = () => {
    render();
    void loadArticles();
  };
  window.addEventListener("rawabit:graph-changed", onGraph);
  window.addEventListener("rawabit:layout", render);
  window.addEventListener(COMMUNITIES_EVENT, render);
  window.addEventListener(CO_MENTIONS_EVENT, render);
  render();
  return () => {
    unsubscribe();
    window.removeEventListener("rawabit:graph-changed", onGraph);
    window.removeEventListener("rawabit:layout", render);
    window.removeEventListener(COMMUNITIES_EVENT, render);
    window.removeEventListener(CO_MENTIONS_EVENT, render);
  };
}

import type { AppContext } from "../context.js";
import { curationLegend } from "../curation/legend.js";
import { CO_MENTION_COLOR, countCoMentions } from "../graph/co-mentions.js";
import { countByAttribute } from "../graph/filters.js";
import { CO_MENTIONS_EVENT } from "../layers/co-mentions.js";
import { ENTITY_STYLES, OTHER_NODE_COLOR, relationStyle } from "../graph/styles.js";
import { t, typeName } from "../i18n/index.js";
import { api } from "../api/client.js";
import type { ArticleSummary } from "../../../ingest/model.js";
import { el, replaceChildren } from "./dom.js";

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
          ENTITY_STYLES.find((e) => e.type === ty)?.color ?? OTHER_NODE_COLOR,
          typeName(L, ty),
          typeCounts.get(ty) ?? 0,
          () => store.dispatch({ type: "toggleType", entityType: ty }),
          "dot",
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
      ),
      el(
        "section",
        {},
        el("h2", {}, t(L, "legend"), " · ", t(L, "entityTypes")),
        s.colorBy === "community" ? el("p", { class: "hint" }, t(L, "community")) : null,
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
  window.addEventListener(CO_MENTIONS_EVENT, render);
  render();
  return () => {
    unsubscribe();
    window.removeEventListener("rawabit:graph-changed", onGraph);
    window.removeEventListener("rawabit:layout", render);
    window.removeEventListener(CO_MENTIONS_EVENT, render);
  };
}

import type { GraphNode } from "../../../ingest/model.js";
import { edgeLabel, nodeLabel, type LabelLang } from "../graph/build.js";
import { nodeColor } from "../graph/styles.js";
import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import { evidenceRanges, evidenceSentence } from "../panels/evidence.js";
import { safeUrl } from "../panels/entity-view.js";
import type { UiLang } from "../state/types.js";
import type { ArticleReading } from "./api.js";
import { articleRuns } from "./text.js";

export interface ReaderActions {
  entity: (id: string) => void;
  relation: (edgeId: string) => void;
}

const entityButton = (id: string, text: string, type: string | null, on: ReaderActions["entity"]) => {
  const b = el(
    "button",
    { type: "button", class: "mention", "data-entity": id, style: `border-color:${nodeColor(type ?? "")}` },
    text,
  );
  b.addEventListener("click", () => on(id));
  return b;
};

/**
 * The article's text with each mention a button (built from text nodes only: the article may hold
 * anything, markup included), then its relations, each with the sentences that state it.
 */
export function readingView(
  r: ArticleReading,
  L: UiLang,
  labels: LabelLang,
  on: ReaderActions,
): HTMLElement[] {
  const { article } = r;
  const name = (n: GraphNode | undefined, id: string) => (n ? nodeLabel(n.name, n.nameEn, labels) : id);
  const meta = el(
    "p",
    { class: "reader-meta" },
    article.publishedAt
      ? el("time", { datetime: article.publishedAt, dir: "ltr" }, article.publishedAt.slice(0, 10))
      : null,
    article.publishedAt && (article.source || article.url) ? " · " : null,
    article.url
      ? el(
          "a",
          { href: safeUrl(article.url), target: "_blank", rel: "noopener noreferrer", dir: "auto" },
          article.source ?? article.url,
        )
      : article.source
        ? el("span", { dir: "auto" }, article.source)
        : null,
  );
  const body = el("div", { class: "reader-text", dir: "rtl", lang: "ar" });
  for (const run of articleRuns(article.text, article.mentions)) {
    body.append(
      run.entityId
        ? entityButton(run.entityId, run.text, run.type, on.entity)
        : document.createTextNode(run.text),
    );
  }
  const relations = r.relations.map(({ edge, evidence }) => {
    const label = el(
      "button",
      { type: "button", class: "relation-type" },
      edgeLabel(edge.type, edge.properties, labels),
    );
    label.addEventListener("click", () => on.relation(edge.id));
    const src = r.entities.get(edge.source);
    const dst = r.entities.get(edge.target);
    return el(
      "li",
      { "data-edge": edge.id },
      el(
        "p",
        { class: "relation", dir: labels === "ar" ? "rtl" : "ltr" },
        entityButton(edge.source, name(src, edge.source), src?.type ?? null, on.entity),
        " ",
        label,
        " ",
        entityButton(edge.target, name(dst, edge.target), dst?.type ?? null, on.entity),
      ),
      ...evidence.map((e) => evidenceSentence(e.sentence, evidenceRanges(e))),
    );
  });
  return [
    el("h2", { id: "reader-title", dir: "rtl", lang: "ar" }, article.title ?? article.id),
    meta,
    body,
    el("h3", {}, t(L, "readerRelations")),
    relations.length
      ? el("ol", { class: "reader-relations" }, ...relations)
      : el("p", { class: "hint" }, t(L, "readerNoRelations")),
  ];
}

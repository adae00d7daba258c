import type { EntityDetail, EvidenceRecord } from "../../../ingest/model.js";
import { api } from "../api/client.js";
import type { AppContext } from "../context.js";
import { entityCuration } from "../curation/entity-actions.js";
import { nodeColor, relationStyle } from "../graph/styles.js";
import { plural, propertyText, t, typeName } from "../i18n/index.js";
import { el } from "./dom.js";
import { readArticleButton } from "../reader/open.js";
import type { UiLang } from "../state/types.js";
import { evidenceRanges, evidenceSentence } from "./evidence.js";

export type EntityDetailView = EntityDetail;

const names = (name: string, nameEn: string) =>
  el(
    "div",
    { class: "names" },
    el("h2", { dir: "rtl", lang: "ar", class: "name-ar" }, name),
    nameEn ? el("p", { dir: "ltr", lang: "en", class: "name-en" }, nameEn) : null,
  );

/**
 * Evidence sentences, each under its article's date when known (the API sends them oldest first),
 * with a way into the article reader.
 */
export function evidenceList(list: EvidenceRecord[], lang: UiLang): HTMLElement {
  return el(
    "div",
    { class: "evidence-list" },
    ...list.flatMap((ev) => [
      readArticleButton(lang, ev.articleId),
      ev.publishedAt
        ? el(
            "time",
            { class: "evidence-date", datetime: ev.publishedAt, dir: "ltr" },
            ev.publishedAt.slice(0, 10),
          )
        : null,
      evidenceSentence(ev.sentence, evidenceRanges(ev)),
    ]),
  );
}

function button(label: string, on: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el("button", { type: "button", ...attrs }, label);
  b.addEventListener("click", on);
  return b;
}

export function entityView(d: EntityDetail, ctx: AppContext): HTMLElement {
  const s = ctx.store.get();
  const L = s.uiLang;
  const id = d.entity.id;
  const aliases = d.entity.properties.aliases;
  const aliasList = Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === "string") : [];
  const focusing = s.focus.kind === "ego" && s.focus.id === id;
  const actions = el(
    "div",
    { class: "actions" },
    button(
      t(L, "depth1"),
      () => ctx.store.dispatch({ type: "setFocus", focus: { kind: "ego", id, depth: 1 } }),
      { "data-action": "focus1" },
    ),
    button(
      t(L, "depth2"),
      () => ctx.store.dispatch({ type: "setFocus", focus: { kind: "ego", id, depth: 2 } }),
      { "data-action": "focus2" },
    ),
    focusing
      ? button(t(L, "focusOff"), () => ctx.store.dispatch({ type: "setFocus", focus: { kind: "off" } }), {
          "data-action": "focus-off",
        })
      : null,
    button(
      t(L, "expand"),
      () => {
        api.neighbors(id, 1, ctx.store.get().timeWindow).then(
          (p) => {
            const added = ctx.apply(p, "merge");
            ctx.store.dispatch({ type: "highlight", ids: added });
            const lang = ctx.store.get().uiLang;
            ctx.notify(
              added.length === 0
                ? t(lang, "expandNothing")
                : t(lang, "expandAdded", { n: plural(lang, "entities", added.length) }),
            );
          },
          (err: unknown) => ctx.notify(err instanceof Error ? err.message : String(err), "error"),
        );
      },
      { "data-action": "expand" },
    ),
    button(
      t(L, "pathFrom"),
      () => ctx.store.dispatch({ type: "setPath", path: { kind: "picking", from: id } }),
      { "data-action": "path-from" },
    ),
  );
  const groups = Object.entries(d.relations).map(([type, rels]) =>
    el(
      "section",
      { class: "rel-group", "data-type": type },
      el(
        "h3",
        {},
        el("span", { class: "swatch line", style: `background:${relationStyle(type).color}` }),
        ` ${typeName(L, type)} (${rels.length})`,
      ),
      ...rels.map((r) => {
        const other = el(
          "a",
          { href: "#", class: "other", dir: "auto" },
          s.labelLang === "en" ? r.other.nameEn || r.other.name : r.other.name,
        );
        other.addEventListener("click", (e) => {
          e.preventDefault();
          ctx.focusNode(r.other.id);
        });
        const arrow = relationStyle(type).directed ? (r.direction === "out" ? "→" : "←") : "—";
        const extras = ["role", "amount", "currency", "status", "date"].flatMap((k) => {
          const v = r.properties[k];
          return typeof v === "string" || typeof v === "number" ? [propertyText(L, k, v)] : [];
        });
        return el(
          "div",
          { class: "relation" },
          el(
            "p",
            {},
            el("bdi", {}, arrow),
            " ",
            other,
            extras.length ? el("small", {}, ` · ${extras.join(" ")}`) : null,
            el("small", {}, ` ×${r.count}`),
          ),
          evidenceList(r.evidence, L),
        );
      }),
    ),
  );
  const statements = d.statements.map((st) =>
    el(
      "blockquote",
      { class: "statement", dir: "rtl" },
      el("p", {}, st.text),
      el("footer", {}, st.speaker ? `${st.speaker.name} — ${st.verb}` : st.verb),
    ),
  );
  const articles = d.articles.map((a) =>
    el(
      "li",
      {},
      a.url
        ? el(
            "a",
            { href: safeUrl(a.url), target: "_blank", rel: "noopener noreferrer", dir: "auto" },
            a.title ?? a.url,
          )
        : el("span", { dir: "auto" }, a.title ?? a.id),
      " ",
      readArticleButton(L, a.id),
    ),
  );
  return el(
    "div",
    { class: "entity", "data-entity": id },
    el(
      "p",
      { class: "type" },
      el("span", { class: "swatch dot", style: `background:${nodeColor(d.entity.type)}` }),
      ` ${typeName(L, d.entity.type)}`,
    ),
    names(d.entity.name, d.entity.nameEn),
    aliasList.length
      ? el("p", { class: "aliases" }, `${t(L, "aliases")}: `, el("bdi", { dir: "rtl" }, aliasList.join("، ")))
      : null,
    actions,
    entityCuration(d, ctx),
    el("h2", {}, t(L, "relations")),
    ...groups,
    statements.length ? el("h2", {}, t(L, "statements")) : null,
    ...statements,
    articles.length ? el("h2", {}, t(L, "articles")) : null,
    articles.length ? el("ul", { class: "articles" }, ...articles) : null,
    d.mentions.length
      ? el(
          "details",
          {},
          el("summary", {}, `${t(L, "mentions")} (${d.mentions.length})`),
          ...d.mentions.map((m) =>
            evidenceSentence(m.sentence, [{ start: m.start, end: m.end, kind: "mention" }]),
          ),
        )
      : null,
  );
}

/** Only http(s) links from article metadata become hrefs; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : "#";
  } catch {
    return "#";
  }
}

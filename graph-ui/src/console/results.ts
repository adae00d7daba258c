import type { CypherResult } from "../../../ingest/model.js";
import type { AppContext } from "../context.js";
import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";

const MAX_TABLE_ROWS = 500;

/** Cell text for any Cypher value: nodes by name, relationships as :TYPE (role), the rest as compact JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return v.map(cellText).join(", ");
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    const props = (typeof o.properties === "object" && o.properties !== null ? o.properties : o) as Record<
      string,
      unknown
    >;
    if (typeof props.name === "string") return props.name;
    if (typeof props.title === "string") return props.title;
    if (typeof o.type === "string" && ("startNodeElementId" in o || "start" in o)) {
      return typeof props.role === "string" ? `:${o.type} (${props.role})` : `:${o.type}`;
    }
  }
  const json = JSON.stringify(v);
  return json.length > 300 ? `${json.slice(0, 300)}…` : json;
}

export function resultView(r: CypherResult, ctx: AppContext): HTMLElement {
  const L = ctx.store.get().uiLang;
  const table = el(
    "table",
    { class: "results" },
    el("thead", {}, el("tr", {}, ...r.columns.map((c) => el("th", {}, c)))),
    el(
      "tbody",
      {},
      ...r.rows
        .slice(0, MAX_TABLE_ROWS)
        .map((row) => el("tr", {}, ...r.columns.map((c) => el("td", { dir: "auto" }, cellText(row[c]))))),
    ),
  );
  const graphButtons =
    r.graph.nodes.length > 0
      ? [
          ["replace", t(L, "asGraphReplace")],
          ["merge", t(L, "asGraphMerge")],
        ].map(([mode, label]) => {
          const b = el("button", { type: "button", "data-mode": mode }, label ?? "");
          b.addEventListener("click", () => {
            const added = ctx.apply(r.graph, mode === "replace" ? "replace" : "merge");
            ctx.store.dispatch({ type: "highlight", ids: mode === "replace" ? [] : added });
          });
          return b;
        })
      : [];
  return el(
    "div",
    { class: "result" },
    el(
      "p",
      { class: "meta" },
      `${r.rows.length} ${t(L, "rows")} · ${Math.round(r.elapsedMs)} ms`,
      r.truncated ? ` · ${t(L, "truncated")}` : "",
      ...graphButtons,
    ),
    el("div", { class: "table-wrap" }, table),
  );
}

export function errorView(message: string): HTMLElement {
  return el("p", { class: "error query-error", role: "alert" }, message);
}

import type { CypherResult } from "../../../ingest/model.js";
import type { AppContext } from "../context.js";
import { download } from "../export/download.js";
import { csvCell } from "../export/serializers.js";
import { formatCount } from "../i18n/format.js";
import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import type { UiLang } from "../state/types.js";

/** Rows drawn in the table; the CSV download carries all of them. */
export const MAX_TABLE_ROWS = 500;

const MAX_CELL = 300;

type Props = Record<string, unknown>;

const isObject = (v: unknown): v is Props => typeof v === "object" && v !== null && !Array.isArray(v);

const clip = (s: string, n = MAX_CELL): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The text that best names a node or relationship: name, title, then the first short text. */
function propertyName(props: Props): string | null {
  for (const k of ["name", "title", "nameEn", "text", "id"]) {
    const v = props[k];
    if (typeof v === "string" && v.trim() !== "") return clip(v, 80);
  }
  return null;
}

/**
 * Cell text for any Cypher value: nodes by name (or `:Label` and their first text), relationships as
 * `:TYPE (role)`, paths as their nodes, the rest as compact JSON.
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return v.map(cellText).join(", ");
  if (isObject(v)) {
    const props = isObject(v.properties) ? v.properties : v;
    if (typeof v.type === "string" && ("startNodeElementId" in v || "start" in v)) {
      return typeof props.role === "string" ? `:${v.type} (${props.role})` : `:${v.type}`;
    }
    const name = propertyName(props);
    if (Array.isArray(v.labels)) {
      const labels = v.labels.filter((l): l is string => typeof l === "string");
      if (typeof props.name === "string" || typeof props.title === "string") return name ?? "";
      const head = labels.length ? `:${labels.join(":")}` : "()";
      return name ? `${head} ${name}` : head;
    }
    if (typeof props.name === "string") return props.name;
    if (typeof props.title === "string") return props.title;
    if (Array.isArray(v.segments) || (isObject(v.start) && isObject(v.end))) {
      const nodes = [
        v.start,
        ...(Array.isArray(v.segments) ? v.segments.map((s) => (isObject(s) ? s.end : null)) : [v.end]),
      ];
      return nodes.map(cellText).join(" → ");
    }
  }
  return clip(JSON.stringify(v));
}

/** A cell as written to CSV: numbers and booleans stay values a spreadsheet can compute with. */
export function csvValue(v: unknown): unknown {
  return typeof v === "number" || typeof v === "boolean" ? v : cellText(v);
}

/** The whole result (not just the rows drawn) as RFC 4180 CSV with a BOM, so Excel reads Arabic. */
export function resultsCsv(r: Pick<CypherResult, "columns" | "rows">): string {
  const lines = [
    r.columns.map(csvCell).join(","),
    ...r.rows.map((row) => r.columns.map((c) => csvCell(csvValue(row[c]))).join(",")),
  ];
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

/** "500 of 5,000 rows shown" when the table is cut, "42 rows" when it is not. */
export function rowsLabel(lang: UiLang, total: number, limit = MAX_TABLE_ROWS): string {
  return total > limit
    ? t(lang, "rowsShown", { shown: formatCount(lang, limit), total: formatCount(lang, total) })
    : t(lang, "rowsCount", { n: formatCount(lang, total) });
}

function button(label: string, attrs: Record<string, string>, on: () => void): HTMLButtonElement {
  const b = el("button", { type: "button", ...attrs }, label);
  b.addEventListener("click", on);
  return b;
}

export function resultView(r: CypherResult, ctx: AppContext): HTMLElement {
  const L = ctx.store.get().uiLang;
  const cell = (v: unknown) => {
    const text = cellText(v);
    // Nodes and relationships show a name; the full value stays one hover away.
    const full = isObject(v) ? clip(JSON.stringify(v), 2000) : undefined;
    return el("td", { dir: "auto", title: full !== text ? full : undefined }, text);
  };
  const table = el(
    "table",
    { class: "results" },
    el("thead", {}, el("tr", {}, ...r.columns.map((c) => el("th", { dir: "auto" }, c)))),
    el(
      "tbody",
      {},
      ...r.rows.slice(0, MAX_TABLE_ROWS).map((row) => el("tr", {}, ...r.columns.map((c) => cell(row[c])))),
    ),
  );
  const graphButtons =
    r.graph.nodes.length > 0
      ? (["replace", "merge"] as const).map((mode) =>
          button(t(L, mode === "replace" ? "asGraphReplace" : "asGraphMerge"), { "data-mode": mode }, () => {
            const added = ctx.apply(r.graph, mode);
            ctx.store.dispatch({ type: "highlight", ids: mode === "replace" ? [] : added });
          }),
        )
      : [];
  const csv =
    r.columns.length > 0
      ? button(t(L, "downloadCsv"), { "data-export": "results-csv" }, () =>
          download("rawabit-query.csv", new Blob([resultsCsv(r)], { type: "text/csv;charset=utf-8" })),
        )
      : null;
  const truncated = r.truncated
    ? t(L, r.truncatedReason === "bytes" ? "serverTruncatedBytes" : "serverTruncated")
    : null;
  return el(
    "div",
    { class: "result" },
    el(
      "p",
      { class: "meta" },
      el("span", { class: "rows-label" }, rowsLabel(L, r.rows.length)),
      truncated ? el("span", { class: "truncated" }, truncated) : null,
      // An isolated run: in Arabic the number reads first (right), in English "447 ms".
      el("bdi", { class: "elapsed" }, t(L, "elapsed", { ms: formatCount(L, Math.round(r.elapsedMs)) })),
    ),
    el("div", { class: "result-actions" }, csv, ...graphButtons),
    el(
      "div",
      { class: "table-wrap", tabindex: "0", role: "region", "aria-label": rowsLabel(L, r.rows.length) },
      table,
    ),
  );
}

export function errorView(message: string): HTMLElement {
  return el("p", { class: "error query-error", role: "alert", dir: "auto" }, message);
}

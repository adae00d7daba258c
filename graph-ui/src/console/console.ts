import { createCypherEditor, type EditorApi } from "@neo4j-cypher/codemirror";
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import { api } from "../api/client.js";
import type { AppContext } from "../context.js";
import { apiErrorView } from "../i18n/errors.js";
import { t } from "../i18n/index.js";
import { el, replaceChildren } from "../panels/dom.js";
import { resultView } from "./results.js";

const DEFAULT_QUERY = "MATCH (a:Person)-[r]->(b)\nRETURN a, r, b\nLIMIT 50";

/** Column values of a one-column schema call, as strings (CALL db.labels() → label). */
async function schemaList(query: string): Promise<string[]> {
  const r = await api.cypher(query);
  const col = r.columns[0];
  return col ? r.rows.map((row) => row[col]).filter((v): v is string => typeof v === "string") : [];
}

export async function mountConsole(root: HTMLElement, ctx: AppContext): Promise<void> {
  const L = () => ctx.store.get().uiLang;
  const host = el("div", { class: "editor", dir: "ltr" });
  const output = el("div", { class: "output", "aria-live": "polite" });
  const run = el("button", { type: "button", id: "cypher-run", class: "primary" }, t(L(), "run"));
  replaceChildren(
    root,
    el(
      "div",
      { class: "console" },
      host,
      el("div", { class: "console-actions" }, run, el("small", {}, "Ctrl+Enter")),
    ),
    output,
  );

  const { editor }: { editor: EditorApi } = createCypherEditor(host, {
    value: ctx.store.get().query || DEFAULT_QUERY,
    autofocus: false,
    lineWrapping: true,
    theme: "light",
  });
  const text = () => editor.codemirror.state.doc.toString();

  const execute = async () => {
    const query = text();
    ctx.store.dispatch({ type: "setQuery", query });
    run.disabled = true;
    replaceChildren(output, el("p", {}, t(L(), "loading")));
    try {
      replaceChildren(output, resultView(await api.cypher(query), ctx));
    } catch (err) {
      replaceChildren(output, apiErrorView(L(), err));
    } finally {
      run.disabled = false;
    }
  };
  run.addEventListener("click", () => void execute());
  host.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void execute();
    }
  });
  // Autocompletion learns the live schema; failures just leave it with Cypher keywords.
  Promise.all([
    schemaList("CALL db.labels()"),
    schemaList("CALL db.relationshipTypes()"),
    schemaList("CALL db.propertyKeys()"),
  ]).then(
    ([labels, relationshipTypes, propertyKeys]) =>
      editor.setSchema({ labels, relationshipTypes, propertyKeys }),
    () => undefined,
  );
}

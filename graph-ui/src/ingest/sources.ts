import type { AppContext } from "../context.js";
import { session } from "../curation/session.js";
import type { MessageKey } from "../i18n/dict.js";
import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import { ingestApi } from "./api.js";
import { batchView, type Job } from "./batch.js";
import { entriesOf } from "./files.js";

const ACCEPT = ".txt,.md,.html,.htm,.jsonl";

/**
 * Add articles from files (dropped or chosen; several at once) and from web addresses the server
 * fetches, with the write token when the server needs one. Progress and outcomes: ./batch.ts.
 */
export function sourcesForm(ctx: AppContext): HTMLElement {
  const L = () => ctx.store.get().uiLang;
  const caption = (key: MessageKey) => el("span", { "data-i18n": key }, t(L(), key));
  const batch = batchView(ctx);
  let busy = false;
  const start = async (jobs: () => Promise<Job[]>) => {
    if (busy) return;
    busy = true;
    for (const c of controls) c.disabled = true;
    try {
      await batch.run(await jobs());
    } finally {
      busy = false;
      for (const c of controls) c.disabled = false;
    }
  };

  const picker = el("input", { type: "file", name: "files", multiple: true, accept: ACCEPT });
  const fromFiles = (files: FileList | null) => {
    const list = [...(files ?? [])];
    if (list.length === 0) return;
    void start(async () =>
      (await entriesOf(list, L())).map((e): Job =>
        "problem" in e ? e : { label: e.label, send: (signal) => ingestApi.article(e.input, signal) },
      ),
    );
  };
  picker.addEventListener("change", () => {
    fromFiles(picker.files);
    picker.value = "";
  });
  const drop = el("div", { class: "drop-zone", tabindex: "0" }, caption("ingestDrop"), " ", picker);
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    fromFiles(e.dataTransfer?.files ?? null);
  });

  const urls = el("textarea", { name: "urls", dir: "ltr", rows: "3", placeholder: "https://" });
  const fetchBtn = el("button", { type: "button", "data-i18n": "ingestAddUrls" }, t(L(), "ingestAddUrls"));
  fetchBtn.addEventListener("click", () => {
    const list = [...new Set(urls.value.split(/\s+/u).filter((u) => u !== ""))];
    if (list.length === 0) return;
    void start(async () => list.map((u): Job => ({ label: u, send: (signal) => ingestApi.url(u, signal) })));
  });

  const token = el("input", { type: "password", name: "token", autocomplete: "off", value: session.token() });
  token.addEventListener("change", () => session.setToken(token.value));
  const controls = [picker, fetchBtn];

  return el(
    "section",
    { class: "ingest-sources" },
    el("h3", {}, caption("ingestFiles")),
    drop,
    el("label", {}, caption("ingestUrls"), urls),
    fetchBtn,
    el("label", {}, caption("curToken"), token, el("small", { class: "hint" }, caption("ingestTokenHint"))),
    batch.root,
  );
}

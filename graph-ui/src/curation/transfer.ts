import type { AppContext } from "../context.js";
import { plural, t } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import { correctionsFileSchema, curationApi, type Correction } from "./api.js";
import { describeCorrection } from "./describe.js";
import { entityName, failure, settled } from "./perform.js";

/**
 * Export and import of corrections, for the Corrections tab: the export is the server's file as it
 * sends it (a download link); an import reports which corrections of the file were added and which
 * this database already had, or why the server refused the file (then nothing was changed).
 */
export function correctionsTransfer(ctx: AppContext): HTMLElement {
  const L = () => ctx.store.get().uiLang;
  const download = el(
    "a",
    { href: "api/corrections/export", download: "rawabit-corrections.json", "data-action": "export" },
    t(L(), "curExport"),
  );
  const file = el("input", {
    type: "file",
    accept: ".json,application/json",
    "data-curation": "import-file",
  });
  const report = el("div", { class: "import-report", "aria-live": "polite" });
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    file.disabled = true;
    void importFile(ctx, chosen, report).finally(() => {
      file.disabled = false;
      file.value = "";
    });
  });
  return el(
    "div",
    { class: "curation-transfer" },
    download,
    el("label", {}, t(L(), "curImport"), file),
    report,
  );
}

async function importFile(ctx: AppContext, file: File, report: HTMLElement): Promise<void> {
  const L = ctx.store.get().uiLang;
  const refused = (why: string) =>
    report.replaceChildren(
      el(
        "p",
        { class: "error", "data-import": "refused" },
        t(L, "curImportRefused", { name: file.name, why }),
      ),
    );
  let body: unknown;
  try {
    body = JSON.parse(await file.text());
  } catch (err) {
    return refused(t(L, "curImportNotJson", { reason: err instanceof Error ? err.message : String(err) }));
  }
  try {
    const result = await curationApi.importFile(body);
    await settled(ctx);
    // The server accepted the file, so its outline parses; it names the corrections it added.
    const added = new Set(result.ids);
    const listed: Correction[] = correctionsFileSchema.safeParse(body).data?.corrections ?? [];
    const row = (c: Correction, state: "imported" | "skipped") =>
      el(
        "li",
        { "data-import": state, "data-correction": c.id },
        el("small", {}, t(L, state === "imported" ? "curImportAdded" : "curImportHad"), " "),
        el("span", { dir: "auto" }, describeCorrection(L, c, entityName(ctx))),
      );
    report.replaceChildren(
      el(
        "p",
        { "data-import": "summary" },
        t(L, "curImportSummary", {
          imported: plural(L, "corrections", result.imported),
          skipped: plural(L, "corrections", result.skipped),
          articles: plural(L, "articles", result.articles),
        }),
      ),
      el("ul", {}, ...listed.map((c) => row(c, added.has(c.id) ? "imported" : "skipped"))),
    );
  } catch (err) {
    refused(failure(ctx, err));
  }
}

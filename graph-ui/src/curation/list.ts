import type { AppContext } from "../context.js";
import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import { curationApi, type Correction } from "./api.js";
import { describeCorrection } from "./describe.js";
import { CORRECTIONS_EVENT, entityName, undo } from "./perform.js";
import { session } from "./session.js";
import { correctionsTransfer } from "./transfer.js";

/** The "Corrections" drawer tab: who / when / what / why, newest first, with Undo (Redo for an undo) per row; export and import. */
export async function mountCorrections(root: HTMLElement, ctx: AppContext): Promise<void> {
  const L = () => ctx.store.get().uiLang;
  const user = el("input", { type: "text", id: "curation-user", dir: "auto", value: session.user() });
  user.addEventListener("change", () => session.setUser(user.value));
  const token = el("input", {
    type: "password",
    id: "curation-token",
    autocomplete: "off",
    value: session.token(),
  });
  token.addEventListener("change", () => session.setToken(token.value));
  const table = el("div", { class: "corrections-list" });
  const settings = el(
    "div",
    { class: "curation-settings" },
    el("label", {}, el("span", { "data-i18n": "curUser" }, t(L(), "curUser")), user),
    el("label", {}, el("span", { "data-i18n": "curToken" }, t(L(), "curToken")), token),
  );
  root.replaceChildren(settings, correctionsTransfer(ctx), table);

  const row = (c: Correction) => {
    // Undoing an undo makes the original correction again: offered as Redo.
    const redo = c.kind === "undo";
    const undoBtn = c.undone
      ? null
      : el(
          "button",
          { type: "button", "data-action": redo ? "redo" : "undo" },
          t(L(), redo ? "curRedo" : "curUndo"),
        );
    undoBtn?.addEventListener("click", () => {
      undoBtn.disabled = true;
      void undo(ctx, c);
    });
    return el(
      "tr",
      { "data-correction": c.id, "data-kind": c.kind, class: c.undone ? "undone" : undefined },
      el("td", {}, el("time", { datetime: c.at }, new Date(c.at).toLocaleString(L()))),
      el("td", {}, el("bdi", {}, c.user)),
      el("td", { dir: "auto" }, describeCorrection(L(), c, entityName(ctx))),
      el("td", { dir: "auto" }, c.reason ?? ""),
      el("td", {}, c.undone ? el("small", {}, t(L(), "curUndoneMark")) : undoBtn),
    );
  };

  // Two corrections in a row refresh twice: only the newest answer may fill the table.
  let latest = 0;
  const refresh = async () => {
    const mine = ++latest;
    try {
      const { corrections } = await curationApi.list();
      if (mine !== latest) return;
      table.replaceChildren(
        corrections.length === 0
          ? el("p", { class: "empty" }, t(L(), "curNone"))
          : el(
              "table",
              {},
              el(
                "thead",
                {},
                el(
                  "tr",
                  {},
                  ...(["curWhen", "curWho", "curWhat", "curWhy"] as const).map((k) =>
                    el("th", {}, t(L(), k)),
                  ),
                  el("th", {}),
                ),
              ),
              el("tbody", {}, ...corrections.map(row)),
            ),
      );
    } catch (err) {
      if (mine !== latest) return;
      table.replaceChildren(el("p", { class: "error" }, err instanceof Error ? err.message : String(err)));
    }
  };
  window.addEventListener(CORRECTIONS_EVENT, () => void refresh());
  ctx.store.subscribe((s, prev) => {
    if (s.uiLang !== prev.uiLang) void refresh();
  });
  await refresh();
}

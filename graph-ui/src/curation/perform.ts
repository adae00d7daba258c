import { ApiRequestError } from "../api/client.js";
import type { AppContext } from "../context.js";
import { t } from "../i18n/index.js";
import { el } from "../panels/dom.js";
import { curationApi, type Correction, type PanelKind } from "./api.js";
import { describeCorrection } from "./describe.js";

/** Fired after any correction or undo, so the corrections list refreshes itself. */
export const CORRECTIONS_EVENT = "rawabit:corrections-changed";

/**
 * Sends one correction from a panel; on success reloads the graph, runs `after` (e.g. select the
 * survivor) and shows a notice with Undo. Failures become an error toast naming the reason.
 */
export async function perform(
  ctx: AppContext,
  kind: PanelKind,
  body: Record<string, unknown>,
  reason: string,
  after?: (c: Correction) => void,
): Promise<boolean> {
  try {
    const { correction } = await curationApi.make(kind, body, reason);
    await settled(ctx);
    after?.(correction);
    showNotice(ctx, correction, "curDone");
    return true;
  } catch (err) {
    ctx.notify(failure(ctx, err), "error");
    return false;
  }
}

/** Undoes a correction (from the notice or the list) and reloads the graph; undoing an undo redoes. */
export async function undo(ctx: AppContext, c: Correction): Promise<void> {
  try {
    const { correction } = await curationApi.undo(c.id);
    await settled(ctx);
    if (c.kind === "undo") showNotice(ctx, correction, "curRedone");
    else showNotice(ctx, c, "curUndone");
  } catch (err) {
    ctx.notify(failure(ctx, err), "error");
  }
}

export async function settled(ctx: AppContext): Promise<void> {
  await ctx.reload();
  window.dispatchEvent(new CustomEvent(CORRECTIONS_EVENT));
}

export function failure(ctx: AppContext, err: unknown): string {
  const L = ctx.store.get().uiLang;
  if (err instanceof ApiRequestError && err.failure.kind === "http" && err.failure.status === 401)
    return t(L, "curUnauthorized");
  return err instanceof Error ? err.message : String(err);
}

/** An entity's name in the label language while the graph has it, else its id. */
export function entityName(ctx: AppContext): (id: string) => string {
  return (id) => (ctx.graph.hasNode(id) ? ctx.graph.getNodeAttribute(id, "label") || id : id);
}

/** One notice at a time; it stays until closed or replaced (an Undo must not vanish mid-reach). */
function showNotice(ctx: AppContext, c: Correction, key: "curDone" | "curUndone" | "curRedone"): void {
  const L = ctx.store.get().uiLang;
  document.getElementById("curation-notice")?.remove();
  const close = el("button", { type: "button", class: "close", "aria-label": t(L, "close") }, "×");
  const undoButton =
    key !== "curUndone"
      ? el("button", { type: "button", "data-action": "notice-undo" }, t(L, "curUndo"))
      : null;
  const node = el(
    "div",
    { id: "curation-notice", class: "toast curation-notice", role: "status", "data-correction": c.id },
    el("span", {}, t(L, key, { what: describeCorrection(L, c, entityName(ctx)) })),
    " ",
    undoButton,
    close,
  );
  close.addEventListener("click", () => node.remove());
  undoButton?.addEventListener("click", () => {
    node.remove();
    void undo(ctx, c);
  });
  document.body.append(node);
}

import type { IngestReport } from "../../../ingest/model.js";
import type { AppContext } from "../context.js";
import type { MessageKey } from "../i18n/dict.js";
import { errorText } from "../i18n/errors.js";
import { t } from "../i18n/index.js";
import { el, replaceChildren } from "../panels/dom.js";
import { reportMessage } from "./outcome.js";

/** One item of a batch: how to send it, or why it cannot be sent (a bad file, a bad JSONL line). */
export type Job =
  | { label: string; send: (signal: AbortSignal) => Promise<IngestReport> }
  | { label: string; problem: string };

type Outcome = "added" | "replaced" | "unchanged" | "failed" | "cancelled";

const OUTCOME_KEY: Record<Outcome, MessageKey> = {
  added: "outcomeAdded",
  replaced: "outcomeReplaced",
  unchanged: "outcomeUnchanged",
  failed: "outcomeFailed",
  cancelled: "outcomeCancelled",
};

const OUTCOME_OF: Record<IngestReport["status"], Outcome> = {
  new: "added",
  replaced: "replaced",
  unchanged: "unchanged",
};

/**
 * Sends several articles one after the other ("3 of 12 …"), each with its outcome and why, and a
 * Cancel that aborts the request in flight and skips the rest. The graph reloads once at the end
 * with the new entities highlighted.
 */
export function batchView(ctx: AppContext): { root: HTMLElement; run(jobs: Job[]): Promise<void> } {
  const L = () => ctx.store.get().uiLang;
  const progress = el("p", { class: "batch-progress", "aria-live": "polite" });
  const cancel = el("button", { type: "button", class: "batch-cancel", hidden: true });
  const list = el("ol", { class: "batch-items" });
  const root = el("div", { class: "batch" }, progress, cancel, list);
  let controller: AbortController | null = null;
  cancel.addEventListener("click", () => controller?.abort());

  const settle = (li: HTMLElement, outcome: Outcome, why: string | null) => {
    li.dataset.outcome = outcome;
    const label = li.firstElementChild;
    replaceChildren(
      li,
      label,
      " — ",
      el("span", { class: "outcome" }, t(L(), OUTCOME_KEY[outcome])),
      why ? el("small", { dir: "auto" }, ` · ${why}`) : null,
    );
  };

  const run = async (jobs: Job[]): Promise<void> => {
    controller = new AbortController();
    const { signal } = controller;
    const items = jobs.map((j) => el("li", { "data-outcome": "waiting" }, el("bdi", {}, j.label)));
    replaceChildren(list, ...items);
    cancel.hidden = false;
    cancel.textContent = t(L(), "batchCancel");
    const counts: Record<Outcome, number> = { added: 0, replaced: 0, unchanged: 0, failed: 0, cancelled: 0 };
    const highlight: string[] = [];
    for (const [i, job] of jobs.entries()) {
      const li = items[i] as HTMLElement;
      let outcome: Outcome;
      let why: string | null = null;
      if (signal.aborted) outcome = "cancelled";
      else if ("problem" in job) {
        outcome = "failed";
        why = job.problem;
      } else {
        progress.textContent = t(L(), "batchProgress", { done: i + 1, total: jobs.length });
        li.dataset.outcome = "sending";
        try {
          const report = await job.send(signal);
          outcome = OUTCOME_OF[report.status];
          why = reportMessage(L(), report);
          highlight.push(...report.entityIds);
        } catch (err) {
          // An aborted request may still have been written by the server: the reload below shows it.
          outcome = signal.aborted ? "cancelled" : "failed";
          why = signal.aborted ? null : errorText(L(), err).text;
        }
      }
      counts[outcome] += 1;
      settle(li, outcome, why);
    }
    cancel.hidden = true;
    controller = null;
    progress.textContent = signal.aborted
      ? t(L(), "batchCancelled", { done: jobs.length - counts.cancelled, total: jobs.length })
      : t(L(), "batchDone", {
          added: counts.added + counts.replaced,
          unchanged: counts.unchanged,
          failed: counts.failed,
        });
    if (counts.added + counts.replaced + counts.unchanged + counts.cancelled > 0) {
      await ctx.reload();
      ctx.store.dispatch({ type: "select", selection: { kind: "none" } });
      ctx.store.dispatch({ type: "highlight", ids: highlight });
    }
  };
  return { root, run };
}

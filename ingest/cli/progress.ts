import type { BatchProgress } from "../write/batch.js";

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--:--";
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, "0");
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * `done/total, rate, ETA` — the same text in the bar and in the plain lines. An infinite total
 * (standard input, read as it comes) gives `done articles, rate`.
 */
export function progressText(p: BatchProgress): string {
  const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
  const failed = p.failed > 0 ? `, ${p.failed} failed` : "";
  if (!Number.isFinite(p.total)) return `${p.done} articles${failed}, ${rate.toFixed(1)}/s`;
  const eta = rate > 0 ? (p.total - p.done) / rate : Infinity;
  return `${p.done}/${p.total} articles${failed}, ${rate.toFixed(1)}/s, ETA ${clock(eta)}`;
}

/** Articles between two plain progress lines when the total is not known. */
const STREAM_EVERY = 1_000;

/**
 * Progress on stderr: a redrawn bar on a terminal, otherwise a plain line every 10% (logs and CI
 * must not fill with carriage returns).
 */
export function progressReporter(stream: ProgressStream): { update(p: BatchProgress): void; end(): void } {
  let lastDecile = -1;
  let drawn = false;
  let lastDraw = 0;
  return {
    update(p) {
      const known = Number.isFinite(p.total);
      if (stream.isTTY) {
        const now = Date.now();
        if (p.done < p.total && now - lastDraw < 100) return;
        lastDraw = now;
        const width = 24;
        const filled = Math.round((p.done / Math.max(1, p.total)) * width);
        const bar = known ? `[${"#".repeat(filled)}${".".repeat(width - filled)}] ` : "";
        stream.write(`\r${bar}${progressText(p)}\x1b[K`);
        drawn = true;
        return;
      }
      const decile = known
        ? Math.floor((p.done * 10) / Math.max(1, p.total))
        : Math.floor(p.done / STREAM_EVERY);
      if (decile > lastDecile || p.done === p.total) {
        lastDecile = decile;
        stream.write(`ingest: ${progressText(p)}\n`);
      }
    },
    end() {
      if (drawn) stream.write("\n");
    },
  };
}

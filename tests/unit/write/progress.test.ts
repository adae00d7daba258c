import { describe, expect, it } from "vitest";
import { progressReporter, progressText } from "../../../ingest/cli/progress.js";

describe("progressText", () => {
  it.each([
    [{ done: 50, failed: 0, total: 200, elapsedMs: 10_000 }, "50/200 articles, 5.0/s, ETA 00:30"],
    [{ done: 10, failed: 2, total: 10, elapsedMs: 2_000 }, "10/10 articles, 2 failed, 5.0/s, ETA 00:00"],
    [{ done: 0, failed: 0, total: 10, elapsedMs: 0 }, "0/10 articles, 0.0/s, ETA --:--"],
    [{ done: 1, failed: 0, total: 36_001, elapsedMs: 1_000 }, "1/36001 articles, 1.0/s, ETA 10:00:00"],
    [{ done: 30, failed: 1, total: Infinity, elapsedMs: 10_000 }, "30 articles, 1 failed, 3.0/s"],
  ])("%j", (progress, text) => {
    expect(progressText(progress)).toBe(text);
  });
});

describe("progressReporter", () => {
  it("writes a plain line at the first article and at each tenth when stderr is not a terminal", () => {
    const lines: string[] = [];
    const reporter = progressReporter({ isTTY: false, write: (chunk) => lines.push(chunk) > 0 });
    for (let done = 1; done <= 20; done++)
      reporter.update({ done, failed: 0, total: 20, elapsedMs: done * 100 });
    reporter.end();
    expect(lines).toHaveLength(11);
    expect(lines.every((l) => l.startsWith("ingest: ") && l.endsWith("\n") && !l.includes("\r"))).toBe(true);
    expect(lines.at(-1)).toMatch(/^ingest: 20\/20 articles/);
  });

  it("redraws one bar line on a terminal and ends it with a newline", () => {
    const out: string[] = [];
    const reporter = progressReporter({ isTTY: true, write: (chunk) => out.push(chunk) > 0 });
    reporter.update({ done: 20, failed: 0, total: 20, elapsedMs: 1000 });
    reporter.end();
    expect(out[0]).toMatch(/^\r\[#{24}\] 20\/20 articles/);
    expect(out.at(-1)).toBe("\n");
  });

  it("writes a line every thousand articles when the total is not known (standard input)", () => {
    const lines: string[] = [];
    const reporter = progressReporter({ isTTY: false, write: (chunk) => lines.push(chunk) > 0 });
    for (let done = 1; done <= 2_500; done++)
      reporter.update({ done, failed: 0, total: Infinity, elapsedMs: done });
    reporter.end();
    expect(lines.map((l) => l.split(",")[0])).toEqual([
      "ingest: 1 articles",
      "ingest: 1000 articles",
      "ingest: 2000 articles",
    ]);
  });

  it("draws no bar on a terminal when the total is not known", () => {
    const out: string[] = [];
    const reporter = progressReporter({ isTTY: true, write: (chunk) => out.push(chunk) > 0 });
    reporter.update({ done: 7, failed: 0, total: Infinity, elapsedMs: 1000 });
    expect(out[0]).toMatch(/^\r7 articles, 7\.0\/s/);
  });
});

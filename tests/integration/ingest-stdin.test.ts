import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { generateArticle } from "../../bench/corpus.js";
import { run as kgIngest } from "../../ingest/cli/commands/ingest.js";
import { articleId } from "../../ingest/write/article-id.js";
import { resetGraph } from "../../ingest/write/index.js";
import { useFreshDb } from "../support/db.js";
import { countOf } from "./ingest-helpers.js";

// `zcat corpus.jsonl.gz | kg ingest -`: standard input is written as it is read, a chunk at a
// time, never held whole — a corpus of any size, or a feed that never ends, goes in with the
// memory of one chunk. Extraction is the generator's gold (as in ingest-fault.test.ts).
vi.mock("../../ingest/write/extractor.js", async (original) => {
  const { generateArticle: generate, goldExtractor: gold } = await import("../../bench/corpus.js");
  const fixed = gold(Array.from({ length: 4 }, (_, i) => generate(i, 11)));
  return { ...(await original<object>()), defaultExtractor: async () => fixed };
});

const corpus = Array.from({ length: 4 }, (_, i) => generateArticle(i, 11));
const line = (i: number): string =>
  `${JSON.stringify({ ...corpus[i]?.input, url: `https://news.example/feed/${i}` })}\n`;

const db = useFreshDb();

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe("kg ingest - (standard input)", () => {
  it("writes the articles read so far while standard input is still open", async () => {
    await resetGraph(db);
    const stdin = new PassThrough();
    const out: string[] = [];
    const spies = [
      vi.spyOn(process, "stdin", "get").mockReturnValue(stdin as unknown as typeof process.stdin),
      vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void out.push(args.join(" "))),
      vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void out.push(args.join(" "))),
    ];
    try {
      const ingesting = kgIngest(["--quiet", "-"]);
      stdin.write(line(0) + line(1));
      const ids = [0, 1].map((i) => articleId(corpus[i]?.input.text ?? ""));
      const stored = (): Promise<boolean> =>
        countOf(db, "MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n", { ids }).then(
          (n) => n === 2,
        );
      // Written before the input ends: nothing waits for the rest of the stream.
      expect(await until(stored, 60_000)).toBe(true);
      stdin.end(line(2) + "not json\n" + line(3));
      expect(await ingesting).toBe(1);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(await countOf(db, "MATCH (a:Article) RETURN count(a) AS n")).toBe(4);
    expect(out[0]).toMatch(/^ingest: 5 articles: 4 new, 0 unchanged, 0 replaced, 1 failed/);
    expect(out.join("\n")).toMatch(/stdin:4: not valid JSON/);
  });
});

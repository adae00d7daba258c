import { afterAll, describe, expect, it } from "vitest";
import { ExtractionError, InputError } from "../../../ingest/errors.js";
import { extract } from "../../../ingest/extract/index.js";
import type { ArticleInput } from "../../../ingest/model.js";
import { ExtractPool } from "../../../ingest/server/extract-pool.js";
import { EXTRACTOR_VERSION } from "../../../ingest/write/extractor.js";

/** Own test sentence. */
const TEXT = "استقبل الرئيس الأميركي جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي في واشنطن.";

// Loading the lexicon and tagger (in the worker and in-process) takes seconds on a busy machine.
describe("ExtractPool with the real worker", { timeout: 60_000 }, () => {
  const pool = new ExtractPool();
  afterAll(() => pool.close());

  it("extracts on a worker thread exactly what extract() finds in-process", async () => {
    expect(pool.version).toBe(EXTRACTOR_VERSION);
    const [a, b] = await Promise.all([
      pool.extract({ text: TEXT }),
      pool.extract({ text: `${TEXT} ${TEXT}` }),
    ]);
    expect(a).toEqual(extract({ text: TEXT }));
    expect(b.entities.map((e) => e.id)).toEqual(a.entities.map((e) => e.id));
    expect(a.entities.map((e) => e.nameEn)).toContain("Joe Biden");
  });

  it("keeps bad input a bad_input error (400), and keeps working", async () => {
    const bad = { text: 42 } as unknown as ArticleInput;
    await expect(pool.extract(bad)).rejects.toBeInstanceOf(InputError);
    await expect(pool.extract({ text: TEXT })).resolves.toHaveProperty("entities");
  });
});

describe("ExtractPool with a worker that misbehaves", () => {
  const pool = new ExtractPool({ worker: new URL("./crash-worker.mjs", import.meta.url), version: "x" });
  afterAll(() => pool.close());

  it.each([
    ["stops", "crash", /extraction worker stopped \(exit code 7\).*server is still up/],
    ["throws", "throw", /extraction failed \(fixture failure\)/],
  ])("fails only the article whose worker %s", async (_what, text, message) => {
    const [failed, queued] = await Promise.allSettled([pool.extract({ text }), pool.extract({ text: "نص" })]);
    expect(failed.status).toBe("rejected");
    const reason = (failed as PromiseRejectedResult).reason as Error;
    expect(reason).toBeInstanceOf(ExtractionError);
    expect(reason.message).toMatch(message);
    // The article queued behind it is extracted by the same or a new worker.
    expect(queued).toMatchObject({ status: "fulfilled", value: { entities: [] } });
  });

  it("refuses articles once closed", async () => {
    const closing = new ExtractPool({ worker: new URL("./crash-worker.mjs", import.meta.url) });
    await closing.extract({ text: "نص" });
    await closing.close();
    await expect(closing.extract({ text: "نص" })).rejects.toThrow(/server is stopping/);
  });
});

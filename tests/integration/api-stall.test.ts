import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT_DIR } from "../../ingest/config.js";
import type { IngestReport } from "../../ingest/model.js";
import { buildServer } from "../../ingest/server/app.js";
import { ExtractPool } from "../../ingest/server/extract-pool.js";
import { ingestArticle } from "../../ingest/write/article.js";
import { useFreshDb } from "../support/db.js";
import { SAMPLE_TEXT } from "./api-helpers.js";

/**
 * One large article must not stall the other clients: extraction runs off the event loop. No
 * absolute timing is asserted (the machine is shared and noisy): a stalled loop would hold every
 * health probe until the article is done, so the test asks that many probes were answered while it
 * was in flight and that the slowest waited for a small share of the whole ingest.
 */
const STALL_SHARE = 0.5;
const PAUSE_MS = 50;
const NO_UI = path.join(ROOT_DIR, ".data", "no-ui-in-tests");

/** Everyday words (written for this test) with no name in them. */
const WORDS = (
  "في من على إلى أن هذا الذي كان قد مع عن بين كل بعد قبل حول خلال عند لدى ذلك تلك هناك أيضا حيث ثم " +
  "لكن اليوم العام الجديد الكبير المدينة الناس العمل الوقت الماء الطريق البيت السوق"
).split(" ");

/**
 * A large article that is slow to extract but small to write: the sample article, then long
 * sentences of everyday words. Extraction costs per word; the write (whose driver encoding still
 * runs on the event loop) costs per sentence and mention, so few of those keep this test about
 * extraction.
 */
function largeArticle(bytes: number): string {
  const words: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const word = WORDS[(i * 7 + Math.floor(i / 13)) % WORDS.length] ?? "في";
    words.push((i + 1) % 200 === 0 ? `${word}.` : word);
    size += Buffer.byteLength(word) + 2;
  }
  return `${SAMPLE_TEXT}\n\n${words.join(" ")}`;
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

const db = useFreshDb();

describe("a large article does not stall the server", () => {
  let app: FastifyInstance;
  let base = "";
  beforeAll(async () => {
    app = await buildServer({ db, config: { uiDir: NO_UI } });
    base = await app.listen({ host: "127.0.0.1", port: 0 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("answers /api/health throughout while a 500 KB article is extracted", { timeout: 300_000 }, async () => {
    const text = largeArticle(300 * 1024);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);

    let done = false;
    const ingestStarted = performance.now();
    const ingest = fetch(`${base}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text, title: "مقال طويل للاختبار" }),
    }).finally(() => {
      done = true;
    });

    // Each probe pauses, then asks /api/health; the pause is inside the measurement, so a blocked
    // event loop (which also delays the timer) is caught even when it starts between requests.
    const latencies: number[] = [];
    while (!done) {
      const started = performance.now();
      await sleep(PAUSE_MS);
      const res = await fetch(`${base}/api/health`);
      await res.arrayBuffer();
      latencies.push(performance.now() - started - PAUSE_MS);
      expect(res.status).toBe(200);
    }
    const res = await ingest;
    const ingestMs = performance.now() - ingestStarted;
    const report = (await res.json()) as IngestReport;
    expect(res.status, JSON.stringify(report)).toBe(201);
    expect(report.entities).toBeGreaterThan(5);
    // The health checks really ran while the article was being worked on.
    expect(latencies.length).toBeGreaterThan(3);
    const slowest = Math.max(...latencies);
    expect(
      slowest / ingestMs,
      `${latencies.map(Math.round).join(", ")} of ${Math.round(ingestMs)} ms`,
    ).toBeLessThan(STALL_SHARE);
  });
});

describe("an extraction worker that dies", () => {
  const crashWorker = new URL("../unit/server/crash-worker.mjs", import.meta.url);
  let pool: ExtractPool;
  let app: FastifyInstance;
  beforeAll(async () => {
    pool = new ExtractPool({ worker: crashWorker, version: "crash-fixture-1" });
    app = await buildServer({
      db,
      config: { uiDir: NO_UI },
      services: { ingestArticle: (d, input) => ingestArticle(d, input, { extractor: pool }) },
    });
  });
  afterAll(async () => {
    await app?.close();
    await pool?.close();
  });

  it("answers that request with a clear 500 and keeps serving, with a new worker", async () => {
    const crash = await app.inject({
      method: "POST",
      url: "/api/articles",
      payload: { text: "نص يوقف العامل crash" },
    });
    expect(crash.statusCode, crash.body).toBe(500);
    expect(crash.json<{ error: string; message: string }>()).toMatchObject({ error: "extraction_failed" });
    expect(crash.json<{ message: string }>().message).toMatch(/extraction worker stopped.*exit code 7/);

    expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
    const next = await app.inject({ method: "POST", url: "/api/articles", payload: { text: "نص عادي" } });
    expect(next.statusCode, next.body).toBe(201);
  });

  it("answers a job that throws with a clear 500 and keeps the worker", async () => {
    const res = await app.inject({ method: "POST", url: "/api/articles", payload: { text: "نص throw" } });
    expect(res.statusCode, res.body).toBe(500);
    expect(res.json<{ message: string }>().message).toMatch(/extraction failed.*fixture failure/);
    const next = await app.inject({ method: "POST", url: "/api/articles", payload: { text: "نص آخر" } });
    expect(next.statusCode, next.body).toBe(201);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { generateArticle, type CorpusArticle } from "../../bench/corpus.js";
import { run as kgIngest } from "../../ingest/cli/commands/ingest.js";
import { run as kgReset } from "../../ingest/cli/commands/reset.js";
import { ROOT_DIR } from "../../ingest/config.js";
import { Database } from "../../ingest/db/driver.js";
import type { Entity, ExtractionResult, Relation, RelationType } from "../../ingest/model.js";
import { buildServer } from "../../ingest/server/app.js";
import { ingestArticle, resetGraph, type Extractor } from "../../ingest/write/index.js";
import { useFreshDb } from "../support/db.js";
import { countOf } from "./ingest-helpers.js";

/**
 * Issue 19, items 4–6: a bulk ingest that provokes deadlocks still writes every article; a database
 * that goes away is reported within seconds; `kg reset` copes with multi-megabyte articles and
 * with an unreachable database.
 */

// Every article also relates the same few people to each other, in random directions: the writers
// all lock the same relationships and entities, which is what makes concurrent writers deadlock.
const HOT = Array.from({ length: 6 }, (_, i) => ({
  id: `person:hot-${i}`,
  name: `شخص مشترك ${i}`,
  nameEn: `Shared person ${i}`,
}));
const HOT_TYPES: RelationType[] = ["MET", "SUPPORTS", "OPPOSES"];

function withHotRelations(inner: Extractor): Extractor {
  return {
    version: `${inner.version}+hot`,
    extract: async (input) => {
      const gold = await inner.extract(input);
      const anchor = gold.entities[0]?.mentions[0];
      const sentences = gold.sentences ?? [];
      if (!anchor || sentences.length === 0) return gold;
      // Deterministic per article: the article number is in the text.
      let seed = [...input.text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
      const next = (n: number): number => {
        seed = (seed * 1_103_515_245 + 12_345) >>> 0;
        return seed % n;
      };
      const hot: Entity[] = HOT.map((p) => ({
        ...p,
        type: "Person",
        aliases: [],
        mentions: [{ ...anchor }],
        properties: {},
      }));
      const relations: Relation[] = [];
      for (let k = 0; k < 8; k++) {
        const a = next(HOT.length);
        const b = (a + 1 + next(HOT.length - 1)) % HOT.length;
        const s = sentences[next(sentences.length)] ?? (sentences[0] as (typeof sentences)[number]);
        relations.push({
          type: HOT_TYPES[next(HOT_TYPES.length)] as RelationType,
          source: (HOT[a] as (typeof HOT)[number]).id,
          target: (HOT[b] as (typeof HOT)[number]).id,
          properties: {},
          evidence: [{ sentence: s.index, start: s.start, end: s.end, text: s.text }],
          confidence: 0.9,
        });
      }
      return { ...gold, entities: [...gold.entities, ...hot], relations: [...gold.relations, ...relations] };
    },
  };
}

const HOT_ARTICLES = 200;
const SEED = 19;

// `kg ingest` runs in-process with the generator's gold extraction plus the hot relations (on the
// main thread: --workers 0 below, as extraction threads load ingest/extract past this mock).
vi.mock("../../ingest/write/extractor.js", async (original) => {
  const { generateArticle: generate, goldExtractor: gold } = await import("../../bench/corpus.js");
  const corpus = Array.from({ length: 200 }, (_, i) => generate(i, 19));
  return { ...(await original<object>()), defaultExtractor: async () => withHotRelations(gold(corpus)) };
});

const db = useFreshDb();
const folder = mkdtempSync(path.join(tmpdir(), "rawabit-reliability-"));

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
});

/** Runs a `kg` command in-process against `uri`, capturing its output. */
async function runKg(
  command: (args: string[]) => Promise<number>,
  args: string[],
  uri: string,
): Promise<{ code: number; out: string; err: string; threw: unknown }> {
  let out = "";
  let err = "";
  const saved = process.env.NEO4J_URI;
  process.env.NEO4J_URI = uri;
  const spies = [
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    }),
    vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => {
      err += `${a.join(" ")}\n`;
    }),
    vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => {
      out += `${a.join(" ")}\n`;
    }),
  ];
  try {
    return { code: await command(args), out, err, threw: null };
  } catch (thrown) {
    return { code: -1, out, err, threw: thrown };
  } finally {
    for (const spy of spies) spy.mockRestore();
    process.env.NEO4J_URI = saved;
  }
}

/** A port on this machine where nothing listens. */
async function deadPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/**
 * A TCP relay to the test Neo4j that can be cut: closing it refuses new connections and drops the
 * open ones — to the driver, exactly a database that was killed after the first queries.
 */
async function relay(target: URL): Promise<{ port: number; cut: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => undefined);
      s.on("close", () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut: async () => {
      const closed = new Promise<void>((done) => server.close(() => done()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}

describe("item 4: a bulk ingest whose writers deadlock writes every article", () => {
  it(`kg ingest of ${HOT_ARTICLES} articles sharing hot relationships, concurrency 4: all new, retries reported`, async () => {
    await resetGraph(db);
    const corpus: CorpusArticle[] = Array.from({ length: HOT_ARTICLES }, (_, i) => generateArticle(i, SEED));
    corpus.forEach((a, i) =>
      writeFileSync(path.join(folder, `a-${String(i).padStart(3, "0")}.txt`), a.input.text),
    );

    const { code, out, err, threw } = await runKg(
      kgIngest,
      [folder, "--concurrency", "4", "--quiet", "--workers", "0"],
      inject("neo4j").uri,
    );
    expect(threw).toBeNull();
    expect(err).toBe("");
    expect(out).toContain(`${HOT_ARTICLES} articles: ${HOT_ARTICLES} new, 0 unchanged, 0 replaced, 0 failed`);
    const retried = /deadlocks retried: (\d+)/.exec(out);
    expect(retried, out).not.toBeNull();
    // The hot relationships make deadlocks all but certain at this size (dozens per run, measured).
    expect(Number(retried?.[1])).toBeGreaterThan(0);
    expect(code).toBe(0);
    expect(await countOf(db, "MATCH (a:Article) RETURN count(a) AS n")).toBe(HOT_ARTICLES);
  }, 600_000);
});

describe("item 5: a database that goes away is reported within seconds", () => {
  it("GET /api/health and a read route answer 503 quickly once Neo4j is gone", async () => {
    const cfg = inject("neo4j");
    const link = await relay(new URL(cfg.uri));
    const viaRelay = new Database({ ...cfg, uri: `bolt://127.0.0.1:${link.port}` });
    const app = await buildServer({
      db: viaRelay,
      config: { uiDir: path.join(ROOT_DIR, ".data", "no-ui-in-tests") },
    });
    try {
      const up = await app.inject({ method: "GET", url: "/api/health" });
      expect(up.statusCode).toBe(200);
      await link.cut();

      let started = Date.now();
      const health = await app.inject({ method: "GET", url: "/api/health" });
      const healthMs = Date.now() - started;
      expect(health.statusCode).toBe(503);
      const body = health.json<{ ok: boolean; database: { reachable: boolean; message?: string } }>();
      expect(body.ok).toBe(false);
      expect(body.database.reachable).toBe(false);
      expect(body.database.message).toMatch(/cannot reach Neo4j/);
      // Generous bounds on a shared 2-core machine; before the fix these took 30–65 s.
      expect(healthMs).toBeLessThan(5_000);

      started = Date.now();
      const read = await app.inject({ method: "GET", url: "/api/search?q=test" });
      expect(read.statusCode).toBe(503);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await app.close();
      await viaRelay.close();
    }
  }, 120_000);
});

/** An article of about `mb` megabytes: long sentences, one entity pair related in every sentence. */
function bigArticle(n: number, mb: number): { text: string; extraction: ExtractionResult } {
  const filler = "تفاصيل إضافية عن الاجتماع والمحادثات الطويلة بين الوفدين ";
  const body = filler.repeat(Math.ceil(20_000 / filler.length));
  const sentences: NonNullable<ExtractionResult["sentences"]> = [];
  let text = "";
  for (let i = 0; text.length < mb * 1024 * 1024; i++) {
    const sentence = `مقال كبير ${n} الجملة ${i}: التقى زيد عمرو. ${body}.`;
    sentences.push({ index: i, start: text.length, end: text.length + sentence.length, text: sentence });
    text += `${sentence} `;
  }
  const mention = (s: (typeof sentences)[number], name: string): Entity["mentions"][number] => {
    const at = s.text.indexOf(name);
    return { start: s.start + at, end: s.start + at + name.length, text: name };
  };
  const person = (id: string, name: string): Entity => ({
    id,
    type: "Person",
    name,
    nameEn: id,
    aliases: [],
    mentions: sentences.map((s) => mention(s, name)),
    properties: {},
  });
  return {
    text,
    extraction: {
      entities: [person("person:big-zaid", "زيد"), person("person:big-amr", "عمرو")],
      relations: [
        {
          type: "MET",
          source: "person:big-zaid",
          target: "person:big-amr",
          properties: {},
          evidence: sentences.map((s) => ({ sentence: s.index, start: s.start, end: s.end, text: s.text })),
          confidence: 0.9,
        },
      ],
      statements: [],
      values: [],
      sentences,
    },
  };
}

describe("item 6: kg reset", () => {
  it("deletes a graph of multi-megabyte articles", async () => {
    await resetGraph(db);
    const big = Array.from({ length: 4 }, (_, n) => bigArticle(n, 5));
    const extractor: Extractor = {
      version: "big-1",
      extract: (input) => {
        const found = big.find((b) => b.text === input.text);
        if (!found) throw new Error("test: unknown article");
        return found.extraction;
      },
    };
    for (const b of big) await ingestArticle(db, { text: b.text, title: "مقال كبير" }, { extractor });
    expect(await countOf(db, "MATCH (a:Article) RETURN count(a) AS n")).toBe(big.length);

    const { code, out, err, threw } = await runKg(kgReset, ["--yes"], inject("neo4j").uri);
    expect(threw).toBeNull();
    expect(err).toBe("");
    expect(out).toMatch(/^reset: deleted \d+ nodes/);
    expect(code).toBe(0);
    expect(await countOf(db, "MATCH (n) RETURN count(n) AS n")).toBe(0);
  }, 300_000);

  it("reports an unreachable database as `kg reset: …`, without a stack trace, and exits non-zero", async () => {
    const { code, out, err, threw } = await runKg(kgReset, ["--yes"], `bolt://127.0.0.1:${await deadPort()}`);
    expect(threw).toBeNull();
    expect(out).toBe("");
    expect(err).toMatch(/^kg reset: .*cannot reach Neo4j/);
    expect(err).not.toMatch(/\n\s+at /);
    expect(code).not.toBe(0);
  }, 60_000);
});

import { readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { expect } from "vitest";
import { ROOT_DIR } from "../../ingest/config.js";
import type { Database } from "../../ingest/db/driver.js";
import type { Entity, ExtractionResult, Relation, Statement } from "../../ingest/model.js";
import { buildServer } from "../../ingest/server/app.js";
import type { ApiConfig } from "../../ingest/server/options.js";
import { ingestArticle } from "../../ingest/write/article.js";
import type { Extractor } from "../../ingest/write/extractor.js";

export const SAMPLE_TEXT = readFileSync(path.join(ROOT_DIR, "samples", "seed-article.txt"), "utf8");

interface EntityDef {
  id: string;
  type: Entity["type"];
  name: string;
  nameEn: string;
  aliases: string[];
}

/**
 * A pinned extraction of the sample article (hand-checked against samples/seed-article.txt), so the
 * API tests exercise the API and not the extractor's current recall. Mentions are every occurrence
 * of the name or an alias; relation evidence is the first sentence containing `phrase`.
 */
export const FIXTURE_ENTITIES: EntityDef[] = [
  { id: "person:joe-biden", type: "Person", name: "جو بايدن", nameEn: "Joe Biden", aliases: ["بايدن"] },
  {
    id: "person:mustafa-al-kadhimi",
    type: "Person",
    name: "مصطفى الكاظمي",
    nameEn: "Mustafa al-Kadhimi",
    aliases: ["الكاظمي"],
  },
  { id: "person:hassan-nadhem", type: "Person", name: "حسن ناظم", nameEn: "Hassan Nadhem", aliases: [] },
  {
    id: "country:united-states",
    type: "Country",
    name: "الولايات المتحدة",
    nameEn: "United States",
    aliases: ["أمريكا", "أميركا", "واشنطن"],
  },
  { id: "country:iraq", type: "Country", name: "العراق", nameEn: "Iraq", aliases: [] },
  { id: "org:isis", type: "Organization", name: "داعش", nameEn: "ISIS", aliases: [] },
  {
    id: "org:counter-terrorism-service",
    type: "Organization",
    name: "جهاز مكافحة الإرهاب",
    nameEn: "Counter-Terrorism Service",
    aliases: [],
  },
  {
    id: "org:coalition",
    type: "Organization",
    name: "التحالف الدولي",
    nameEn: "International coalition",
    aliases: [],
  },
];

const FIXTURE_RELATIONS: {
  type: Relation["type"];
  source: string;
  target: string;
  phrase: string;
  props?: Relation["properties"];
}[] = [
  {
    type: "MET",
    source: "person:joe-biden",
    target: "person:mustafa-al-kadhimi",
    phrase: "استقبل الرئيس الأميركي جو بايدن",
  },
  {
    type: "LEADS",
    source: "person:joe-biden",
    target: "country:united-states",
    phrase: "الرئيس الأميركي جو بايدن",
  },
  {
    type: "LEADS",
    source: "person:mustafa-al-kadhimi",
    target: "country:iraq",
    phrase: "رئيس الوزراء العراقي مصطفى الكاظمي",
  },
  {
    type: "MEMBER_OF",
    source: "person:hassan-nadhem",
    target: "country:iraq",
    phrase: "المتحدث باسم مجلس الوزراء العراقي حسن ناظم",
  },
  { type: "OPPOSES", source: "country:iraq", target: "org:isis", phrase: "لمكافحة تنظيم داعش" },
  {
    type: "FUNDED",
    source: "org:coalition",
    target: "org:counter-terrorism-service",
    phrase: "تجهيزات عسكرية بـ25 مليون دولار",
    props: { amount: 25_000_000, currency: "USD", status: "done" },
  },
];

function occurrences(text: string, form: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
    out.push({ start: i, end: i + form.length, text: form });
  }
  return out;
}

/** Extraction of any text from a list of entity definitions: mentions are exact occurrences. */
export function extractWith(defs: EntityDef[], text: string): ExtractionResult {
  const entities: Entity[] = defs
    .map((d) => {
      const spans = [d.name, ...d.aliases].flatMap((f) => occurrences(text, f));
      // A longer form wins over an alias inside it (جو بايدن over بايدن).
      const mentions = spans.filter(
        (m) =>
          !spans.some(
            (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
          ),
      );
      return {
        id: d.id,
        type: d.type,
        name: d.name,
        nameEn: d.nameEn,
        aliases: d.aliases,
        mentions,
        properties: {},
      };
    })
    .filter((e) => e.mentions.length > 0);
  const known = new Set(entities.map((e) => e.id));
  const relations: Relation[] = FIXTURE_RELATIONS.filter((r) => known.has(r.source) && known.has(r.target))
    .map((r) => {
      const at = text.indexOf(r.phrase);
      return { ...r, at };
    })
    .filter((r) => r.at >= 0)
    .map(({ type, source, target, phrase, props, at }) => ({
      type,
      source,
      target,
      properties: props ?? {},
      confidence: 0.9,
      evidence: [{ start: at, end: at + phrase.length, text: phrase, sentence: -1 }],
    }));
  const quote = "التعاون مع بغداد في مجال مكافحة الإرهاب سيستمر";
  const q = text.indexOf(quote);
  const statements: Statement[] =
    q >= 0 && known.has("person:joe-biden")
      ? [
          {
            speaker: "person:joe-biden",
            text: quote,
            start: q,
            end: q + quote.length,
            verb: "أضاف",
            source: null,
            about: [],
          },
        ]
      : [];
  return { entities, relations, statements, values: [] };
}

export function fixtureExtractor(defs: EntityDef[] = FIXTURE_ENTITIES): Extractor {
  return { version: "api-fixture-1", extract: (input) => extractWith(defs, input.text) };
}

/** GET `url` from the in-process server, expecting `status` (the body is shown when it differs). */
export async function getJson<T>(app: FastifyInstance, url: string, status = 200): Promise<T> {
  const res = await app.inject({ method: "GET", url });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(status);
  return res.json<T>();
}

/** A server whose POST /api/articles uses the pinned extraction. */
export async function fixtureServer(
  db: Database,
  config: Partial<ApiConfig> = {},
  defs = FIXTURE_ENTITIES,
): Promise<FastifyInstance> {
  const extractor = fixtureExtractor(defs);
  return buildServer({
    db,
    config: { uiDir: path.join(ROOT_DIR, ".data", "no-ui-in-tests"), ...config },
    services: { ingestArticle: (d, input) => ingestArticle(d, input, { extractor }) },
  });
}

export async function ingestSample(db: Database, defs = FIXTURE_ENTITIES): Promise<void> {
  await ingestArticle(
    db,
    { text: SAMPLE_TEXT, title: "بايدن: الشراكة الأميركية العراقية مستمرة", publishedAt: "2021-07-26" },
    {
      extractor: fixtureExtractor(defs),
    },
  );
}

export async function graphCounts(db: Database): Promise<{ nodes: number; rels: number }> {
  const [row] = await db.read<{ nodes: number; rels: number }>(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
  );
  return row ?? { nodes: -1, rels: -1 };
}

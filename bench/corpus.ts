import type {
  ArticleInput,
  Entity,
  ExtractionResult,
  Relation,
  SentenceInfo,
  Statement,
} from "../ingest/model.js";
import type { Extractor } from "../ingest/write/extractor.js";
import {
  CITIES,
  COUNTRIES,
  DAYS,
  ORGANIZATIONS,
  PEOPLE,
  SLOT_TYPES,
  TEMPLATES,
  type PoolEntry,
  type Slot,
} from "./corpus-data.js";
import { seededRandom } from "../ingest/random.js";

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

function pickDistinct(
  random: () => number,
  list: readonly PoolEntry[],
  not: PoolEntry | undefined,
): PoolEntry {
  for (;;) {
    const entry = pick(random, list);
    if (entry !== not) return entry;
  }
}

const POOLS: Record<Slot, readonly PoolEntry[]> = {
  P1: PEOPLE,
  P2: PEOPLE,
  C1: COUNTRIES,
  C2: COUNTRIES,
  CITY: CITIES,
  ORG: ORGANIZATIONS,
};

export function entityId(slot: Slot, entry: PoolEntry): string {
  return `${SLOT_TYPES[slot].toLowerCase()}:${entry.en.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

export interface CorpusArticle {
  input: ArticleInput;
  /** What a perfect extractor returns for this article (the generator knows every span). */
  gold: ExtractionResult;
}

/**
 * Article `n` of the benchmark corpus: a headline and 3–6 template sentences with names, places,
 * days and amounts drawn at random. Unique text per `n` (the article number is in the headline).
 */
export function generateArticle(n: number, seed = 1): CorpusArticle {
  const random = seededRandom(seed * 1_000_003 + n);
  const entities = new Map<string, Entity>();
  const relations: Relation[] = [];
  const statements: Statement[] = [];
  const sentences: SentenceInfo[] = [];
  let text = "";

  const addSentence = (
    body: string,
    fill: (slot: Slot, at: number) => void,
    marks: [Slot, number][],
  ): void => {
    const start = text.length;
    text += body;
    for (const [slot, offset] of marks) fill(slot, start + offset);
    sentences.push({ index: sentences.length, start, end: start + body.length, text: body });
    text += " ";
  };

  const headline = `تقرير رقم ${n}: تطورات إقليمية ودولية`;
  addSentence(headline, () => undefined, []);
  text = text.trimEnd() + "\n\n";

  const count = 3 + Math.floor(random() * 4);
  for (let k = 0; k < count; k++) {
    const template = pick(random, TEMPLATES);
    const chosen = new Map<Slot, PoolEntry>();
    const fillSlot = (slot: Slot): PoolEntry => {
      const twin = slot === "P2" ? chosen.get("P1") : slot === "C2" ? chosen.get("C1") : undefined;
      const entry = chosen.get(slot) ?? pickDistinct(random, POOLS[slot], twin);
      chosen.set(slot, entry);
      return entry;
    };
    let body = "";
    const marks: [Slot, number][] = [];
    const names = new Map<Slot, PoolEntry>();
    for (const part of template.ar.split(/(\{[A-Z0-9]+\})/)) {
      const key = part.slice(1, -1);
      if (part.startsWith("{") && key in SLOT_TYPES) {
        const entry = fillSlot(key as Slot);
        names.set(key as Slot, entry);
        marks.push([key as Slot, body.length]);
        body += entry.ar;
      } else if (part === "{DAY}") body += pick(random, DAYS).ar;
      else if (part === "{AMOUNT}") body += String(5 + Math.floor(random() * 995));
      else body += part;
    }
    const sentenceIndex = sentences.length;
    addSentence(
      body,
      (slot, at) => {
        const entry = names.get(slot) as PoolEntry;
        const id = entityId(slot, entry);
        const e = entities.get(id) ?? {
          id,
          type: SLOT_TYPES[slot],
          name: entry.ar,
          nameEn: entry.en,
          aliases: [],
          mentions: [],
          properties: {},
        };
        e.mentions.push({ start: at, end: at + entry.ar.length, text: entry.ar });
        entities.set(id, e);
      },
      marks,
    );
    const s = sentences[sentenceIndex] as SentenceInfo;
    const idOf = (slot: Slot): string => entityId(slot, names.get(slot) as PoolEntry);
    for (const r of template.relations) {
      const amount = r.money ? Number(/\d+/.exec(body)?.[0] ?? 0) * 1_000_000 : null;
      relations.push({
        type: r.type,
        source: idOf(r.source),
        target: idOf(r.target),
        properties: amount === null ? {} : { amount, currency: "USD" },
        evidence: [{ sentence: s.index, start: s.start, end: s.end, text: s.text }],
        confidence: 0.9,
      });
    }
    if (template.statement) {
      const speaker = idOf(template.statement.speaker);
      const at = body.indexOf(template.statement.verb);
      statements.push({
        speaker,
        text: body.slice(at),
        start: s.start + at,
        end: s.end,
        verb: template.statement.verb,
        source: null,
        about: [...names.keys()].map(idOf).filter((id) => id !== speaker),
      });
    }
  }
  text = text.trimEnd();
  const day = 1 + (n % 28);
  return {
    input: {
      text,
      title: headline,
      url: `https://news.example/${seed}/${n}`,
      publishedAt: `2024-0${1 + (n % 9)}-${String(day).padStart(2, "0")}`,
    },
    gold: { entities: [...entities.values()], relations, statements, values: [], sentences },
  };
}

/** An extractor that answers with the generator's gold extraction (looked up by text). */
export function goldExtractor(articles: Iterable<CorpusArticle>, version = "gold-1"): Extractor {
  const byText = new Map<string, ExtractionResult>();
  for (const a of articles) byText.set(a.input.text, a.gold);
  return {
    version,
    extract: (input) => {
      const gold = byText.get(input.text);
      if (!gold) throw new Error("bench: article not in the generated corpus");
      return gold;
    },
  };
}

/**
 * The same gold extraction, plus one relationship every article shares (Person A MET Person B,
 * evidence: the article's second sentence): a worst case for the accumulated relationship, whose
 * lists grow with every article and whose lock every writer takes (`bench:ingest -- --hot`).
 */
export function withSharedRelationship(inner: Extractor): Extractor {
  const a = { id: "person:bench-shared-a", name: "سامر الحداد", nameEn: "Samer al-Haddad" };
  const b = { id: "person:bench-shared-b", name: "نادر الصافي", nameEn: "Nader al-Safi" };
  return {
    version: `${inner.version}+shared`,
    extract: async (input) => {
      const gold = await inner.extract(input);
      const s = gold.sentences?.[1] ?? gold.sentences?.[0];
      const anchor = gold.entities[0]?.mentions[0];
      if (!s || !anchor) return gold;
      const person = (p: typeof a): Entity => ({
        ...p,
        type: "Person",
        aliases: [],
        mentions: [{ ...anchor }],
        properties: {},
      });
      const evidence = [{ sentence: s.index, start: s.start, end: s.end, text: s.text }];
      return {
        ...gold,
        entities: [...gold.entities, person(a), person(b)],
        relations: [
          ...gold.relations,
          { type: "MET", source: a.id, target: b.id, properties: {}, evidence, confidence: 0.9 },
        ],
      };
    },
  };
}

import type {
  Entity,
  EntityType,
  ExtractionResult,
  Relation,
  RelationType,
  Statement,
} from "../../../ingest/model.js";
import type { Extractor } from "../../../ingest/write/extractor.js";
import { sentencesOf } from "../../../ingest/write/sentences.js";

/**
 * A stand-in for ingest/extract in writer tests: entities are found by exact name, and a relation
 * holds in every sentence that names both ends and contains its trigger word. Small and
 * predictable, so the graph the writer builds can be checked exactly.
 */
export interface FixtureEntity {
  id: string;
  type: EntityType;
  name: string;
  nameEn: string;
  aliases?: string[];
  properties?: Entity["properties"];
}

export interface FixtureRelation {
  type: RelationType;
  source: string;
  target: string;
  trigger: string;
  properties?: Relation["properties"];
}

export interface FixtureSpec {
  entities: FixtureEntity[];
  relations?: FixtureRelation[];
  /** Reporting verbs: a sentence containing one yields a statement by its first-named entity. */
  verbs?: string[];
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

export function fixtureExtract(text: string, spec: FixtureSpec): ExtractionResult {
  const sentences = sentencesOf(text, undefined);
  const entities: Entity[] = [];
  for (const e of spec.entities) {
    const mentions = [e.name, ...(e.aliases ?? [])].flatMap((name) =>
      occurrences(text, name).map((start) => ({ start, end: start + name.length, text: name })),
    );
    if (mentions.length === 0) continue;
    entities.push({
      id: e.id,
      type: e.type,
      name: e.name,
      nameEn: e.nameEn,
      aliases: e.aliases ?? [],
      // An alias inside a longer name ("بايدن" in "جو بايدن") is not a mention of its own.
      mentions: mentions
        .filter((m) => !mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end))
        .sort((a, b) => a.start - b.start),
      properties: e.properties ?? {},
    });
  }
  const byId = new Map(spec.entities.map((e) => [e.id, e]));
  const present = new Set(entities.map((e) => e.id));
  const relations: Relation[] = [];
  for (const r of spec.relations ?? []) {
    if (!present.has(r.source) || !present.has(r.target)) continue;
    const evidence = sentences
      .filter(
        (s) =>
          s.text.includes(byId.get(r.source)?.name ?? "\u0000") &&
          s.text.includes(byId.get(r.target)?.name ?? "\u0000") &&
          s.text.includes(r.trigger),
      )
      .map((s) => ({ sentence: s.index, start: s.start, end: s.end, text: s.text }));
    if (evidence.length > 0) {
      relations.push({
        type: r.type,
        source: r.source,
        target: r.target,
        properties: r.properties ?? {},
        evidence,
        confidence: 0.8,
      });
    }
  }
  const statements: Statement[] = [];
  for (const s of sentences) {
    for (const verb of spec.verbs ?? []) {
      const at = s.text.indexOf(verb);
      if (at < 0) continue;
      const inSentence = entities.filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end));
      const [speaker, ...about] = inSentence;
      if (!speaker) continue;
      statements.push({
        speaker: speaker.id,
        text: s.text.slice(at),
        start: s.start + at,
        end: s.end,
        verb,
        source: null,
        about: about.map((e) => e.id),
      });
    }
  }
  return { entities, relations, statements, values: [], sentences };
}

export function fixtureExtractor(spec: FixtureSpec, version = "fixture-1"): Extractor {
  return { version, extract: (input) => fixtureExtract(input.text, spec) };
}

/** Entities and relations of the small made-up corpus used by the writer tests. */
export const NEWS_SPEC: FixtureSpec = {
  entities: [
    { id: "person:joe-biden", type: "Person", name: "جو بايدن", nameEn: "Joe Biden", aliases: ["بايدن"] },
    { id: "person:mustafa-al-kadhimi", type: "Person", name: "مصطفى الكاظمي", nameEn: "Mustafa al-Kadhimi" },
    { id: "country:iraq", type: "Country", name: "العراق", nameEn: "Iraq" },
    { id: "country:usa", type: "Country", name: "الولايات المتحدة", nameEn: "United States" },
    { id: "org:white-house", type: "Organization", name: "البيت الأبيض", nameEn: "White House" },
    { id: "city:baghdad", type: "City", name: "بغداد", nameEn: "Baghdad" },
  ],
  relations: [
    { type: "MET", source: "person:mustafa-al-kadhimi", target: "person:joe-biden", trigger: "استقبل" },
    { type: "LEADS", source: "person:mustafa-al-kadhimi", target: "country:iraq", trigger: "رئيس الوزراء" },
    { type: "VISITED", source: "person:mustafa-al-kadhimi", target: "org:white-house", trigger: "زار" },
    {
      type: "FUNDED",
      source: "country:usa",
      target: "country:iraq",
      trigger: "مليون دولار",
      properties: { amount: 155000000, currency: "USD" },
    },
  ],
  verbs: ["قال"],
};

/** Made-up articles in the style of the seed article (not copies of real reports). */
export const ARTICLES = {
  meeting:
    "بايدن يستقبل الكاظمي\n\nاستقبل الرئيس جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي في البيت الأبيض. " +
    "وقال جو بايدن إن الشراكة مع العراق مستمرة. وأعلنت الولايات المتحدة تقديم 155 مليون دولار إلى العراق.",
  visit:
    "الكاظمي في واشنطن\n\nزار رئيس الوزراء مصطفى الكاظمي البيت الأبيض للمرة الثانية. " +
    "واستقبل جو بايدن ضيفه مصطفى الكاظمي في المكتب البيضاوي. وعاد الكاظمي إلى بغداد مساء الخميس.",
  baghdad: "أخبار بغداد\n\nشهدت بغداد يوم الأحد حركة تجارية نشطة في أسواقها القديمة.",
} as const;

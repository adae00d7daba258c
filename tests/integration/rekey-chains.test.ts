// kg db migrate from the old person keys: before extractor version 4 a name chain was keyed by its
// first three parts, so a citizen X بن Y الفلاني shared the node of a prince X بن Y. Articles written
// for Rawabit in news style; names invented.
import { describe, expect, it } from "vitest";
import { migrate } from "../../ingest/db/migrate.js";
import { personId } from "../../ingest/extract/label.js";
import type { ArticleInput, Entity, ExtractionResult } from "../../ingest/model.js";
import { identityKey } from "../../ingest/text/normalize.js";
import { ingestArticle } from "../../ingest/write/article.js";
import { defaultExtractor, type Extractor } from "../../ingest/write/extractor.js";
import { rekeyChains } from "../../ingest/write/rekey-chains.js";
import { resetDb, useFreshDb } from "../support/db.js";
import { dumpGraph, type GraphDump } from "./ingest-helpers.js";

const CITIZEN = "نواف بن سعد الحربي";

/** In ingest order: the citizen first, so the merged node took his name. */
const CORPUS: { input: ArticleInput; now: string }[] = [
  "وصرح المواطن نواف بن سعد الحربي بأن الحادث وقع فجرا في مدينة جدة، وأن الدفاع المدني باشر الموقع.",
  "استقبل الأمير نواف بن سعد في الرياض وزير الخارجية الأردني، وبحث معه العلاقات الثنائية.",
  "وقال المواطن نواف بن سعد الحربي إن فرق الدفاع المدني وصلت إلى الموقع في جدة خلال دقائق.",
  "التقى الأمير نواف بن سعد بن عبدالرحمن آل فهيد في الرياض السفير الفرنسي لدى المملكة.",
].map((text, i) => ({ input: { text, publishedAt: `2021-07-2${i}` }, now: `2021-08-01T10:0${i}:00.000Z` }));

/** The id version 3 gave a person: a chain by its first three parts, whatever followed. */
function oldId(e: Entity): string {
  const keys = identityKey(e.name).split(" ");
  return e.type === "Person" && keys.length > 3 && keys[1] === "بن"
    ? personId(keys.slice(0, 3).join(" "))
    : e.id;
}

/** The extractor of version 3, as far as person ids go: today's, with the ids keyed the old way. */
async function oldExtractor(): Promise<Extractor> {
  const today = await defaultExtractor();
  return {
    version: "3",
    async extract(input) {
      const r: ExtractionResult = await today.extract(input);
      const ids = new Map(r.entities.map((e) => [e.id, oldId(e)]));
      const to = (id: string): string => ids.get(id) ?? id;
      return {
        ...r,
        entities: r.entities.map((e) => ({ ...e, id: to(e.id) })),
        relations: r.relations.map((x) => ({ ...x, source: to(x.source), target: to(x.target) })),
        statements: r.statements.map((s) => ({
          ...s,
          speaker: to(s.speaker),
          source: s.source === null ? null : to(s.source),
          ...(s.about ? { about: s.about.map(to) } : {}),
        })),
      };
    },
  };
}

const db = useFreshDb();

async function ingestAll(extractor?: Extractor): Promise<void> {
  await resetDb(db);
  for (const { input, now } of CORPUS)
    await ingestArticle(db, input, { ...(extractor ? { extractor } : {}), now: () => new Date(now) });
}

const persons = (): Promise<{ id: string; name: string; articles: number; said: number }[]> =>
  db.read(
    `MATCH (e:Person)
     RETURN e.id AS id, e.name AS name, e.articleCount AS articles, COUNT { (e)<-[:SAID_BY]-() } AS said
     ORDER BY name`,
  );

describe("kg db migrate: persons keyed by an older chain key", () => {
  it("splits a citizen from the prince he was merged with, as a fresh ingest keys them", async () => {
    await ingestAll(await oldExtractor());
    // The old shape: one node for both, named after the citizen, in all four articles.
    expect(await persons()).toEqual([{ id: expect.any(String), name: CITIZEN, articles: 4, said: 2 }]);

    const result = await migrate(db);
    expect(result.persons).toEqual({ entities: 1, articles: 4 });
    const migrated = await persons();
    expect(migrated).toEqual([
      { id: expect.any(String), name: "نواف بن سعد", articles: 2, said: 0 },
      { id: expect.any(String), name: CITIZEN, articles: 2, said: 2 },
    ]);
    // Idempotent: nothing is keyed the old way any more.
    expect(await rekeyChains(db)).toEqual({ entities: 0, articles: 0 });
    const dump: GraphDump = await dumpGraph(db);

    await ingestAll();
    expect(await rekeyChains(db)).toEqual({ entities: 0, articles: 0 });
    const fresh = await dumpGraph(db);
    expect(dump.nodes).toEqual(fresh.nodes);
    expect(dump.relationships).toEqual(fresh.relationships);
  });
});

import { describe, expect, it } from "vitest";
import { groupLocks, groupParams, type Prepared } from "../../../ingest/write/article.js";
import type { ArticleRows, EntityRow, RelationRow } from "../../../ingest/write/rows.js";

type Ready = Extract<Prepared, { kind: "ready" }>;

const entity = (id: string, name: string): EntityRow => ({
  id,
  type: "Place",
  name,
  nameEn: "",
  aliases: [],
  searchKeys: [name],
  mentions: 1,
  props: {},
});

const relation = (source: string, type: string, target: string): RelationRow => ({
  source,
  target,
  type,
  sentenceIds: [],
  evidence: [],
  evidenceStart: [],
  evidenceEnd: [],
  amounts: null,
  currencies: null,
  confidence: 0.9,
  props: {},
});

function ready(id: string, entities: EntityRow[], relations: RelationRow[]): Ready {
  const rows = { article: { id }, sentences: [], entities, mentions: [], relations, statements: [] };
  return {
    kind: "ready",
    id,
    url: null,
    version: "test",
    rows: rows as unknown as ArticleRows,
    now: "2021-07-26T10:00:00.000Z",
    warnings: [],
    pending: false,
    rulesVersion: 0,
  };
}

describe("groupLocks (cypher/write/article.cypher locks a group's entities and relationships first)", () => {
  const first = ready(
    "a1",
    [entity("place:cairo", "القاهرة"), entity("place:riyadh", "الرياض")],
    [relation("place:riyadh", "COOPERATES_WITH", "place:cairo")],
  );
  const second = ready(
    "a2",
    [
      entity("org:league", "الجامعة العربية"),
      entity("place:cairo", "مصر القاهرة"),
      entity("place:amman", "عمان"),
    ],
    [
      relation("org:league", "LOCATED_IN", "place:cairo"),
      relation("place:riyadh", "COOPERATES_WITH", "place:cairo"),
    ],
  );

  it("sorts the whole group's entities by id, each once, with the first article's row", () => {
    const locks = groupLocks([first, second]);
    expect(locks.entities.map((e) => e.id)).toEqual([
      "org:league",
      "place:amman",
      "place:cairo",
      "place:riyadh",
    ]);
    // The entity is created from the row of the first article that names it, as writing them in turn did.
    expect(locks.entities.find((e) => e.id === "place:cairo")?.name).toBe("القاهرة");
  });

  it("sorts the group's relationships by source|type|target, each once", () => {
    expect(groupLocks([second, first]).relations).toEqual([
      {
        key: "org:league|LOCATED_IN|place:cairo",
        source: "org:league",
        type: "LOCATED_IN",
        target: "place:cairo",
      },
      {
        key: "place:riyadh|COOPERATES_WITH|place:cairo",
        source: "place:riyadh",
        type: "COOPERATES_WITH",
        target: "place:cairo",
      },
    ]);
  });

  it("gives the same locks whatever the order of the articles, so every group locks in one order", () => {
    const a = groupLocks([first, second]);
    const b = groupLocks([second, first]);
    expect(b.entities.map((e) => e.id)).toEqual(a.entities.map((e) => e.id));
    expect(b.relations).toEqual(a.relations);
  });

  it("locks nothing ahead for an article written on its own", () => {
    expect(groupParams([{ article: { id: "a1" } }])).toEqual({
      group: { articles: [{ article: { id: "a1" } }], locks: { entities: [], relations: [] } },
    });
  });
});

import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../ingest/db/migrate.js";
import type { GraphPayload } from "../../ingest/model.js";
import { ingestArticle } from "../../ingest/write/article.js";
import { useFreshDb } from "../support/db.js";
import { fixtureServer, getJson } from "./api-helpers.js";

const db = useFreshDb();
let app: FastifyInstance;

beforeAll(async () => {
  app = await fixtureServer(db);
});

afterAll(async () => {
  await app?.close();
});

const coords = async (id: string) => {
  const [row] = await db.read<{ qid: unknown; lat: unknown; lon: unknown }>(
    "MATCH (e:Entity {id: $id}) RETURN e.qid AS qid, e.lat AS lat, e.lon AS lon",
    { id },
  );
  return row;
};

describe("coordinates of places", () => {
  it("are written when a place entity is created and served with the nodes", async () => {
    // Written for this test: a visit to Baghdad and a meeting with Iraq's prime minister.
    await ingestArticle(db, {
      text: "وصل وزير الخارجية الفرنسي إلى بغداد يوم الأحد في زيارة رسمية إلى العراق.",
      url: "https://example.test/coordinates-1",
    });
    expect(await coords("city:baghdad")).toEqual({ qid: "Q1530", lat: 33.3406, lon: 44.4009 });
    expect(await coords("country:IQ")).toMatchObject({ qid: "Q796" });
    const graph = await getJson<GraphPayload>(app, "/api/graph");
    const baghdad = graph.nodes.find((n) => n.id === "city:baghdad");
    expect(baghdad?.properties).toMatchObject({ qid: "Q1530", lat: 33.3406, lon: 44.4009 });
    const iraq = await getJson<{ entity: GraphPayload["nodes"][number] }>(app, "/api/entities/country:IQ");
    expect(iraq.entity.properties).toMatchObject({ qid: "Q796" });
    expect(typeof iraq.entity.properties.lat).toBe("number");
  });

  it("are given to place entities from before them by migrate, by id or by name", async () => {
    await db.write(
      `UNWIND $rows AS row
       MERGE (e:Entity {id: row.id})
       SET e.type = row.type, e.name = row.name, e.nameEn = row.nameEn, e.aliases = [], e.searchKeys = []
       REMOVE e.lat, e.lon, e.qid`,
      {
        rows: [
          { id: "city:baghdad", type: "City", name: "بغداد", nameEn: "Baghdad" },
          { id: "city:legacy-mosul", type: "City", name: "الموصل", nameEn: "Mosul" },
          { id: "loc:unknown-square", type: "Location", name: "ساحة لا اسم لها", nameEn: "" },
          { id: "person:someone", type: "Person", name: "بغداد", nameEn: "" },
        ],
      },
    );
    const { located } = await migrate(db);
    expect(located).toBe(2);
    expect(await coords("city:baghdad")).toEqual({ qid: "Q1530", lat: 33.3406, lon: 44.4009 });
    expect(await coords("city:legacy-mosul")).toMatchObject({ qid: expect.stringMatching(/^Q\d+$/) });
    expect(await coords("loc:unknown-square")).toEqual({ qid: null, lat: null, lon: null });
    expect(await coords("person:someone")).toEqual({ qid: null, lat: null, lon: null });
    // Nothing left to do: running it again changes nothing.
    expect((await migrate(db)).located).toBe(0);
  });
});

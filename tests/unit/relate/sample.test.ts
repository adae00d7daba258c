import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import type { Entity, Relation } from "../../../ingest/model.js";

// The founding sample article (samples/seed-article.txt): the acceptance list of issue 4.
const text = readFileSync(new URL("../../../samples/seed-article.txt", import.meta.url), "utf8");
const result = extract(text);

function id(pattern: RegExp): string {
  const e = result.entities.find((x: Entity) => pattern.test(x.nameEn));
  if (!e)
    throw new Error(`no entity matching ${pattern} (got ${result.entities.map((x) => x.nameEn).join(", ")})`);
  return e.id;
}

const E = {
  biden: id(/Biden/),
  kadhimi: id(/Kadh/),
  nadhem: id(/Hassan/),
  bush: id(/Bush/),
  us: id(/^United States$/),
  iraq: id(/^Iraq$/),
  afghanistan: id(/Afghanistan/),
  council: id(/Council of Ministers/),
  cts: id(/Counter.Terrorism/),
  coalition: id(/coalition/i),
  isis: id(/ISIS|Islamic State/),
  ap: id(/Associated Press/),
  joc: id(/Joint Operations/),
};

function find(type: Relation["type"], a: string, b: string): Relation | undefined {
  return result.relations.find(
    (r) =>
      r.type === type &&
      ((r.source === a && r.target === b) ||
        (["MET", "COOPERATES_WITH"].includes(type) && r.source === b && r.target === a)),
  );
}

describe("relate: the sample article", () => {
  it.each([
    ["MET", "biden", "kadhimi", {}],
    ["LEADS", "biden", "us", { role: "president" }],
    ["LEADS", "kadhimi", "iraq", { role: "prime minister" }],
    ["MEMBER_OF", "nadhem", "council", { role: "spokesperson" }],
    ["LEADS", "bush", "us", { role: "former president", status: "done" }],
    ["FUNDED", "coalition", "cts", { amount: 25_000_000, currency: "USD", item: "equipment" }],
    ["LEADS", "us", "coalition", {}],
    ["PART_OF", "cts", "iraq", {}],
    ["PART_OF", "council", "iraq", {}],
    ["COOPERATES_WITH", "us", "iraq", {}],
    ["OPPOSES", "coalition", "isis", {}],
    ["WITHDREW_FROM", "us", "iraq", { status: "planned" }],
    ["WITHDREW_FROM", "us", "afghanistan", { status: "planned" }],
  ] as const)("%s %s → %s", (type, a, b, props) => {
    const r = find(type, E[a], E[b]);
    expect(r, `${type} ${a} ${b}`).toBeDefined();
    expect(r?.properties).toMatchObject(props);
    for (const ev of r?.evidence ?? []) {
      expect(ev.text).toBe(text.slice(ev.start, ev.end));
      const s = result.sentences?.[ev.sentence];
      expect(s && ev.start >= s.start && ev.end <= s.end).toBe(true);
    }
  });

  it("dates the withdrawals: end of the year, end of August", () => {
    expect(find("WITHDREW_FROM", E.us, E.iraq)?.properties.dateText).toMatch(/نهاية العام/);
    expect(find("WITHDREW_FROM", E.us, E.afghanistan)?.properties.dateText).toMatch(/نهاية أغسطس/);
  });

  it("stays close to what the text says", () => {
    expect(result.relations.every((r) => r.source !== r.target)).toBe(true);
    expect(result.relations.length).toBeLessThanOrEqual(20);
  });

  it("attributes statements to Biden, Kadhimi, Hassan Nadhem, the AP and the Joint Operations statement", () => {
    const speakers = new Set(result.statements.map((s) => s.speaker));
    for (const who of ["biden", "kadhimi", "nadhem", "ap", "joc"] as const)
      expect(speakers).toContain(E[who]);
    for (const s of result.statements) expect(s.text).toBe(text.slice(s.start, s.end));
    const tweet = result.statements.find((s) => s.medium === "tweet");
    expect(tweet).toMatchObject({ speaker: E.biden, verb: "كتب" });
    expect(result.statements.some((s) => s.source === E.ap)).toBe(true);
    expect(result.statements.filter((s) => s.speaker === E.joc).map((s) => s.verb)).toEqual([
      "كشف",
      "لافتاً",
      "أشار",
    ]);
  });
});

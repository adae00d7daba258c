import { describe, expect, it } from "vitest";
import {
  escapeLucene,
  luceneQuery,
  rankHits,
  searchTerms,
  type RawHit,
} from "../../../ingest/server/search-query.js";

describe("luceneQuery", () => {
  it.each([
    ["أميركا", "(اميركا OR اميركا*)"],
    ["  Joe   BIDEN ", "(joe OR joe*) AND (biden OR biden*)"],
    ["الكاظمى", "(الكاظمي OR الكاظمي*)"],
    ["بَايْدِن", "(بايدن OR بايدن*)"],
    ['"}) DETACH DELETE n //', "(detach OR detach*) AND (delete OR delete*) AND (n OR n*)"],
    ["AND OR NOT", "(and OR and*) AND (or OR or*) AND (not OR not*)"],
    [
      "<img src=x onerror=alert(1)>",
      "(img OR img*) AND (src OR src*) AND (x OR x*) AND (onerror OR onerror*) AND (alert OR alert*) AND (1 OR 1*)",
    ],
  ])("%s → %s", (q, expected) => {
    expect(luceneQuery(q)).toBe(expected);
  });

  it.each(["", "   ", "*", "\\", '"()"', "+-&|!"])("%j has no words → null", (q) => {
    expect(luceneQuery(q)).toBeNull();
  });

  it("escapes every Lucene special character", () => {
    expect(escapeLucene('a+b-c&d|e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&d\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it("splits on punctuation as the analyser does", () => {
    expect(searchTerms("al-Kadhimi, مصطفى")).toEqual(["al", "kadhimi", "مصطفي"]);
  });
});

describe("rankHits", () => {
  const hit = (id: string, name: string, score: number, mentionCount = 1, keys: string[] = []): RawHit => ({
    id,
    type: "Person",
    name,
    nameEn: "",
    aliases: [],
    searchKeys: keys,
    mentionCount,
    score,
  });

  it("puts an exact name before a prefix before a word inside a name, whatever Lucene scored", () => {
    const ranked = rankHits("بايدن", [
      hit("inner", "ادارة بايدن الجديدة", 9),
      hit("prefix", "بايدنية", 8),
      hit("exact", "بايدن", 1),
    ]);
    expect(ranked.map((h) => h.id)).toEqual(["exact", "prefix", "inner"]);
  });

  it("keeps the best score of an entity found twice and breaks ties by mentions", () => {
    const ranked = rankHits("x", [hit("a", "y", 1, 1), hit("b", "y", 1, 5), hit("a", "y", 3, 1)]);
    expect(ranked.map((h) => [h.id, h.score])).toEqual([
      ["a", 3],
      ["b", 1],
    ]);
  });
});

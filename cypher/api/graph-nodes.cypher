// Entities for the explorer, filtered by type, relation types and article; the most connected first.
// $types, $article: null for all; $relations: relation types counted for degree; $minDegree, $limit.
// $articles: the ids of a time window's articles (cypher/api/window-articles.cypher), null for no window.
MATCH (e:Entity)
WHERE ($types IS NULL OR e.type IN $types)
  AND ($article IS NULL OR EXISTS {
    MATCH (:Article {id: $article})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e)
  })
  AND ($articles IS NULL OR EXISTS { MATCH (s:Sentence)-[:MENTIONS]->(e) WHERE s.articleId IN $articles })
// The relation vocabulary spelled out in the pattern (tests/unit/cypher-relation-types.test.ts keeps it
// in step with ingest/model.ts): Neo4j then reads only those relationship groups of a busy entity,
// not its thousands of MENTIONS (measured at 2,000 articles: 90 → 10 ms for this statement).
WITH e, COUNT {
  (e)-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(:Entity)
  WHERE type(r) IN $relations AND ($article IS NULL OR EXISTS { (:Evidence {id: $article + '|' + r.key}) })
    AND ($articles IS NULL OR EXISTS { MATCH (x:Evidence {key: r.key}) WHERE x.articleId IN $articles })
} AS degree
WHERE degree >= $minDegree
// Without `searchKeys`: the API never shows them (ingest/server/graph-elements.ts), and they were most
// of the bytes of a whole-graph read (at 5,000 real articles 423k characters of 630k).
RETURN e.id AS id, labels(e) AS labels, e {.*, searchKeys: null} AS properties, degree
ORDER BY degree DESC, e.mentionCount DESC, e.id
LIMIT $limit

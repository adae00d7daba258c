// graph-nodes.cypher for one article ($article, an id): the same rows, but found from the article's
// sentences instead of by testing every entity in the graph for a mention in it (the reader's graph
// at 5,000 real articles: every one of ~12,000 entities walked per request).
// $types: null for all; $relations: relation types counted for degree; $minDegree, $limit;
// $articles: the ids of a time window's articles (cypher/api/window-articles.cypher), null for no window.
MATCH (:Article {id: $article})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
WHERE ($types IS NULL OR e.type IN $types)
  AND ($articles IS NULL OR EXISTS { MATCH (s:Sentence)-[:MENTIONS]->(e) WHERE s.articleId IN $articles })
// The relation vocabulary spelled out, as in graph-nodes.cypher; only this article's evidence counts.
WITH e, COUNT {
  (e)-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(:Entity)
  WHERE type(r) IN $relations AND EXISTS { (:Evidence {id: $article + '|' + r.key}) }
    AND ($articles IS NULL OR EXISTS { MATCH (x:Evidence {key: r.key}) WHERE x.articleId IN $articles })
} AS degree
WHERE degree >= $minDegree
// Without `searchKeys`: the API never shows them (ingest/server/graph-elements.ts), and they were most
// of the bytes of a whole-graph read (at 5,000 real articles 423k characters of 630k).
RETURN e.id AS id, labels(e) AS labels, e {.*, searchKeys: null} AS properties, degree
ORDER BY degree DESC, e.mentionCount DESC, e.id
LIMIT $limit

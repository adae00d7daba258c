// One entity with its degree over entity relations (in a time window, those with evidence in it;
// $articles: the window's article ids, null for none).
MATCH (e:Entity {id: $id})
RETURN e.id AS id, labels(e) AS labels, properties(e) AS properties,
       COUNT { (e)-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(:Entity) WHERE type(r) IN $relations
         AND ($articles IS NULL OR EXISTS { MATCH (x:Evidence {key: r.key}) WHERE x.articleId IN $articles }) } AS degree

// Counts for GET /api/health: articles, entities, entity relationships.
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $relations RETURN count(r) AS relationships }
RETURN articles, entities, relationships

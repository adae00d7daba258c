// The explorer's whole graph: the most connected entities first, optionally of some types, read in
// the order of the entity_degree index from each entity's stored degree (its typed relationships,
// kept by every writer: cypher/write/entity-totals.cypher). graph-nodes.cypher answers the same
// from the relationships themselves when the degree depends on the request (some relation types,
// one article, a time window); counting them for every entity was most of `graph?limit=500`
// (12,527 entities counted for 500 rows at 5,000 real articles). $types: null for all; $minDegree,
// $limit. Same columns and order as graph-nodes.cypher.
MATCH (e:Entity)
WHERE e.degree >= $minDegree AND ($types IS NULL OR e.type IN $types)
// Without `searchKeys`: the API never shows them (see graph-nodes.cypher).
RETURN e.id AS id, labels(e) AS labels, e {.*, searchKeys: null} AS properties, e.degree AS degree
ORDER BY e.degree DESC, e.mentionCount DESC, e.id
LIMIT $limit

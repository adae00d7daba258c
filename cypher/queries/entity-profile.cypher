// name: entity-profile
// title: Entity profile
// title_ar: ملف كيان
// description: One entity (by id, Arabic name or English name), its aliases, and its relationships by type with counts and evidence.
// description_ar: كيان واحد (بالمعرّف أو الاسم العربي أو الإنجليزي) وأسماؤه البديلة وعلاقاته حسب النوع مع أعدادها وأدلتها.
// param: entity: string | example: "جو بايدن" | Entity id, Arabic name or English name
// param: limit: integer = 50 | example: 20 | Maximum relationships returned
CALL {
  MATCH (e:Entity {id: $entity}) RETURN e
  UNION
  MATCH (e:Entity {name: $entity}) RETURN e
  UNION
  MATCH (e:Entity {nameEn: $entity}) RETURN e
}
WITH e LIMIT 1
OPTIONAL MATCH (e)-[r]-(other:Entity)
WITH e, r, other
ORDER BY r.count DESC
LIMIT $limit
RETURN e.name AS entity, e.nameEn AS entityEn, e.aliases AS aliases, type(r) AS relation,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       other.name AS other, other.nameEn AS otherEn, r.count AS count, r.evidence AS evidence,
       e AS node, r AS relationship, other AS otherNode

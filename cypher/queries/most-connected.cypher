// name: most-connected
// title: Most connected actors
// title_ar: أكثر الفاعلين ارتباطاً
// description: Entities ranked by degree (typed relationships with other entities), with the number of distinct relation types and of articles, by entity type.
// description_ar: الكيانات مرتّبة حسب عدد علاقاتها المصنّفة مع كيانات أخرى، مع عدد أنواع العلاقات المختلفة وعدد المقالات، حسب نوع الكيان.
// param: types: string[] = ["Person","Organization","Country","City","Location"] | example: ["Person"] | Entity types to rank
// param: limit: integer = 25 | example: 10 | Maximum entities
MATCH (e:Entity)
WHERE e.type IN $types
WITH e, COUNT { (e)-[]-(:Entity) } AS degree
WHERE degree > 0
WITH e, degree, COLLECT { MATCH (e)-[r]-(:Entity) RETURN DISTINCT type(r) } AS relationTypes
RETURN e.name AS name, e.nameEn AS nameEn, e.type AS type, degree, size(relationTypes) AS distinctRelations,
       relationTypes, e.mentionCount AS mentions, e.articleCount AS articles, e AS node
ORDER BY degree DESC, distinctRelations DESC, mentions DESC, e.id
LIMIT $limit

// name: review-queue
// title: Review queue
// title_ar: قائمة المراجعة
// description: For curation: relationships below a confidence threshold (least confident first), then entities seen only once in the whole corpus.
// description_ar: للتدقيق: العلاقات التي تقل ثقتها عن حدّ معيّن (الأقل ثقة أولاً)، ثم الكيانات التي لم تُذكر إلا مرة واحدة في كل المقالات.
// param: maxConfidence: float = 0.7 | example: 0.8 | Relationships with confidence below this are listed
// param: types: string[] = ["Person","Organization","Country","City","Location"] | example: ["Person","Organization"] | Entity types to review (sources of relationships, entities seen once)
// param: limit: integer = 100 | example: 50 | Maximum rows per section
CALL () {
  // Starting from the entity-type index keeps this an index walk rather than a scan of every node.
  MATCH (a:Entity)-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]->(b:Entity)
  WHERE a.type IN $types AND r.confidence < $maxConfidence
  WITH a, r, b ORDER BY r.confidence, r.count, type(r), a.id, b.id LIMIT $limit
  RETURN 'relationship' AS issue, a.name + ' —' + type(r) + '→ ' + b.name AS item,
         coalesce(a.nameEn, '') + ' ' + type(r) + ' ' + coalesce(b.nameEn, '') AS itemEn, r.confidence AS confidence,
         r.count AS mentions,
         COLLECT { MATCH (ev:Evidence {key: r.key}) RETURN ev.evidence[0] AS first ORDER BY ev.seq }[0] AS evidence, a AS node, r AS relationship, b AS otherNode
  UNION ALL
  MATCH (e:Entity)
  WHERE e.type IN $types AND e.mentionCount <= 1
  WITH e ORDER BY e.type, e.id LIMIT $limit
  OPTIONAL CALL (e) {
    MATCH (s:Sentence)-[:MENTIONS]->(e) RETURN s.text AS sentence LIMIT 1
  }
  RETURN 'seen-once' AS issue, e.name AS item, coalesce(e.nameEn, '') + ' (' + e.type + ')' AS itemEn,
         null AS confidence, e.mentionCount AS mentions, sentence AS evidence, e AS node,
         null AS relationship, null AS otherNode
}
RETURN issue, item, itemEn, confidence, mentions, evidence, node, relationship, otherNode

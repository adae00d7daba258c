// name: review-queue
// title: Review queue
// title_ar: قائمة المراجعة
// description: For curation: relationships below a confidence threshold (least confident first), then entities seen only once in the whole corpus; optionally only what articles published between two dates say (relationships with evidence there, entities whose one mention is there).
// description_ar: للتدقيق: العلاقات التي تقل ثقتها عن حدّ معيّن (الأقل ثقة أولاً)، ثم الكيانات التي لم تُذكر إلا مرة واحدة في كل المقالات؛ مع إمكانية حصرها فيما تقوله المقالات المنشورة بين تاريخين.
// param: maxConfidence: float = 0.7 | example: 0.8 | Relationships with confidence below this are listed
// param: types: string[] = ["Person","Organization","Country","City","Location"] | example: ["Person","Organization"] | Entity types to review (sources of relationships, entities seen once)
// window: from, to
// param: from: string = null | example: "2021-01-01" | Earliest article date, ISO (optional)
// param: to: string = null | example: "2021-12-31" | Latest article date, ISO, inclusive (optional)
// param: limit: integer = 100 | example: 50 | Maximum rows per section
CALL () {
  // Starting from the entity-type index keeps this an index walk rather than a scan of every node.
  MATCH (a:Entity)-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]->(b:Entity)
  WHERE a.type IN $types AND r.confidence < $maxConfidence
    // In a window: those with evidence from an article dated inside it (an undated article is in none).
    AND (($from IS NULL AND $to IS NULL) OR EXISTS {
      MATCH (ev:Evidence {key: r.key})
      WHERE ($from IS NULL OR ev.publishedAt >= $from) AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
    })
  WITH a, r, b ORDER BY r.confidence, r.count, type(r), a.id, b.id LIMIT $limit
  // The window's evidence: its mentions are counted there and its first sentence shown. The
  // confidence stays the relationship's own: that is what a reviewer confirms or rejects.
  WITH a, r, b, COLLECT {
    MATCH (ev:Evidence {key: r.key})
    WHERE ($from IS NULL OR ev.publishedAt >= $from) AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
    RETURN ev ORDER BY ev.seq
  } AS evs
  RETURN 'relationship' AS issue, a.name + ' —' + type(r) + '→ ' + b.name AS item,
         coalesce(a.nameEn, '') + ' ' + type(r) + ' ' + coalesce(b.nameEn, '') AS itemEn, r.confidence AS confidence,
         CASE WHEN $from IS NULL AND $to IS NULL THEN r.count
              ELSE reduce(n = 0, ev IN evs | n + size(ev.sentenceIds)) END AS mentions,
         evs[0].evidence[0] AS evidence, a AS node, r AS relationship, b AS otherNode
  UNION ALL
  MATCH (e:Entity)
  WHERE e.type IN $types AND e.mentionCount <= 1
    // "Seen once" is over the whole corpus; in a window, those whose one mention is in it.
    AND (($from IS NULL AND $to IS NULL) OR EXISTS {
      MATCH (e)<-[:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(article:Article)
      WHERE ($from IS NULL OR article.publishedAt >= $from)
        AND ($to IS NULL OR left(article.publishedAt, size($to)) <= $to)
    })
  WITH e ORDER BY e.type, e.id LIMIT $limit
  OPTIONAL CALL (e) {
    MATCH (s:Sentence)-[:MENTIONS]->(e) RETURN s.text AS sentence LIMIT 1
  }
  RETURN 'seen-once' AS issue, e.name AS item, coalesce(e.nameEn, '') + ' (' + e.type + ')' AS itemEn,
         null AS confidence, e.mentionCount AS mentions, sentence AS evidence, e AS node,
         null AS relationship, null AS otherNode
}
RETURN issue, item, itemEn, confidence, mentions, evidence, node, relationship, otherNode

// name: most-connected
// title: Most connected actors
// title_ar: أكثر الفاعلين ارتباطاً
// description: Entities ranked by degree (typed relationships with other entities), with the number of distinct relation types and of articles, by entity type; optionally counted only from articles published between two dates.
// description_ar: الكيانات مرتّبة حسب عدد علاقاتها المصنّفة مع كيانات أخرى، مع عدد أنواع العلاقات المختلفة وعدد المقالات، حسب نوع الكيان؛ مع إمكانية حسابها من المقالات المنشورة بين تاريخين فقط.
// window: from, to
// param: types: string[] = ["Person","Organization","Country","City","Location"] | example: ["Person"] | Entity types to rank
// param: from: string = null | example: "2021-01-01" | Earliest article date, ISO (optional)
// param: to: string = null | example: "2021-12-31" | Latest article date, ISO, inclusive (optional)
// param: limit: integer = 25 | example: 10 | Maximum entities
MATCH (e:Entity)
WHERE e.type IN $types
// In a window, only the relationships with evidence from an article dated inside it count (an
// undated article is in none).
// One pass over the relationships gives both the degree and the distinct types.
WITH e, COLLECT {
  MATCH (e)-[r]-(:Entity)
  WHERE ($from IS NULL AND $to IS NULL) OR EXISTS {
    MATCH (ev:Evidence {key: r.key})
    WHERE ($from IS NULL OR ev.publishedAt >= $from) AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
  }
  RETURN type(r)
} AS relTypes
WITH e, relTypes, size(relTypes) AS degree
WHERE degree > 0
WITH e, degree, COLLECT { UNWIND relTypes AS t RETURN DISTINCT t } AS relationTypes
// Mentions and articles: the stored totals, or in a window its articles' (the UNWIND yields a row only
// then, so without a window no mention is read).
CALL (e) {
  UNWIND CASE WHEN $from IS NULL AND $to IS NULL THEN [] ELSE [true] END AS windowed
  MATCH (e)<-[m:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(article:Article)
  WHERE ($from IS NULL OR article.publishedAt >= $from)
    AND ($to IS NULL OR left(article.publishedAt, size($to)) <= $to)
  RETURN count(m) AS windowMentions, count(DISTINCT article) AS windowArticles
}
WITH e, degree, relationTypes,
     CASE WHEN $from IS NULL AND $to IS NULL THEN e.mentionCount ELSE windowMentions END AS mentions,
     CASE WHEN $from IS NULL AND $to IS NULL THEN e.articleCount ELSE windowArticles END AS articles
RETURN e.name AS name, e.nameEn AS nameEn, e.type AS type, degree, size(relationTypes) AS distinctRelations,
       relationTypes, mentions, articles, e AS node
ORDER BY degree DESC, distinctRelations DESC, mentions DESC, e.id
LIMIT $limit

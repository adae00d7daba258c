// Brings entities up to date after their articles were committed (ingest/write/entity-totals.ts):
// new aliases, matching keys, an English name if there was none, extracted properties, and the
// counters mentionCount and degree — recomputed from the graph, not incremented, so running this
// again, late, or for articles written by another process always leaves the right totals.
// articleCount is not counted here: co-mentions.cypher adds each article to it once, under the
// article's `coMentions` mark, in the flush's transactions before these (the recount here was 98 %
// of a flush's db hits, ≈ 11.6 ms of Neo4j CPU per article at 256-article flushes; issue 18 in
// README.md), and remove-article.cypher takes a counted article back. Then clears the articles'
// `entityTotalsPending` mark. Rows are sorted by id, so concurrent runs lock in the same order.
// Both lists come in one map: a list parameter's size is part of Neo4j's plan cache key
// (see article.cypher), and these sizes vary from flush to flush.
// mentionCount counts MENTIONS without naming the far end (only sentences mention entities,
// article.cypher): that is the node's stored degree, one read, where `<-[:MENTIONS]-(:Sentence)`
// visited every mention of a busy entity at every flush — 37 % of a flush's db hits at 5,000
// real articles (1,011 -> 636 per article), growing with the corpus. For the same reason neither
// articleCount nor degree names a label at the far end: only sentences mention entities and typed
// relationships join two entities (article.cypher, curation's marks and fold are their only
// writers), so the labels selected nothing and cost a read per mention or relationship —
// articleCount, by far the dearest count, 58,550 -> 39,319 db hits for the 150 busiest entities
// of 2,000 real articles, degree 5,066 -> 2,250 (same values).
// degree counts the entity's typed relationships (either direction; the vocabulary spelled out so
// only those relationship groups are read): the explorer's "most connected first" reads it from the
// entity_degree index (cypher/api/graph-nodes-top.cypher) instead of counting every entity's
// relationships per request. Every writer of entity relationships sets it again from the graph:
// this flush, remove-relations/remove-article, curation's marks, unmark and fold; `kg db migrate`
// for older graphs (ingest/write/migrate-degree.ts).
CALL () {
  UNWIND $rows.entities AS row
  MATCH (e:Entity {id: row.id})
  SET e.aliases = e.aliases + [x IN row.aliases WHERE NOT x IN e.aliases],
      e.searchKeys = e.searchKeys + [x IN row.searchKeys WHERE NOT x IN e.searchKeys],
      e.nameEn = CASE WHEN coalesce(e.nameEn, "") = "" THEN row.nameEn ELSE e.nameEn END,
      e.mentionCount = COUNT { (e)<-[:MENTIONS]-() },
      e.degree = COUNT { (e)-[:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-() }
  SET e += row.props
}
CALL () {
  UNWIND $rows.articles AS id
  MATCH (a:Article {id: id})
  REMOVE a.entityTotalsPending
}
RETURN size($rows.entities) AS entities

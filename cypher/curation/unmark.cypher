// Undoes a confirmation or an addition: the marks go, and a manual relationship no article
// supports goes with them.
MATCH (:Entity {id: $source})-[r:$($type)]->(:Entity {id: $target})
WHERE r.reviewCorrection = $correction OR ($manual AND r.manual)
REMOVE r.reviewed, r.reviewedBy, r.reviewedAt, r.reviewCorrection, r.manual, r.manualNote, r.manualSentence
WITH r
CALL (r) {
  WITH r WHERE coalesce(r.articleCount, 0) = 0 AND coalesce(r.count, 0) = 0
  WITH r, startNode(r) AS s, endNode(r) AS t
  DELETE r
  // The ends' stored degree (entity-totals.cypher), counted again without it.
  SET s.degree = COUNT { (s)-[:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(:Entity) },
      t.degree = COUNT { (t)-[:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(:Entity) }
}
RETURN count(*) AS unmarked

// Reviewed and manual relationships: confirmations mark an extracted relationship, additions make
// one by hand (kept by remove-relations.cypher when no article supports it). Run after every
// correction and after writes touching their entities, since re-extraction may re-create them.
CALL () {
  UNWIND $confirmed AS row
  MATCH (:Entity {id: row.source})-[r:$(row.type)]->(:Entity {id: row.target})
  SET r.reviewed = true, r.reviewedBy = row.user, r.reviewedAt = row.at, r.reviewCorrection = row.correction
}
CALL () {
  UNWIND $manual AS row
  MATCH (s:Entity {id: row.source})
  MATCH (t:Entity {id: row.target})
  MERGE (s)-[r:$(row.type)]->(t)
    ON CREATE SET r.key = row.source + '|' + row.type + '|' + row.target, r.count = 0, r.articleCount = 0,
      r.confidence = 1.0
  SET r.manual = true, r.manualNote = row.note, r.manualSentence = row.sentence,
      r.reviewed = true, r.reviewedBy = row.user, r.reviewedAt = row.at, r.reviewCorrection = row.correction
  // The ends' stored degree (entity-totals.cypher), counted again with it.
  SET s.degree = COUNT { (s)-[:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(:Entity) },
      t.degree = COUNT { (t)-[:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(:Entity) }
}
RETURN size($confirmed) + size($manual) AS marked

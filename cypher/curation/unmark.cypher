// Undoes a confirmation or an addition: the marks go, and a manual relationship no article
// supports goes with them.
MATCH (:Entity {id: $source})-[r:$($type)]->(:Entity {id: $target})
WHERE r.reviewCorrection = $correction OR ($manual AND r.manual)
REMOVE r.reviewed, r.reviewedBy, r.reviewedAt, r.reviewCorrection, r.manual, r.manualNote, r.manualSentence
WITH r
CALL (r) {
  WITH r WHERE coalesce(r.articleCount, 0) = 0 AND coalesce(r.count, 0) = 0
  DELETE r
}
RETURN count(*) AS unmarked

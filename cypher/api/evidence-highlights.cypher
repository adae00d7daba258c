// Where the given entities are mentioned in the given sentences (offsets within the sentence text).
UNWIND $sentenceIds AS sid
MATCH (s:Sentence {id: sid})-[m:MENTIONS]->(x:Entity)
WHERE x.id IN $entityIds
RETURN sid AS sentenceId, m.start AS start, m.end AS end
ORDER BY sid, start

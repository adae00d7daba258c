// One MENTIONS relationship per mention; offsets are within the sentence text.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (e:Entity {id: row.entityId})
MERGE (s)-[m:MENTIONS {start: row.start}]->(e)
SET m.end = row.end, m.text = row.text

// The evidence sentences of one relationship, with their articles. The ONE place curation reads
// how evidence is stored (today: parallel lists on the relationship); rejections are keyed by the
// sentence text, not by this storage.
MATCH (s:Entity {id: $source})-[r:$($type)]->(t:Entity {id: $target})
OPTIONAL MATCH (sen:Sentence) WHERE sen.id IN coalesce(r.sentenceIds, [])
RETURN coalesce(r.manual, false) AS manual, collect({id: sen.id, text: sen.text, articleId: sen.articleId}) AS sentences

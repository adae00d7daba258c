// Does $entity name an entity, by the resolution the saved queries use (cypher/queries/*: exact id,
// then exact name or English name, then a full-text phrase)? Asked when a saved query found nothing.
CALL () {
  MATCH (e:Entity {id: $entity}) RETURN e, 3 AS rank, 0.0 AS score
  UNION
  MATCH (e:Entity {name: $entity}) RETURN e, 2 AS rank, 0.0 AS score
  UNION
  MATCH (e:Entity {nameEn: $entity}) RETURN e, 2 AS rank, 0.0 AS score
  UNION
  // Full-text phrase over names, aliases and matching keys: the input gets the same Arabic
  // normalisation as `searchKeys` (alef forms, ى, ة, diacritics) and Lucene's quote and backslash escaped.
  WITH reduce(s = toLower(trim($entity)), p IN [['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'],
         ['ة', 'ه'], ['ـ', ''], ['ً', ''], ['ٌ', ''], ['ٍ', ''], ['َ', ''], ['ُ', ''], ['ِ', ''], ['ّ', ''], ['ْ', ''],
         ['ٰ', ''], ['\\', '\\\\'], ['"', '\\"']] | replace(s, p[0], p[1])) AS key
  WHERE key <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + key + '"', {limit: 10}) YIELD node, score
  RETURN node AS e, 1 AS rank, score
}
RETURN count(e) > 0 AS found

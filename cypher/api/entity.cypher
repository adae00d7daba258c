// One entity with its degree over entity relations.
MATCH (e:Entity {id: $id})
RETURN e.id AS id, labels(e) AS labels, properties(e) AS properties,
       COUNT { (e)-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(:Entity) WHERE type(r) IN $relations } AS degree

// A rename, retype or property set on the stored entity (the rules redo it for entities written
// later). Null fields are left as they are; $props entries set to null remove the property.
MATCH (e:Entity {id: $id})
WITH e, e.type AS oldType
SET e.name = coalesce($name, e.name),
    e.nameEn = coalesce($nameEn, e.nameEn),
    e.type = coalesce($type, e.type),
    e.aliases = coalesce($aliases, e.aliases),
    e.searchKeys = coalesce($searchKeys, e.searchKeys)
SET e += $props
WITH e, oldType
CALL (e, oldType) {
  WITH e, oldType WHERE $type IS NOT NULL AND $type <> oldType
  REMOVE e:$(oldType)
  SET e:$($type)
}
RETURN e.id AS id

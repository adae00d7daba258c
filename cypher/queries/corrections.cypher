// name: corrections
// title: What was corrected
// title_ar: ما الذي صُحِّح
// description: Analysts' corrections of the graph (kg curate, /api/corrections), newest first: who, when, what, why, whether undone, and the entities each names.
// description_ar: تصحيحات المحللين للرسم البياني، الأحدث أولاً: مَن ومتى وماذا ولماذا، وهل أُلغي، والكيانات التي يذكرها كل تصحيح.
// param: user: string = "" | example: "" | Only corrections made by this user (empty: everyone)
// param: limit: integer = 100 | example: 50 | Maximum corrections
MATCH (c:Correction)
WHERE $user = '' OR c.user = $user
WITH c ORDER BY c.seq DESC LIMIT $limit
OPTIONAL MATCH (e:Entity) WHERE e.id IN coalesce(c.entities, [])
WITH c, collect(e) AS entities
RETURN c.id AS id, c.kind AS kind, c.user AS user, c.at AS at, c.reason AS reason, c.undone AS undone,
       c.payload AS what, [x IN entities | x.name] AS names, entities
ORDER BY c.seq DESC

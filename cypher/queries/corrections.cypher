// name: corrections
// title: What was corrected
// title_ar: ما الذي صُحِّح
// description: Analysts' corrections of the graph (kg curate, /api/corrections), newest first: who, when, what, why, whether undone, and the entities each names. A log of curation time, so the timeline's window of article dates does not apply.
// description_ar: تصحيحات المحللين للرسم البياني، الأحدث أولاً: مَن ومتى وماذا ولماذا، وهل أُلغي، والكيانات التي يذكرها كل تصحيح. سجلّ بتاريخ التصحيح، فلا تنطبق عليه فترة تواريخ المقالات في الخط الزمني.
// param: user: string = "" | example: "" | Only corrections made by this user (empty: everyone)
// param: limit: integer = 100 | example: 50 | Maximum corrections
// No time window (from/to), deliberately: a correction is dated by when an analyst made it (c.at),
// not by any article's publication date, and one correction (a merge, a rename) can touch entities
// from articles of every date. Filtering this log by the timeline's article-date window would hide
// corrections for reasons that have nothing to do with them; `limit` and `user` narrow it instead.
MATCH (c:Correction)
WHERE $user = '' OR c.user = $user
WITH c ORDER BY c.seq DESC LIMIT $limit
OPTIONAL MATCH (e:Entity) WHERE e.id IN coalesce(c.entities, [])
WITH c, collect(e) AS entities
RETURN c.id AS id, c.kind AS kind, c.user AS user, c.at AS at, c.reason AS reason, c.undone AS undone,
       c.payload AS what, [x IN entities | x.name] AS names, entities
ORDER BY c.seq DESC

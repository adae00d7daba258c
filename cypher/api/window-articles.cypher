// The articles inside a time window, with their dates ($from inclusive, $until exclusive; both in the
// stored form of ingest/sources/dates.ts, so they compare as strings). Read through the
// article_published index; undated articles (publishedAt null) are never inside.
// The windowed statements take these ids as $articles (ingest/server/window.ts): a relationship is
// in the window when one of its Evidence nodes is of those articles, an entity when a sentence of
// one of them mentions it.
MATCH (a:Article)
WHERE a.publishedAt >= $from AND a.publishedAt < $until
RETURN a.id AS id, a.publishedAt AS publishedAt

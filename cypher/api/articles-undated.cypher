// How many articles carry no date (publishedAt null): they stay out of every time window.
MATCH (a:Article)
WHERE a.publishedAt IS NULL
RETURN count(a) AS undated

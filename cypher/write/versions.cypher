// Older versions of the article at the same URL (their facts are replaced by the new text).
MATCH (a:Article {url: $url})
WHERE a.id <> $id
RETURN a.id AS id

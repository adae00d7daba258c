// Rawabit graph schema. Applied idempotently by `npm run db:migrate` and before any ingest.
// Statements are separated by semicolons at the end of a line.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (st:Statement) REQUIRE st.id IS UNIQUE;

// One article per URL: two writers of new texts at the same URL serialise on this constraint, and
// the second one (whose write then fails) is retried and replaces the first (ingest/write/article.ts).
// Graphs from before the constraint had a plain index of that name.
DROP INDEX article_url IF EXISTS;
CREATE CONSTRAINT article_url_unique IF NOT EXISTS FOR (a:Article) REQUIRE a.url IS UNIQUE;
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_name_en IF NOT EXISTS FOR (e:Entity) ON (e.nameEn);

// Full-text search over Arabic and English names. `searchKeys` holds the matching-normalised
// forms (ingest/text/normalize.ts) of the name and every alias, so أميركا finds أمريكا.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.nameEn, e.aliases, e.searchKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };

// Curation (ingest/curation): corrections are data under their own labels, never mixed into the
// extracted facts. CurationState is one node whose version every correction bumps (recording
// serialises on it, and writers re-read their rules when it moved).
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT curation_state_id IF NOT EXISTS FOR (s:CurationState) REQUIRE s.id IS UNIQUE;

// Evidence (cypher/write/article.cypher): one node per (relationship, article), `id` =
// articleId + '|' + the relationship's `key` (source|TYPE|target). Readers find a relationship's
// evidence through `key`; an article's through HAS_EVIDENCE.
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (ev:Evidence) REQUIRE ev.id IS UNIQUE;
CREATE INDEX evidence_key IF NOT EXISTS FOR (ev:Evidence) ON (ev.key);

// Co-mentions (cypher/write/co-mentions.cypher): one node per pair of entities named in the same
// sentence somewhere, `key` = source + '|' + target (ids in order), with how many sentences and
// articles they share. Kept up to date by ingest and delete, so the whole-graph layer
// (cypher/api/co-mentions.cypher) reads the strongest pairs from the `sentences` index instead of
// pairing every sentence's entities per request (3.1 s at 5,000 real articles).
CREATE CONSTRAINT co_mention_key IF NOT EXISTS FOR (c:CoMention) REQUIRE c.key IS UNIQUE;
CREATE INDEX co_mention_sentences IF NOT EXISTS FOR (c:CoMention) ON (c.sentences);

// Entities' stored degree (typed relationships, cypher/write/entity-totals.cypher): the explorer's
// most connected entities are read in this index's order (cypher/api/graph-nodes-top.cypher).
CREATE INDEX entity_degree IF NOT EXISTS FOR (e:Entity) ON (e.degree);

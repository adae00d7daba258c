// Claims the article and, when the claim is clean, writes everything it adds — in one statement,
// one round trip: the article and its sentences, entities, mentions, entity relationships and
// statements.
//
// The claim: MERGE under the article_id constraint serialises writers of the same text; only the
// transaction that created the node (it finds its own $token) writes the facts. The facts are
// written only when this transaction claimed the article AND no older version at the same URL is
// left; otherwise nothing is written and the row tells the caller what to remove first
// (ingest/write/article.ts), after which it runs this statement again.
//
// Sentences, mentions and statements belong to this article alone and it was just claimed, so they
// are CREATEd (rows are de-duplicated in ingest/write/rows.ts), and so are its Evidence nodes (one
// per relationship it supports); shared entities and relationships are MERGEd. Relationship
// aggregates are updated as `SET x = x + ...`: a SET whose right-hand side reads the property it
// writes takes the write lock first, so concurrent articles never lose an update.
//
// Existing entities are NOT updated here: a node's write lock is held until commit, and the
// entities every article names (a country, a president) would make all writers queue behind each
// other (measured: 130–160 articles/s with the entity SET, 240+ without). Their totals and names
// are brought up to date after commit by entity-totals.cypher; `entityTotalsPending` marks the
// article until then.
//
// Planned once and kept (`replan=skip`): planning this statement costs ~250 ms, and while a new
// graph grows Neo4j would otherwise plan it again every few seconds (7-11 times in a 1,000-article
// batch: about a quarter of Neo4j's CPU in that batch, profiled). Its plan does not depend on the
// graph's statistics — every node is found through a unique index and every relationship by
// expanding between two found nodes (tests/integration/ingest-writer.test.ts, "write plans",
// checks this on an empty graph).
//
// The rows come in one map, `$rows`, never as list parameters: Neo4j keys its plan cache on each
// list parameter's size bucket (0, 1, 2-10, 11-100, ...), so lists of sentences, entities,
// mentions, relations and statements made every new combination of sizes a new plan. Real articles
// vary enough that a just-started server planned this statement (seconds each, cold) for most of
// its first hundred articles (profiled on the real-news dev corpus: all four writers "planning").
CYPHER replan=skip
UNWIND $group.articles AS art
CALL (art) {
  MERGE (a:Article {id: art.article.id})
    ON CREATE SET a.writeToken = art.token
  WITH a, coalesce(a.writeToken = art.token, false) AS claimed, a.extractorVersion AS extractorVersion
  OPTIONAL MATCH (old:Article {url: art.article.url})
    WHERE old.id <> a.id
  WITH a, claimed, extractorVersion, collect(old.id) AS older
  WITH a, claimed, extractorVersion, older, claimed AND older = [] AS writing
  CALL (a, writing, art) {
    WITH a, art WHERE writing
    SET a += art.article, a.ingestedAt = art.now, a.entityTotalsPending = true
    REMOVE a.writeToken
  }
  CALL (a, writing, art) {
    WITH a, art WHERE writing
    UNWIND art.rows.sentences AS row
    CREATE (a)-[:HAS_SENTENCE]->(s:Sentence {id: row.id, index: row.index, text: row.text, start: row.start,
                                            end: row.end, articleId: a.id})
    // In row order: a mention names its sentence by position in this list (ingest/write/article.ts).
    RETURN collect(s) AS sentenceNodes
  }
  CALL (writing, art) {
    WITH writing, art WHERE writing
    UNWIND art.rows.entities AS row
    // Created here if new; an existing entity is not written to at all (see entity-totals.cypher).
    MERGE (e:Entity {id: row.id})
      ON CREATE SET e:$(row.type), e.name = row.name, e.nameEn = row.nameEn, e.type = row.type,
        e.aliases = row.aliases, e.searchKeys = row.searchKeys, e.mentionCount = 0, e.articleCount = 0,
        e.degree = 0,
        e += row.props
    RETURN collect(e) AS entityNodes
  }
  CALL (writing, art, sentenceNodes, entityNodes) {
    // One MENTIONS relationship per mention; offsets are within the sentence text. Its sentence and
    // entity are the nodes just created or merged above, taken by position: two index look-ups per
    // mention fewer (they were a third of this statement's time, profiled on real news).
    WITH writing, art, sentenceNodes, entityNodes WHERE writing
    UNWIND art.rows.mentions AS row
    WITH sentenceNodes[toInteger(row.sentence)] AS s, entityNodes[toInteger(row.entity)] AS e, row
    CREATE (s)-[:MENTIONS {start: row.start, end: row.end, text: row.text}]->(e)
  }
  CALL (a, writing, art) {
    // One relationship per (source, type, target) holding aggregates only, and one Evidence node per
    // (relationship, article) holding this article's sentences, spans and amounts: appending an
    // article writes the same few properties however many articles came before. The first SET reads
    // and writes `seq`, which takes the relationship's write lock before any aggregate is read.
    WITH a, art WHERE writing
    UNWIND art.rows.relations AS row
    MATCH (s:Entity {id: row.source})
    // What MERGE (s)-[r:$(row.type)]->(t) does, spelled out so that the plan cannot depend on the
    // graph's statistics: planned on a near-empty graph, that MERGE scans every relationship in the
    // database for each row, and Neo4j keeps such a plan for seconds after the graph has grown (it
    // made a run of 1,000 articles into an empty graph 2-4 times slower). The index hint pins the
    // look-up to an expansion between the two entities.
    OPTIONAL MATCH (s)-[found:$(row.type)]->(end:Entity {id: row.target}) USING INDEX end:Entity(id)
    OPTIONAL CALL (s, row, found) {
      // Not there: lock both ends (as MERGE does), look again, create it if still missing.
      WITH s, row WHERE found IS NULL
      MATCH (t:Entity {id: row.target})
      SET s.id = s.id, t.id = t.id
      WITH s, t, row
      OPTIONAL MATCH (s)-[again:$(row.type)]->(end:Entity {id: row.target}) USING INDEX end:Entity(id)
      OPTIONAL CALL (s, t, row, again) {
        WITH s, t, row WHERE again IS NULL
        CREATE (s)-[created:$(row.type)]->(t)
        RETURN created
      }
      RETURN coalesce(again, created) AS made
    }
    WITH a, art, row, coalesce(found, made) AS r
    // `seq` numbers the relationship's evidence in the order it arrived (readers list it in that order).
    SET r.seq = coalesce(r.seq, 0) + 1
    SET r.key = row.source + '|' + row.type + '|' + row.target,
        r.count = coalesce(r.count, 0) + size(row.sentenceIds),
        r.articleCount = coalesce(r.articleCount, 0) + 1,
        r.firstSeen = CASE WHEN r.firstSeen IS NULL OR art.seen < r.firstSeen THEN art.seen ELSE r.firstSeen END,
        r.lastSeen = CASE WHEN r.lastSeen IS NULL OR art.seen > r.lastSeen THEN art.seen ELSE r.lastSeen END,
        r.confidence = CASE
          WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence
          ELSE r.confidence
        END
    SET r += row.props
    // The sentence texts are copied, so that an edge's evidence is one index read (api/*.cypher).
    CREATE (a)-[:HAS_EVIDENCE]->(ev:Evidence {id: a.id + '|' + r.key, key: r.key, source: row.source,
                                              type: row.type, target: row.target, articleId: a.id, seq: r.seq,
                                              publishedAt: art.seen, sentenceIds: row.sentenceIds,
                                              evidence: row.evidence, evidenceStart: row.evidenceStart,
                                              evidenceEnd: row.evidenceEnd, amounts: row.amounts,
                                              currencies: row.currencies, confidence: row.confidence})
    WITH ev, row
    UNWIND row.sentenceIds AS sentenceId
    MATCH (sentence:Sentence {id: sentenceId})
    CREATE (ev)-[:IN_SENTENCE]->(sentence)
  }
  CALL (a, writing, art) {
    // Reported speech: who said it, in which sentence, about whom, on whose authority.
    WITH a, art WHERE writing
    UNWIND art.rows.statements AS row
    CREATE (a)-[:HAS_STATEMENT]->(st:Statement {id: row.id, text: row.text, start: row.start, end: row.end,
                                                 verb: row.verb, medium: row.medium, platform: row.platform,
                                                 articleId: a.id})
    WITH st, row
    CALL (st, row) {
      MATCH (speaker:Entity {id: row.speaker})
      CREATE (st)-[:SAID_BY]->(speaker)
    }
    CALL (st, row) {
      MATCH (s:Sentence {id: row.sentenceId})
      CREATE (st)-[:IN_SENTENCE]->(s)
    }
    CALL (st, row) {
      MATCH (src:Entity {id: row.source})
      CREATE (st)-[:SOURCE]->(src)
    }
    CALL (st, row) {
      UNWIND row.about AS aboutId
      MATCH (e:Entity {id: aboutId})
      CREATE (st)-[:ABOUT]->(e)
    }
  }
  RETURN writing AS written, claimed, extractorVersion, older
}
RETURN art.article.id AS id, written, claimed, extractorVersion, older

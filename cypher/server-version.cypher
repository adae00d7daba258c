// The Neo4j server's version, checked before the schema is applied (ingest/db/server-version.ts).
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition

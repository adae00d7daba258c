import { Neo4jError } from "neo4j-driver";

/** Attempts of an article write that lost a same-URL race (see cypher/schema.cypher). */
const ATTEMPTS = 3;

/**
 * Runs a write transaction again when it lost a race for an article URL: two new texts at one URL
 * written at the same time serialise on the `article_url_unique` constraint, and the loser's write
 * fails. Run again, its claim now sees the winner as the older version and replaces it — the same
 * result as if the two had come one after the other. Any other error is thrown as it is.
 */
export async function retryUrlRace<R>(write: () => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (err) {
      if (attempt >= ATTEMPTS || !isUrlConflict(err)) throw err;
    }
  }
}

export function isUrlConflict(err: unknown): boolean {
  return (
    err instanceof Neo4jError &&
    err.code === "Neo.ClientError.Schema.ConstraintValidationFailed" &&
    /`?url`?/.test(err.message) &&
    /Article/.test(err.message)
  );
}

import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { Database } from "../../ingest/db/driver.js";

// `kg ingest` loads the extraction models on its first article: seconds of CPU on the one thread,
// while the batch's other writers are still being handed their first connections. The driver
// measures its connection-acquisition timeout (5 s, ingest/db/driver.ts) in wall time, so those
// requests lapsed although the server was up, and their articles failed with "Connection
// acquisition timed out" (3 of 400 in a 2-process bench:ingest:processes run, read as lost).
/** Longer than the driver's 5 s acquisition timeout. */
const BUSY_MS = 5_500;

/** Keeps the thread computing for `ms`: nothing else runs meanwhile, as during a model load. */
function busy(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

describe("a thread busy for seconds while connections are being made", () => {
  it("reads and writes asked for just before it still succeed", async () => {
    // A new Database: one connection (the connectivity check), as at the start of `kg ingest`.
    const db = new Database(inject("neo4j"));
    try {
      await db.read("RETURN 1 AS one");
      const reads = Array.from({ length: 3 }, (_, i) => db.read<{ n: number }>("RETURN $n AS n", { n: i }));
      const writes = Array.from({ length: 3 }, (_, i) =>
        db.writeTransaction(async (tx) => (await tx.run("RETURN $n AS n", { n: i })).records.length),
      );
      // The requests are queued and their connections under way; then the thread is busy.
      setImmediate(() => busy(BUSY_MS));
      const settled = await Promise.allSettled([...reads.map(async (r) => (await r)[0]?.n), ...writes]);
      expect(settled.map((s) => (s.status === "fulfilled" ? s.value : String(s.reason)))).toEqual([
        0, 1, 2, 1, 1, 1,
      ]);
    } finally {
      await db.close();
    }
  });
});

/**
 * The console worker: runs read-only Cypher with its own driver so that decoding a huge record or a
 * slow stream never blocks the API's event loop, and so that the API can kill it at the deadline.
 * Started by ./cypher-pool.ts; one job at a time.
 */
import { parentPort, workerData } from "node:worker_threads";
import neo4j from "neo4j-driver";
import type { Neo4jConfig } from "../config.js";
import { Database } from "../db/driver.js";
import { RawabitError } from "../errors.js";
import type { WorkerJob, WorkerReply } from "./cypher-pool.js";
import { cypherParams, mapQueryError } from "./readonly.js";
import { FETCH_SIZE, readBounded } from "./readonly-stream.js";

const port = parentPort;
if (!port) throw new Error("cypher-worker: must run as a worker thread (started by cypher-pool.ts)");
const db = new Database((workerData as { config: Neo4jConfig }).config);

async function handle(job: WorkerJob): Promise<WorkerReply> {
  const session = db.driver.session({
    database: db.config.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: FETCH_SIZE,
  });
  try {
    const result = await readBounded(session, job.query, cypherParams(job.params), job.opts, job.id);
    return { id: job.id, result };
  } catch (err) {
    const mapped = err instanceof RawabitError ? err : mapQueryError(err, db, job.opts);
    const e = mapped instanceof RawabitError ? mapped : null;
    return {
      id: job.id,
      error: { code: e?.code ?? "internal", message: e?.message ?? String(mapped) },
    };
  } finally {
    await session.close().catch(() => undefined);
  }
}

port.on("message", (job: WorkerJob) => {
  void handle(job).then((reply) => port.postMessage(reply));
});
port.postMessage({ ready: true });

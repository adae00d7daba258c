// A stand-in extraction worker (ingest/server/extract-worker.ts protocol) that misbehaves on cue:
// text containing "crash" ends the thread with exit code 7, "throw" fails the job; any other text
// is extracted as nothing.
import { parentPort } from "node:worker_threads";

parentPort.on("message", ({ id, input }) => {
  if (input.text.includes("crash")) process.exit(7);
  if (input.text.includes("throw")) {
    parentPort.postMessage({ id, ok: false, code: null, message: "fixture failure" });
    return;
  }
  parentPort.postMessage({
    id,
    ok: true,
    result: { entities: [], relations: [], statements: [], values: [] },
  });
});

// Entry of the extraction worker (extract-pool.ts). A worker thread does not inherit the main
// thread's tsx loader (Node 20), whether the server runs under `npm start`, `kg serve` or vitest, so
// it registers tsx itself before loading the TypeScript job handler.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");

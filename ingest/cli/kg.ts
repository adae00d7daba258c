#!/usr/bin/env node
import { relaunchWithHeapCap } from "./heap-cap.js";
import { runCli } from "./run.js";

const argv = process.argv.slice(2);
// `kg ingest` runs for as long as its input: under a bounded heap (heap-cap.ts).
const relaunched = argv[0] === "ingest" ? await relaunchWithHeapCap() : null;
process.exitCode = relaunched ?? (await runCli(argv));

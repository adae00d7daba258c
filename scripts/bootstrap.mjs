#!/usr/bin/env node
// Runs before `npm start` and `npm test` (prestart/pretest): on a fresh clone, installs the npm
// dependencies so the two documented commands work on their own. Plain JavaScript on purpose:
// it must run before tsx and TypeScript exist. The local Neo4j's jars are built on first use by
// ingest/db/launcher.ts.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const marker = path.join(root, "node_modules", ".package-lock.json");
const lock = path.join(root, "package-lock.json");

const stale = !existsSync(marker) || statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000;
if (stale) {
  console.error("bootstrap: installing npm dependencies (npm ci) …");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("bootstrap: `npm ci` failed; fix the error above, then run the command again.");
    process.exit(result.status ?? 1);
  }
}

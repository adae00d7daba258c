/**
 * Identical-output check for extraction speed work:
 * `npx tsx bench/extract-diff.ts [--corpus 2000] [--out /tmp/extract-before.jsonl] [--compare FILE]
 * [--order forward|reverse] [--synthetic]`.
 * Runs extract() over the first N articles of the real dev corpus (read at run time) — and with
 * --synthetic also over bench:extract's generated corpus — and writes one JSONL line per article,
 * `{"i", "sha256", "result"}`, to --out (outside the repo). --compare FILE reads an earlier --out
 * and reports every article whose output differs, with the first differing field; exit 1 when any
 * does. --order reverse extracts the articles last-first (the lines stay in corpus order), so a
 * cache that lets one article's output depend on the articles before it shows up as a difference.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { extract } from "../ingest/extract/index.js";
import type { ArticleInput } from "../ingest/model.js";
import { corpus } from "./extract-corpus.js";
import { corpusBlocks, corpusSize } from "./real-corpus.js";

const { values: args, fail } = parseScriptArgs(
  "extract-diff",
  {
    corpus: { type: "string", default: "2000" },
    out: { type: "string", default: "/tmp/extract-diff.jsonl" },
    compare: { type: "string" },
    order: { type: "string", default: "forward" },
    synthetic: { type: "boolean", default: false },
  },
  scriptUsage(import.meta.url),
);
if (args.order !== "forward" && args.order !== "reverse") {
  fail(`--order must be forward or reverse (got "${args.order}")`);
}

const inputs: (string | ArticleInput)[] = [];
for await (const block of corpusBlocks(corpusSize(args.corpus, fail))) {
  for (const a of block) inputs.push(a.input);
}
if (args.synthetic) inputs.push(...corpus(300_000));

const lines: string[] = new Array<string>(inputs.length);
const order = inputs.map((_, i) => i);
if (args.order === "reverse") order.reverse();
const t0 = performance.now();
for (const i of order) {
  const input = inputs[i];
  if (input === undefined) continue;
  const result = JSON.stringify(extract(input));
  const sha256 = createHash("sha256").update(result).digest("hex");
  lines[i] = JSON.stringify({ i, sha256, result: JSON.parse(result) as unknown });
}
writeFileSync(args.out, lines.join("\n") + "\n");
const all = createHash("sha256").update(lines.join("\n")).digest("hex");
console.log(
  `extract-diff: ${inputs.length} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s, ` +
    `order ${args.order}, written to ${args.out} (all: ${all.slice(0, 16)})`,
);

interface Line {
  i: number;
  sha256: string;
  result: unknown;
}

/** The path of the first difference between two JSON values, e.g. `entities[3].nameEn`. */
function firstDifference(a: unknown, b: unknown, at = ""): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        Array.isArray(a) ? `${at}[${k}]` : at ? `${at}.${k}` : k,
      );
      if (d !== null) return d;
    }
  }
  return `${at || "(root)"}: ${JSON.stringify(a)?.slice(0, 200)} → ${JSON.stringify(b)?.slice(0, 200)}`;
}

if (args.compare !== undefined) {
  const before = readFileSync(args.compare, "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Line);
  const after = lines.map((l) => JSON.parse(l) as Line);
  let differ = 0;
  if (before.length !== after.length) {
    console.log(`extract-diff: ${before.length} articles before, ${after.length} now`);
    differ++;
  }
  for (let i = 0; i < Math.min(before.length, after.length); i++) {
    const b = before[i];
    const a = after[i];
    if (!a || !b || a.sha256 === b.sha256) continue;
    differ++;
    if (differ <= 20) console.log(`  article ${i}: ${firstDifference(b.result, a.result)}`);
  }
  console.log(
    differ === 0
      ? `extract-diff: identical to ${args.compare} (${after.length} articles)`
      : `extract-diff: ${differ} articles differ from ${args.compare}`,
  );
  process.exit(differ === 0 ? 0 : 1);
}

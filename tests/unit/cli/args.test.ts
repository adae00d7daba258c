import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  leadingDocComment,
  parseCommand,
  parseScriptArgs,
  printUsage,
  scriptUsage,
} from "../../../ingest/cli/args.js";
import { ROOT_DIR } from "../../../ingest/config.js";
import { InputError } from "../../../ingest/errors.js";

const USAGE = "Usage: kg demo [--port N] [--tag T]... FILE";
const OPTIONS = {
  port: { type: "string" },
  tag: { type: "string", short: "t", multiple: true },
  quiet: { type: "boolean", default: false },
} as const;

let stdout: string[];
let stderr: string[];

beforeEach(() => {
  stdout = [];
  stderr = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void stdout.push(args.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void stderr.push(args.join(" ")));
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("parseCommand: values, operands and --help", () => {
  it.each([
    ["nothing", [], {}, [], false],
    ["a string option", ["--port", "7687"], { port: "7687" }, [], false],
    ["an inline value", ["--port=7687"], { port: "7687" }, [], false],
    ["a repeated short option", ["-t", "a", "-t", "b"], { tag: ["a", "b"] }, [], false],
    ["operands around options", ["x.txt", "--port", "1", "y.txt"], { port: "1" }, ["x.txt", "y.txt"], false],
    ["--help", ["--help"], {}, [], true],
    ["-h among others", ["file", "-h"], {}, ["file"], true],
  ])("%s", (_label, args, expected, positionals, help) => {
    const parsed = parseCommand("kg demo", args, OPTIONS, USAGE);
    expect(parsed.values).toMatchObject({ quiet: false, ...expected });
    expect(parsed.positionals).toEqual(positionals);
    expect(parsed.help).toBe(help);
  });

  it("keeps parseArgs' value types for callers", () => {
    const { values } = parseCommand("kg demo", ["--port", "80", "-t", "x"], OPTIONS, USAGE);
    const port: string | undefined = values.port;
    const tags: string[] | undefined = values.tag;
    const quiet: boolean = values.quiet;
    expect([port, tags, quiet]).toEqual(["80", ["x"], false]);
  });
});

describe("parseCommand: a bad argument is an InputError naming the command, then the usage", () => {
  it.each([
    ["an unknown option", ["--bogus"], {}, /Unknown option '--bogus'/],
    ["an unknown short option", ["-z"], {}, /Unknown option '-z'/],
    ["a string option without its value", ["--port"], {}, /--port.*argument missing/],
    ["a value given to a boolean", ["--quiet=yes"], {}, /--quiet.*does not take an argument/],
    ["an operand where none are taken", ["stray"], { positionals: false }, /Unexpected argument 'stray'/],
  ])("%s", (_label, args, settings, reason) => {
    let caught: unknown;
    try {
      parseCommand("kg demo", args, OPTIONS, USAGE, settings);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InputError);
    const message = (caught as InputError).message;
    expect(message.startsWith("kg demo: ")).toBe(true);
    expect(message).toMatch(reason);
    expect(message.endsWith(`\n\n${USAGE}`)).toBe(true);
    expect((caught as InputError).code).toBe("bad_input");
  });
});

it("refuses a command that declares --help itself (it is always added)", () => {
  const options = { help: { type: "string" } } as const;
  expect(() => parseCommand("kg demo", [], options, USAGE)).toThrow(/--help is added by parseCommand/);
});

describe("printUsage", () => {
  it("prints the usage to standard output and gives exit code 0", () => {
    expect(printUsage(USAGE)).toBe(0);
    expect(stdout).toEqual([USAGE]);
  });
});

// Every command parses through parseCommand; none of these cases reaches a database or a model.
const COMMANDS = [
  ["db", () => import("../../../ingest/cli/commands/db.js")],
  ["extract", () => import("../../../ingest/cli/commands/extract.js")],
  ["ingest", () => import("../../../ingest/cli/commands/ingest.js")],
  ["ner", () => import("../../../ingest/cli/commands/ner.js")],
  ["reset", () => import("../../../ingest/cli/commands/reset.js")],
  ["export", () => import("../../../ingest/cli/commands/export.js")],
  ["serve", () => import("../../../ingest/cli/commands/serve.js")],
] as const;

describe("kg commands share the same argument handling", () => {
  it.each(COMMANDS)("kg %s -h prints its usage and exits 0", async (name, load) => {
    const { run } = await load();
    await expect(run(["-h"])).resolves.toBe(0);
    expect(stdout.join("")).toMatch(new RegExp(`Usage: kg ${name}\\b`));
  });

  it.each(COMMANDS)("kg %s --bogus throws an InputError naming it, with its usage", async (name, load) => {
    const { run } = await load();
    const rejected = run(["--bogus"]);
    await expect(rejected).rejects.toBeInstanceOf(InputError);
    await expect(rejected).rejects.toThrow(
      new RegExp(`^kg ${name}: Unknown option '--bogus'[\\s\\S]*\\n\\nUsage: kg ${name}\\b`),
    );
  });

  // query and cypher turn usage mistakes into exit code 2 with the message on standard error.
  it.each([
    ["query", () => import("../../../ingest/cli/commands/query.js")],
    ["cypher", () => import("../../../ingest/cli/commands/cypher.js")],
  ] as const)("kg %s --bogus exits 2 naming it, with its usage", async (name, load) => {
    const { run } = await load();
    await expect(run(["--bogus"])).resolves.toBe(2);
    expect(stderr.join("\n")).toMatch(
      new RegExp(`^kg ${name}: Unknown option '--bogus'[\\s\\S]*Usage: kg ${name}\\b`),
    );
  });
});

/** process.exit stopped where it was called, so a test can read the code it was given. */
class Exited extends Error {
  constructor(readonly code: unknown) {
    super(`exit ${String(code)}`);
  }
}

describe("parseScriptArgs: a standalone script's own arguments", () => {
  const exitCode = (run: () => unknown): unknown => {
    vi.spyOn(process, "exit").mockImplementation((code) => {
      throw new Exited(code);
    });
    try {
      run();
    } catch (err) {
      if (err instanceof Exited) return err.code;
      throw err;
    }
    return "no exit";
  };

  it("gives the values, with the defaults, and operands when the script takes them", () => {
    const parsed = parseScriptArgs("bench:demo", OPTIONS, USAGE, {
      args: ["a.txt", "--port", "80"],
      positionals: true,
    });
    expect(parsed.values).toMatchObject({ port: "80", quiet: false });
    expect(parsed.positionals).toEqual(["a.txt"]);
  });

  it.each([["--help"], ["-h"]])("%s prints the usage to standard output and exits 0", (flag) => {
    expect(
      exitCode(() => parseScriptArgs("bench:demo", OPTIONS, USAGE, { args: ["--port", "1", flag] })),
    ).toBe(0);
    expect(stdout).toEqual([USAGE]);
    expect(stderr).toEqual([]);
  });

  it.each([
    ["an unknown option", ["--bogus"], /^bench:demo: Unknown option '--bogus'/],
    [
      "a string option without its value",
      ["--port"],
      /^bench:demo: Option '--port <value>' argument missing/,
    ],
    ["a value given to a boolean", ["--quiet=1"], /^bench:demo: Option '--quiet' does not take an argument/],
    ["an operand, refused by default", ["stray"], /^bench:demo: Unexpected argument 'stray'/],
  ])("%s: one line naming it, then the usage, on standard error; exit 2", (_label, args, reason) => {
    expect(exitCode(() => parseScriptArgs("bench:demo", OPTIONS, USAGE, { args }))).toBe(2);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(reason);
    expect(stderr[0]?.split("\n")[1]).toBe("");
    expect(stderr[0]?.endsWith(`\n\n${USAGE}`)).toBe(true);
    expect(stdout).toEqual([]);
  });

  it("fail() names the script and the bad value, then the usage; exit 2", () => {
    const { fail } = parseScriptArgs("bench:demo", OPTIONS, USAGE, { args: ["--port", "x"] });
    expect(exitCode(() => fail('--port must be a number (got "x")'))).toBe(2);
    expect(stderr).toEqual([`bench:demo: --port must be a number (got "x")\n\n${USAGE}`]);
  });
});

describe("leadingDocComment: a script's usage is the comment it opens with", () => {
  it.each([
    ["one line", "/** Times things: `npm run bench:x`. */\ncode();", "Times things: `npm run bench:x`."],
    [
      "indented lines keep their indent",
      "/**\n * Usage:\n *   npx tsx x.ts [--n 1]\n *\n * Then more.\n */\nimport x;",
      "Usage:\n  npx tsx x.ts [--n 1]\n\nThen more.",
    ],
    ["after a shebang", "#!/usr/bin/env node\n/**\n * Run me.\n */", "Run me."],
  ])("%s", (_label, source, usage) => {
    expect(leadingDocComment(source)).toBe(usage);
  });

  it("refuses a file that opens with code, where --help would print nothing useful", () => {
    expect(() => leadingDocComment("const x = 1;\n/** later */")).toThrow(/does not open with a doc comment/);
  });

  it("reads the script file itself", () => {
    const url = new URL("../../../bench/relate.ts", import.meta.url).href;
    expect(scriptUsage(url)).toMatch(/^Relation-stage throughput: `npx tsx bench\/relate.ts/);
  });
});

// The scripts as users run them, in a process of their own: no stack trace, the right exit code.
describe("bench and scripts/ entry points", () => {
  const run = (script: string, ...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT_DIR, script), ...args], {
      cwd: ROOT_DIR,
      encoding: "utf8",
      timeout: 60_000,
    });

  it("report:corpus --help prints its doc comment and exits 0", { timeout: 60_000 }, () => {
    const r = run("bench/report-corpus.ts", "--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^What the extractor makes of a whole corpus, without a database:\n`npm run report:corpus/,
    );
    expect(r.stderr).toBe("");
  });

  it(
    "build-lexicons with a mistyped option exits 2 naming it, with no stack trace",
    { timeout: 60_000 },
    () => {
      const r = run("scripts/build-lexicons.ts", "--dta", "x");
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^scripts\/build-lexicons.ts: Unknown option '--dta'/);
      expect(r.stderr).toMatch(/\n\nDerives the shipped place gazetteer/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe("");
    },
  );
});

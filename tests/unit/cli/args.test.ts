import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseCommand, printUsage } from "../../../ingest/cli/args.js";
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

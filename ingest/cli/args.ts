import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { InputError } from "../errors.js";

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** Every command takes `--help/-h`, so callers never declare it. */
const HELP = { help: { type: "boolean", short: "h" } } as const;

/** The exact config handed to node's parseArgs, so its precise value types flow to callers. */
type CommandConfig<O extends OptionsConfig> = {
  args: string[];
  options: O & typeof HELP;
  allowPositionals: true;
  strict: true;
};

export interface ParsedCommand<O extends OptionsConfig> {
  /** Option values typed from `options`, e.g. `port: string | undefined`. */
  values: ReturnType<typeof parseArgs<CommandConfig<O>>>["values"];
  positionals: string[];
  /** `--help/-h` was given: the caller prints its usage (see printUsage) and exits 0. */
  help: boolean;
}

export interface CommandSettings {
  /** Commands that take no operands refuse them (node's own "Unexpected argument" message). */
  positionals?: boolean;
}

/**
 * Parses a command's arguments strictly. A bad argument (unknown option, missing value, stray
 * operand) becomes an InputError naming `owner` and followed by `usage`, so the user sees how
 * to fix it; kg.ts turns that into exit code 1.
 */
export function parseCommand<const O extends OptionsConfig>(
  owner: string,
  args: string[],
  options: O,
  usage: string,
  settings: CommandSettings = {},
): ParsedCommand<O> {
  if (Object.hasOwn(options, "help")) throw new Error(`${owner}: --help is added by parseCommand`);
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...options, ...HELP },
      allowPositionals: settings.positionals ?? true,
      strict: true,
    });
    // parseArgs cannot resolve its conditional value types for a generic O; callers see them.
    const typed = values as ParsedCommand<O>["values"];
    return { values: typed, positionals, help: (values as { help?: unknown }).help === true };
  } catch (err) {
    throw new InputError(`${owner}: ${err instanceof Error ? err.message : String(err)}\n\n${usage}`, {
      cause: err,
    });
  }
}

/** Prints a command's usage for `--help` and gives its exit code. */
export function printUsage(usage: string): 0 {
  console.log(usage);
  return 0;
}

export interface ScriptSettings extends CommandSettings {
  /** The arguments; process.argv after the script's path unless given. */
  args?: string[];
}

export interface ParsedScript<O extends OptionsConfig> {
  values: ParsedCommand<O>["values"];
  positionals: string[];
  /** Stops the script over a bad option value: `owner: message`, then the usage, exit code 2. */
  fail: (message: string) => never;
}

/**
 * parseCommand for a standalone script (bench/, scripts/) that runs at top level, where a thrown
 * InputError would end as a stack trace: `--help/-h` prints `usage` and exits 0; a bad argument
 * prints the error naming it and the usage on stderr and exits 2, getopt's usage-error code.
 * Operands are refused unless `settings.positionals`, as with node's parseArgs.
 *
 * @example
 * const { values, fail } = parseScriptArgs("bench:api", { runs: { type: "string", default: "50" } },
 *   scriptUsage(import.meta.url));
 */
export function parseScriptArgs<const O extends OptionsConfig>(
  owner: string,
  options: O,
  usage: string,
  settings: ScriptSettings = {},
): ParsedScript<O> {
  const args = settings.args ?? process.argv.slice(2);
  let parsed: ParsedCommand<O>;
  try {
    parsed = parseCommand(owner, args, options, usage, { positionals: settings.positionals ?? false });
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    console.error(err.message);
    return process.exit(2);
  }
  if (parsed.help) process.exit(printUsage(usage));
  const fail = (message: string): never => {
    console.error(`${owner}: ${message}\n\n${usage}`);
    return process.exit(2);
  };
  return { values: parsed.values, positionals: parsed.positionals, fail };
}

/**
 * A script's usage is the doc comment it opens with, so `--help` says what the file says and
 * the two cannot drift apart. `moduleUrl` is the script's `import.meta.url`.
 */
export function scriptUsage(moduleUrl: string): string {
  return leadingDocComment(readFileSync(fileURLToPath(moduleUrl), "utf8"));
}

/** The text of the `/** … *\/` comment a source file opens with, without its `*` margins. */
export function leadingDocComment(source: string): string {
  const doc = /^(?:#!.*\n)?\s*\/\*\*([\s\S]*?)\*\//.exec(source)?.[1];
  if (doc === undefined) throw new Error("scriptUsage: the script does not open with a doc comment");
  return doc
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, "").trimEnd())
    .join("\n")
    .trim();
}

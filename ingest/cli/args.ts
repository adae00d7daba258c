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

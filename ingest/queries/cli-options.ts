import { READ_ONLY_DEFAULTS, type ReadOnlyOptions } from "../server/readonly.js";
import { parseCommand } from "../cli/args.js";
import { InputError, RawabitError } from "../errors.js";
import { isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from "./format.js";

export interface RunnerOptions {
  positionals: string[];
  params: Record<string, string>;
  format: OutputFormat;
  limits: ReadOnlyOptions;
  help: boolean;
}

export const FORMAT_NAMES = Object.keys(OUTPUT_FORMATS).join("|");

/** Options shared by `kg query` and `kg cypher`; `owner` names the command in error messages. */
export function parseRunnerArgs(owner: string, args: string[], usage: string): RunnerOptions {
  const { values, positionals, help } = parseCommand(
    owner,
    args,
    {
      param: { type: "string", short: "p", multiple: true },
      format: { type: "string", short: "f", default: "table" },
      timeout: { type: "string" },
      "max-rows": { type: "string" },
    },
    usage,
  );
  const format = values.format ?? "table";
  if (!isOutputFormat(format))
    throw new InputError(`${owner}: --format must be ${FORMAT_NAMES} (got "${format}")`);
  return {
    positionals,
    params: paramPairs(owner, values.param ?? []),
    format,
    limits: {
      timeoutMs: positiveInt(owner, "--timeout", values.timeout) ?? READ_ONLY_DEFAULTS.timeoutMs,
      maxRows: positiveInt(owner, "--max-rows", values["max-rows"]) ?? READ_ONLY_DEFAULTS.maxRows,
    },
    help,
  };
}

/** `--param key=value` pairs; the value keeps any further `=`. */
export function paramPairs(owner: string, pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    const key = eq < 0 ? "" : pair.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new InputError(
        `${owner}: --param "${pair}" must look like key=value (e.g. --param entity=بايدن)`,
      );
    }
    if (Object.hasOwn(out, key)) throw new InputError(`${owner}: parameter "${key}" is given twice`);
    out[key] = pair.slice(eq + 1);
  }
  return out;
}

/**
 * Ad-hoc Cypher has no declared parameter types: a value that parses as JSON (42, true, null,
 * ["a","b"], "quoted") is used as such, anything else as a string.
 */
export function adhocParams(params: Record<string, string>): Record<string, unknown> {
  const parse = (raw: string): unknown => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return raw;
    }
  };
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, parse(v)]));
}

function positiveInt(owner: string, flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new InputError(`${owner}: ${flag} must be a positive integer (got "${raw}")`);
  return n;
}

/**
 * Mistakes in what the user typed (unknown query, bad parameter, refused or malformed Cypher)
 * exit with 2 and the message; database trouble stays an error (exit 1, via the CLI runner).
 */
export async function usageErrorsExit2(work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof RawabitError && ["bad_input", "bad_query", "forbidden_query"].includes(err.code)) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
}

import { Database } from "../../db/driver.js";
import { printUsage } from "../args.js";
import { adhocParams, FORMAT_NAMES, parseRunnerArgs, usageErrorsExit2 } from "../../queries/cli-options.js";
import { OUTPUT_FORMATS } from "../../queries/format.js";
import { closeConsolePool, runReadOnly } from "../../server/readonly.js";

const USAGE = `Usage: kg cypher "MATCH ..." [--param key=value]... [--format ${FORMAT_NAMES}] [--timeout MS] [--max-rows N]
       kg cypher - < query.cypher        (the query from standard input)

Runs ad-hoc Cypher read-only, with the same guard and limits as POST /api/cypher: only reads of
graph data; writes, commands (SHOW, TERMINATE, schema, admin), LOAD CSV and procedures other than
db.labels, db.relationshipTypes, db.propertyKeys, db.schema.* and full-text search are refused;
results stop at --max-rows rows or 16 MB. Parameter values are JSON when they parse (42, true,
["a","b"], "\\"42\\"" for the string 42), text otherwise. Exit code 2 for a refused or malformed query.`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function run(args: string[]): Promise<number> {
  return usageErrorsExit2(async () => {
    const opts = parseRunnerArgs("kg cypher", args, USAGE);
    if (opts.help) return printUsage(USAGE);
    const [source, ...extra] = opts.positionals;
    if (source === undefined || extra.length > 0) {
      console.error(
        `kg cypher: give exactly one query (quote it), or - to read it from standard input\n\n${USAGE}`,
      );
      return 2;
    }
    const query = source === "-" ? await readStdin() : source;
    if (query.trim() === "") {
      console.error("kg cypher: the query is empty");
      return 2;
    }
    const db = new Database();
    try {
      const result = await runReadOnly(db, query, adhocParams(opts.params), opts.limits);
      process.stdout.write(OUTPUT_FORMATS[opts.format](result));
      return 0;
    } finally {
      await closeConsolePool(db);
      await db.close();
    }
  });
}

import { Database } from "../../db/driver.js";
import type { QueryParameterSpec, SavedQuery } from "../../model.js";
import { parseRunnerArgs, usageErrorsExit2, FORMAT_NAMES } from "../../queries/cli-options.js";
import { OUTPUT_FORMATS, renderTable } from "../../queries/format.js";
import { coerceParams, findSavedQuery, loadQueryLibrary } from "../../queries/library.js";
import { runReadOnly } from "../../server/readonly.js";

const USAGE = `Usage: kg query                                   list the saved queries (cypher/queries/)
       kg query NAME --help                       describe one and its parameters
       kg query NAME [--param key=value]... [--format ${FORMAT_NAMES}] [--timeout MS] [--max-rows N]

Runs a saved query in a read-only session. Lists are given as a,b or a JSON array
(--param relations=MET,LEADS); an entity parameter takes an id or an Arabic/English name.
Exit code 2 for an unknown query or a missing or ill-typed parameter.`;

const paramSignature = (p: QueryParameterSpec): string =>
  `${p.name}: ${p.type}${p.required ? "" : ` = ${JSON.stringify(p.default ?? null)}`}`;

function listing(library: SavedQuery[], format: string): string {
  if (format === "json") {
    const queries = library.map(({ cypher: _cypher, ...rest }) => rest);
    return `${JSON.stringify({ queries }, null, 2)}\n`;
  }
  const rows = library.map((q) => [
    q.name,
    q.title,
    q.titleAr,
    q.parameters.map((p) => p.name + (p.required ? "" : "?")).join(", "),
  ]);
  return `${renderTable(["name", "title", "title_ar", "parameters (? = optional)"], rows)}\nRun \`kg query NAME --help\` for one query's parameters and an example.\n`;
}

function describe(q: SavedQuery): string {
  const example = q.parameters
    .filter((p) => p.example !== undefined && p.example !== null)
    .map((p) => {
      const value = Array.isArray(p.example) ? p.example.join(",") : String(p.example);
      return ` --param ${p.name}=${/[\s"'$]/.test(value) ? JSON.stringify(value) : value}`;
    })
    .join("");
  const params = q.parameters.map((p) => [
    paramSignature(p),
    p.required ? "required" : "optional",
    p.example === undefined ? "" : JSON.stringify(p.example),
    p.description,
  ]);
  return [
    `${q.name}: ${q.title} — ${q.titleAr}`,
    "",
    q.description,
    q.descriptionAr,
    "",
    renderTable(["parameter", "", "example", "description"], params),
    `Example: kg query ${q.name}${example}`,
    "",
  ].join("\n");
}

export async function run(args: string[]): Promise<number> {
  return usageErrorsExit2(async () => {
    const opts = parseRunnerArgs("kg query", args, USAGE);
    const [name, ...extra] = opts.positionals;
    const library = loadQueryLibrary();
    if (name === undefined) {
      if (opts.help) console.log(USAGE);
      else process.stdout.write(listing(library, opts.format));
      return 0;
    }
    if (extra.length > 0) {
      console.error(
        `kg query: unexpected argument "${extra[0]}" (parameters go in --param key=value)\n\n${USAGE}`,
      );
      return 2;
    }
    const query = findSavedQuery(name, library);
    if (opts.help) {
      process.stdout.write(describe(query));
      return 0;
    }
    // Validated before connecting: a typo costs no round trip to the database.
    const params = coerceParams(query, opts.params);
    const db = new Database();
    try {
      const result = await runReadOnly(db, query.cypher, params, opts.limits);
      process.stdout.write(OUTPUT_FORMATS[opts.format](result));
      return 0;
    } finally {
      await db.close();
    }
  });
}

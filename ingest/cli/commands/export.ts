import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseCommand, printUsage } from "../args.js";
import { Database } from "../../db/driver.js";
import { InputError } from "../../errors.js";
import {
  EXPORT_FORMATS,
  exporterFor,
  readExportGraph,
  serialise,
  validateFilter,
} from "../../export/index.js";

const USAGE = `Usage: kg export --format ${EXPORT_FORMATS.join("|")} [--out PATH] [filters]

Writes the entity graph (entities and the typed relationships between them, with evidence).
  --format F        ${EXPORT_FORMATS.join(", ")}
  --out PATH        a file, or a folder (ends with / or exists): csv writes nodes.csv + edges.csv
                    there, other formats rawabit-graph.<ext>. Default: standard output
                    (csv to stdout or a file is the one-file edge list with endpoint names).
  --types T,...     only these entity types (Person, Organization, Country, City, Location)
  --relations R,... only these relation types (MET, LEADS, ...)
  --article ID      only entities and relationships from this article`;

const list = (value: string | undefined): string[] | undefined =>
  value === undefined
    ? undefined
    : value
        .split(",")
        .map((v) => v.trim())
        .filter((v) => v !== "");

async function isFolder(out: string): Promise<boolean> {
  if (out.endsWith("/") || out.endsWith(path.sep)) return true;
  try {
    return (await stat(out)).isDirectory();
  } catch {
    return false;
  }
}

export async function run(args: string[]): Promise<number> {
  const { values, help } = parseCommand(
    "kg export",
    args,
    {
      format: { type: "string" },
      out: { type: "string" },
      types: { type: "string" },
      relations: { type: "string" },
      article: { type: "string" },
    },
    USAGE,
    { positionals: false },
  );
  if (help) return printUsage(USAGE);
  if (!values.format) throw new InputError(`kg export: --format is required\n\n${USAGE}`);
  const exporter = exporterFor(values.format);
  const filter = {
    ...(values.types ? { types: list(values.types) } : {}),
    ...(values.relations ? { relations: list(values.relations) } : {}),
    ...(values.article ? { article: values.article } : {}),
  };
  validateFilter(filter);

  const db = new Database();
  try {
    const graph = await readExportGraph(db, filter);
    const result = serialise(graph, exporter);
    const out = values.out;
    if (out === undefined) {
      process.stdout.write(result.body);
    } else if (await isFolder(out)) {
      await mkdir(out, { recursive: true });
      for (const file of result.files) await writeFile(path.join(out, file.name), file.body, "utf8");
      console.error(`export: ${result.files.map((f) => path.join(out, f.name)).join(", ")}`);
    } else {
      await writeFile(out, result.body, "utf8");
      console.error(`export: ${out}`);
    }
    console.error(
      `export: ${graph.nodes.length} entities, ${graph.edges.length} relationships (${exporter.format})`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

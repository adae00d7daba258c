import { readFile, writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { Database } from "../../db/driver.js";
import { InputError } from "../../errors.js";
import {
  curate,
  exportCorrections,
  importCorrections,
  listCorrections,
  type Correction,
} from "../../curation/index.js";
import { renderTable } from "../../queries/format.js";
import { parseCommand, printUsage } from "../args.js";

const USAGE = `Usage: kg curate COMMAND ARGS... [--reason TEXT] [--user NAME]

Corrections of the graph, recorded (who, when, why) and applied to every article ingested later.
  merge SURVIVOR MERGED...                    merged ids keep resolving to the survivor
  split FROM --form F... (--to ID | --name N --type T [--name-en E])
  rename ID [--name N] [--name-en E]
  retype ID TYPE                              Person, Organization, Country, City, Location
  set ID KEY VALUE                            a property (true/false/numbers typed; "null" removes)
  not-entity (ID | --form F) [--context TEXT] never an entity (only in sentences containing TEXT)
  reject TYPE SOURCE TARGET [--sentence ID]...  stays rejected when the sentence is seen again
  confirm TYPE SOURCE TARGET                  mark a relation reviewed
  add-relation TYPE SOURCE TARGET --note N [--sentence TEXT]
  undo CORRECTION_ID
  list [--kind K] [--entity ID] [--user NAME] [--limit N] [--json]
  export [--out FILE]                         all corrections as JSON (default: standard output)
  import FILE                                 corrections exported from another database
--user defaults to the login name.`;

const OPTIONS = {
  reason: { type: "string" },
  user: { type: "string" },
  form: { type: "string", multiple: true },
  to: { type: "string" },
  name: { type: "string" },
  "name-en": { type: "string" },
  type: { type: "string" },
  context: { type: "string" },
  sentence: { type: "string", multiple: true },
  note: { type: "string" },
  kind: { type: "string" },
  entity: { type: "string" },
  limit: { type: "string" },
  json: { type: "boolean" },
  out: { type: "string" },
} as const;

type Values = ReturnType<typeof parseCommand<typeof OPTIONS>>["values"];

/** `--x` given only when set, so the request schemas see exactly what the user typed. */
const opt = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;

function typedValue(raw: string): string | number | boolean | null {
  if (raw === "null") return null;
  if (raw === "true" || raw === "false") return raw === "true";
  return raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
}

function need(args: string[], n: number, what: string): string[] {
  if (args.length < n) throw new InputError(`kg curate: ${what}\n\n${USAGE}`);
  return args;
}

/** The correction a command line asks for: [kind, request]. */
export function requestOf(command: string, args: string[], v: Values): [string, Record<string, unknown>] {
  const relation = (): Record<string, unknown> => {
    const [type, source, target] = need(args, 3, `${command} needs TYPE SOURCE TARGET`);
    return { type, source, target };
  };
  switch (command) {
    case "merge": {
      const [survivor, ...merged] = need(args, 2, "merge needs SURVIVOR and at least one MERGED id");
      return ["merge", { survivor, merged }];
    }
    case "split": {
      const [from] = need(args, 1, "split needs FROM");
      const entity =
        v.name === undefined
          ? {}
          : { entity: { name: v.name, type: v.type, ...opt("nameEn", v["name-en"]) } };
      return ["split", { from, forms: v.form ?? [], ...opt("to", v.to), ...entity }];
    }
    case "rename": {
      const [id] = need(args, 1, "rename needs ID");
      return ["rename", { id, ...opt("name", v.name), ...opt("nameEn", v["name-en"]) }];
    }
    case "retype": {
      const [id, type] = need(args, 2, "retype needs ID TYPE");
      return ["retype", { id, type }];
    }
    case "set": {
      const [id, key, value] = need(args, 3, "set needs ID KEY VALUE");
      return ["set-property", { id, key, value: typedValue(value as string) }];
    }
    case "not-entity":
      return [
        "not-entity",
        { ...opt("id", args[0]), ...opt("form", v.form?.[0]), ...opt("context", v.context) },
      ];
    case "reject":
      return ["reject-relation", { ...relation(), ...(v.sentence ? { sentenceIds: v.sentence } : {}) }];
    case "confirm":
      return ["confirm-relation", relation()];
    case "add-relation":
      return ["add-relation", { ...relation(), ...opt("note", v.note), ...opt("sentence", v.sentence?.[0]) }];
    case "undo": {
      const [target] = need(args, 1, "undo needs CORRECTION_ID (see kg curate list)");
      return ["undo", { target }];
    }
    default:
      throw new InputError(`kg curate: unknown command "${command}"\n\n${USAGE}`);
  }
}

function summary(c: Correction): string {
  const { articles: _a, keys: _k, before: _b, identity: _i, ...what } = c.payload;
  return JSON.stringify(what);
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals, help } = parseCommand("kg curate", args, OPTIONS, USAGE);
  const [command, ...rest] = positionals;
  if (help || command === undefined) return printUsage(USAGE);
  const user = values.user ?? (process.env.USER || userInfo().username || "local");
  // Checked before connecting: a typo costs no round trip to the database.
  const request = ["list", "export", "import"].includes(command) ? null : requestOf(command, rest, values);
  const db = new Database();
  try {
    if (request !== null) {
      const { correction, articles } = await curate(db, request[0], request[1], {
        user,
        reason: values.reason ?? null,
      });
      console.log(
        `${correction.id}: ${correction.kind} ${summary(correction)} (${articles} articles rewritten)`,
      );
      return 0;
    }
    if (command === "list") {
      const list = await listCorrections(db, {
        ...opt("kind", values.kind),
        ...opt("entity", values.entity),
        ...opt("user", values.user),
        ...(values.limit ? { limit: Number(values.limit) } : {}),
      });
      if (values.json) console.log(JSON.stringify({ corrections: list }, null, 2));
      else
        console.log(
          renderTable(
            ["id", "kind", "user", "at", "undone", "what", "reason"],
            list.map((c) => [c.id, c.kind, c.user, c.at, c.undone ? "yes" : "", summary(c), c.reason ?? ""]),
          ),
        );
      return 0;
    }
    if (command === "export") {
      const text = `${JSON.stringify(await exportCorrections(db), null, 2)}\n`;
      if (values.out) await writeFile(values.out, text, "utf8");
      else process.stdout.write(text);
      return 0;
    }
    const [file] = need(rest, 1, "import needs FILE");
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file as string, "utf8"));
    } catch (err) {
      throw new InputError(
        `kg curate: cannot read ${file} as JSON (${err instanceof Error ? err.message : String(err)})`,
      );
    }
    const result = await importCorrections(db, parsed);
    console.log(
      `imported ${result.imported}, skipped ${result.skipped} already here, rewrote ${result.articles} articles`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

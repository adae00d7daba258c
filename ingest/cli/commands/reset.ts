import { Database } from "../../db/driver.js";
import { parseCommand, printUsage } from "../args.js";
import { resetGraph } from "../../write/reset.js";

const USAGE = `Usage: kg reset --yes

Deletes every article, entity and relationship from the database (the schema stays).
Refuses to run without --yes.`;

export async function run(args: string[]): Promise<number> {
  const { values, help } = parseCommand("kg reset", args, { yes: { type: "boolean" } }, USAGE, {
    positionals: false,
  });
  if (help) return printUsage(USAGE);
  if (!values.yes) {
    console.error(`kg reset: this deletes the whole graph; run \`kg reset --yes\` to confirm.`);
    return 2;
  }
  const db = new Database();
  try {
    const { deleted } = await resetGraph(db);
    console.log(`reset: deleted ${deleted} node${deleted === 1 ? "" : "s"} from ${db.config.uri}`);
    return 0;
  } finally {
    await db.close();
  }
}

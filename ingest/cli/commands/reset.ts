import { Database } from "../../db/driver.js";
import { parseCommand, printUsage } from "../args.js";
import { resetGraph } from "../../write/reset.js";

const USAGE = `Usage: kg reset --yes

Deletes every article, entity and relationship from the database (the schema stays), in small
batches. Refuses to run without --yes. Run it again if it stops part-way: what is deleted stays
deleted.`;

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
  } catch (err) {
    // Every failure is reported in one line, never as a stack trace; the batches already committed
    // stay deleted, so running the command again carries on.
    const reason = err instanceof Error ? (err.message.split("\n")[0] ?? err.name) : String(err);
    console.error(`kg reset: ${reason.replace(/^database: /, "")}`);
    return 1;
  } finally {
    await db.close();
  }
}

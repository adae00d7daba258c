import { COMMANDS, type CommandEntry } from "./registry.js";
import { RawabitError } from "../errors.js";

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c: CommandEntry) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "kg — Rawabit (روابط): Arabic news to a Neo4j knowledge graph",
    "",
    "Usage: kg <command> [options]   (npm run kg -- <command> [options])",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `kg <command> --help` for the options of one command.",
  ].join("\n");
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(help());
    return name === undefined ? 1 : 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    console.error(`kg: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  try {
    const mod = await entry.load();
    return await mod.run(rest);
  } catch (err) {
    if (err instanceof RawabitError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
}

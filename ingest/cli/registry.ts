/**
 * Commands of `kg`. One declarative entry per command; each module is loaded only when its
 * command runs, so `kg ner` never pays for the Neo4j driver and `kg db status` never loads the model.
 */
export interface CommandModule {
  /** Runs the command; resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}

export interface CommandEntry {
  name: string;
  summary: string;
  usage: string;
  load: () => Promise<CommandModule>;
}

export const COMMANDS = [
  {
    name: "db",
    summary: "Manage the local Neo4j: start | stop | status | migrate",
    usage: "kg db start|stop|status|migrate",
    load: () => import("./commands/db.js"),
  },
] as const satisfies readonly CommandEntry[];

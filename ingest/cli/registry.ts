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
  {
    name: "extract",
    summary: "Extract entities, relations, statements and values from one article (no database)",
    usage: "kg extract FILE [--json] [--html] [--date YYYY-MM-DD] [--no-tagger]",
    load: () => import("./commands/extract.js"),
  },
  {
    name: "ingest",
    summary: "Ingest articles (files, folders, .jsonl, - for stdin, --url) into Neo4j",
    usage: "kg ingest [--url URL] [--concurrency N] PATH...",
    load: () => import("./commands/ingest.js"),
  },
  {
    name: "reset",
    summary: "Delete the whole graph (requires --yes)",
    usage: "kg reset --yes",
    load: () => import("./commands/reset.js"),
  },
  {
    name: "export",
    summary: "Export the entity graph as json | graphml | gexf | csv",
    usage:
      "kg export --format json|graphml|gexf|csv [--out PATH] [--types ...] [--relations ...] [--article ID]",
    load: () => import("./commands/export.js"),
  },
  {
    name: "ner",
    summary: "Tag words with the statistical NER tagger (BIO over PERS, LOC, ORG, MISC)",
    usage: "kg ner --conll FILE | kg ner FILE   (FILE may be - for stdin)",
    load: () => import("./commands/ner.js"),
  },
  {
    name: "serve",
    summary: "Serve the HTTP API and the explorer on one port (127.0.0.1:8080)",
    usage: "kg serve [--host ADDRESS] [--port PORT]",
    load: () => import("./commands/serve.js"),
  },
  {
    name: "query",
    summary: "List the saved analyst queries, or run one read-only (table | json | csv)",
    usage: "kg query [NAME [--param key=value]... [--format table|json|csv]]",
    load: () => import("./commands/query.js"),
  },
  {
    name: "curate",
    summary: "Correct the graph (merge, split, rename, reject, ...); corrections outlive re-ingest",
    usage:
      "kg curate merge|split|rename|retype|set|not-entity|reject|confirm|add-relation|undo|list|export|import ...",
    load: () => import("./commands/curate.js"),
  },
  {
    name: "cypher",
    summary: "Run ad-hoc read-only Cypher (writes and admin procedures refused)",
    usage: 'kg cypher "MATCH ..." [--param key=value]... [--format table|json|csv]',
    load: () => import("./commands/cypher.js"),
  },
] as const satisfies readonly CommandEntry[];

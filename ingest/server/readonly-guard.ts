/**
 * What the read-only console lets through. Allow-lists, not deny-lists: a statement must start with
 * a read clause, may call only the procedures named below, and its EXPLAIN plan must be a read with
 * no updating or command operator. Anything new in a later Neo4j is refused until it is listed here.
 */

interface AllowedProcedure {
  name: string;
  why: string;
}

/** The only procedures the console may CALL; adding one is one entry. */
export const ALLOWED_PROCEDURES = [
  { name: "db.labels", why: "lists node labels" },
  { name: "db.relationshipTypes", why: "lists relationship types" },
  { name: "db.propertyKeys", why: "lists property keys" },
  { name: "db.schema.visualization", why: "draws the labels and relationship types" },
  { name: "db.schema.nodeTypeProperties", why: "lists properties per label" },
  { name: "db.schema.relTypeProperties", why: "lists properties per relationship type" },
  { name: "db.index.fulltext.queryNodes", why: "full-text search (the entity_names index)" },
  { name: "db.index.fulltext.queryRelationships", why: "full-text search over relationships" },
] as const satisfies readonly AllowedProcedure[];

const ALLOWED_NAMES = new Set<string>(ALLOWED_PROCEDURES.map((p) => p.name));

/** Clauses a read statement may start with (after EXPLAIN/PROFILE and CYPHER options). */
const READ_CLAUSES = ["MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL"] as const;

/**
 * Text patterns refused before the database sees the query: they reach outside the graph (files,
 * URLs, administration) or run their own transactions, which a READ session cannot vouch for.
 */
const FORBIDDEN_TEXT = [
  { pattern: /\bLOAD\s+CSV\b/i, why: "LOAD CSV reads files and URLs" },
  { pattern: /\bdbms\s*\./i, why: "dbms.* procedures and functions administer the server" },
  { pattern: /\bapoc\s*\./i, why: "apoc.* procedures can write and reach outside the graph" },
  {
    pattern: /\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i,
    why: "CALL { ... } IN TRANSACTIONS writes in batches",
  },
] as const;

/** Plan operators that change the graph or reach outside it (names without the `@neo4j` suffix). */
const WRITE_OPERATOR =
  /^(Create|Merge|Delete|DetachDelete|Set|Remove|LoadCSV|Foreach|TransactionForeach|TransactionApply|LockingMerge|EmptyResult)/;

/** Commands (SHOW/TERMINATE ..., schema and administration) rather than reads of graph data. */
const COMMAND_OPERATOR = /^(Show|Terminate)|Command$/;

const PREFIX =
  /^(?:(?:EXPLAIN|PROFILE)\b|CYPHER(?:\s+\d+(?:\.\d+)?|\s+[A-Za-z_]+\s*=\s*[A-Za-z_]+)*(?=\s))\s*/i;

/** Comments, string literals and `quoted` identifiers cannot hide keywords from the text checks. */
export function stripLiterals(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, " ");
}

/** Procedure names after `CALL` in the text (subqueries `CALL {` and `CALL (x) {` are not calls). */
export function calledProcedures(code: string): string[] {
  const names = [
    ...code.matchAll(/\bCALL\s+([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*)\s*(?=\(|$|\s+YIELD\b)/gi),
  ];
  return names.map((m) => (m[1] ?? "").replace(/\s+/g, ""));
}

/** The reason a query is refused by its text alone, or null. */
export function forbiddenByText(query: string): string | null {
  let code = stripLiterals(query).trim();
  for (let m = PREFIX.exec(code); m && m[0] !== ""; m = PREFIX.exec(code)) code = code.slice(m[0].length);
  const rule = FORBIDDEN_TEXT.find((f) => f.pattern.test(code));
  if (rule) return rule.why;
  const first = /^[A-Za-z]+/.exec(code)?.[0]?.toUpperCase() ?? "";
  if (!(READ_CLAUSES as readonly string[]).includes(first)) {
    return `a statement must start with ${READ_CLAUSES.join(", ")} (got "${first || code.slice(0, 20)}"); commands and USE are not allowed`;
  }
  const other = calledProcedures(code).find((name) => !ALLOWED_NAMES.has(name));
  return other === undefined ? null : procedureRefusal(other);
}

function procedureRefusal(name: string): string {
  return `procedure ${name} is not allowed (allowed: ${[...ALLOWED_NAMES].join(", ")})`;
}

interface PlanStep {
  operator: string;
  details: string;
}

/** Operators of an EXPLAIN plan tree with their Details text. */
export function planSteps(plan: unknown): PlanStep[] {
  const out: PlanStep[] = [];
  const walk = (p: unknown): void => {
    if (!p || typeof p !== "object") return;
    const {
      operatorType,
      children,
      arguments: args,
    } = p as {
      operatorType?: unknown;
      children?: unknown;
      arguments?: { Details?: unknown };
    };
    if (typeof operatorType === "string") {
      const details = typeof args?.Details === "string" ? args.Details : "";
      out.push({ operator: operatorType.replace(/@.*$/, ""), details });
    }
    if (Array.isArray(children)) children.forEach(walk);
  };
  walk(plan);
  return out;
}

/** Operator names in an EXPLAIN plan tree. */
export function planOperators(plan: unknown): string[] {
  return planSteps(plan).map((s) => s.operator);
}

/**
 * The reason an EXPLAIN plan is refused, or null: not a read, an updating or command operator, or
 * a procedure outside the allow-list (ProcedureCall's details start with the procedure's name).
 */
export function planRefusal(queryType: string, plan: unknown): string | null {
  const steps = planSteps(plan);
  const writes = [...new Set(steps.filter((s) => WRITE_OPERATOR.test(s.operator)).map((s) => s.operator))];
  if (writes.length > 0) return `it would change the database (plan contains ${writes.join(", ")})`;
  const commands = [
    ...new Set(steps.filter((s) => COMMAND_OPERATOR.test(s.operator)).map((s) => s.operator)),
  ];
  if (commands.length > 0)
    return `it is a command, not a read of graph data (plan contains ${commands.join(", ")})`;
  if (queryType !== "r") return `it would change the database (query type "${queryType}")`;
  for (const s of steps.filter((x) => x.operator === "ProcedureCall")) {
    const name = /^\s*([\w.]+)\s*\(/.exec(s.details)?.[1];
    if (name === undefined || !ALLOWED_NAMES.has(name)) return procedureRefusal(name ?? "(unnamed)");
  }
  return null;
}

import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT_DIR } from "../config.js";
import { InputError } from "../errors.js";

export const CYPHER_DIR = path.join(ROOT_DIR, "cypher");

const cache = new Map<string, string>();
const NAME = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

/**
 * The text of `cypher/<name>.cypher`, read once and cached.
 *
 * @example loadCypher("queries/neighbourhood") // cypher/queries/neighbourhood.cypher
 */
export function loadCypher(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!NAME.test(name)) {
    throw new InputError(
      `cypher: invalid query name "${name}" (use letters, digits, - and _, with / for subfolders; no "..")`,
    );
  }
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new InputError(`cypher: no query file ${path.relative(ROOT_DIR, file)} for "${name}"`, {
      cause: err,
    });
  }
  cache.set(name, text);
  return text;
}

/**
 * Splits a multi-statement file into statements: a statement ends with a semicolon at the end of a
 * line, and lines that are only `//` comments are dropped. Semicolons inside a line (e.g. in a
 * string literal) are left alone.
 */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const statement = current.join("\n").trim();
    if (statement !== "") statements.push(statement);
    current = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*\/\//.test(line)) continue;
    const end = /;\s*$/.exec(line);
    if (end) {
      current.push(line.slice(0, end.index));
      flush();
    } else {
      current.push(line);
    }
  }
  flush();
  return statements;
}

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { CYPHER_DIR } from "../db/cypher-files.js";
import { InputError } from "../errors.js";
import { requireDate } from "../sources/dates.js";
import type { QueryParameterSpec, SavedQuery } from "../model.js";

export const QUERIES_DIR = path.join(CYPHER_DIR, "queries");

type ParamType = QueryParameterSpec["type"];
const PARAM_TYPES: readonly ParamType[] = ["string", "integer", "float", "boolean", "string[]"];
const HEADER_KEYS = ["name", "title", "title_ar", "description", "description_ar"] as const;
const HEADER_LINE = /^\s*\/\/\s*([a-z_]+)\s*:\s?(.*)$/;
// `name: type [= default] | example: <json> | description`
const PARAM_LINE = /^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([a-z]+(?:\[\])?)\s*(?:=\s*(.*))?$/;

/**
 * Reads every `cypher/queries/*.cypher` file and parses its header (see docs in cypher/README.md).
 *
 * @example loadQueryLibrary().map((q) => q.name) // ["entity-profile", ...]
 */
export function loadQueryLibrary(dir: string = QUERIES_DIR): SavedQuery[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".cypher"));
  } catch {
    return [];
  }
  const queries = files.sort().map((f) => parseSavedQuery(readFileSync(path.join(dir, f), "utf8"), f));
  const seen = new Set<string>();
  for (const q of queries) {
    if (seen.has(q.name)) throw new InputError(`queries: two files declare the name "${q.name}"; rename one`);
    seen.add(q.name);
  }
  return queries;
}

export function findSavedQuery(name: string, library: SavedQuery[] = loadQueryLibrary()): SavedQuery {
  const query = library.find((q) => q.name === name);
  if (!query) {
    const names = library.map((q) => q.name).join(", ") || "none";
    throw new InputError(`queries: no saved query "${name}" (available: ${names})`);
  }
  return query;
}

/** Parses one saved-query file; `file` only names the source in error messages. */
export function parseSavedQuery(text: string, file = "<query>"): SavedQuery {
  const header: Record<string, string> = {};
  const parameters: QueryParameterSpec[] = [];
  const lines = text.split(/\r?\n/);
  let body = 0;
  for (; body < lines.length; body++) {
    const line = lines[body] ?? "";
    if (line.trim() === "") continue;
    const m = HEADER_LINE.exec(line);
    if (!m) {
      if (/^\s*\/\//.test(line)) continue; // a free comment inside the header
      break;
    }
    const [, key = "", value = ""] = m;
    if (key === "param") parameters.push(parseParamLine(value.trim(), file));
    else header[key] = value.trim();
  }
  for (const key of HEADER_KEYS) {
    if (!header[key]) throw new InputError(`queries: ${file} has no "// ${key}:" header line; add one`);
  }
  const cypher = lines.slice(body).join("\n").trim();
  if (cypher === "") throw new InputError(`queries: ${file} has a header but no Cypher after it`);
  const window = header.window === undefined ? undefined : parseWindowLine(header.window, parameters, file);
  return {
    name: header.name ?? "",
    title: header.title ?? "",
    titleAr: header.title_ar ?? "",
    description: header.description ?? "",
    descriptionAr: header.description_ar ?? "",
    parameters,
    ...(window ? { window } : {}),
    cypher,
  };
}

/** `// window: from, to`: two optional string parameters of the same file, start then end. */
function parseWindowLine(
  line: string,
  parameters: QueryParameterSpec[],
  file: string,
): { from: string; to: string } {
  const names = line.split(",").map((s) => s.trim());
  const [from = "", to = ""] = names;
  if (names.length !== 2 || from === to) {
    throw new InputError(`queries: ${file}: bad window line "${line}" (expected "// window: <from>, <to>")`);
  }
  for (const name of names) {
    const spec = parameters.find((p) => p.name === name);
    if (!spec || spec.type !== "string" || spec.required) {
      throw new InputError(
        `queries: ${file}: window parameter "${name}" must be declared as an optional string ("// param: ${name}: string = null | ...")`,
      );
    }
  }
  return { from, to };
}

function parseParamLine(line: string, file: string): QueryParameterSpec {
  const [decl = "", ...rest] = line.split("|").map((s) => s.trim());
  const m = PARAM_LINE.exec(decl);
  if (!m) {
    throw new InputError(
      `queries: ${file}: bad param line "${line}" (expected "name: type [= default] | example: <json> | description")`,
    );
  }
  const [, name = "", rawType = "", rawDefault] = m;
  if (!PARAM_TYPES.includes(rawType as ParamType)) {
    throw new InputError(
      `queries: ${file}: param "${name}" has unknown type "${rawType}" (use ${PARAM_TYPES.join(", ")})`,
    );
  }
  const type = rawType as ParamType;
  const spec: QueryParameterSpec = { name, type, description: "", required: rawDefault === undefined };
  if (rawDefault !== undefined) {
    const value = parseLiteral(rawDefault.trim());
    spec.default = value === null ? null : (coerceValue(spec, value, file) as QueryParameterSpec["default"]);
  }
  for (const part of rest) {
    const ex = /^example\s*:\s*(.*)$/.exec(part);
    if (ex) {
      // `example: null` says "no example"; the contract has no null examples.
      const example = coerceValue(spec, parseLiteral(ex[1] ?? ""), file);
      if (example !== null) spec.example = example as QueryParameterSpec["example"];
    } else spec.description = spec.description ? `${spec.description} | ${part}` : part;
  }
  return spec;
}

/** JSON when it parses (numbers, quoted strings, arrays, null), the raw text otherwise. */
function parseLiteral(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/**
 * Validates raw parameters (CLI strings or JSON values) against a saved query's declarations:
 * unknown names, missing required values and ill-typed values raise an `InputError` naming the
 * parameter. Integers come back as Neo4j integers so `LIMIT $limit` accepts them, and the window's
 * dates normalised (`2021-03-15T09:00:00+03:00` -> `2021-03-15T06:00:00Z`).
 */
export function coerceParams(query: SavedQuery, raw: Record<string, unknown>): Record<string, unknown> {
  const known = new Set(query.parameters.map((p) => p.name));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) {
      const list = [...known].join(", ") || "none";
      throw new InputError(`query "${query.name}": unknown parameter "${key}" (parameters: ${list})`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const spec of query.parameters) {
    const given = raw[spec.name];
    const missing = given === undefined || given === "";
    if (missing && spec.required) {
      const example = spec.example === undefined ? "" : `, e.g. ${JSON.stringify(spec.example)}`;
      throw new InputError(
        `query "${query.name}": missing required parameter "${spec.name}" (${spec.type}${example})`,
      );
    }
    const value = missing ? (spec.default ?? null) : coerceValue(spec, given, `query "${query.name}"`);
    out[spec.name] = spec.type === "integer" && typeof value === "number" ? neo4j.int(value) : value;
  }
  // The window's dates in their stored form (so they compare with `publishedAt` as strings); one that
  // cannot be read is an error, not a window with nothing in it.
  if (query.window) {
    const { from, to } = query.window;
    for (const name of [from, to]) {
      const value = out[name];
      if (typeof value === "string") out[name] = requireDate(value, name, `query "${query.name}"`);
    }
    const [start, end] = [out[from], out[to]];
    if (typeof start === "string" && typeof end === "string" && start.slice(0, end.length) > end) {
      throw new InputError(`query "${query.name}": ${from} (${start}) is after ${to} (${end}); swap them`);
    }
  }
  return out;
}

function coerceValue(spec: QueryParameterSpec, value: unknown, owner: string): unknown {
  if (value === null) return null;
  const fail = (): never => {
    throw new InputError(
      `${owner}: parameter "${spec.name}" must be ${article(spec.type)} (got ${JSON.stringify(value)})`,
    );
  };
  switch (spec.type) {
    case "string":
      return typeof value === "string" || typeof value === "number" ? String(value) : fail();
    case "integer": {
      const n = typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
      return typeof n === "number" && Number.isSafeInteger(n) ? n : fail();
    }
    case "float": {
      const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
      return typeof n === "number" && Number.isFinite(n) ? n : fail();
    }
    case "boolean": {
      if (typeof value === "boolean") return value;
      const s = typeof value === "string" ? value.trim().toLowerCase() : "";
      if (["true", "yes", "1"].includes(s)) return true;
      if (["false", "no", "0"].includes(s)) return false;
      return fail();
    }
    case "string[]": {
      const list = typeof value === "string" ? splitList(value) : value;
      return Array.isArray(list) && list.every((v) => typeof v === "string") ? list : fail();
    }
  }
}

/** `a,b` or a JSON array `["a","b"]`. */
function splitList(value: string): unknown {
  const trimmed = value.trim();
  if (trimmed.startsWith("[")) return parseLiteral(trimmed);
  return trimmed
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function article(type: ParamType): string {
  const names: Record<ParamType, string> = {
    string: "a string",
    integer: "an integer",
    float: "a number",
    boolean: "true or false",
    "string[]": "a list of strings (a,b or a JSON array)",
  };
  return names[type];
}
